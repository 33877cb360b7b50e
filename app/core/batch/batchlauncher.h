#pragma once

#include "batchjournal.h"
#include "batchreader.h"
#include "batchrunner.h"
#include "session/sessionconfig.h"
#include "verification/verificationservice.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace tricheck::history {
class HistoryStore;
}
namespace tricheck::session {
class AuditTrail;
}

namespace tricheck::batch {

class BatchRecordJob;

// What the launcher needs of its session at the moment it acts.
struct LaunchContext
{
    std::shared_ptr<history::HistoryStore> history;
    session::SessionConfig config;
    bool ready = false;
    QString notReady;                  // translated, when not ready
    verification::ServiceTarget today; // where verifications go now
    session::AuditTrail* audit = nullptr;
    bool sandbox = false; // `today` is a sandbox: simulated answers, nothing billed
    QString keyProblem;   // translated: why the fingerprint key is not used (session::TeamKey)
};

// What the operator said about a batch that could go past this month's budget
// (billing::BatchBudget), counting every row it may send as billable.
enum class BudgetChoice {
    Ask,          // refused (Problem::Kind::Budget) when it could go past: the front end asks
    WithinBudget, // send only while the budget allows: the run stops when it is reached
    OverBudget,   // send every row past the budget (refused by a hard stop); an audit event
};

// What a new batch of a validated file would do, shown before the operator starts it: where the
// rows go, how many may be billed, and the limits in force (the operator's choices weighed against
// the policy, as start() will weigh them).
struct StartPreview
{
    bool sandbox = false;
    QString endpointId;   // "hongkong", "hongkong-vpc" or the URL
    QString endpointHost; // host[:port], as sent
    int rows = 0;         // non-blank data rows of the file
    int toSend = 0;       // valid rows, first of their kind
    int notSent = 0;      // invalid rows and repeated rows
    // Rows whose answer may be billed: every row to send on the real service, none in the sandbox.
    // At most: rows skipped as verified before (runner.skipVerifiedDays) are not sent.
    int mayBeBilled = 0;
    RunnerOptions runner;
};

// A batch of the journal with its tally (a list to resume from, an earlier batch of the same file).
struct UnfinishedBatch
{
    BatchInfo info;
    BatchTally tally;
};

// Starting and resuming batches, for the batch dialog and `tricheck-cli batch` alike: the checks
// (ready, one batch at a time, the administrator's locks, sandbox or real service, MD5), the
// journal's steps (record, claim, rows of unknown outcome sent again on request, rollback when the
// run cannot start) and the runner. Front ends ask, show the problems and follow runner().
class BatchLauncher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchLauncher)

public:
    using ContextSource = std::function<LaunchContext()>;

    // `service` must outlive the launcher.
    BatchLauncher(verification::VerificationService* service, ContextSource context, QObject* parent = nullptr);
    ~BatchLauncher() override;

    struct Problem
    {
        enum class Kind {
            NotReady,  // the session cannot verify (why: message)
            Busy,      // another batch runs, here or in another process
            NotFound,  // no such batch
            Refused,   // the policy or the batch's own settings forbid it
            History,   // the journal could not be read or written
            Start,     // the runner could not start (the file changed …)
            Cancelled, // abandoned while it was being recorded
            Earlier,   // the file was verified before as `earlier`: resume that, or ask for a new batch
            Budget,    // the batch could go past this month's budget: `budget` says how many rows fit
        };
        Problem(Kind kind, QString message, std::optional<UnfinishedBatch> earlier = std::nullopt)
            : kind(kind)
            , message(std::move(message))
            , earlier(std::move(earlier))
        { }

        Kind kind;
        QString message; // translated
        std::optional<UnfinishedBatch> earlier;
        std::optional<billing::BatchBudget> budget;
    };

    // The runner's limits: the settings' (or these choices', where the policy lets them) rate and
    // concurrency.
    RunnerOptions runnerOptions(const session::Overrides& choices = {}) const;

    // What start() would do with `report` and `choices` now.
    StartPreview preview(const ImportReport& report, const session::Overrides& choices = {}) const;

    // The newest earlier batch of a file with the same bytes, with its tally, if any: starting the
    // file again would send (and bill) its rows again.
    std::optional<UnfinishedBatch> earlierBatchOf(const ImportReport& report) const;

    // Starts the validated file as a new batch: its rows to send are recorded in the journal on a
    // worker thread (seconds for a million rows), then the run starts: started() or failed() follows.
    // MD5 is used when the policy or the settings force it, whatever `import` says. A file verified
    // before is refused (Problem::Kind::Earlier) unless `again`: the operator chose a new batch,
    // knowing its rows may be billed again.
    std::optional<Problem> start(const ImportReport& report,
                                 const ImportOptions& import,
                                 const QString& path,
                                 const session::Overrides& choices = {},
                                 bool again = false,
                                 BudgetChoice budget = BudgetChoice::Ask);
    bool isRecording() const;
    // While the batch is being recorded: it is kept as cancelled and does not start.
    void abandon();

    struct ResumePlan
    {
        BatchInfo info;
        ImportOptions import; // the batch's own, to read the file the same way
        verification::ServiceTarget target;
        bool endpointFromBatch = false; // the front end may ask before it resumes
        bool schemeFromBatch = false;
        BatchTally tally;
    };
    // Whether `batchId` can be resumed now, and where its rows would go. `md5Asked`: the operator
    // asks for MD5 (tricheck-cli batch --md5).
    Expected<ResumePlan, Problem> planResume(const QString& batchId, bool md5Asked = false) const;
    // Takes the batch over, puts the rows of unknown outcome back to send when asked (they may be
    // billed twice), and starts the run from `sourcePath`; on failure the batch is released again.
    std::optional<Problem> resume(const ResumePlan& plan,
                                  const QString& sourcePath,
                                  bool resendUnknown,
                                  const session::Overrides& choices = {},
                                  BudgetChoice budget = BudgetChoice::Ask);
    // Rows whose outcome was unknown when the resumed run began, in file order.
    const QList<int>& unknownRows() const { return m_unknownRows; }
    // Rows of unknown outcome that resume() put back to send (resendUnknown).
    int resentUnknown() const { return m_resentUnknown; }

    // Whether `rows` rows that may be billed fit in this month's budget, to show before the start.
    Expected<billing::BatchBudget, history::HistoryError> budgetFor(qint64 rows) const;

    // The journal's batches that are not completed, newest first.
    QList<UnfinishedBatch> unfinished(int limit = 200) const;

    BatchRunner* runner() const { return m_runner.get(); }
    bool isRunning() const;
    QString batchId() const { return m_batchId; }
    // The batch's tally before this run (a resumed batch's earlier runs).
    const BatchTally& base() const { return m_base; }
    // The whole batch's tally now.
    Expected<BatchTally, history::HistoryError> tally() const;

signals:
    void started(const QString& batchId); // runner() runs
    // A new batch could not be recorded or started (start() itself said nothing was wrong).
    void failed(const tricheck::batch::BatchLauncher::Problem& problem);

private:
    std::optional<Problem> checkReady(const LaunchContext& context) const;
    // Applies the budget to `options` (the room of the run) for `rows` rows that may be billed.
    std::optional<Problem>
    checkBudget(const LaunchContext& context, qint64 rows, BudgetChoice choice, RunnerOptions* options);
    void onRecorded();
    std::optional<Problem> run(const QString& batchId,
                               const QString& path,
                               const verification::ServiceTarget& target,
                               const RunnerOptions& options,
                               const std::shared_ptr<history::HistoryStore>& history);

    verification::VerificationService* m_service;
    ContextSource m_context;
    std::unique_ptr<BatchRecordJob> m_record;
    std::shared_ptr<history::HistoryStore> m_recordHistory;
    verification::ServiceTarget m_recordTarget;
    RunnerOptions m_recordOptions;
    QString m_recordPath;
    bool m_abandoned = false;
    std::optional<billing::BatchBudget> m_override; // sent past the budget: audited once the id is known
    std::unique_ptr<BatchRunner> m_runner;
    std::shared_ptr<history::HistoryStore> m_history;
    QString m_batchId;
    BatchTally m_base;
    QList<int> m_unknownRows;
    int m_resentUnknown = 0;
};

} // namespace tricheck::batch
