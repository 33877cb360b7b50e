#include "batchcommand.h"

#include "batch/batchlauncher.h"
#include "batch/batchresults.h"
#include "batch/durationtext.h"
#include "batchflags.h"
#include "exitstatus.h"
#include "history/historystore.h"
#include "jsonout.h"
#include "sessioncommand.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tricheck::cli {

using namespace tricheck::batch;

namespace {

int failWith(int status, const QString& kind, const QString& message, int line = 0)
{
    printError(message);
    QJsonObject error{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}};
    if (line > 0)
        error.insert(QStringLiteral("line"), line);
    printJsonLine(QJsonObject{{QStringLiteral("error"), error}});
    return status;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(::fileno(stderr)) != 0;
#else
    return false;
#endif
}

} // namespace

QString BatchCommand::summary()
{
    return tr(
        "verify every row of a CSV file or Excel workbook within the QPS limit; journaled, resumable after a crash");
}

namespace {

// One run of tricheck-cli batch, from the validated flags to the summary line.
class BatchRun
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    BatchRun(const BatchFlags::Parsed& flags, SessionCommand& command)
        : m_flags(flags)
        , m_command(command)
        , m_launcher(command.session().batches())
        , m_terminal(stderrIsTerminal())
    {
        m_wall.start();
    }

    int exec()
    {
        if (const auto failed = m_command.session().openHistoryNow())
            return failWith(ExitFailure, QStringLiteral("history"), failed->message);
        const auto step = m_command.startAndWait();
        if (!step) {
            printError(tr("Interrupted (%1) before anything was sent.").arg(signalName(m_command.interruptedBy())));
            return ExitInterrupted;
        }
        if (*step != session::Session::Step::None)
            return failWith(SessionCommand::exitStatusFor(*step),
                            *step == session::Session::Step::Credentials ? QStringLiteral("credentials")
                                                                         : QStringLiteral("usage"),
                            m_command.session().notReadyReason());
        std::optional<BatchLauncher::ResumePlan> plan;
        batch::ImportOptions import = m_flags.import;
        if (!m_flags.resume.isEmpty()) {
            auto planned = m_launcher->planResume(m_flags.resume, m_flags.md5Asked);
            if (!planned)
                return fail(planned.error());
            plan = planned.value();
            if (m_flags.encodingChosen && import.encoding != plan->import.encoding)
                return usage(tr("Batch %1 was started with --encoding %2; resume it the same way.")
                                 .arg(plan->info.batchId, textEncodingId(plan->import.encoding)));
            import = plan->import;
        } else {
            import.paramType = m_command.config().paramTypeFor(m_flags.md5Asked);
        }
        m_command.reportForcedMd5(m_flags.md5Asked);
        const auto report = importBatchFile(m_flags.input, import);
        if (!report)
            return failWith(ExitUsage, report.error().kindId(), report.error().message, report.error().line);
        if (plan && report->sha256Hex() != plan->info.sourceDigest)
            return failWith(ExitUsage,
                            QStringLiteral("source_changed"),
                            ImportError::make(ImportError::Kind::SourceChanged, 0).message);
        if (!plan)
            describe(*report);

        QObject::connect(m_launcher, &BatchLauncher::started, &m_context, [this] { onStarted(); });
        QObject::connect(m_launcher, &BatchLauncher::failed, &m_context, [this](const BatchLauncher::Problem& p) {
            m_batchId = m_launcher->batchId();
            if (p.kind == BatchLauncher::Problem::Kind::Cancelled)
                return end(ExitInterrupted, tr("Interrupted (%1) before anything was sent.").arg(m_signal));
            QCoreApplication::exit(fail(p));
        });
        QObject::connect(&m_command.interrupts(), &SignalWatcher::terminationRequested, &m_context, [this](int n) {
            onInterrupt(n);
        });
        m_rows = report->rows;
        const auto problem =
            plan ? m_launcher->resume(*plan, m_flags.input, m_flags.resendUnknown, {}, m_flags.budget)
                 : m_launcher->start(*report, import, m_flags.input, {}, m_flags.newBatch, m_flags.budget);
        if (problem)
            return fail(*problem);
        return QCoreApplication::exec();
    }

private:
    static int usage(const QString& message) { return failWith(ExitUsage, QStringLiteral("usage"), message); }

    int fail(const BatchLauncher::Problem& problem) const
    {
        switch (problem.kind) {
        case BatchLauncher::Problem::Kind::Earlier:
            return refuseEarlier(problem);
        case BatchLauncher::Problem::Kind::Budget:
            return refuseBudget(problem);
        case BatchLauncher::Problem::Kind::Busy:
            return failWith(ExitFailure, QStringLiteral("busy"), problem.message);
        case BatchLauncher::Problem::Kind::History:
        case BatchLauncher::Problem::Kind::NotReady:
            return failWith(ExitFailure, QStringLiteral("history"), problem.message);
        case BatchLauncher::Problem::Kind::Start:
            return failWith(ExitUsage, QStringLiteral("start"), problem.message);
        case BatchLauncher::Problem::Kind::Cancelled:
            printError(problem.message);
            return ExitInterrupted;
        case BatchLauncher::Problem::Kind::NotFound:
        case BatchLauncher::Problem::Kind::Refused:
            break;
        }
        return usage(problem.message);
    }

    // The command that resumes `batchId`, as the operator would type it.
    QString resumeCommand(const QString& batchId) const
    {
        QString command = QStringLiteral("tricheck-cli batch --input %1 --resume %2").arg(m_flags.input, batchId);
        if (m_command.config().source(settings::Setting::HistoryPath) == session::ValueSource::Override)
            command += QStringLiteral(" --history ") + m_command.config().historyPath();
        return command;
    }

    // The file was verified before: nothing is sent; the operator resumes that batch or asks for a new one.
    int refuseEarlier(const BatchLauncher::Problem& problem) const
    {
        const UnfinishedBatch& earlier = *problem.earlier;
        const QString resume = resumeCommand(earlier.info.batchId);
        printError(problem.message);
        printError(tr("Resume it with:\n  %1\nor start it again with --new-batch.").arg(resume));
        printJsonLine(QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("earlier_batch")},
                                               {QStringLiteral("message"), problem.message},
                                               {QStringLiteral("batchId"), earlier.info.batchId},
                                               {QStringLiteral("rows"), earlier.tally.rows},
                                               {QStringLiteral("sent"), earlier.tally.sent},
                                               {QStringLiteral("billed"), earlier.tally.billed},
                                               {QStringLiteral("resume"), resume}}}});
        return ExitUsage;
    }

    // The batch could go past this month's budget: nothing is sent.
    static int refuseBudget(const BatchLauncher::Problem& problem)
    {
        printError(problem.message);
        QJsonObject error{{QStringLiteral("kind"), QStringLiteral("budget")},
                          {QStringLiteral("message"), problem.message}};
        if (problem.budget) {
            const QJsonObject budget = problem.budget->toJson();
            for (auto it = budget.begin(); it != budget.end(); ++it)
                error.insert(it.key(), it.value());
            if (problem.budget->rowsThatFit > 0)
                printError(tr("Add --within-budget to send the %n row(s) that fit.",
                              nullptr,
                              int(std::min<qint64>(problem.budget->rowsThatFit, 1 << 30))));
        }
        printJsonLine(QJsonObject{{QStringLiteral("error"), error}});
        return ExitBudget;
    }

    // The validation report of a new batch, on stderr.
    static void describe(const ImportReport& report)
    {
        for (const RowIssue& issue : report.invalidRows)
            printError(tr("Line %1: not sent: %2").arg(issue.line).arg(issue.describe()));
        for (const auto& [line, first] : report.duplicateRows)
            printError(tr("Line %1: the same as line %2, sent once.").arg(line).arg(first));
        printError(tr("%1 rows: %2 to send, %3 invalid, %4 duplicates (%5).")
                       .arg(report.rows)
                       .arg(report.valid)
                       .arg(report.invalid)
                       .arg(report.duplicates)
                       .arg(report.readAs()));
    }

    void onStarted()
    {
        m_batchId = m_launcher->batchId();
        BatchRunner* runner = m_launcher->runner();
        if (m_launcher->resentUnknown() > 0)
            printError(tr("%1 rows with an unknown outcome will be sent again (--resend-unknown); they may be "
                          "billed twice.")
                           .arg(m_launcher->resentUnknown()));
        for (const int line : m_launcher->unknownRows())
            printError(tr("Line %1: outcome unknown — may have been billed (it was in flight when the batch "
                          "stopped). Not sent again; --resend-unknown sends it again.")
                           .arg(line));
        printOrderedJsonLine({{QStringLiteral("event"), QStringLiteral("started")},
                              {QStringLiteral("batchId"), m_batchId},
                              {QStringLiteral("rows"), m_rows},
                              {QStringLiteral("resumed"), !m_flags.resume.isEmpty()}});
        const RunnerOptions options = m_launcher->runnerOptions();
        printError(tr("Batch %1: sending at most %2 requests per second, %3 at a time.")
                       .arg(m_batchId,
                            options.qps > 0 ? QString::number(options.qps) : tr("unlimited"),
                            QString::number(options.concurrency)));
        if (options.skipVerifiedDays > 0)
            printError(tr("Rows answered in the last %n day(s) are not sent again: their earlier results and "
                          "RequestIds are reported instead.",
                          nullptr,
                          options.skipVerifiedDays));
        QObject::connect(runner, &BatchRunner::finished, &m_context, [this](BatchRunner::Result r) { onFinished(r); });
        if (m_flags.progress) {
            drawProgress(false);
            m_progressTimer.setInterval(m_terminal ? 250 : 1000);
            QObject::connect(&m_progressTimer, &QTimer::timeout, &m_context, [this] { drawProgress(false); });
            m_progressTimer.start();
        }
    }

    void onInterrupt(int signalNumber)
    {
        m_signal = signalName(signalNumber);
        ++m_interrupts;
        BatchRunner* runner = m_launcher->runner();
        if (!runner) {
            // Still being recorded: it is kept as cancelled once it is (failed() follows).
            m_launcher->abandon();
            return;
        }
        if (m_interrupts == 1 && runner->counts().inFlight > 0)
            printError(tr("\nStopping: waiting for the %1 requests in flight to be answered and recorded (press "
                          "Ctrl+C again to stop waiting; their outcome is then unknown).")
                           .arg(runner->counts().inFlight));
        runner->cancel(m_interrupts > 1);
    }

    void onFinished(BatchRunner::Result result)
    {
        m_progressTimer.stop();
        if (m_flags.progress)
            drawProgress(true);
        int status = ExitFailure;
        switch (result) {
        case BatchRunner::Result::Completed:
            status = ExitOk;
            break;
        case BatchRunner::Result::Cancelled:
            status = ExitInterrupted;
            break;
        case BatchRunner::Result::StoppedNetwork:
            status = ExitNetwork;
            break;
        case BatchRunner::Result::StoppedAccess:
            status = ExitApiError;
            break;
        case BatchRunner::Result::StoppedBudget:
            status = ExitBudget;
            break;
        case BatchRunner::Result::SourceFailed:
            status = ExitUsage;
            break;
        case BatchRunner::Result::HistoryFailed:
        case BatchRunner::Result::None:
            break;
        }
        end(status, result == BatchRunner::Result::Completed ? QString() : m_launcher->runner()->stopReason());
    }

    // The end of a batch that exists: why it stopped, how to resume it, its results and summary.
    void end(int status, const QString& reason)
    {
        if (status != ExitOk) {
            if (!reason.isEmpty())
                printError(reason);
            printError(tr("The batch is kept in the journal. Resume it with:\n  %1").arg(resumeCommand(m_batchId)));
        }
        if (!m_flags.output.isEmpty()) {
            // The same export as the dialog's Export results…, audited like every export.
            const auto written =
                BatchResults::exportFile(*m_command.session().history(), m_batchId, m_flags.input, m_flags.output);
            if (!written) {
                printError(written.error());
                if (status == ExitOk)
                    status = ExitFailure;
            }
        }
        printSummary();
        QCoreApplication::exit(status);
    }

    void printSummary()
    {
        const auto tally = BatchJournal(m_command.session().history().get()).tally(m_batchId);
        BatchTally t;
        if (tally)
            t = tally.value();
        else
            printError(tally.error().message);
        printOrderedJsonLine({{QStringLiteral("batchId"), m_batchId},
                              {QStringLiteral("rows"), t.rows},
                              {QStringLiteral("invalid"), t.invalid},
                              {QStringLiteral("duplicates"), t.duplicates},
                              {QStringLiteral("sent"), t.sent},
                              {QStringLiteral("pass"), t.pass},
                              {QStringLiteral("mismatch"), t.mismatch},
                              {QStringLiteral("norecord"), t.noRecord},
                              {QStringLiteral("errors"), t.errors},
                              {QStringLiteral("unknown"), t.unknown},
                              {QStringLiteral("billed"), t.billed},
                              {QStringLiteral("skipped"), t.skipped},
                              {QStringLiteral("seconds"), double(m_wall.elapsed()) / 1000.0}});
    }

    void drawProgress(bool last)
    {
        const BatchRunner* runner = m_launcher->runner();
        const RunnerCounts& c = runner->counts();
        const double rate = runner->currentRate();
        const int left = std::max(0, c.toSend - c.answered);
        const QString eta = rate > 0 && left > 0 ? batch::durationText(left / rate) : QStringLiteral("–");
        const QString line = tr("%1/%2 · pass %3 · mismatch %4 · no record %5 · errors %6 · unknown %7 · billed %8 · "
                                "%9/s · ETA %10")
                                 .arg(c.answered)
                                 .arg(c.toSend)
                                 .arg(c.pass)
                                 .arg(c.mismatch)
                                 .arg(c.noRecord)
                                 .arg(c.errors)
                                 .arg(c.unknown)
                                 .arg(c.billed)
                                 .arg(rate, 0, 'f', 1)
                                 .arg(eta);
        const QByteArray bytes = m_terminal
                                     ? QByteArray(QByteArray("\r\x1b[K") + line.toUtf8() + QByteArray(last ? "\n" : ""))
                                     : QByteArray(line.toUtf8() + '\n');
        // Progress is a courtesy: a closed stderr does not stop the batch.
        static_cast<void>(writeAll(stderr, bytes));
    }

    const BatchFlags::Parsed& m_flags;
    SessionCommand& m_command;
    BatchLauncher* m_launcher;
    const bool m_terminal;
    QObject m_context;
    QElapsedTimer m_wall;
    QTimer m_progressTimer;
    QString m_batchId;
    QString m_signal = QStringLiteral("SIGINT");
    int m_rows = 0;
    int m_interrupts = 0;
};

} // namespace

int BatchCommand::run(const QStringList& args)
{
    const settings::AppSettings defaults;
    const BatchFlags flags(defaults.value(settings::Setting::BatchQps).toInt(),
                           defaults.value(settings::Setting::BatchConcurrency).toInt(),
                           defaults.value(settings::Setting::SkipVerifiedDays).toInt());
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    flags.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli batch")} + args))
        return failWith(ExitUsage, QStringLiteral("usage"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printText(flags.help(parser));
        return ExitOk;
    }
    const auto parsed = flags.parse(parser);
    if (!parsed)
        return failWith(ExitUsage, QStringLiteral("usage"), parsed.error());
    SessionCommand command(session::ServiceRouter::Routing::Direct, parsed->overrides);
    return BatchRun(parsed.value(), command).exec();
}

} // namespace tricheck::cli
