#pragma once

#include "common/expected.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tricheck::history {

// PostgreSQL's day tally: the days that are over, counted once and kept (table attempt_days, the
// same groups as SQLite's, with attempt_days_counted listing the days whose groups are complete),
// and today grouped from the attempts when asked for. The budget's month and the statistics of a
// period then read a few groups per past day instead of every attempt (a month of a
// ten-million-row year: 800,000 attempts).
//
// Why not SQLite's triggers that count every write: PostgreSQL's writers run concurrently, and
// every operator's verification would update (and lock until its commit) today's counter rows.
// Here a write only forgets the days it touched: a statement trigger on attempts deletes their
// entries from attempt_days_counted (the days from the earliest changed start plus the zone's
// smallest offset to the latest plus its largest: one statement per write, not a lookup per row),
// which a settlement or an insert of today finds empty. A past day
// changed (an import, a purge, an attempt settled after midnight) loses its groups and is counted
// again when next asked for.
//
// Why the advisory lock: a day is counted in a transaction that first takes it exclusively, and
// every write statement takes it shared until its commit, so no day is marked complete while a
// write to it is still invisible to the count. The counter only *tries* the lock: while a write
// transaction is open (a long import), the reader groups the attempts itself instead of making
// every operator's next write wait behind it.
//
// Writers run at READ COMMITTED (the history's plain BEGIN): a trigger that waited for the lock
// then sees, and forgets, the markers the count committed meanwhile. A REPEATABLE READ writer
// would not.
class ClosedDayTally
{
public:
    // The tables, the trigger function and its triggers (PostgreSQL).
    static QStringList postgresStatements();
    // A year's groups (150,000 at ten million attempts) are read in about 14 ms by one backend;
    // the planner would rather start a parallel worker for them, which alone costs 20-40 ms.
    static QStringList postgresSerialStatements();
    // Fills tally_zone with `zone`'s offsets (the days are counted when first asked for).
    static std::optional<QSqlError> fill(Transaction& transaction, const QTimeZone& zone);

    // Makes sure the local days [fromDay, toDay) of `zone` are counted: counts those missing (the
    // oldest first, at most a month per transaction, each its own) and marks them complete. With
    // `budgetMs`, a week per transaction, and none starts once that time is spent: a caller that would rather read
    // the attempts this time than wait for a year to be counted (each call goes on from there).
    // True when every day is counted; false when a write transaction held the lock or days are
    // left (the caller groups the attempts itself); the error of a failed statement otherwise.
    // Only days before today may be asked for.
    static Expected<bool, QSqlError> countDays(QSqlDatabase& db,
                                               qint64 fromDay,
                                               qint64 toDay,
                                               const QTimeZone& zone,
                                               std::optional<qint64> budgetMs = std::nullopt);
    // The UTC instant of the local midnight that starts `day` (days since 1970-01-01 in `zone`).
    static qint64 dayStartUtcMs(qint64 day, const QTimeZone& zone);
};

} // namespace tricheck::history
