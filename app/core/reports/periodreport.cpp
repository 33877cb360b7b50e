#include "periodreport.h"

#include "common/appinfo.h"
#include "history/historylocation.h"
#include "history/historystore.h"

#include <QDir>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace tricheck::reports {

Grouping PeriodReport::groupingFor(const Period& period)
{
    if (period.days() <= 62)
        return Grouping::Day;
    return period.days() <= 366 ? Grouping::Week : Grouping::Month;
}

QString PeriodReport::historyDisplayName(const QString& location)
{
    if (!history::HistoryLocation::isPostgresUrl(location))
        return QDir::toNativeSeparators(location);
    const QUrl url(location);
    return QStringLiteral("PostgreSQL %1:%2%3").arg(url.host()).arg(url.port(5432)).arg(url.path());
}

Expected<PeriodReport, history::HistoryError>
PeriodReport::build(history::HistoryStore& store, const Period& period, const QTimeZone& zone)
{
    using Result = Expected<PeriodReport, history::HistoryError>;
    PeriodReport report;
    auto statistics = StatisticsQuery::run(store, period, groupingFor(period), zone);
    if (!statistics)
        return Result::failure(statistics.error());
    report.statistics = std::move(statistics).value();
    report.generatedUtc = QDateTime::currentDateTimeUtc();
    report.generatedBy = AppInfo::osUserName();
    report.history = historyDisplayName(store.path());
    report.appVersion = AppInfo::version();

    // The audit trail, newest first, paged back to the period's start.
    const QDateTime from = StatisticsQuery::startUtc(period.first, zone);
    const QDateTime to = StatisticsQuery::startUtc(period.last.addDays(1), zone);
    std::optional<qint64> before;
    QList<history::AuditEvent> inPeriod;
    bool done = false;
    while (!done) {
        const auto events = store.auditEvents(1000, before);
        if (!events)
            return Result::failure(events.error());
        for (const history::AuditEvent& e : *events) {
            if (e.atUtc < from) {
                done = true;
                break;
            }
            if (e.atUtc < to) {
                ++report.auditCounts[e.kindId];
                inPeriod.append(e);
            }
        }
        if (events->size() < 1000)
            break;
        before = events->constLast().id;
    }
    std::reverse(inPeriod.begin(), inPeriod.end());
    report.auditEventsLeftOut = std::max<qint64>(0, inPeriod.size() - kMaxAuditEvents);
    report.auditEvents = inPeriod.mid(0, kMaxAuditEvents);
    return report;
}

QJsonObject PeriodReport::toJson(const std::optional<Price>& price) const
{
    QJsonObject o = statistics.toJson(price);
    QJsonObject audit;
    for (auto it = auditCounts.cbegin(); it != auditCounts.cend(); ++it)
        audit.insert(it.key(), double(it.value()));
    QJsonArray events;
    for (const history::AuditEvent& e : auditEvents) {
        events.append(QJsonObject{{QStringLiteral("time"), e.atUtc.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("operator"), e.operatorName},
                                  {QStringLiteral("kind"), e.kindId},
                                  {QStringLiteral("description"), e.description()}});
    }
    o.insert(QStringLiteral("audit"),
             QJsonObject{{QStringLiteral("byKind"), audit},
                         {QStringLiteral("events"), events},
                         {QStringLiteral("eventsLeftOut"), double(auditEventsLeftOut)}});
    o.insert(QStringLiteral("generated"), generatedUtc.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("generatedBy"), generatedBy);
    o.insert(QStringLiteral("history"), history);
    o.insert(QStringLiteral("appVersion"), appVersion);
    return o;
}

} // namespace tricheck::reports
