#include "historycommand.h"

#include "cliapp.h"
#include "exitstatus.h"
#include "history/csvexport.h"
#include "history/historycolumns.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "i18n/translations.h"
#include "jsonout.h"
#include "reportcommand.h"
#include "sessioncommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

namespace tricheck::cli {

using namespace tricheck::history;

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

struct Opened
{
    std::unique_ptr<SessionCommand> command;
    std::shared_ptr<HistoryStore> store;
    int exitStatus = ExitOk;
};

int exitFor(const HistoryError& error)
{
    switch (error.kind) {
    case HistoryError::Kind::NotHistory:
    case HistoryError::Kind::NewerSchema:
    case HistoryError::Kind::Corrupt:
    case HistoryError::Kind::InvalidArgument:
        return ExitUsage; // a bad file or bad input
    case HistoryError::Kind::Cancelled:
        return ExitInterrupted;
    default:
        return ExitFailure;
    }
}

int fail(const HistoryError& error)
{
    printError(error.message);
    return exitFor(error);
}

QString jsonTime(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue optionalNumber(const std::optional<qint64>& v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonObject countsJson(const QMap<QString, qint64>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), double(it.value()));
    return o;
}

class HistoryCli
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    explicit HistoryCli(i18n::Translations* translations)
        : m_translations(translations)
    { }

    int run(const QStringList& args)
    {
        const QString sub = args.value(0);
        const QStringList rest = args.mid(1);
        if (sub == u"export")
            return exportCsv(rest);
        if (sub == u"list")
            return list(rest);
        if (sub == u"stats")
            return stats(rest);
        if (sub == u"purge")
            return purge(rest);
        if (sub == u"audit")
            return audit(rest);
        if (sub == u"receipt")
            return ReceiptCommand::run(rest, m_translations);
        if (sub.isEmpty()) {
            printError(usage());
            return ExitUsage;
        }
        if (sub == u"--help" || sub == u"-h" || sub == u"help") {
            printText(usage());
            return ExitOk;
        }
        printError(tr("tricheck-cli history: unknown subcommand \"%1\".").arg(sub));
        printError(usage());
        return ExitUsage;
    }

private:
    static QString usage()
    {
        return tr("Usage:\n"
                  "  tricheck-cli history export [--history PATH] [--output FILE|-] [--from YYYY-MM-DD] "
                  "[--to YYYY-MM-DD]\n"
                  "                              [--status pass|mismatch|norecord|error] [--subcode CODE]... "
                  "[--lang en|zh_CN]\n"
                  "  tricheck-cli history list   [--history PATH] [--limit N] [--json]\n"
                  "  tricheck-cli history stats  [--history PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]\n"
                  "  tricheck-cli history purge  --older-than DAYS [--history PATH] [--yes]\n"
                  "  tricheck-cli history audit  [--history PATH] [--json]\n"
                  "  tricheck-cli history receipt ATTEMPT_ID --pdf FILE [--language en|zh_CN] [--history PATH]\n\n"
                  "The history lives in %1 unless --history or the history/databasePath setting says "
                  "otherwise.\n")
                   .arg(QDir::toNativeSeparators(HistoryStore::defaultPath())) +
               u'\n' + CliApp::exitStatusHelp();
    }

    // Parses `args` for `name`; nullopt when the command is done (help printed or usage error).
    std::optional<int> parse(QCommandLineParser& parser, const QString& name, const QStringList& args)
    {
        parser.addHelpOption();
        m_flags.addTo(parser);
        if (!parser.parse(QStringList{QStringLiteral("tricheck-cli history ") + name} + args)) {
            printError(parser.errorText());
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printText(CliApp::subcommandHelp(parser, QStringLiteral("history ") + name));
            return ExitOk;
        }
        if (!parser.positionalArguments().isEmpty()) {
            printError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
            return ExitUsage;
        }
        return std::nullopt;
    }

    Opened open(const QCommandLineParser& parser)
    {
        const auto overrides = m_flags.overrides(parser);
        if (!overrides) {
            printError(overrides.error().message);
            return {nullptr, nullptr, ExitUsage};
        }
        auto command = std::make_unique<SessionCommand>(session::ServiceRouter::Routing::Direct, overrides.value());
        const session::SessionConfig& config = command->config();
        const QString path = config.historyPath();
        // A file named for this run must exist: a typo must not silently start an empty history.
        if (config.source(settings::Setting::HistoryPath) == session::ValueSource::Override &&
            !history::HistoryLocation::isPostgresUrl(path) && !QFileInfo::exists(path)) {
            printError(tr("There is no history database at %1.").arg(QDir::toNativeSeparators(path)));
            return {nullptr, nullptr, ExitUsage};
        }
        if (const auto failed = command->session().openHistoryNow())
            return {nullptr, nullptr, fail(*failed)};
        auto store = command->session().history();
        return {std::move(command), std::move(store), ExitOk};
    }

    // --from / --to as local calendar days, both inclusive.
    bool dateRange(const QCommandLineParser& parser, HistoryFilter& filter)
    {
        std::optional<QDate> from;
        std::optional<QDate> to;
        for (const auto& [option, target] : {std::pair{&m_from, &from}, std::pair{&m_to, &to}}) {
            if (!parser.isSet(*option))
                continue;
            const QDate d = QDate::fromString(parser.value(*option), QStringLiteral("yyyy-MM-dd"));
            if (!d.isValid()) {
                printError(tr("Invalid date \"%1\": use YYYY-MM-DD.").arg(parser.value(*option)));
                return false;
            }
            *target = d;
        }
        if (from && to && *from > *to) {
            printError(tr("--from must not be after --to."));
            return false;
        }
        if (from)
            filter.from = from->startOfDay().toUTC();
        if (to)
            filter.to = to->addDays(1).startOfDay().toUTC();
        return true;
    }

    int exportCsv(const QStringList& args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Exports the history as CSV (UTF-8 with BOM), newest first."));
        const QCommandLineOption output(QStringLiteral("output"),
                                        tr("Write to FILE (atomically) or to standard output (-, the default)."),
                                        QStringLiteral("FILE"));
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
        parser.addOptions({output, m_from, m_to, status, subcode, lang});
        if (const auto done = parse(parser, QStringLiteral("export"), args))
            return *done;

        HistoryFilter filter;
        if (!dateRange(parser, filter))
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
            if (m_translations == nullptr || !m_translations->setLanguage(parser.value(lang))) {
                printError(tr("Unknown language \"%1\": use en or zh_CN.").arg(parser.value(lang)));
                return ExitUsage;
            }
        }

        Opened opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;

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
        const QString target = parser.value(output);
        Expected<qint64, HistoryError> rows = qint64(0);
        if (target.isEmpty() || target == u"-") {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                printError(tr("Cannot write to standard output."));
                return ExitFailure;
            }
            rows = CsvExport::exportTo(*opened.store, filter, {}, out, QStringLiteral("-"), options);
            if (!out.flush() && rows) {
                printError(tr("Cannot write to standard output: %1").arg(out.errorString()));
                return ExitFailure;
            }
        } else {
            rows = CsvExport::exportToFile(*opened.store, filter, {}, target, options);
        }
        if (showProgress)
            (void)writeAll(stderr, "\n");
        (void)std::signal(SIGINT, SIG_DFL);
        if (!rows)
            return fail(rows.error());
        if (target.isEmpty() || target == u"-") {
            printError(tr("Exported %n attempt(s).", nullptr, int(*rows)));
        } else {
            printJsonLine(QJsonObject{{QStringLiteral("exported"), double(*rows)},
                                      {QStringLiteral("output"), QFileInfo(target).absoluteFilePath()}});
        }
        return ExitOk;
    }

    int list(const QStringList& args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists the newest attempts (masked values only)."));
        const QCommandLineOption limit(QStringLiteral("limit"),
                                       tr("How many attempts (default 20)."),
                                       QStringLiteral("N"));
        parser.addOptions({limit, m_json});
        if (const auto done = parse(parser, QStringLiteral("list"), args))
            return *done;
        int n = 20;
        if (parser.isSet(limit)) {
            bool ok = false;
            n = parser.value(limit).toInt(&ok);
            if (!ok || n < 1) {
                printError(tr("--limit needs a positive number."));
                return ExitUsage;
            }
        }
        Opened opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;
        const auto rows = opened.store->window({}, {}, {n, 0, {}, false});
        if (!rows)
            return fail(rows.error());
        HistoryFormatter iso(HistoryFormatter::TimeStyle::IsoWithOffset);
        HistoryFormatter text;
        const bool json = parser.isSet(m_json);
        QString table;
        for (const AttemptRecord& r : *rows) {
            if (json) {
                printJsonLine(recordJson(r, iso));
                continue;
            }
            QStringList cells;
            for (const HistoryColumn c : {HistoryColumn::Time,
                                          HistoryColumn::MaskedMobile,
                                          HistoryColumn::MaskedName,
                                          HistoryColumn::MaskedIdNumber,
                                          HistoryColumn::Result,
                                          HistoryColumn::Carrier,
                                          HistoryColumn::Billing,
                                          HistoryColumn::Reference,
                                          HistoryColumn::RequestId})
                cells.append(text.text(c, r).simplified());
            table += cells.join(QStringLiteral("  ")) + u'\n';
        }
        if (!json)
            printText(table);
        return ExitOk;
    }

    static QJsonObject recordJson(const AttemptRecord& r, HistoryFormatter& iso)
    {
        const auto optionalInt = [](const std::optional<int>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
        return QJsonObject{
            {QStringLiteral("id"), double(r.id)},
            {QStringLiteral("attemptId"), r.attemptId},
            {QStringLiteral("startedUtc"), jsonTime(r.startedUtc())},
            {QStringLiteral("time"), iso.time(r.startedMs)},
            {QStringLiteral("operator"), r.operatorName},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("maskedMobile"), r.maskedMobile},
            {QStringLiteral("maskedName"), r.maskedName},
            {QStringLiteral("maskedIdNumber"), r.maskedIdNumber},
            {QStringLiteral("paramType"), identity::paramTypeName(r.paramType)},
            {QStringLiteral("scheme"), api::signatureSchemeName(r.scheme)},
            {QStringLiteral("endpoint"), r.endpoint},
            {QStringLiteral("sandbox"), r.sandbox},
            {QStringLiteral("httpStatus"), optionalInt(r.httpStatus)},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("requestId"), r.requestId},
            {QStringLiteral("bizCode"), r.bizCode},
            {QStringLiteral("subCode"), r.subCode},
            {QStringLiteral("ispName"), r.ispName},
            {QStringLiteral("billed"), r.billed ? QJsonValue(*r.billed) : QJsonValue()},
            {QStringLiteral("latencyMs"), double(r.latencyMs)},
            {QStringLiteral("sends"), r.sends},
            {QStringLiteral("errorKind"), r.errorKind.isEmpty() ? QJsonValue() : QJsonValue(r.errorKind)},
            {QStringLiteral("status"), api::ResultCatalogue::roleId(r.role)},
            {QStringLiteral("batchId"), r.batch.batchId.isEmpty() ? QJsonValue() : QJsonValue(r.batch.batchId)},
            {QStringLiteral("batchRow"), optionalInt(r.batch.row)},
        };
    }

    int stats(const QStringList& args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Counts attempts per SubCode and error kind, billed calls and latency "
                                            "percentiles."));
        parser.addOptions({m_from, m_to, m_json});
        if (const auto done = parse(parser, QStringLiteral("stats"), args))
            return *done;
        HistoryFilter filter;
        if (!dateRange(parser, filter))
            return ExitUsage;
        Opened opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;
        const auto s = opened.store->stats(filter);
        if (!s)
            return fail(s.error());
        if (parser.isSet(m_json)) {
            printJsonLine(QJsonObject{
                {QStringLiteral("from"), filter.from ? QJsonValue(jsonTime(*filter.from)) : QJsonValue()},
                {QStringLiteral("to"), filter.to ? QJsonValue(jsonTime(*filter.to)) : QJsonValue()},
                {QStringLiteral("total"), double(s->total)},
                {QStringLiteral("bySubCode"), countsJson(s->bySubCode)},
                {QStringLiteral("byErrorKind"), countsJson(s->byErrorKind)},
                {QStringLiteral("byStatus"), countsJson(s->byStatus)},
                {QStringLiteral("billed"), double(s->billed)},
                {QStringLiteral("notBilled"), double(s->notBilled)},
                {QStringLiteral("billingUnknown"), double(s->billingUnknown)},
                {QStringLiteral("latencyMs"),
                 QJsonObject{{QStringLiteral("p50"), optionalNumber(s->p50LatencyMs)},
                             {QStringLiteral("p95"), optionalNumber(s->p95LatencyMs)},
                             {QStringLiteral("max"), optionalNumber(s->maxLatencyMs)}}},
            });
            return ExitOk;
        }
        QString out = tr("Attempts: %1").arg(s->total) + u'\n';
        for (auto it = s->bySubCode.cbegin(); it != s->bySubCode.cend(); ++it)
            out += QStringLiteral("  SubCode %1  %2  %3\n")
                       .arg(it.key().isEmpty() ? QStringLiteral("-") : it.key(),
                            QString::number(it.value()),
                            api::ResultCatalogue::subCode(it.key()).shortText);
        for (auto it = s->byErrorKind.cbegin(); it != s->byErrorKind.cend(); ++it)
            out +=
                QStringLiteral("  %1  %2\n").arg(HistoryColumns::errorKindText(it.key()), QString::number(it.value()));
        out += tr("Billed: %1, not billed: %2, billing unknown: %3")
                   .arg(s->billed)
                   .arg(s->notBilled)
                   .arg(s->billingUnknown) +
               u'\n';
        if (s->p50LatencyMs)
            out += tr("Latency: p50 %1 ms, p95 %2 ms").arg(*s->p50LatencyMs).arg(*s->p95LatencyMs) + u'\n';
        printText(out);
        return ExitOk;
    }

    int purge(const QStringList& args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Deletes attempts older than a number of days. The deletion is "
                                            "recorded in the audit trail."));
        const QCommandLineOption olderThan(QStringLiteral("older-than"),
                                           tr("Delete attempts that started more than DAYS days ago."),
                                           QStringLiteral("DAYS"));
        const QCommandLineOption yes(QStringLiteral("yes"), tr("Do not ask for confirmation."));
        parser.addOptions({olderThan, yes});
        if (const auto done = parse(parser, QStringLiteral("purge"), args))
            return *done;
        bool ok = false;
        const int days = parser.value(olderThan).toInt(&ok);
        if (!parser.isSet(olderThan) || !ok || days < 1) {
            printError(tr("purge needs --older-than DAYS (a positive number of days)."));
            return ExitUsage;
        }
        const bool interactive = ::isatty(STDIN_FILENO) != 0;
        if (!parser.isSet(yes) && !interactive) {
            printError(tr("Refusing to delete history without confirmation: add --yes."));
            return ExitUsage;
        }
        Opened opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;
        if (const auto refused = opened.command->config().purgeRefusal(days)) {
            printError(*refused);
            return ExitUsage;
        }
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
        HistoryFilter older;
        older.to = cutoff;
        const auto n = opened.store->count(older);
        if (!n)
            return fail(n.error());
        if (!parser.isSet(yes)) {
            (void)writeAll(
                stderr,
                tr("Delete %n attempt(s) that started before %1 from %2? This cannot be undone. "
                   "Type \"yes\" to confirm: ",
                   nullptr,
                   int(*n))
                    .arg(cutoff.toLocalTime().toString(Qt::ISODate), QDir::toNativeSeparators(opened.store->path()))
                    .toUtf8());
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            if (answer != u"yes" && answer != u"y" && answer != tr("yes")) {
                printError(tr("Nothing was deleted."));
                return ExitFailure;
            }
        }
        const auto deleted = opened.store->purge(PurgeRequest::olderThan(cutoff));
        if (!deleted)
            return fail(deleted.error());
        printJsonLine(QJsonObject{{QStringLiteral("deleted"), double(*deleted)},
                                  {QStringLiteral("olderThanDays"), days},
                                  {QStringLiteral("before"), jsonTime(cutoff)}});
        return ExitOk;
    }

    int audit(const QStringList& args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Shows the audit trail, newest first: exports, purges, retention "
                                            "runs, credential profile changes and service switches."));
        parser.addOption(m_json);
        if (const auto done = parse(parser, QStringLiteral("audit"), args))
            return *done;
        Opened opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;
        HistoryFormatter local;
        QString text;
        std::optional<qint64> before;
        while (true) {
            const auto events = opened.store->auditEvents(1000, before);
            if (!events)
                return fail(events.error());
            for (const AuditEvent& e : *events) {
                if (parser.isSet(m_json)) {
                    printJsonLine(QJsonObject{
                        {QStringLiteral("id"), double(e.id)},
                        {QStringLiteral("time"), jsonTime(e.atUtc)},
                        {QStringLiteral("operator"), e.operatorName},
                        {QStringLiteral("kind"), e.kindId},
                        {QStringLiteral("subject"), e.subject},
                        {QStringLiteral("rowCount"), optionalNumber(e.rowCount)},
                        {QStringLiteral("details"), e.details},
                        {QStringLiteral("description"), e.description()},
                    });
                } else {
                    text += QStringLiteral("%1  %2  %3  %4\n")
                                .arg(local.time(e.atUtc), e.operatorName, e.kindText(), e.description());
                }
            }
            if (events->size() < 1000)
                break;
            before = events->constLast().id;
        }
        if (!parser.isSet(m_json))
            printText(text);
        return ExitOk;
    }

    i18n::Translations* m_translations;
    const SessionFlags m_flags{SessionFlags::History,
                               tr("The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the "
                                  "application's).")};
    const QCommandLineOption m_from{QStringLiteral("from"),
                                    tr("From this day on (local time)."),
                                    QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption m_to{QStringLiteral("to"),
                                  tr("Up to and including this day."),
                                  QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption m_json{QStringLiteral("json"), tr("One JSON object per line.")};
};

} // namespace

QString HistoryCommand::summary()
{
    return tr("export, list, count or purge the verification history; show its audit trail");
}

int HistoryCommand::run(const QStringList& args, i18n::Translations* translations)
{
    return HistoryCli(translations).run(args);
}

} // namespace tricheck::cli
