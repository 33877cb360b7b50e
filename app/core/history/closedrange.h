#pragma once

#include "common/expected.h"
#include "historyerror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace tricheck::history {

class HistoryStore;

// Internal to the tally's readers (historytally.cpp, tallycount.cpp).

// A range as PostgreSQL's tally of the days that are over answers it: the past days [fromDay,
// closedTo) from the tally, the attempts from liveFromMs on (when set) grouped or counted live.
struct ClosedRange
{
    qint64 fromDay = 0;
    qint64 closedTo = 0;
    std::optional<qint64> liveFromMs;
    bool empty = false; // the history holds no attempt
};

// The range's days once those missing are counted (see ClosedDayTally); nullopt when the tally
// cannot answer it (the history keeps none in `zone`, a bound is not a local midnight, the offsets
// moved, a write transaction holds the lock, counting failed): the attempts have to be read.
std::optional<Expected<ClosedRange, HistoryError>> closedRange(HistoryStore& store,
                                                               QSqlDatabase& db,
                                                               const std::optional<QDateTime>& fromUtc,
                                                               const std::optional<QDateTime>& toUtc,
                                                               const QTimeZone& zone,
                                                               std::optional<qint64> countingBudgetMs);

} // namespace tricheck::history
