#include "verificationservice.h"

#include "common/logging.h"
#include "history/fingerprints.h"
#include "history/historystore.h"
#include "identity/masking.h"

#include <QTimer>
#include <QUuid>

namespace tricheck::verification {

using api::ApiError;
using api::ErrorKind;
using api::VerifyOutcome;

Verification::Verification(QObject* parent)
    : QObject(parent)
{ }

Verification::~Verification() = default;

void Verification::cancel()
{
    if (m_call != nullptr && !m_finished)
        m_call->cancel();
}

VerificationService::VerificationService(api::ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

VerificationService::~VerificationService() = default;

void VerificationService::setHistory(std::shared_ptr<history::HistoryStore> store)
{
    m_history = std::move(store);
}

namespace {

// The outcome of input that was refused before anything was sent.
VerifyOutcome validationOutcome(const identity::IdentityCheck& check,
                                identity::ParamType type,
                                const ServiceTarget& target,
                                const QString& reference)
{
    VerifyOutcome o;
    o.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.startedUtc = QDateTime::currentDateTimeUtc();
    o.endpoint = target.endpoint.id();
    o.sandbox = target.endpoint.isLoopback();
    o.scheme = target.scheme;
    o.paramType = type;
    o.maskedMobile = identity::maskMobile(check.mobile.normalized);
    o.maskedName = identity::maskName(check.name.normalized);
    o.maskedIdNumber = identity::maskIdNumber(check.idNumber.normalized);
    o.reference = reference;
    o.attempts = 0;
    ApiError error;
    error.kind = ErrorKind::Validation;
    for (const identity::Validation* v : check.all()) {
        if (!v->isValid() && v->primary() != nullptr) {
            error.detail = identity::IdentityText::describe(v->field, *v->primary());
            break;
        }
    }
    o.value = error;
    return o;
}

} // namespace

Verification* VerificationService::verify(const identity::IdentityInput& input,
                                          identity::ParamType paramType,
                                          const ServiceTarget& target,
                                          const QString& reference)
{
    auto* v = new Verification(this);
    const identity::IdentityCheck check = identity::checkIdentity(input, paramType);
    const auto params = identity::prepareIdentity(check, paramType);
    if (!params) {
        v->m_outcome = validationOutcome(check, paramType, target, reference);
        v->m_historyWrite.state = HistoryWrite::State::NotAttempted;
        QTimer::singleShot(0, v, [v] {
            v->m_finished = true;
            emit v->finished(v->m_outcome, v->m_historyWrite);
        });
        return v;
    }

    api::VerifyRequest request;
    request.identity = *params;
    request.credentials = target.credentials;
    request.endpoint = target.endpoint;
    request.scheme = target.scheme;
    request.reference = reference;
    v->m_call = m_client->verify(request);
    v->m_call->setParent(v);
    connect(v->m_call, &api::VerifyCall::requestSent, v, [v](int attempt) {
        if (attempt == 1)
            emit v->sent();
    });
    // The plaintext stays only as long as the call, to compute the fingerprints once recorded.
    connect(v->m_call, &api::VerifyCall::finished, v, [this, v, input](const VerifyOutcome& outcome) {
        record(v, outcome, input);
    });
    return v;
}

void VerificationService::record(Verification* v,
                                 const VerifyOutcome& outcome,
                                 const identity::IdentityInput& plaintext)
{
    v->m_outcome = outcome;
    if (!m_history) {
        v->m_historyWrite.state = HistoryWrite::State::Disabled;
    } else {
        const auto fingerprints = history::Fingerprints::compute(m_fingerprintKey, plaintext);
        const auto inserted = m_history->insert(outcome, fingerprints);
        if (inserted) {
            v->m_historyWrite.state = HistoryWrite::State::Recorded;
            v->m_historyWrite.rowId = inserted.value();
            emit recorded(outcome, inserted.value());
        } else {
            v->m_historyWrite.state = HistoryWrite::State::Failed;
            v->m_historyWrite.error = inserted.error().message;
            qCWarning(lcHistory) << "attempt not recorded:" << inserted.error().message;
        }
    }
    v->m_finished = true;
    emit v->finished(v->m_outcome, v->m_historyWrite);
}

} // namespace tricheck::verification
