#include "statistics.h"

#include "history/historystore.h"
#include "history/historytally.h"

#include <QJsonArray>

#include <algorithm>

namespace tricheck::reports {

using api::StatusRole;

int outcomeIndex(StatusRole role)
{
    const auto it = std::find(kOutcomes.cbegin(), kOutcomes.cend(), role);
    return it == kOutcomes.cend() ? int(kOutcomes.size()) - 1 : int(it - kOutcomes.cbegin());
}

Period Period::today(const QDate& today)
{
    return {today, today};
}

Period Period::thisWeek(const QDate& today)
{
    return {today.addDays(1 - today.dayOfWeek()), today};
}

Period Period::thisMonth(const QDate& today)
{
    return {QDate(today.year(), today.month(), 1), today};
}

Period Period::lastMonth(const QDate& today)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    return {first, first.addMonths(1).addDays(-1)};
}

std::optional<double> Counts::passRate() const
{
    const qint64 n = answered();
    if (n <= 0)
        return std::nullopt;
    return double(of(StatusRole::Pass)) / double(n);
}

void Counts::add(StatusRole role, const std::optional<bool>& wasBilled, qint64 n)
{
    perOutcome.at(std::size_t(outcomeIndex(role))) += n;
    total += n;
    if (!wasBilled)
        billingUnknown += n;
    else if (*wasBilled)
        billed += n;
}

std::optional<double> Statistics::estimatedCost(const std::optional<Price>& price) const
{
    if (!price)
        return std::nullopt;
    return double(totals.billed) * price->amount;
}

namespace {

QJsonObject countsJson(const Counts& c)
{
    QJsonObject o{{QStringLiteral("total"), double(c.total)},
                  {QStringLiteral("billed"), double(c.billed)},
                  {QStringLiteral("billingUnknown"), double(c.billingUnknown)}};
    for (const StatusRole role : kOutcomes)
        o.insert(api::ResultCatalogue::roleId(role), double(c.of(role)));
    const auto rate = c.passRate();
    o.insert(QStringLiteral("passRate"), rate ? QJsonValue(*rate) : QJsonValue());
    return o;
}

QJsonArray bucketsJson(const QList<Bucket>& buckets, Grouping grouping)
{
    QJsonArray a;
    for (const Bucket& b : buckets) {
        QJsonObject o = countsJson(b.counts);
        o.insert(QStringLiteral("from"), b.first.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), b.last.toString(Qt::ISODate));
        o.insert(QStringLiteral("label"), StatisticsQuery::bucketLabel(b, grouping));
        a.append(o);
    }
    return a;
}

QJsonArray breakdownJson(const QList<Breakdown>& list)
{
    QJsonArray a;
    for (const Breakdown& b : list) {
        QJsonObject o = countsJson(b.counts);
        o.insert(QStringLiteral("key"), b.key);
        a.append(o);
    }
    return a;
}

QJsonObject mapJson(const QMap<QString, qint64>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), double(it.value()));
    return o;
}

QList<Breakdown> sorted(const QMap<QString, Counts>& map)
{
    QList<Breakdown> list;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(), [](const Breakdown& a, const Breakdown& b) {
        return a.counts.total > b.counts.total;
    });
    return list;
}

// Whether `day` starts a new bucket.
bool startsBucket(const QDate& day, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return true;
    case Grouping::Week:
        return day.dayOfWeek() == 1;
    case Grouping::Month:
        return day.day() == 1;
    }
    return true;
}

} // namespace

QJsonObject Statistics::toJson(const std::optional<Price>& price) const
{
    QJsonObject o{
        {QStringLiteral("from"), period.first.toString(Qt::ISODate)},
        {QStringLiteral("to"), period.last.toString(Qt::ISODate)},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("grouping"), StatisticsQuery::groupingId(grouping)},
        {QStringLiteral("totals"), countsJson(totals)},
        {QStringLiteral("buckets"), bucketsJson(buckets, grouping)},
        {QStringLiteral("days"), bucketsJson(days, Grouping::Day)},
        {QStringLiteral("byCarrier"), breakdownJson(byCarrier)},
        {QStringLiteral("byOperator"), breakdownJson(byOperator)},
        {QStringLiteral("byBatch"), breakdownJson(byBatch)},
        {QStringLiteral("bySubCode"), mapJson(bySubCode)},
        {QStringLiteral("byErrorKind"), mapJson(byErrorKind)},
        {QStringLiteral("byEndpoint"), mapJson(byEndpoint)},
    };
    const auto cost = estimatedCost(price);
    o.insert(QStringLiteral("estimatedCost"),
             cost ? QJsonValue(QJsonObject{{QStringLiteral("amount"), *cost},
                                           {QStringLiteral("currency"), price->currency},
                                           {QStringLiteral("pricePerCheck"), price->amount}})
                  : QJsonValue());
    return o;
}

QDateTime StatisticsQuery::startUtc(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

QString StatisticsQuery::groupingId(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return QStringLiteral("day");
    case Grouping::Week:
        return QStringLiteral("week");
    case Grouping::Month:
        return QStringLiteral("month");
    }
    return {};
}

QString StatisticsQuery::bucketLabel(const Bucket& bucket, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day:
        return bucket.first.toString(Qt::ISODate);
    case Grouping::Week: {
        int year = 0;
        const int week = bucket.first.weekNumber(&year);
        //: An ISO week: %1 the year, %2 the week number (1-53).
        return tr("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Grouping::Month:
        //: A month: %1 the year, %2 the month (01-12).
        return tr("%1-%2").arg(bucket.first.year()).arg(bucket.first.month(), 2, 10, QLatin1Char('0'));
    }
    return {};
}

Expected<Statistics, history::HistoryError>
StatisticsQuery::run(history::HistoryStore& store, const Period& period, Grouping grouping, const QTimeZone& zone)
{
    using Result = Expected<Statistics, history::HistoryError>;
    Statistics s;
    s.period = period;
    s.grouping = grouping;
    s.timeZone = QString::fromUtf8(zone.id());
    if (!period.isValid())
        return Result::failure(history::HistoryError::make(history::HistoryError::Kind::InvalidArgument,
                                                           store.path(),
                                                           tr("The period's first day is after its last day.")));
    // Every day and every bucket of the period, so that empty ones show as empty.
    QList<int> bucketOfDay;
    for (QDate day = period.first; day <= period.last; day = day.addDays(1)) {
        s.days.append({day, day, {}});
        if (s.buckets.isEmpty() || startsBucket(day, grouping))
            s.buckets.append({day, day, {}});
        s.buckets.last().last = day;
        bucketOfDay.append(int(s.buckets.size()) - 1);
    }
    QMap<QString, Counts> carriers;
    QMap<QString, Counts> operators;
    QMap<QString, Counts> batches;
    const auto counted =
        history::HistoryTally::run(store,
                                   startUtc(period.first, zone),
                                   startUtc(period.last.addDays(1), zone),
                                   zone,
                                   [&](const history::TallyGroup& g) {
                                       const qint64 day = period.first.daysTo(g.date());
                                       if (day < 0 || day >= s.days.size())
                                           return; // cannot happen: the range is the period's
                                       s.totals.add(g.role, g.billed, g.count);
                                       s.days[day].counts.add(g.role, g.billed, g.count);
                                       s.buckets[bucketOfDay.at(day)].counts.add(g.role, g.billed, g.count);
                                       carriers[g.ispName].add(g.role, g.billed, g.count);
                                       operators[g.operatorName].add(g.role, g.billed, g.count);
                                       if (!g.batchId.isEmpty())
                                           batches[g.batchId].add(g.role, g.billed, g.count);
                                       if (g.errorKind.isEmpty())
                                           s.bySubCode[g.subCode] += g.count;
                                       else
                                           s.byErrorKind[g.errorKind] += g.count;
                                       s.byEndpoint[g.sandbox ? QStringLiteral("sandbox") : g.endpoint] += g.count;
                                   });
    if (!counted)
        return Result::failure(counted.error());
    s.byCarrier = sorted(carriers);
    s.byOperator = sorted(operators);
    s.byBatch = sorted(batches);
    return s;
}

} // namespace tricheck::reports
