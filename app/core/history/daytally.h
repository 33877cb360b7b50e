#pragma once

#include "transaction.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tricheck::history {

// SQLite keeps the history counted per local day (table attempt_days), in the time zone the
// history was counted in when the table was made (table tally_zone: the zone's id and its UTC
// offsets, daylight saving included). Triggers on attempts keep it exact in the transaction of
// every insert, in-place update (an attempt in flight settled) and delete (retention), so
// statistics over a year read some ten thousand counted groups instead of a million attempts.
//
// Why triggers and not the application's write path: every write reaches the table through
// SQLite itself (imports, purges, settling orphans, other versions of TriCheck), and a trigger is
// part of the same statement, so the counts can never drift from the rows.
//
// PostgreSQL keeps the same groups for the days that are over (see ClosedDayTally): its writers
// run concurrently, and today's counter rows would be contended by every operator.
class DayTally
{
public:
    // The tables and triggers (SQLite).
    static QStringList sqliteStatements();
    // The tables alone: tally_zone and attempt_days (the engine's spelling).
    static QStringList tableStatements(bool sqlite);
    // attempt_days's key columns, and the values of each for the attempt `row` ("new", "old" or a
    // table alias): its local day (the start plus the zone's offset in force at that instant) and
    // its properties, without NULLs (a key may hold none): billed unknown is -1, "no error kind"
    // and "no batch" are empty.
    static QStringList columns();
    static QStringList keyOf(const QString& row);
    // Fills tally_zone with `zone`'s offsets and counts the attempts already stored.
    static std::optional<QSqlError> fill(Transaction& transaction, const QTimeZone& zone);
    // Fills tally_zone alone.
    static std::optional<QSqlError> fillZone(Transaction& transaction, const QTimeZone& zone);

    // The zone the history is counted in; none when the database keeps no day tally.
    static std::optional<QByteArray> zoneOf(QSqlDatabase& db);
    // `zone`'s UTC offset at the instant `ms`, in ms.
    static qint64 offsetMs(const QTimeZone& zone, qint64 ms);
    // The SQL for "the offset in force at `column`" from `offsets`, (from this instant on, this
    // offset) ascending, the first in force at the range's start: a constant, or a CASE over the
    // later ones.
    static QString offsetCase(const QString& column, const QList<std::pair<qint64, qint64>>& offsets);
    // The UTC offset tally_zone holds for the instant `ms`, in ms: the days are cut by these
    // (the tzdata of the machine that made the table), which may differ from this machine's.
    static std::optional<qint64> offsetAt(QSqlDatabase& db, qint64 ms);
};

} // namespace tricheck::history
