#include "historycommand.h"

#include "cliapp.h"
#include "exitstatus.h"
#include "history/historycolumns.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "historycli.h"
#include "i18n/translations.h"
#include "jsonout.h"
#include "reportcommand.h"
#include "sessioncommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

#include <cstdio>
#include <memory>

namespace tricheck::cli {

using namespace tricheck::history;

namespace {

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

class HistoryCli : public HistoryCliBase
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
            return runHistoryExport(*this, rest, m_translations);
        if (sub == u"list")
            return list(rest);
        if (sub == u"stats")
            return stats(rest);
        if (sub == u"purge")
            return purge(rest);
        if (sub == u"audit")
            return audit(rest);
        if (sub == u"check")
            return check(rest);
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
                  "  tricheck-cli history export [--history PATH] [--output FILE|-] [--format csv|xlsx]\n"
                  "                              [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                  "[--status pass|mismatch|norecord|error]\n"
                  "                              [--subcode CODE]... [--search TEXT|-] [--lang en|zh_CN]\n"
                  "  tricheck-cli history list   [--history PATH] [--limit N] [--search TEXT|-] [--json]\n"
                  "  tricheck-cli history stats  [--history PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]\n"
                  "  tricheck-cli history purge  --older-than DAYS [--history PATH] [--yes]\n"
                  "  tricheck-cli history audit  [--history PATH] [--json]\n"
                  "  tricheck-cli history check  [--history PATH] [--thorough] [--json]\n"
                  "  tricheck-cli history receipt ATTEMPT_ID --pdf FILE [--language en|zh_CN] [--history PATH]\n\n"
                  "The history lives in %1 unless --history or the history/path setting says "
                  "otherwise.\n")
                   .arg(QDir::toNativeSeparators(HistoryStore::defaultPath())) +
               u'\n' + CliApp::exitStatusHelp();
    }

    int list(const QStringList& args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists the newest attempts (masked values only)."));
        const QCommandLineOption limit(QStringLiteral("limit"),
                                       tr("How many attempts (default 20)."),
                                       QStringLiteral("N"));
        parser.addOptions({limit, m_search, m_json});
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
        OpenedHistory opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;
        HistoryFilter filter;
        if (const auto refused = search(parser, opened, filter))
            return *refused;
        const auto rows = opened.store->window(filter, {}, {n, 0, {}, false});
        if (!rows)
            return historyFailure(rows.error());
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
        OpenedHistory opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;
        const auto s = opened.store->stats(filter);
        if (!s)
            return historyFailure(s.error());
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
        OpenedHistory opened = open(parser);
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
            return historyFailure(n.error());
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
            return historyFailure(deleted.error());
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
        OpenedHistory opened = open(parser);
        if (!opened.store)
            return opened.exitStatus;
        HistoryFormatter local;
        QString text;
        std::optional<qint64> before;
        while (true) {
            const auto events = opened.store->auditEvents(1000, before);
            if (!events)
                return historyFailure(events.error());
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

    int check(const QStringList& args)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Checks the history database for damage and remembers the result in it."));
        const QCommandLineOption thorough(QStringLiteral("thorough"),
                                          tr("Also compare every index entry with its row (slower)."));
        parser.addOptions({thorough, m_json});
        if (const auto done = parse(parser, QStringLiteral("check"), args))
            return *done;
        OpenedHistory opened = open(parser); // a damaged file is refused here already
        if (!opened.store)
            return opened.exitStatus;
        // The quick check may just have run at open (a file not closed cleanly): not twice.
        const auto atOpen = opened.store->checkAtOpen();
        const auto report = atOpen && !parser.isSet(thorough)
                                ? Expected<IntegrityReport, HistoryError>(*atOpen)
                                : opened.store->runIntegrityCheck(parser.isSet(thorough), QStringLiteral("cli"));
        if (!report)
            return historyFailure(report.error());
        if (parser.isSet(m_json))
            printJsonLine(report->toJson());
        else
            printText(report->summary(opened.store->path()) + u'\n');
        return report->sound() ? ExitOk : ExitUsage;
    }

    i18n::Translations* m_translations;
};

} // namespace

QString HistoryCommand::summary()
{
    return tr(
        "export, list, count, check or purge the verification history; show its audit trail; write an attempt's verification record");
}

int HistoryCommand::run(const QStringList& args, i18n::Translations* translations)
{
    return HistoryCli(translations).run(args);
}

} // namespace tricheck::cli