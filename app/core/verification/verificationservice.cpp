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
    if (m_finished)
        return;
    if (m_call != nullptr)
        m_call->cancel();
    else
        m_cancelled = true; // group commit: not handed to the client yet, so never sent
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

// The outcome of a request that was never handed to the client.
VerifyOutcome unsentOutcome(const api::VerifyRequest& request, ApiError error)
{
    VerifyOutcome o;
    o.attemptId = request.attemptId;
    o.startedUtc = request.startedUtc;
    o.endpoint = request.endpoint.id();
    o.sandbox = request.endpoint.isLoopback();
    o.scheme = request.scheme;
    o.paramType = request.identity.paramType;
    o.maskedMobile = request.identity.maskedMobile;
    o.maskedName = request.identity.maskedName;
    o.maskedIdNumber = request.identity.maskedIdNumber;
    o.reference = request.reference;
    o.attempts = 0;
    error.mayBeBilled = false;
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
    // One attempt from its record in flight to its outcome: the settled row keeps its unique key.
    request.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.startedUtc = QDateTime::currentDateTimeUtc();
    // The plaintext stays only as long as the call, to compute the fingerprints.
    v->m_plaintext = input;
    if (m_history) {
        // Committed before the request leaves (InFlightAttempts): if this process dies before
        // the outcome is stored, the next open shows the attempt as "outcome unknown".
        v->m_inFlight = inFlightRecord(v, request);
        if (m_groupCommit) {
            v->m_request = request;
            m_toSend.append(v);
            emit recordsPending();
            return v;
        }
        const auto inserted = m_history->insert(v->m_inFlight);
        if (!inserted) {
            qCWarning(lcHistory) << "attempt not recorded in flight, not sent:" << inserted.error().message;
            v->m_request = request;
            notSent(v, inserted.error().message);
            return v;
        }
        v->m_inFlightRow = inserted.value();
    }
    send(v, request);
    return v;
}

history::AttemptRecord VerificationService::inFlightRecord(const Verification* v,
                                                           const api::VerifyRequest& request) const
{
    ApiError inFlight;
    inFlight.kind = ErrorKind::InFlight;
    inFlight.mayBeBilled = true;
    VerifyOutcome placeholder = unsentOutcome(request, inFlight);
    placeholder.attempts = 1;
    history::AttemptRecord r = history::AttemptRecord::fromOutcome(placeholder);
    r.billed = std::nullopt; // may be billed from now on
    if (const auto fingerprints = history::Fingerprints::compute(m_fingerprintKey, v->m_plaintext))
        r.fingerprints = *fingerprints;
    r.batch = v->m_batch;
    return r;
}

history::AttemptRecord VerificationService::outcomeRecord(const Verification* v) const
{
    history::AttemptRecord r = history::AttemptRecord::fromOutcome(v->m_outcome);
    if (const auto fingerprints = history::Fingerprints::compute(m_fingerprintKey, v->m_plaintext))
        r.fingerprints = *fingerprints;
    r.batch = v->m_batch;
    r.id = v->m_inFlightRow; // settles the attempt in flight in place
    return r;
}

void VerificationService::send(Verification* v, const api::VerifyRequest& request)
{
    v->m_call = m_client->verify(request);
    v->m_call->setParent(v);
    v->m_request.reset(); // `request` may be this one: only now
    connect(v->m_call, &api::VerifyCall::requestSent, v, [v](int attempt) {
        if (attempt == 1)
            emit v->sent();
    });
    connect(v->m_call, &api::VerifyCall::retryScheduled, v, &Verification::retrying);
    connect(v->m_call, &api::VerifyCall::finished, v, [this, v](const VerifyOutcome& outcome) { record(v, outcome); });
}

void VerificationService::notSent(Verification* v, const QString& historyError)
{
    ApiError error;
    if (historyError.isEmpty()) {
        error.kind = ErrorKind::Cancelled;
        v->m_historyWrite.state = HistoryWrite::State::NotAttempted;
    } else {
        error.kind = ErrorKind::Configuration;
        error.cause = QStringLiteral("history");
        error.detail = tr("The attempt could not be recorded in the history before sending (%1).").arg(historyError);
        v->m_historyWrite.state = HistoryWrite::State::Failed;
        v->m_historyWrite.error = historyError;
    }
    v->m_outcome = v->m_request ? unsentOutcome(*v->m_request, error) : VerifyOutcome{};
    v->m_request.reset();
    v->m_plaintext = {};
    QTimer::singleShot(0, v, [v] {
        v->m_finished = true;
        emit v->finished(v->m_outcome, v->m_historyWrite);
    });
}

void VerificationService::record(Verification* v, const VerifyOutcome& outcome)
{
    v->m_answered = true;
    v->m_outcome = outcome;
    if (m_history && m_groupCommit) {
        m_pending.append(v);
        emit recordsPending();
        return;
    }
    if (!m_history) {
        v->m_historyWrite.state = HistoryWrite::State::Disabled;
    } else {
        const auto inserted = m_history->insert(outcomeRecord(v));
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
    QList<QPointer<Verification>> toSend;
    for (const QPointer<Verification>& v : std::exchange(m_toSend, {})) {
        if (v == nullptr)
            continue;
        if (v->m_cancelled)
            notSent(v, {}); // cancelled before it was committed: never sent, nothing to record
        else
            toSend.append(v);
    }
    if (!m_history) {
        for (Verification* v : std::as_const(toSend))
            send(v, *v->m_request);
        if (alsoInTransaction)
            return history::HistoryError::invalidArgument(tr("No history database is open."));
        return std::nullopt;
    }
    if (pending.isEmpty() && toSend.isEmpty() && !alsoInTransaction)
        return std::nullopt;
    QList<history::AttemptRecord> records;
    records.reserve(pending.size() + toSend.size());
    for (const Verification* v : std::as_const(pending))
        records.append(outcomeRecord(v));
    for (const Verification* v : std::as_const(toSend))
        records.append(v->m_inFlight);
    const auto inserted = m_history->insertBatch(records, alsoInTransaction, history::Commit::Deferred);
    if (!inserted) {
        qCWarning(lcHistory) << "attempts not recorded:" << records.size() << inserted.error().message;
        settleCommit(pending, toSend, {}, inserted.error());
        return inserted.error();
    }
    // Stored, not durable yet: nothing is reported or sent before the history's disk sync, which
    // runs off this thread (the GUI's never waits for the disk).
    const int waiting = int(records.size());
    m_awaitingSync += waiting;
    m_history->whenDurable(
        this,
        [this, pending, toSend, ids = *inserted, waiting](const std::optional<history::HistoryError>& error) {
            m_awaitingSync -= waiting;
            if (error)
                qCWarning(lcHistory) << "attempts not made durable:" << waiting << error->detail;
            settleCommit(pending, toSend, ids, error);
        });
    return std::nullopt;
}

void VerificationService::settleCommit(const QList<QPointer<Verification>>& outcomes,
                                       const QList<QPointer<Verification>>& toSend,
                                       const QList<qint64>& ids,
                                       const std::optional<history::HistoryError>& error)
{
    for (int i = 0; i < outcomes.size(); ++i) {
        Verification* v = outcomes.at(i);
        if (v == nullptr)
            continue;
        if (!error) {
            v->m_historyWrite.state = HistoryWrite::State::Recorded;
            v->m_historyWrite.rowId = ids.at(i);
        } else {
            v->m_historyWrite.state = HistoryWrite::State::Failed;
            v->m_historyWrite.error = error->message;
        }
    }
    for (int i = 0; i < outcomes.size(); ++i) {
        Verification* v = outcomes.at(i);
        if (v == nullptr)
            continue;
        if (!error)
            emit recorded(v->m_outcome, ids.at(i));
        report(v);
    }
    // Committed in flight: they leave now, whatever the outcomes just reported led to.
    for (int i = 0; i < toSend.size(); ++i) {
        Verification* v = toSend.at(i);
        if (v == nullptr)
            continue;
        if (error) {
            notSent(v, error->message);
            continue;
        }
        v->m_inFlightRow = ids.at(outcomes.size() + i);
        if (v->m_cancelled) {
            // Cancelled while its outcomes were reported (a batch stopped): settled as never sent.
            ApiError cancelled;
            cancelled.kind = ErrorKind::Cancelled;
            const VerifyOutcome outcome = unsentOutcome(*v->m_request, cancelled);
            v->m_request.reset();
            record(v, outcome);
            continue;
        }
        send(v, *v->m_request);
    }
}

} // namespace tricheck::verification
