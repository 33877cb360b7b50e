#pragma once

#include "api/apiclient.h"
#include "api/verifyoutcome.h"
#include "history/attemptrecord.h"
#include "history/historyerror.h"
#include "history/historystore.h"
#include "identity/identityinput.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace tricheck::verification {

// Whether an attempt made it into the history before it was reported.
struct HistoryWrite
{
    enum class State {
        Recorded,     // committed; rowId is set
        Disabled,     // no history for this front end (tricheck-cli verify --no-history)
        Failed,       // the store refused it; error says why (the outcome is reported regardless)
        NotAttempted, // nothing was sent (invalid input), so there is no attempt to record
    };
    State state = State::Disabled;
    qint64 rowId = 0;
    QString error; // translated
};

// One verification in flight: validate → record the attempt in flight (COMMIT) → sign and send →
// settle it with the outcome (COMMIT) → report. The order is the point: a request never leaves
// without its attempt on disk (a process killed meanwhile leaves an attempt that the next open
// settles as "outcome unknown"), and when finished() arrives the outcome is on disk too.
class Verification : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verification)

public:
    ~Verification() override;

    bool isFinished() const { return m_finished; }
    // True once the request is no longer out at the service (its outcome arrived), though the
    // outcome may still wait for the history's commit before finished() reports it.
    bool isAnswered() const { return m_answered; }
    const api::VerifyOutcome& outcome() const { return m_outcome; }
    const HistoryWrite& historyWrite() const { return m_historyWrite; }
    // Stops the call; an attempt already sent may still be processed (and billed): the outcome says
    // so and is recorded like any other. finished() follows.
    void cancel();

signals:
    void sent(); // the first attempt left the machine: from now on it may be billed
    // The client will send again after `delayMs` (the service throttled it, or it provably never
    // left): a batch slows down.
    void retrying(int nextAttempt, int delayMs);
    void finished(const tricheck::api::VerifyOutcome& outcome, const tricheck::verification::HistoryWrite& history);

private:
    friend class VerificationService;
    explicit Verification(QObject* parent);

    api::VerifyCall* m_call = nullptr;
    api::VerifyOutcome m_outcome;
    // The attempt committed in flight before the request leaves (0: no history); its outcome
    // settles that row in place.
    qint64 m_inFlightRow = 0;
    // Group commit: the request and its attempt in flight until commitPending() commits it.
    std::optional<api::VerifyRequest> m_request;
    history::AttemptRecord m_inFlight;
    bool m_cancelled = false;            // cancel() before the request was handed to the client
    identity::IdentityInput m_plaintext; // until recorded (fingerprints), then cleared
    history::BatchRef m_batch;
    HistoryWrite m_historyWrite;
    bool m_answered = false;
    bool m_finished = false;
};

// Where verifications go and as whom.
struct ServiceTarget
{
    api::Endpoint endpoint = api::Endpoint::hongKong();
    api::SignatureScheme scheme = api::SignatureScheme::V3;
    credentials::Credentials credentials;
};

// The one path every front end takes to verify a triple (GUI form, CLI, batch runner): the
// identity domain validates and prepares the values, the ApiClient signs and sends them, the
// history records the attempt (masked values and keyed fingerprints only), then the outcome is
// reported.
class VerificationService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationService)

public:
    // `client` must outlive the service.
    explicit VerificationService(api::ApiClient* client, QObject* parent = nullptr);
    ~VerificationService() override;

    // nullptr: attempts are not recorded (HistoryWrite::Disabled).
    void setHistory(std::shared_ptr<history::HistoryStore> store);
    std::shared_ptr<history::HistoryStore> history() const { return m_history; }
    // The per-install key for fingerprints (FingerprintKey); nullopt: none are stored.
    void setFingerprintKey(const std::optional<QByteArray>& key) { m_fingerprintKey = key; }
    bool hasFingerprintKey() const { return m_fingerprintKey.has_value(); }
    const std::optional<QByteArray>& fingerprintKey() const { return m_fingerprintKey; }

    // Starts a verification. Invalid input is not sent: finished() then carries a Validation
    // error (and HistoryWrite::NotAttempted). finished() is always emitted from the event loop.
    // The Verification is a child of the service; delete it when done (deleteLater() is fine).
    // `batch` names the batch and row the attempt belongs to (stored with it; a journaled row is
    // settled in the same transaction).
    Verification* verify(const identity::IdentityInput& input,
                         identity::ParamType paramType,
                         const ServiceTarget& target,
                         const QString& reference = {},
                         const history::BatchRef& batch = {});

    // Group commit, for batches: outcomes are not written one by one as they arrive but wait for
    // commitPending(), which writes all that arrived in one transaction and reports them once it is
    // durable. recordsPending() says when one is waiting; the owner must then call commitPending()
    // soon (from the event loop).
    void setGroupCommit(bool on) { m_groupCommit = on; }
    bool groupCommit() const { return m_groupCommit; }
    // Outcomes and attempts in flight not reported or sent yet (waiting for a commit or its sync).
    int pendingRecords() const { return int(m_pending.size() + m_toSend.size()) + m_awaitingSync; }
    // With group commit, verify() sends nothing at once either: its attempt in flight waits for
    // commitPending() too, and the request leaves once that commit is durable.
    // Writes the waiting outcomes and attempts in flight and runs `alsoInTransaction` in the same
    // transaction. The commit does not wait for the disk (Commit::Deferred): the disk sync runs on
    // a thread of the history's, covering every commit made meanwhile, and once it is done
    // recorded() and finished() are emitted for each outcome and the requests are sent (from the
    // event loop; at once when the history's engine makes each COMMIT durable itself).
    // When the write fails nothing of it is stored (the hook's work neither), the outcomes are
    // reported with HistoryWrite::Failed, the requests are not sent, and the error returned. When
    // only the sync fails, the same is reported then: the rows stay in the history, in flight,
    // and are settled as "outcome unknown" by the next open after this process ended.
    std::optional<history::HistoryError>
    commitPending(const history::HistoryStore::TransactionWork& alsoInTransaction = {});

signals:
    // After each attempt was committed to the history, for live views and counters.
    void recorded(const tricheck::api::VerifyOutcome& outcome, qint64 rowId);
    void recordsPending(); // group commit: an outcome waits for commitPending()

private:
    history::AttemptRecord inFlightRecord(const Verification* v, const api::VerifyRequest& request) const;
    history::AttemptRecord outcomeRecord(const Verification* v) const;
    void send(Verification* v, const api::VerifyRequest& request);
    // Nothing was sent: the attempt could not be recorded in flight (`historyError`), or it was cancelled.
    void notSent(Verification* v, const QString& historyError);
    void record(Verification* v, const api::VerifyOutcome& outcome);
    void report(Verification* v);
    // After a group commit: reports its outcomes and sends its requests, or on `error` reports
    // both as not recorded. `ids`: the rows written, outcomes first (empty on error).
    void settleCommit(const QList<QPointer<Verification>>& outcomes,
                      const QList<QPointer<Verification>>& toSend,
                      const QList<qint64>& ids,
                      const std::optional<history::HistoryError>& error);

    api::ApiClient* m_client;
    std::shared_ptr<history::HistoryStore> m_history;
    std::optional<QByteArray> m_fingerprintKey;
    bool m_groupCommit = false;
    QList<QPointer<Verification>> m_pending;
    QList<QPointer<Verification>> m_toSend; // group commit: attempts in flight not committed yet
    int m_awaitingSync = 0;                 // committed, waiting for the disk sync
};

} // namespace tricheck::verification
