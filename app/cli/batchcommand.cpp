#include "batchcommand.h"

#include "api/apiclient.h"
#include "api/endpoint.h"
#include "api/verifyoutcome.h"
#include "batch/batchjournal.h"
#include "batch/batchreader.h"
#include "batch/batchresults.h"
#include "batch/batchrunner.h"
#include "batch/durationtext.h"
#include "cliapp.h"
#include "credentials/credentialresolver.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "exitstatus.h"
#include "history/historystore.h"
#include "historyconnection.h"
#include "jsonout.h"
#include "network/proxysettings.h"
#include "policyflags.h"
#include "sessionsetup.h"
#include "settings/appsettings.h"
#include "signalwatcher.h"
#include "verification/verificationservice.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

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
    return tr("verify every row of a CSV file within the QPS limit; journaled, resumable after a crash");
}

int BatchCommand::run(const QStringList& args)
{
    QElapsedTimer wall;
    wall.start();
    const settings::AppSettings appSettings;

    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption input(QStringLiteral("input"),
                                   tr("The CSV file to verify (required, also with --resume: the same file)."),
                                   QStringLiteral("FILE.csv"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write the results to this CSV file: one row per input row (line, status, "
                                       "masked values, reference, BizCode, SubCode, IspName, billed, RequestId, "
                                       "error kind and code), in the history export's format."),
                                    QStringLiteral("RESULTS.csv"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The file's encoding: auto (the default: UTF-8 with or without BOM, else "
                                         "GB18030), utf-8 or gb18030 (also reads GBK)."),
                                      QStringLiteral("auto|utf-8|gb18030"),
                                      QStringLiteral("auto"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       tr("The field delimiter: auto (the default: detected from the first line), "
                                          "comma, semicolon or tab."),
                                       QStringLiteral("auto|comma|semicolon|tab"),
                                       QStringLiteral("auto"));
    const QCommandLineOption noHeader(QStringLiteral("no-header"),
                                      tr("The file has no header row: the columns are mobile, name, ID number, "
                                         "reference, unless chosen with --column."));
    const QCommandLineOption column(QStringLiteral("column"),
                                    tr("Choose a column for a field instead of recognising the header: "
                                       "mobile=COLUMN, name=…, id_number=…, reference=…; COLUMN is a header name or "
                                       "a position from 1. Repeatable."),
                                    QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption qps(QStringLiteral("qps"),
                                 tr("Requests per second at most (the account's limit; default %1 from the "
                                    "settings). 0: no limit, for the sandbox.")
                                     .arg(appSettings.batchQps()),
                                 QStringLiteral("N"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("Requests in flight at most, 1 to 64 (default %1 from the settings).").arg(appSettings.batchConcurrency()),
        QStringLiteral("N"));
    const QCommandLineOption md5(QStringLiteral("md5"),
                                 tr("Send each value as its MD5 digest (ParamType md5), computed here."));
    const QCommandLineOption signature(QStringLiteral("signature"),
                                       tr("Signature scheme: v3 (the default) or v1."),
                                       QStringLiteral("v3|v1"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        tr("hongkong (the default), hongkong-vpc, an https:// URL, or an http:// URL of this computer (the "
           "sandbox). Default: the profile's endpoint; when resuming, the batch's."),
        QStringLiteral("hongkong|hongkong-vpc|URL"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Use this credential profile (see tricheck-cli verify --help for the order "
                                        "in which credentials are looked for without it)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("The history database that records every attempt and the batch's journal: "
                                        "a file, or postgresql://USER@HOST:PORT/DB (default: the settings' history)."),
                                     QStringLiteral("PATH|URL"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Resume this batch (its id is printed when it starts): rows already answered "
                                       "are never sent again."),
                                    QStringLiteral("BATCH_ID"));
    const QCommandLineOption resendUnknown(
        QStringLiteral("resend-unknown"),
        tr("With --resume: also send again the rows whose outcome is unknown (in flight when the batch stopped, "
           "or timed out after sending). They may have been billed already: a second request may be billed "
           "again."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      tr("Draw a progress line on stderr (counts, rate, time left)."));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     tr("Give up waiting for an answer after N milliseconds (default 10000). A "
                                        "timeout after sending is an unknown outcome: it may be billed."),
                                     QStringLiteral("N"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   tr("How to reach the service: system (the default: the system's proxy settings), "
                                      "none, http://HOST:PORT or socks5://HOST:PORT. The proxy user name comes from "
                                      "the settings, its password from the keychain."),
                                   QStringLiteral("system|none|URL"));
    parser.addOptions({input,
                       output,
                       encoding,
                       delimiter,
                       noHeader,
                       column,
                       qps,
                       concurrency,
                       md5,
                       signature,
                       endpoint,
                       profile,
                       history,
                       resume,
                       resendUnknown,
                       progress,
                       timeout,
                       proxy});

    const auto usage = [](const QString& message) { return failWith(ExitUsage, QStringLiteral("usage"), message); };
    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli batch")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(
            0,
            help.indexOf(u'\n'),
            QStringLiteral(
                "Usage: tricheck-cli batch --input FILE.csv [--output RESULTS.csv] [--encoding auto|utf-8|gb18030]\n"
                "                          [--qps N] [--concurrency N] [--md5] [--signature v3|v1] [--endpoint …]\n"
                "                          [--profile NAME] [--history PATH] [--resume BATCH_ID] [--progress]\n"
                "                          [--resend-unknown] [--delimiter …] [--no-header] [--column FIELD=COLUMN]…\n"
                "                          [--timeout-ms N] [--proxy system|none|URL]"));
        printText(help + u'\n' +
                  tr("The file: CSV (RFC 4180) with a header row naming the columns in English or Chinese "
                     "(mobile/phone/手机号/手机号码, name/姓名, id/id_number/身份证号/身份证号码, optional "
                     "reference/备注/案件号). Every row is validated first: invalid rows are listed with their line "
                     "and never sent; rows repeating the same mobile, name and ID number are sent once.\n\n"
                     "Output: {\"event\":\"started\",\"batchId\",…} when sending starts, then as the last line a "
                     "summary:\n"
                     "  {\"batchId\",\"rows\",\"invalid\",\"duplicates\",\"sent\",\"pass\",\"mismatch\",\"norecord\","
                     "\"errors\",\"unknown\",\"billed\",\"seconds\"}\n"
                     "counting the whole batch (all runs of it). Errors before a batch exists: {\"error\":{…}}.\n\n"
                     "Resume: every row is journaled in the history before it is sent. After a crash, a kill or "
                     "Ctrl+C, run the same command with --resume BATCH_ID: answered rows are never sent again; rows "
                     "that were in flight are reported as \"outcome unknown — may have been billed\" and sent again "
                     "only with --resend-unknown.\n\n"
                     "Settings locked by the administrator's policy (endpoint, signature, md5, timeout, proxy, "
                     "sandbox, QPS, concurrency) win over flags; stderr says when a flag was overridden.\n\n"
                     "Exit status of a batch:\n"
                     "  0    the batch completed (whatever the results)\n"
                     "  1    the history (journal) could not be written: nothing more was sent\n"
                     "  2    a bad file or usage, or the file changed since the batch started\n"
                     "  3    stopped: the service refused the credentials or permission repeatedly\n"
                     "  4    stopped on repeated network failure (%1 rows in a row); resumable\n"
                     "  5    no usable credentials\n"
                     "  130  interrupted by SIGINT or SIGTERM; the journal is kept and the batch resumable\n")
                      .arg(RunnerOptions().maxConsecutiveNetworkFailures) +
                  u'\n' + CliApp::exitStatusHelp());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (!parser.isSet(input) || parser.value(input).trimmed().isEmpty())
        return usage(tr("--input FILE.csv is required."));
    const QString inputPath = parser.value(input);

    ImportOptions import;
    const auto chosenEncoding = textEncodingFromId(parser.value(encoding));
    if (!chosenEncoding)
        return usage(tr("--encoding must be auto, utf-8 or gb18030, not \"%1\".").arg(parser.value(encoding)));
    import.encoding = *chosenEncoding;
    const auto chosenDelimiter = delimiterFromId(parser.value(delimiter));
    if (!chosenDelimiter)
        return usage(tr("--delimiter must be auto, comma, semicolon or tab, not \"%1\".").arg(parser.value(delimiter)));
    import.delimiter = *chosenDelimiter;
    import.hasHeader = !parser.isSet(noHeader);
    for (const QString& choice : parser.values(column)) {
        const qsizetype eq = choice.indexOf(u'=');
        const auto field = eq > 0 ? ColumnMapper::fieldFromId(choice.left(eq)) : std::nullopt;
        if (!field || choice.mid(eq + 1).trimmed().isEmpty())
            return usage(tr("--column needs FIELD=COLUMN with FIELD one of mobile, name, id_number, reference (not "
                            "\"%1\").")
                             .arg(choice));
        import.columns.append({*field, choice.mid(eq + 1).trimmed()});
    }
    // Flags ask; settings locked by the administrator's policy decide (as for tricheck-cli verify).
    const PolicyFlags policy(appSettings);
    policy.reportProblems();
    const auto requested = [&parser](const QCommandLineOption& option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    const bool md5Forced = appSettings.forceMd5() && !parser.isSet(md5);
    if (md5Forced)
        printError(policy.isLocked(settings::Setting::ForceMd5)
                       ? tr("ParamType md5 is required by your administrator's policy: each value is sent as its "
                            "MD5 digest.")
                       : tr("ParamType md5 is on in the settings: each value is sent as its MD5 digest."));
    import.paramType = parser.isSet(md5) || md5Forced ? identity::ParamType::Md5 : identity::ParamType::Normal;

    RunnerOptions runnerOptions;
    if (parser.isSet(qps)) {
        bool ok = false;
        const int n = parser.value(qps).toInt(&ok);
        if (!ok || n < 0 || n > 10000)
            return usage(tr("--qps must be a number from 0 (no limit) to 10000."));
    }
    runnerOptions.qps = policy.value(settings::Setting::BatchQps, QStringLiteral("--qps"), requested(qps)).toInt();
    if (parser.isSet(concurrency)) {
        bool ok = false;
        const int n = parser.value(concurrency).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return usage(tr("--concurrency must be a number from 1 to 64."));
    }
    runnerOptions.concurrency =
        policy.value(settings::Setting::BatchConcurrency, QStringLiteral("--concurrency"), requested(concurrency))
            .toInt();
    if (parser.isSet(signature) && !api::signatureSchemeFromName(parser.value(signature)))
        return usage(tr("--signature must be v3 or v1, not \"%1\".").arg(parser.value(signature)));
    // Unset unless asked for or locked: a resumed batch then keeps its own.
    std::optional<api::SignatureScheme> scheme;
    if (parser.isSet(signature) || policy.isLocked(settings::Setting::SignatureScheme))
        scheme = api::signatureSchemeFromName(
            policy.value(settings::Setting::SignatureScheme, QStringLiteral("--signature"), requested(signature))
                .toString());
    std::optional<api::Endpoint> chosenEndpoint;
    if (parser.isSet(endpoint) || policy.isLocked(settings::Setting::Endpoint)) {
        const auto parsed = api::Endpoint::parse(
            policy.value(settings::Setting::Endpoint, QStringLiteral("--endpoint"), requested(endpoint)).toString());
        if (!parsed)
            return usage(parsed.error());
        chosenEndpoint = parsed.value();
    }
    api::ClientOptions clientOptions;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int ms = parser.value(timeout).toInt(&ok);
        if (!ok || ms < 100 || ms > 600000)
            return usage(tr("--timeout-ms must be a number of milliseconds from 100 to 600000."));
    }
    if (parser.isSet(timeout) || policy.isLocked(settings::Setting::TimeoutMs)) {
        const int ms =
            policy.value(settings::Setting::TimeoutMs, QStringLiteral("--timeout-ms"), requested(timeout)).toInt();
        clientOptions.transferTimeoutMs = ms;
        clientOptions.connectTimeoutMs = qMin(clientOptions.connectTimeoutMs, ms);
    }
    const QString proxySetting =
        policy.value(settings::Setting::Proxy, QStringLiteral("--proxy"), requested(proxy)).toString();
    if (const auto parsedProxy = network::ProxySettings::parse(proxySetting); !parsedProxy)
        return usage(parsedProxy.error());
    if (parser.isSet(resendUnknown) && !parser.isSet(resume))
        return usage(tr("--resend-unknown is for a resumed batch (--resume BATCH_ID)."));
    if (parser.isSet(output) && (parser.value(output).trimmed().isEmpty() || parser.value(output) == u"-"))
        return usage(tr("--output needs a file path (standard output carries the JSON summary)."));
    if (parser.isSet(history) && parser.value(history).trimmed().isEmpty())
        return usage(tr("--history needs a file path or a postgresql:// URL."));

    // The history holds the journal: without it nothing is sent.
    history::HistoryStore::Options historyOptions;
    historyOptions.path = parser.isSet(history) ? parser.value(history) : appSettings.historyDatabasePath();
    historyOptions.retentionDays = parser.isSet(history) ? std::nullopt : appSettings.retentionPeriod();
    auto opened = openHistory(historyOptions);
    if (!opened)
        return failWith(ExitFailure, QStringLiteral("history"), opened.error().message);
    std::shared_ptr<history::HistoryStore> store(std::move(opened).value().release());
    BatchJournal journal(store.get());

    // The batch to resume, or the new batch's file read and validated.
    std::optional<BatchInfo> resumed;
    if (parser.isSet(resume)) {
        const auto found = journal.find(parser.value(resume).trimmed());
        if (!found)
            return failWith(ExitFailure, QStringLiteral("history"), found.error().message);
        if (!found.value())
            return usage(BatchJournal::tr("There is no batch %1 in this history.").arg(parser.value(resume)));
        resumed = *found.value();
        const ImportOptions saved =
            ImportOptions::fromJson(resumed->settings.value(QStringLiteral("import")).toObject());
        if (import.paramType == identity::ParamType::Md5 && saved.paramType != identity::ParamType::Md5)
            return usage(tr("Batch %1 was started without --md5; resume it the same way.").arg(resumed->batchId));
        if (parser.isSet(encoding) && import.encoding != TextEncoding::Auto && import.encoding != saved.encoding)
            return usage(tr("Batch %1 was started with --encoding %2; resume it the same way.")
                             .arg(resumed->batchId, textEncodingId(saved.encoding)));
        import = saved;
        if (!scheme)
            scheme = api::signatureSchemeFromName(resumed->settings.value(QStringLiteral("signature")).toString());
        if (!chosenEndpoint) {
            const auto saved = api::Endpoint::parse(resumed->settings.value(QStringLiteral("endpoint")).toString());
            if (saved)
                chosenEndpoint = saved.value();
        }
    }
    const auto report = importBatchFile(inputPath, import);
    if (!report)
        return failWith(ExitUsage, report.error().kindId(), report.error().message, report.error().line);
    if (resumed && report->sha256Hex() != resumed->sourceDigest)
        return failWith(ExitUsage,
                        QStringLiteral("source_changed"),
                        ImportError::make(ImportError::Kind::SourceChanged, 0).message);
    if (!resumed) {
        for (const RowIssue& issue : report->invalidRows)
            printError(tr("Line %1: not sent: %2").arg(issue.line).arg(issue.describe()));
        for (const auto& [line, first] : report->duplicateRows)
            printError(tr("Line %1: the same as line %2, sent once.").arg(line).arg(first));
        printError(tr("%1 rows: %2 to send, %3 invalid, %4 duplicates (%5, %6).")
                       .arg(report->rows)
                       .arg(report->valid)
                       .arg(report->invalid)
                       .arg(report->duplicates)
                       .arg(textEncodingId(report->encoding), delimiterId(report->delimiter)));
    }

    QNetworkAccessManager network;
    credentials::Keychain keychain;
    credentials::ProfileStore profiles(&keychain);
    credentials::CredentialResolver resolver(&profiles);
    api::ApiClient client(&network);
    client.setOptions(clientOptions);
    verification::VerificationService service(&client);
    service.setHistory(store);
    BatchRunner runner(&service);
    SignalWatcher interrupt;
    QObject context;
    QString batchId;
    int interrupts = 0;
    bool started = false;
    bool done = false;
    int exitStatus = ExitOk;
    QTimer progressTimer;
    const bool terminal = stderrIsTerminal();

    const auto printSummary = [&]() {
        const auto tally = journal.tally(batchId);
        BatchTally t;
        if (tally)
            t = tally.value();
        else
            printError(tally.error().message);
        printOrderedJsonLine({{QStringLiteral("batchId"), batchId},
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
                              {QStringLiteral("seconds"), double(wall.elapsed()) / 1000.0}});
    };
    const auto resumeHint = [&]() {
        printError(
            tr("The batch is kept in the journal. Resume it with:\n  tricheck-cli batch --input %1 --resume %2%3")
                .arg(inputPath,
                     batchId,
                     parser.isSet(history) ? QStringLiteral(" --history ") + parser.value(history) : QString()));
    };
    const auto drawProgress = [&](bool last) {
        const RunnerCounts& c = runner.counts();
        const int total = c.toSend;
        const int done = c.answered;
        const double rate = runner.currentRate();
        const int left = std::max(0, total - done);
        const QString eta = rate > 0 && left > 0 ? batch::durationText(left / rate) : QStringLiteral("–");
        const QString line = tr("%1/%2 · pass %3 · mismatch %4 · no record %5 · errors %6 · unknown %7 · billed %8 · "
                                "%9/s · ETA %10")
                                 .arg(done)
                                 .arg(total)
                                 .arg(c.pass)
                                 .arg(c.mismatch)
                                 .arg(c.noRecord)
                                 .arg(c.errors)
                                 .arg(c.unknown)
                                 .arg(c.billed)
                                 .arg(rate, 0, 'f', 1)
                                 .arg(eta);
        QByteArray bytes;
        if (terminal)
            bytes = QByteArray("\r\x1b[K") + line.toUtf8() + QByteArray(last ? "\n" : "");
        else
            bytes = line.toUtf8() + '\n';
        // Progress is a courtesy: a closed stderr does not stop the batch.
        static_cast<void>(writeAll(stderr, bytes));
    };

    const auto finish = [&](BatchRunner::Result result) {
        if (done)
            return;
        done = true;
        progressTimer.stop();
        if (parser.isSet(progress))
            drawProgress(true);
        switch (result) {
        case BatchRunner::Result::Completed:
            exitStatus = ExitOk;
            break;
        case BatchRunner::Result::Cancelled:
            exitStatus = ExitInterrupted;
            break;
        case BatchRunner::Result::StoppedNetwork:
            exitStatus = ExitNetwork;
            break;
        case BatchRunner::Result::StoppedAccess:
            exitStatus = ExitApiError;
            break;
        case BatchRunner::Result::HistoryFailed:
        case BatchRunner::Result::None:
            exitStatus = ExitFailure;
            break;
        case BatchRunner::Result::SourceFailed:
            exitStatus = ExitUsage;
            break;
        }
        if (result != BatchRunner::Result::Completed) {
            if (!runner.stopReason().isEmpty())
                printError(runner.stopReason());
            resumeHint();
        }
        if (parser.isSet(output)) {
            const auto written = BatchResults::writeFile(*store, batchId, inputPath, parser.value(output));
            if (!written) {
                printError(written.error());
                if (exitStatus == ExitOk)
                    exitStatus = ExitFailure;
            }
        }
        printSummary();
        QCoreApplication::exit(exitStatus);
    };

    QObject::connect(&interrupt, &SignalWatcher::terminationRequested, &context, [&](int signalNumber) {
        if (done)
            return;
        ++interrupts;
        if (!started) {
            done = true;
            printError(tr("Interrupted (%1) before anything was sent.").arg(signalName(signalNumber)));
            if (!batchId.isEmpty()) {
                journal.setState(batchId, BatchState::Cancelled, true);
                resumeHint();
                printSummary();
            }
            QCoreApplication::exit(ExitInterrupted);
            return;
        }
        if (interrupts == 1 && runner.counts().inFlight > 0) {
            printError(tr("\nStopping: waiting for the %1 requests in flight to be answered and recorded (press "
                          "Ctrl+C again to stop waiting; their outcome is then unknown).")
                           .arg(runner.counts().inFlight));
        }
        runner.cancel(interrupts > 1);
    });
    QObject::connect(&runner, &BatchRunner::finished, &context, finish);
    if (parser.isSet(progress)) {
        progressTimer.setInterval(terminal ? 250 : 1000);
        QObject::connect(&progressTimer, &QTimer::timeout, &context, [&] { drawProgress(false); });
    }

    const auto begin = [&](const verification::ServiceTarget& target) {
        if (done)
            return;
        QList<int> unknownRows;
        if (resumed) {
            batchId = resumed->batchId;
            const auto claim = journal.claim(batchId, BatchJournal::processOwner());
            if (!claim) {
                done = true;
                QCoreApplication::exit(failWith(ExitFailure, QStringLiteral("busy"), claim.error().message));
                return;
            }
            if (parser.isSet(resendUnknown)) {
                const auto n = journal.resendUnknown(batchId);
                if (!n) {
                    done = true;
                    QCoreApplication::exit(failWith(ExitFailure, QStringLiteral("history"), n.error().message));
                    return;
                }
                if (*n > 0)
                    printError(tr("%1 rows with an unknown outcome will be sent again (--resend-unknown); they may be "
                                  "billed twice.")
                                   .arg(*n));
            }
            const auto rows = journal.rows(batchId);
            if (rows) {
                for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
                    if (it->state == RowState::Unknown)
                        unknownRows.append(it.key());
                }
            }
            std::sort(unknownRows.begin(), unknownRows.end());
            for (const int line : std::as_const(unknownRows))
                printError(tr("Line %1: outcome unknown — may have been billed (it was in flight when the batch "
                              "stopped). Not sent again; --resend-unknown sends it again.")
                               .arg(line));
        } else {
            const BatchInfo info = newBatchInfo(*report, import, inputPath, target, runnerOptions);
            if (const auto error = journal.create(info, report->validLines)) {
                done = true;
                QCoreApplication::exit(failWith(ExitFailure, QStringLiteral("history"), error->message));
                return;
            }
            batchId = info.batchId;
        }
        printOrderedJsonLine({{QStringLiteral("event"), QStringLiteral("started")},
                              {QStringLiteral("batchId"), batchId},
                              {QStringLiteral("rows"), report->rows},
                              {QStringLiteral("resumed"), resumed.has_value()}});
        printError(tr("Batch %1: sending at most %2 requests per second, %3 at a time.")
                       .arg(batchId,
                            runnerOptions.qps > 0 ? QString::number(runnerOptions.qps) : tr("unlimited"),
                            QString::number(runnerOptions.concurrency)));
        if (const auto error = runner.start(batchId, inputPath, target, runnerOptions)) {
            done = true;
            journal.setState(batchId, BatchState::Stopped, true);
            QCoreApplication::exit(failWith(ExitUsage, QStringLiteral("start"), *error));
            return;
        }
        started = true;
        if (parser.isSet(progress)) {
            drawProgress(false);
            progressTimer.start();
        }
    };

    SessionSetup setup = SessionSetup::fromSettings(appSettings);
    setup.proxySetting = proxySetting;
    setup.credentials.profileName = parser.value(profile);
    setup.scheme = scheme.value_or(setup.scheme);
    setup.chosenEndpoint = chosenEndpoint;
    prepareSession(
        setup,
        {&network, &keychain, &resolver, &service, &policy},
        &context,
        [&](const verification::ServiceTarget& target) {
            if (!done)
                begin(target);
        },
        [&](SetupFailure step, const QString& message) {
            if (done)
                return;
            done = true;
            QCoreApplication::exit(step == SetupFailure::Credentials
                                       ? failWith(ExitCredentials, QStringLiteral("credentials"), message)
                                       : failWith(ExitUsage, QStringLiteral("usage"), message));
        });
    return QCoreApplication::exec();
}

} // namespace tricheck::cli
