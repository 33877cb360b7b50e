#pragma once

#include "common/expected.h"
#include "historyerror.h"
#include "historyquery.h"
#include "historystats.h"
#include "statstally.h"

#include <optional>

namespace tricheck::history {

class HistoryDatabase;

// Internal to the history module: aggregates over attempts (the status bar's counts, the
// statistics of `tricheck-cli history stats`).
class HistoryStatistics
{
public:
    explicit HistoryStatistics(HistoryDatabase& database)
        : m_database(database)
    { }

    Expected<StatusCounts, HistoryError> statusCounts(const QDateTime& fromUtc, const QDateTime& toUtc) const;
    Expected<BilledCounts, HistoryError>
    billedCounts(const QDateTime& fromUtc, const QDateTime& toUtc, bool sandbox) const;
    Expected<HistoryStats, HistoryError> stats(const HistoryFilter& filter) const;
    // The same counts, to be merged with those of other parts of a range.
    Expected<StatsTally, HistoryError> tally(const HistoryFilter& filter) const;
    // A start time that cuts the filter's time range into two parts of about as many attempts,
    // when the range holds at least `minAttempts` (an estimate from two index lookups); none when
    // it holds fewer or cannot be cut.
    std::optional<qint64> halfway(const HistoryFilter& filter, qint64 minAttempts) const;

    // One group of `n` attempts counted in: the one rule for both the attempts' own rows and the
    // day tally's groups.
    static void add(StatusCounts& counts, api::StatusRole role, std::optional<bool> billed, bool sandbox, qint64 n);
    static void add(BilledCounts& counts, std::optional<bool> billed, qint64 n);

private:
    HistoryDatabase& m_database;
};

} // namespace tricheck::history
