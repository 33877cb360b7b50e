#include "batchlauncher.h"

#include "batchrecordjob.h"
#include "history/auditevent.h"
#include "history/historystore.h"
#include "resumetarget.h"
#include "session/audittrail.h"

namespace tricheck::batch {

using Kind = BatchLauncher::Problem::Kind;
using settings::Setting;

BatchLauncher::BatchLauncher(verification::VerificationService* service, ContextSource context, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_context(std::move(context))
{ }

BatchLauncher::~BatchLauncher()
{
    if (m_runner && isRunning()) {
        // Nothing more is sent; what is in flight becomes "outcome unknown" in the journal.
        m_runner->disconnect(this);
        m_runner->cancel(true);
    }
}

RunnerOptions BatchLauncher::runnerOptions(const session::Overrides& choices) const
{
    const session::SessionConfig config = m_context().config.with(choices);
    RunnerOptions options;
    options.qps = config.batchQps();
    options.concurrency = config.batchConcurrency();
    options.skipVerifiedDays = config.skipVerifiedDays();
    return options;
}

StartPreview BatchLauncher::preview(const ImportReport& report, const session::Overrides& choices) const
{
    const LaunchContext context = m_context();
    StartPreview preview;
    preview.sandbox = context.sandbox;
    preview.endpointId = context.today.endpoint.id();
    preview.endpointHost = context.today.endpoint.hostHeader();
    preview.rows = report.rows;
    preview.toSend = report.valid;
    preview.notSent = report.invalid + report.duplicates;
    preview.mayBeBilled = context.sandbox ? 0 : report.valid;
    preview.runner = runnerOptions(choices);
    return preview;
}

std::optional<BatchLauncher::Problem> BatchLauncher::checkReady(const LaunchContext& context) const
{
    if (!context.history)
        return Problem{Kind::History, tr("No history database is open: the batch's journal lives there.")};
    if (!context.ready)
        return Problem{Kind::NotReady, context.notReady};
    if (BatchRunner::isAnyRunning() || isRecording())
        return Problem{Kind::Busy, tr("Another batch is running; one batch runs at a time.")};
    return std::nullopt;
}

namespace {

// This month's budget of the service the context verifies with (the sandbox's own count for it).
Expected<billing::BudgetStatus, history::HistoryError> budgetStatusOf(const LaunchContext& context)
{
    return billing::budgetStatus(*context.history, context.config.budgetRule(), context.sandbox);
}

} // namespace

Expected<billing::BatchBudget, history::HistoryError> BatchLauncher::budgetFor(qint64 rows) const
{
    const LaunchContext context = m_context();
    if (!context.history)
        return billing::BudgetStatus().forBatch(rows); // nothing recorded: nothing is counted
    const auto status = budgetStatusOf(context);
    if (!status)
        return Expected<billing::BatchBudget, history::HistoryError>::failure(status.error());
    return status->forBatch(rows);
}

std::optional<BatchLauncher::Problem>
BatchLauncher::checkBudget(const LaunchContext& context, qint64 rows, BudgetChoice choice, RunnerOptions* options)
{
    m_override.reset();
    const auto status = budgetStatusOf(context);
    if (!status)
        return Problem{Kind::History, status.error().message};
    const billing::BatchBudget budget = status->forBatch(rows);
    // With a hard stop the run never bills past the budget, whatever the count at the start said
    // (colleagues on a shared history spend it too).
    if (status->rule.hardStop && budget.remaining)
        options->billedAllowance = *budget.remaining;
    const auto refused = [&budget] {
        Problem problem{Kind::Budget, budget.message};
        problem.budget = budget;
        return problem;
    };
    switch (budget.verdict) {
    case billing::BatchBudget::Verdict::Fits:
        return std::nullopt;
    case billing::BatchBudget::Verdict::Exceeds:
    case billing::BatchBudget::Verdict::Refused:
        break;
    }
    switch (choice) {
    case BudgetChoice::Ask:
        return refused();
    case BudgetChoice::WithinBudget:
        if (budget.rowsThatFit <= 0)
            return refused();
        options->billedAllowance = budget.rowsThatFit;
        return std::nullopt;
    case BudgetChoice::OverBudget:
        if (budget.verdict == billing::BatchBudget::Verdict::Refused)
            return refused();
        m_override = budget;
        return std::nullopt;
    }
    return refused();
}

std::optional<UnfinishedBatch> BatchLauncher::earlierBatchOf(const ImportReport& report) const
{
    const LaunchContext context = m_context();
    if (!context.history)
        return std::nullopt;
    BatchJournal journal(context.history.get());
    const auto found = journal.latestOfSource(report.sha256Hex());
    if (!found || !found.value())
        return std::nullopt;
    const auto tally = journal.tally(found.value()->batchId);
    return UnfinishedBatch{*found.value(), tally ? tally.value() : BatchTally{}};
}

std::optional<BatchLauncher::Problem> BatchLauncher::start(const ImportReport& report,
                                                           const ImportOptions& import,
                                                           const QString& path,
                                                           const session::Overrides& choices,
                                                           bool again,
                                                           BudgetChoice budget)
{
    const LaunchContext context = m_context();
    if (auto problem = checkReady(context))
        return problem;
    if (!again) {
        if (auto earlier = earlierBatchOf(report)) {
            const BatchTally& t = earlier->tally;
            const QString message =
                tr("This file was verified before, as batch %1: %2 of %3 rows sent, %4 billed. Resume "
                   "that batch, or start a new one (its rows may be billed again).")
                    .arg(earlier->info.batchId)
                    .arg(t.sent)
                    .arg(t.toSend)
                    .arg(t.billed);
            return Problem{Kind::Earlier, message, std::move(earlier)};
        }
    }
    RunnerOptions runner = runnerOptions(choices);
    // Asked before the batch is recorded: a refused start must not leave a batch in the journal that
    // makes the same file "verified before" next time.
    if (auto refused = RowSkipper().configure(*m_service, context.today, runner.skipVerifiedDays, context.keyProblem))
        return Problem{Kind::Refused, std::move(*refused)};
    if (auto refused = checkBudget(context, report.validLines.size(), budget, &runner))
        return refused;
    ImportOptions options = import;
    options.paramType = context.config.paramTypeFor(import.paramType == identity::ParamType::Md5);
    m_recordTarget = context.today;
    m_recordOptions = runner;
    m_recordPath = path;
    m_recordHistory = context.history;
    m_abandoned = false;
    const BatchInfo info = newBatchInfo(report, options, path, m_recordTarget, m_recordOptions);
    m_record = std::make_unique<BatchRecordJob>(context.history->options(), info, report.validLines);
    connect(m_record.get(), &BatchRecordJob::finished, this, &BatchLauncher::onRecorded);
    m_record->start();
    return std::nullopt;
}

bool BatchLauncher::isRecording() const
{
    return m_record && m_record->isRunning();
}

void BatchLauncher::abandon()
{
    if (isRecording())
        m_abandoned = true;
}

void BatchLauncher::onRecorded()
{
    // Deleted later: this runs inside the job's own signal.
    BatchRecordJob* job = m_record.release();
    job->deleteLater();
    if (job->error()) {
        emit failed({Kind::History, job->error()->message});
        return;
    }
    const QString batchId = job->info().batchId;
    if (m_abandoned) {
        m_override.reset();
        BatchJournal(m_recordHistory.get()).setState(batchId, BatchState::Cancelled, true);
        m_batchId = batchId;
        emit failed({Kind::Cancelled, tr("Interrupted before anything was sent.")});
        return;
    }
    if (const auto problem = run(batchId, m_recordPath, m_recordTarget, m_recordOptions, m_recordHistory))
        emit failed(*problem);
}

Expected<BatchLauncher::ResumePlan, BatchLauncher::Problem> BatchLauncher::planResume(const QString& batchId,
                                                                                      bool md5Asked) const
{
    using Result = Expected<ResumePlan, Problem>;
    const LaunchContext context = m_context();
    if (const auto problem = checkReady(context))
        return Result::failure(*problem);
    BatchJournal journal(context.history.get());
    const auto found = journal.find(batchId);
    if (!found)
        return Result::failure({Kind::History, found.error().message});
    if (!found.value())
        return Result::failure(
            {Kind::NotFound, BatchJournal::tr("There is no batch %1 in this history.").arg(batchId)});
    ResumePlan plan;
    plan.info = *found.value();
    plan.import = ImportOptions::fromJson(plan.info.settings.value(QStringLiteral("import")).toObject());
    const session::SessionConfig& config = context.config;
    if (config.paramTypeFor(md5Asked) == identity::ParamType::Md5 &&
        plan.import.paramType != identity::ParamType::Md5) {
        if (!config.forceMd5())
            return Result::failure(
                {Kind::Refused, tr("Batch %1 was started without MD5; resume it the same way.").arg(batchId)});
        return Result::failure(
            {Kind::Refused,
             (config.isLocked(Setting::ForceMd5)
                  ? tr("Batch %1 was started with plain values, but your administrator's policy now requires MD5: "
                       "it cannot be resumed. Start the file again as a new batch.")
                  : tr("Batch %1 was started with plain values, but your settings now require MD5: it cannot be "
                       "resumed. Start the file again as a new batch, or turn off \"Always MD5\" in Settings."))
                 .arg(batchId)});
    }
    const auto target = resumeTarget(plan.info,
                                     context.today,
                                     config.isChosen(Setting::Endpoint),
                                     config.isChosen(Setting::SignatureScheme));
    if (!target)
        return Result::failure({Kind::Refused, target.error()});
    if (const auto refused = config.endpointRefusal(target->target.endpoint))
        return Result::failure({Kind::Refused, *refused});
    plan.target = target->target;
    plan.endpointFromBatch = target->endpointFromBatch;
    plan.schemeFromBatch = target->schemeFromBatch;
    const auto tally = journal.tally(batchId);
    if (!tally)
        return Result::failure({Kind::History, tally.error().message});
    plan.tally = tally.value();
    return plan;
}

std::optional<BatchLauncher::Problem> BatchLauncher::resume(const ResumePlan& plan,
                                                            const QString& sourcePath,
                                                            bool resendUnknown,
                                                            const session::Overrides& choices,
                                                            BudgetChoice budget)
{
    const LaunchContext context = m_context();
    if (auto problem = checkReady(context))
        return problem;
    RunnerOptions runner = runnerOptions(choices);
    // The rows still to send, and those of unknown outcome when they are sent again.
    const qint64 rows = plan.tally.pending + (resendUnknown ? plan.tally.unknown : 0);
    if (auto refused = checkBudget(context, rows, budget, &runner))
        return refused;
    const QString& batchId = plan.info.batchId;
    BatchJournal journal(context.history.get());
    const auto claim = journal.claim(batchId, BatchJournal::processOwner());
    if (!claim)
        return Problem{Kind::Busy, claim.error().message};
    m_resentUnknown = 0;
    if (resendUnknown) {
        const auto n = journal.resendUnknown(batchId);
        if (!n) {
            journal.setState(batchId, BatchState::Stopped, true);
            return Problem{Kind::History, n.error().message};
        }
        m_resentUnknown = *n;
    }
    m_unknownRows.clear();
    if (const auto rows = journal.rows(batchId)) {
        for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
            if (it->state == RowState::Unknown)
                m_unknownRows.append(it.key());
        }
    }
    std::sort(m_unknownRows.begin(), m_unknownRows.end());
    return run(batchId, sourcePath, plan.target, runner, context.history);
}

std::optional<BatchLauncher::Problem> BatchLauncher::run(const QString& batchId,
                                                         const QString& path,
                                                         const verification::ServiceTarget& target,
                                                         const RunnerOptions& options,
                                                         const std::shared_ptr<history::HistoryStore>& history)
{
    BatchJournal journal(history.get());
    const auto tally = journal.tally(batchId);
    m_base = tally ? tally.value() : BatchTally();
    m_history = history;
    m_batchId = batchId;
    m_runner = std::make_unique<BatchRunner>(m_service);
    if (const auto error = m_runner->start(batchId, path, target, options)) {
        journal.setState(batchId, BatchState::Stopped, true);
        m_runner.reset();
        m_override.reset();
        return Problem{Kind::Start, *error};
    }
    if (m_override) {
        const LaunchContext context = m_context();
        if (context.audit)
            context.audit->append(history::AuditEvent::budgetOverride(batchId, m_override->rows, m_override->toJson()));
        m_override.reset();
    }
    emit started(batchId);
    return std::nullopt;
}

bool BatchLauncher::isRunning() const
{
    return m_runner && m_runner->state() != BatchRunner::State::Idle &&
           m_runner->state() != BatchRunner::State::Finished;
}

Expected<BatchTally, history::HistoryError> BatchLauncher::tally() const
{
    if (!m_history)
        return BatchTally{};
    return BatchJournal(m_history.get()).tally(m_batchId);
}

QList<UnfinishedBatch> BatchLauncher::unfinished(int limit) const
{
    QList<UnfinishedBatch> result;
    const LaunchContext context = m_context();
    if (!context.history)
        return result;
    BatchJournal journal(context.history.get());
    const auto batches = journal.list(limit);
    if (!batches)
        return result;
    for (const BatchInfo& info : batches.value()) {
        if (info.state == BatchState::Completed)
            continue;
        if (const auto tally = journal.tally(info.batchId))
            result.append({info, tally.value()});
    }
    return result;
}

} // namespace tricheck::batch
