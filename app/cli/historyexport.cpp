#include "cliapp.h"
#include "history/exportformat.h"
#include "history/historystore.h"
#include "historycli.h"
#include "i18n/translations.h"
#include "jsonout.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <unistd.h>

#include <atomic>
#include <csignal>

namespace tricheck::cli {

using namespace tricheck::history;

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(HistoryCliBase& cli, const QStringList& args, i18n::Translations* translations)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Exports the history as CSV (UTF-8 with BOM) or as an Excel workbook, newest "
               "first."));
        const QCommandLineOption output(QStringLiteral("output"),
                                        tr("Write to FILE (atomically) or to standard output (-, the default)."),
                                        QStringLiteral("FILE"));
        const QCommandLineOption format(QStringLiteral("format"),
                                        tr("csv or xlsx (an Excel workbook with a summary sheet). Default: xlsx when "
                                           "--output ends in .xlsx, else csv."),
                                        QStringLiteral("csv|xlsx"));
        const QCommandLineOption status(QStringLiteral("status"),
                                        tr("Only attempts with this result: pass, mismatch (also partly "
                                           "inconsistent), partial, norecord, error or unknown. Repeatable."),
                                        QStringLiteral("STATUS"));
        const QCommandLineOption subcode(QStringLiteral("subcode"),
                                         tr("Only results with this SubCode, e.g. 201. Repeatable."),
                                         QStringLiteral("CODE"));
        const QCommandLineOption lang(QStringLiteral("lang"),
                                      tr("Language of the header and texts: en or zh_CN."),
                                      QStringLiteral("LANG"));
        parser.addOptions({output, format, cli.m_from, cli.m_to, status, subcode, cli.m_search, lang});
        if (const auto done = cli.parse(parser, QStringLiteral("export"), args))
            return *done;

        HistoryFilter filter;
        if (!cli.dateRange(parser, filter))
            return ExitUsage;
        for (const QString& value : parser.values(status)) {
            for (const QString& s : value.split(u',', Qt::SkipEmptyParts)) {
                const QString id = s.trimmed().toLower();
                const auto role = api::ResultCatalogue::roleFromId(id);
                if (!role) {
                    printError(
                        tr("Unknown status \"%1\": use pass, mismatch, partial, norecord, error or unknown.").arg(s));
                    return ExitUsage;
                }
                filter.roles.append(*role);
                // "mismatch" means BizCode 2: fully or partly inconsistent.
                if (*role == api::StatusRole::Mismatch)
                    filter.roles.append(api::StatusRole::PartialMismatch);
            }
        }
        for (const QString& value : parser.values(subcode)) {
            for (const QString& s : value.split(u',', Qt::SkipEmptyParts))
                filter.subCodes.append(s.trimmed());
        }
        if (parser.isSet(lang)) {
            if (translations == nullptr || !translations->setLanguage(parser.value(lang))) {
                printError(tr("Unknown language \"%1\": use en or zh_CN.").arg(parser.value(lang)));
                return ExitUsage;
            }
        }

        const QString target = parser.value(output);
        const bool toStdout = target.isEmpty() || target == u"-";
        ExportFormat chosen = toStdout ? ExportFormat::Csv : exportFormatForPath(target);
        if (parser.isSet(format)) {
            const auto f = exportFormatFromId(parser.value(format));
            if (!f) {
                printError(tr("--format must be csv or xlsx, not \"%1\".").arg(parser.value(format)));
                return ExitUsage;
            }
            chosen = *f;
        }
        if (chosen == ExportFormat::Xlsx && toStdout && ::isatty(STDOUT_FILENO) != 0) {
            printError(tr("A workbook is not text: write it to a file with --output FILE.xlsx, or redirect standard "
                          "output to a file."));
            return ExitUsage;
        }

        OpenedHistory opened = cli.open(parser);
        if (!opened.store)
            return opened.exitStatus;
        if (const auto refused = cli.search(parser, opened, filter))
            return *refused;

        g_interrupted = false;
        // Should this fail, Ctrl+C keeps its default: the export ends without its own message.
        (void)std::signal(SIGINT, onInterrupt);
        const bool showProgress = ::isatty(STDERR_FILENO) != 0;
        CsvExportOptions options;
        options.progressInterval = 5000;
        options.cancelRequested = [] { return g_interrupted.load(); };
        if (showProgress) {
            options.progress = [](qint64 done, qint64 total) {
                (void)writeAll(stderr, '\r' + tr("%1 of %2 attempts").arg(done).arg(total).toUtf8());
            };
        }
        Expected<qint64, HistoryError> rows = qint64(0);
        if (toStdout) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                printError(tr("Cannot write to standard output."));
                return ExitFailure;
            }
            rows = exportHistoryTo(chosen, *opened.store, filter, {}, out, QStringLiteral("-"), options);
            if (!out.flush() && rows) {
                printError(tr("Cannot write to standard output: %1").arg(out.errorString()));
                return ExitFailure;
            }
        } else {
            rows = exportHistoryToFile(chosen, *opened.store, filter, {}, target, options);
        }
        if (showProgress)
            (void)writeAll(stderr, "\n");
        (void)std::signal(SIGINT, SIG_DFL);
        if (!rows)
            return historyFailure(rows.error());
        if (toStdout) {
            printError(tr("Exported %n attempt(s).", nullptr, int(*rows)));
        } else {
            printJsonLine(QJsonObject{{QStringLiteral("exported"), double(*rows)},
                                      {QStringLiteral("output"), QFileInfo(target).absoluteFilePath()}});
        }
        return ExitOk;
    }
};

} // namespace

int runHistoryExport(HistoryCliBase& cli, const QStringList& args, i18n::Translations* translations)
{
    return HistoryExport::run(cli, args, translations);
}

} // namespace tricheck::cli
