#pragma once

#include "batchclock.h"
#include "batchjournal.h"
#include "batchreader.h"
#include "rowskipper.h"
#include "tokenbucket.h"
#include "verification/verificationservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace tricheck::batch {

struct RunnerOptions
{
    int qps = 50;        // requests per second for the account; 0: no limit (the sandbox)
    int concurrency = 8; // requests in flight at most
    // "Stopped on repeated network failure": this many rows in a row ended with a transport error
    // (refused, unreachable, TLS, proxy, timeout) after the client's own retries.
    int maxConsecutiveNetworkFailures = 10;
    // The service refused the credentials or the permission this many times in a row.
    int maxConsecutiveAccessFailures = 3;
    // A row whose three fingerprints match an attempt answered (BizCode 1, 2 or 3) by the same kind
    // of service (sandbox or real) within this many days is not sent: 0 sends every row.
    int skipVerifiedDays = 0;
    // The monthly budget's room for this run (billing::BatchBudget): no row is sent that could bill
    // past it (rows billed, of unknown outcome and in flight count as billed); the run stops with
    // StoppedBudget once it is used. Nothing: no limit.
    std::optional<qint64> billedAllowance;
};

// What happened in this run (the journal has the whole batch: BatchJournal::tally()).
struct RunnerCounts
{
    int dispatched = 0; // requests started (rows sent, a throttled row again)
    int answered = 0;   // rows settled with an outcome
    int pass = 0;
    int mismatch = 0;
    int noRecord = 0;
    int errors = 0;
    int unknown = 0; // outcome unknown, may be billed (timeouts after sending, cancelled in flight)
    int billed = 0;
    int requeued = 0; // throttled by the service, to be sent again
    int inFlight = 0;
    int toSend = 0;    // rows to send in this run (journal pending when it started)
    int remaining = 0; // of those, rows not sent yet
    int skipped = 0;   // of those, rows not sent: answered before (RunnerOptions::skipVerifiedDays)
};

// The journal's record of a new batch (BatchJournal::create, with report.validLines as its rows):
// the validated file (its SHA-256, counts, and the encoding and delimiter detected, so that a resume
// reads it the same way), the service target and the limits; owned by this process.
BatchInfo newBatchInfo(const ImportReport& report,
                       const ImportOptions& options,
                       const QString& sourcePath,
                       const verification::ServiceTarget& target,
                       const RunnerOptions& runner);

// Sends the rows of a journaled batch: streams the source file again (nothing of it is kept but
// the rows in flight), sends each pending row once through the VerificationService within the
// rate and concurrency limits, and records every outcome with its batch id and row number.
//
// Order of writes for a row (never bill twice, never lose a row): the row is marked in flight and
// committed BEFORE its request is sent; its outcome is committed together with the journal's
// "answered" before it is reported. Outcomes that arrive together and the next rows to send share
// one transaction (one disk sync per turn of the event loop, not two per row).
//
// One runner runs per process at a time: the rate limit is per Alibaba Cloud account.
class BatchRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    enum class State {
        Idle,
        Running,
        Paused,
        Stopping, // no new requests; waiting for those in flight
        Finished,
    };
    Q_ENUM(State)
    enum class Result {
        None,
        Completed,      // every row answered (or unknown)
        Cancelled,      // by the operator; resumable
        StoppedNetwork, // repeated transport failures; resumable
        StoppedAccess,  // the service refused the credentials / permission repeatedly; resumable
        StoppedBudget,  // the monthly budget's room (RunnerOptions::billedAllowance) is used; resumable
        HistoryFailed,  // an outcome or the journal could not be written: nothing more is sent
        SourceFailed,   // the file could not be read again as it was
    };
    Q_ENUM(Result)

    // The service must have a history (the journal lives there) and outlive the runner.
    explicit BatchRunner(verification::VerificationService* service, QObject* parent = nullptr);
    ~BatchRunner() override;

    // Starts sending the pending rows of `batchId`, which this process has claimed
    // (BatchJournal::claim). The file must be the batch's source (same SHA-256). Returns the
    // translated reason when it cannot start. Sends nothing before it returns.
    std::optional<QString> start(const QString& batchId,
                                 const QString& sourcePath,
                                 const verification::ServiceTarget& target,
                                 const RunnerOptions& options);

    void pause();
    void resume();
    // Stops sending. Requests in flight finish and are recorded; with `abortInFlight` they are
    // cancelled (their outcome is then unknown: they may have reached the service).
    void cancel(bool abortInFlight = false);

    // The time the rate limit is computed on (a steady clock unless set). Call before start(); the
    // clock must outlive the runner.
    void setClock(BatchClock* clock);
    // How often the journal's heartbeat is written when no row leaves (10 s unless set).
    void setHeartbeatIntervalForTesting(int ms) { m_heartbeat.setInterval(ms); }

    State state() const { return m_state; }
    Result result() const { return m_result; }
    QString stopReason() const { return m_stopReason; } // translated, for Stopped*/…Failed
    const RunnerCounts& counts() const { return m_counts; }
    // The limits this run was started with.
    const RunnerOptions& options() const { return m_options; }
    QString batchId() const { return m_batchId; }
    double elapsedSeconds() const { return m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0; }
    // Rows answered per second over the last seconds.
    double currentRate() const
    {
        if (m_recentAnswers.size() < 2)
            return 0;
        const double span = (m_recentAnswers.back() - m_recentAnswers.front()) / 1000.0;
        return span > 0 ? double(m_recentAnswers.size() - 1) / span : 0.0;
    }
    double effectiveQps() const { return m_bucket.rate(); } // lower than asked after throttling

    static bool isAnyRunning();

signals:
    void stateChanged(tricheck::batch::BatchRunner::State state);
    // A row's request is about to leave (it and its attempt are committed in flight): at most once
    // per token.
    void rowSent(int line);
    void rowFinished(int line, const tricheck::api::VerifyOutcome& outcome);
    // A row was not sent: the journal now points it at the earlier answer `earlierAttempt`.
    void rowSkipped(int line, qint64 earlierAttempt);
    void progressed();
    void finished(tricheck::batch::BatchRunner::Result result);

private:
    struct Requeued
    {
        double dueMs = 0;
        BatchRow row;
    };

    double nowMs() const { return m_time->nowMs(); }
    void schedulePump(double delayMs = 0);
    void pump();
    bool nextRow(double now, BatchRow* row, double* waitMs);
    int requestsOut() const; // rows sent and not answered yet: what --concurrency bounds
    void dispatch(const BatchRow& row);
    void onFinished(verification::Verification* v,
                    const api::VerifyOutcome& outcome,
                    const verification::HistoryWrite& write);
    void onRetrying(int delayMs);
    void adaptRate();
    // No further row may be sent within the budget's room (`leaving`: rows about to be sent); with
    // nothing in flight, every check that could still bill is settled: the run stops (StoppedBudget).
    bool budgetFull(int leaving) const
    {
        return m_options.billedAllowance &&
               qint64(m_counts.billed) + m_counts.unknown + m_inFlight.size() + leaving >= *m_options.billedAllowance;
    }
    void stop(Result result, const QString& reason, bool abortInFlight = false);
    void finishIfIdle();
    void setState(State state);

    verification::VerificationService* m_service;
    std::unique_ptr<BatchJournal> m_journal;
    QString m_batchId;
    QString m_owner;
    verification::ServiceTarget m_target;
    RunnerOptions m_options;
    ImportOptions m_import;
    QFile m_file;
    std::unique_ptr<BatchReader> m_reader;
    RowSkipper m_skipper;
    QHash<int, JournalRow> m_rows;
    std::deque<Requeued> m_requeue;
    QHash<verification::Verification*, BatchRow> m_inFlight;
    bool m_sourceDone = false;

    TokenBucket m_bucket;
    double m_lastThrottleMs = -1e18;
    double m_lastRaiseMs = 0;
    std::deque<double> m_recentAnswers; // times of recent answers, for the rate shown
    QElapsedTimer m_clock;              // for the elapsed time shown
    SteadyClock m_steadyClock;
    BatchClock* m_time = &m_steadyClock;
    QTimer m_pumpTimer;
    QTimer m_heartbeat;
    bool m_pumpQueued = false;

    State m_state = State::Idle;
    Result m_result = Result::None;
    QString m_stopReason;
    RunnerCounts m_counts;
    int m_networkFailures = 0;
    int m_accessFailures = 0;
};

} // namespace tricheck::batch
