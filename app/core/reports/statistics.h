#pragma once

#include "api/resultcatalogue.h"
#include "billing/price.h"
#include "common/expected.h"
#include "history/historyerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <array>
#include <optional>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::reports {

// The outcomes a chart stacks, in the history table's roles (and colours): consistent,
// inconsistent (SubCode 201, 204), partly inconsistent (202, 203), no record, error, and an
// unknown result code.
constexpr std::array<api::StatusRole, 6> kOutcomes{api::StatusRole::Pass,
                                                   api::StatusRole::Mismatch,
                                                   api::StatusRole::PartialMismatch,
                                                   api::StatusRole::NoRecord,
                                                   api::StatusRole::Error,
                                                   api::StatusRole::Unknown};
int outcomeIndex(api::StatusRole role);

enum class Grouping {
    Day,
    Week, // ISO weeks, Monday to Sunday
    Month,
};

// Local calendar days, both inclusive.
struct Period
{
    QDate first;
    QDate last;

    static Period today(const QDate& today);
    static Period thisWeek(const QDate& today); // Monday up to today
    static Period thisMonth(const QDate& today);
    static Period lastMonth(const QDate& today);
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 days() const { return first.daysTo(last) + 1; }
};

// Counts for a slice of the history (a period's bucket, a carrier, an operator, a batch).
struct Counts
{
    std::array<qint64, kOutcomes.size()> perOutcome{};
    qint64 total = 0;
    qint64 billed = 0;
    qint64 billingUnknown = 0; // errors after sending: may have been billed

    qint64 of(api::StatusRole role) const { return perOutcome.at(std::size_t(outcomeIndex(role))); }
    // Results the service gave (every outcome but errors).
    qint64 answered() const { return total - of(api::StatusRole::Error); }
    // Consistent results among those answered; none when nothing was answered.
    std::optional<double> passRate() const;
    void add(api::StatusRole role, const std::optional<bool>& billed, qint64 n);
};

struct Bucket
{
    QDate first; // the first and last local day of the bucket (clipped to the period)
    QDate last;
    Counts counts;
};

struct Breakdown
{
    QString key; // IspName, operator (OS account) or batch id; "" for none
    Counts counts;
};

// The price of one billed check, for the estimated cost (none: the cost is not shown).
using Price = billing::Price;

// Everything the statistics view and the period report show about a period.
struct Statistics
{
    Period period;
    Grouping grouping = Grouping::Day;
    QString timeZone; // IANA id of the zone the days are in
    Counts totals;
    QList<Bucket> buckets; // every bucket of the period, empty ones included, oldest first
    QList<Bucket> days;    // every day of the period (the report's per-day table)
    QList<Breakdown> byCarrier;
    QList<Breakdown> byOperator;
    QList<Breakdown> byBatch; // attempts that were part of a batch
    QMap<QString, qint64> bySubCode;
    QMap<QString, qint64> byErrorKind;
    QMap<QString, qint64> byEndpoint; // endpoint id or URL; the sandbox as "sandbox"

    std::optional<double> estimatedCost(const std::optional<Price>& price) const;
    QJsonObject toJson(const std::optional<Price>& price = std::nullopt) const;
};

// Computes the statistics of a period from the history: one grouped query (HistoryTally) over the
// period's range of the time index, summed up here.
class StatisticsQuery
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsQuery)

public:
    static Expected<Statistics, history::HistoryError> run(history::HistoryStore& store,
                                                           const Period& period,
                                                           Grouping grouping,
                                                           const QTimeZone& zone = QTimeZone::systemTimeZone());
    // The UTC instants a period covers: [first day 00:00 local, day after the last 00:00 local).
    static QDateTime startUtc(const QDate& day, const QTimeZone& zone);
    // The translated label of a bucket: "2024-05-01", "2024-W18", "2024-05".
    static QString bucketLabel(const Bucket& bucket, Grouping grouping);
    static QString groupingId(Grouping grouping); // "day", "week", "month"
};

} // namespace tricheck::reports
