#include "closeddaytally.h"

#include "daytally.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tricheck::history {

namespace {

constexpr qint64 kDayMs = 86400000;
// A changed attempt belongs to one of the days its start plus the zone's smallest and largest
// offset fall in (one day, unless the zone changes its offset across midnight); without the
// zone's offsets, any zone's: local time is at most 14 hours from UTC.
constexpr qint64 kWidestOffsetMs = qint64(14) * 3600 * 1000;
// The advisory lock of the tally (any constant of this database's own: "TCdays" in ASCII).
constexpr qint64 kLockKey = 0x544364617973;
constexpr qint64 kDaysPerTransaction = 31;
constexpr qint64 kDaysPerBudgetedTransaction = 7;

// The trigger function for an event with the transition tables `tables` (none: TRUNCATE):
// forgets the days of their rows, markers and groups (a purged attempt's day keeps nothing of it).
QString forgetDaysFunction(const QString& name, const QStringList& tables)
{
    QString body;
    if (!tables.isEmpty()) // a statement that changed no row (an UPDATE that matched none) forgets nothing
        body += QStringLiteral("IF NOT EXISTS (SELECT 1 FROM %1) THEN RETURN NULL; END IF; ").arg(tables.constLast());
    body += QStringLiteral("PERFORM pg_advisory_xact_lock_shared(%1); ").arg(kLockKey);
    for (const QString& table : tables) {
        const QString days =
            QStringLiteral("day BETWEEN "
                           "(SELECT (MIN(started_ms) + (SELECT COALESCE(MIN(offset_ms), -%2) FROM tally_zone)) "
                           "/ %3 FROM %1) AND "
                           "(SELECT (MAX(started_ms) + (SELECT COALESCE(MAX(offset_ms), %2) FROM tally_zone)) "
                           "/ %3 FROM %1)")
                .arg(table)
                .arg(kWidestOffsetMs)
                .arg(kDayMs);
        body +=
            QStringLiteral("DELETE FROM attempt_days_counted WHERE %1; DELETE FROM attempt_days WHERE %1; ").arg(days);
    }
    if (tables.isEmpty())
        body += QStringLiteral("DELETE FROM attempt_days_counted; DELETE FROM attempt_days; ");
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN %2RETURN NULL; "
                          "END $body$")
        .arg(name, body);
}

// The days of [fromDay, toDay) not counted yet, ascending.
Expected<QList<qint64>, QSqlError> missingDays(QSqlDatabase& db, qint64 fromDay, qint64 toDay)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day FROM attempt_days_counted WHERE day >= ? AND day < ? ORDER BY day"));
    q.bindValue(0, fromDay);
    q.bindValue(1, toDay);
    if (!q.exec())
        return Expected<QList<qint64>, QSqlError>::failure(q.lastError());
    QList<qint64> missing;
    qint64 next = fromDay;
    while (q.next()) {
        const qint64 day = q.value(0).toLongLong();
        for (; next < day; ++next)
            missing.append(next);
        next = day + 1;
    }
    for (; next < toDay; ++next)
        missing.append(next);
    return missing;
}

// The local day of the attempt `a` over [fromMs, toMs), by tally_zone's offsets spelled out as one
// CASE: DayTally::keyOf()'s lookup of the offset per row took longer than the count itself (9.7 s
// against about 3 s for a year of two million attempts).
Expected<QString, QSqlError> dayExpression(QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT from_ms, offset_ms FROM tally_zone WHERE from_ms < ? ORDER BY from_ms DESC"));
    q.bindValue(0, toMs);
    if (!q.exec())
        return Expected<QString, QSqlError>::failure(q.lastError());
    QList<std::pair<qint64, qint64>> offsets; // (from, offset), ascending from the one in force at fromMs
    while (q.next()) {
        offsets.prepend({q.value(0).toLongLong(), q.value(1).toLongLong()});
        if (offsets.constFirst().first <= fromMs)
            break;
    }
    // No offset known: UTC, as keyOf().
    return QStringLiteral("(a.started_ms + %1) / %2")
        .arg(DayTally::offsetCase(QStringLiteral("a.started_ms"), offsets))
        .arg(kDayMs);
}

// Counts the days [first, last) in a transaction that holds the tally's lock, and marks them
// complete; false when a write transaction holds the lock.
Expected<bool, QSqlError> countRun(QSqlDatabase& db, qint64 first, qint64 last, const QTimeZone& zone)
{
    using Result = Expected<bool, QSqlError>;
    if (!db.transaction())
        return Result::failure(db.lastError());
    const auto fail = [&db](const QSqlError& error) {
        db.rollback();
        return Result::failure(error);
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(kLockKey)) || !q.next())
        return fail(q.lastError());
    if (!q.value(0).toBool()) {
        db.rollback();
        return false; // a write transaction is open: not now
    }
    // Counted again whole, even where another process counted some of the days meanwhile.
    q.prepare(QStringLiteral("DELETE FROM attempt_days WHERE day >= ? AND day < ?"));
    q.bindValue(0, first);
    q.bindValue(1, last);
    if (!q.exec())
        return fail(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM attempt_days_counted WHERE day >= ? AND day < ?"));
    q.bindValue(0, first);
    q.bindValue(1, last);
    if (!q.exec())
        return fail(q.lastError());
    // The time range is widened by a day and cut to the days by the zone's own offsets
    // (tally_zone), so an attempt is counted on exactly the day the triggers and readers expect.
    const qint64 fromMs = ClosedDayTally::dayStartUtcMs(first, zone) - kDayMs;
    const qint64 toMs = ClosedDayTally::dayStartUtcMs(last, zone) + kDayMs;
    const auto day = dayExpression(db, fromMs, toMs);
    if (!day)
        return fail(day.error());
    const QStringList names = DayTally::columns();
    QStringList values = DayTally::keyOf(QStringLiteral("a"));
    values.first() = *day;
    QStringList key;
    for (qsizetype i = 0; i < names.size(); ++i)
        key.append(values.at(i) + QStringLiteral(" AS ") + names.at(i));
    q.prepare(QStringLiteral("INSERT INTO attempt_days (%1, n) SELECT * FROM (SELECT %2, COUNT(*) FROM attempts a "
                             "WHERE started_ms >= ? AND started_ms < ? GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) g "
                             "WHERE g.day >= ? AND g.day < ?")
                  .arg(names.join(QStringLiteral(", ")), key.join(QStringLiteral(", "))));
    q.bindValue(0, fromMs);
    q.bindValue(1, toMs);
    q.bindValue(2, first);
    q.bindValue(3, last);
    if (!q.exec())
        return fail(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO attempt_days_counted (day) "
                             "SELECT generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT))"));
    q.bindValue(0, first);
    q.bindValue(1, last - 1);
    if (!q.exec())
        return fail(q.lastError());
    if (!db.commit())
        return fail(db.lastError());
    return true;
}

} // namespace

QStringList ClosedDayTally::postgresStatements()
{
    // Transition tables allow one event per trigger: a function each.
    return DayTally::tableStatements(false) +
           QStringList{
               QStringLiteral("CREATE TABLE attempt_days_counted (day BIGINT NOT NULL PRIMARY KEY)"),
               forgetDaysFunction(QStringLiteral("attempt_days_forget_inserted"), {QStringLiteral("new_rows")}),
               forgetDaysFunction(QStringLiteral("attempt_days_forget_updated"),
                                  {QStringLiteral("old_rows"), QStringLiteral("new_rows")}),
               forgetDaysFunction(QStringLiteral("attempt_days_forget_deleted"), {QStringLiteral("old_rows")}),
               forgetDaysFunction(QStringLiteral("attempt_days_forget_all"), {}),
               QStringLiteral("CREATE TRIGGER attempt_days_insert AFTER INSERT ON attempts REFERENCING NEW TABLE AS "
                              "new_rows FOR EACH STATEMENT EXECUTE FUNCTION attempt_days_forget_inserted()"),
               QStringLiteral("CREATE TRIGGER attempt_days_update AFTER UPDATE ON attempts REFERENCING OLD TABLE AS "
                              "old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                              "attempt_days_forget_updated()"),
               QStringLiteral("CREATE TRIGGER attempt_days_delete AFTER DELETE ON attempts REFERENCING OLD TABLE AS "
                              "old_rows FOR EACH STATEMENT EXECUTE FUNCTION attempt_days_forget_deleted()"),
               QStringLiteral("CREATE TRIGGER attempt_days_truncate AFTER TRUNCATE ON attempts FOR EACH STATEMENT "
                              "EXECUTE FUNCTION attempt_days_forget_all()"),
           };
}

QStringList ClosedDayTally::postgresSerialStatements()
{
    // On the table rather than per statement: every reader of the tally (counts, the budget's
    // month, statistics) goes without the worker, and the attempts keep their parallel plans.
    // Only the table's owner may set it. A hint, not a need: an operator's own role that starts
    // TriCheck first after the upgrade records the step without it rather than being refused.
    return {QStringLiteral("DO $$ BEGIN ALTER TABLE attempt_days SET (parallel_workers = 0); "
                           "EXCEPTION WHEN insufficient_privilege THEN RAISE NOTICE "
                           "'attempt_days is read with parallel workers: only its owner may change that'; END $$")};
}

std::optional<QSqlError> ClosedDayTally::fill(Transaction& transaction, const QTimeZone& zone)
{
    // Only the zone: the days are counted when first asked for, a month per transaction. Counting
    // ten million attempts here would hold every writer off (the new triggers' lock on attempts)
    // until the migration commits.
    return DayTally::fillZone(transaction, zone);
}

qint64 ClosedDayTally::dayStartUtcMs(qint64 day, const QTimeZone& zone)
{
    // startOfDay(): a day whose midnight does not exist there starts at the transition.
    return QDate(1970, 1, 1).addDays(day).startOfDay(zone).toMSecsSinceEpoch();
}

Expected<bool, QSqlError> ClosedDayTally::countDays(QSqlDatabase& db,
                                                    qint64 fromDay,
                                                    qint64 toDay,
                                                    const QTimeZone& zone,
                                                    std::optional<qint64> budgetMs)
{
    using Result = Expected<bool, QSqlError>;
    auto found = missingDays(db, fromDay, toDay);
    if (!found)
        return Result::failure(found.error());
    const QList<qint64> missing = std::move(found).value();
    // Under a budget, a week per transaction: the writers that wait for the lock meanwhile, and
    // the caller past its budget, wait at most that long.
    const qint64 perTransaction = budgetMs ? kDaysPerBudgetedTransaction : kDaysPerTransaction;
    // Runs of consecutive days, each counted in one grouped pass, at most a month's per
    // transaction: writers wait for the lock only that long (a year that an import made stale is
    // counted month by month).
    QList<std::pair<qint64, qint64>> runs;
    for (const qint64 day : std::as_const(missing)) {
        if (!runs.isEmpty() && runs.constLast().second == day && day - runs.constLast().first < perTransaction)
            runs.last().second = day + 1;
        else
            runs.append({day, day + 1});
    }
    QElapsedTimer spent;
    spent.start();
    for (const auto& [first, last] : std::as_const(runs)) {
        if (budgetMs && spent.elapsed() >= *budgetMs)
            return false; // the oldest are counted; the next call goes on from there
        auto counted = countRun(db, first, last, zone);
        if (!counted || !*counted)
            return counted;
    }
    return true;
}

} // namespace tricheck::history
