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
                                          const QString& reference,
                                          const history::BatchRef& batch)
{
    auto* v = new Verification(this);
    v->m_batch = batch;
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
    connect(v->m_call, &api::VerifyCall::retryScheduled, v, &Verification::retrying);
    // The plaintext stays only as long as the call, to compute the fingerprints once recorded.
    v->m_plaintext = input;
    connect(v->m_call, &api::VerifyCall::finished, v, [this, v](const VerifyOutcome& outcome) { record(v, outcome); });
    return v;
}

void VerificationService::record(Verification* v, const VerifyOutcome& outcome)
{
    v->m_outcome = outcome;
    if (m_history && m_groupCommit) {
        m_pending.append(v);
        emit recordsPending();
        return;
    }
    if (!m_history) {
        v->m_historyWrite.state = HistoryWrite::State::Disabled;
    } else {
        const auto fingerprints = history::Fingerprints::compute(m_fingerprintKey, v->m_plaintext);
        const auto inserted = m_history->insert(outcome, fingerprints, v->m_batch);
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
    report(v);
}

void VerificationService::report(Verification* v)
{
    v->m_plaintext = {};
    v->m_finished = true;
    emit v->finished(v->m_outcome, v->m_historyWrite);
}

std::optional<history::HistoryError>
VerificationService::commitPending(const history::HistoryStore::TransactionWork& alsoInTransaction)
{
    QList<QPointer<Verification>> pending = std::exchange(m_pending, {});
    pending.removeAll(nullptr); // deleted by their owner meanwhile: nothing to report to
    if (!m_history) {
        if (alsoInTransaction)
            return history::HistoryError::invalidArgument(tr("No history database is open."));
        return std::nullopt;
    }
    if (pending.isEmpty() && !alsoInTransaction)
        return std::nullopt;
    QList<history::AttemptRecord> records;
    records.reserve(pending.size());
    for (const Verification* v : std::as_const(pending)) {
        history::AttemptRecord r = history::AttemptRecord::fromOutcome(v->m_outcome);
        if (const auto fingerprints = history::Fingerprints::compute(m_fingerprintKey, v->m_plaintext))
            r.fingerprints = *fingerprints;
        r.batch = v->m_batch;
        records.append(r);
    }
    const auto inserted = m_history->insertBatch(records, alsoInTransaction);
    for (int i = 0; i < pending.size(); ++i) {
        Verification* v = pending.at(i);
        if (inserted) {
            v->m_historyWrite.state = HistoryWrite::State::Recorded;
            v->m_historyWrite.rowId = inserted->at(i);
        } else {
            v->m_historyWrite.state = HistoryWrite::State::Failed;
            v->m_historyWrite.error = inserted.error().message;
        }
    }
    if (!inserted)
        qCWarning(lcHistory) << "attempts not recorded:" << pending.size() << inserted.error().message;
    for (int i = 0; i < pending.size(); ++i) {
        Verification* v = pending.at(i);
        if (v == nullptr)
            continue;
        if (inserted)
            emit recorded(v->m_outcome, inserted->at(i));
        report(v);
    }
    if (!inserted)
        return inserted.error();
    return std::nullopt;
}

} // namespace tricheck::verification
