#include "daytally.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace tricheck::history {

namespace {

constexpr qint64 kDayMs = 86400000;

const QStringList kColumns{QStringLiteral("day"),
                           QStringLiteral("status_role"),
                           QStringLiteral("sub_code"),
                           QStringLiteral("error_kind"),
                           QStringLiteral("billed"),
                           QStringLiteral("isp_name"),
                           QStringLiteral("operator_name"),
                           QStringLiteral("batch_id"),
                           QStringLiteral("endpoint"),
                           QStringLiteral("sandbox")};

} // namespace

QStringList DayTally::columns()
{
    return kColumns;
}

QStringList DayTally::keyOf(const QString& row)
{
    const QString day = QStringLiteral("(%1.started_ms + COALESCE((SELECT offset_ms FROM tally_zone "
                                       "WHERE from_ms <= %1.started_ms ORDER BY from_ms DESC LIMIT 1), 0)) / %2")
                            .arg(row)
                            .arg(kDayMs);
    return {day,
            row + QStringLiteral(".status_role"),
            row + QStringLiteral(".sub_code"),
            QStringLiteral("COALESCE(%1.error_kind, '')").arg(row),
            QStringLiteral("CASE WHEN %1.billed IS NULL THEN -1 WHEN %1.billed <> 0 THEN 1 ELSE 0 END").arg(row),
            row + QStringLiteral(".isp_name"),
            row + QStringLiteral(".operator_name"),
            QStringLiteral("COALESCE(%1.batch_id, '')").arg(row),
            row + QStringLiteral(".endpoint"),
            QStringLiteral("CASE WHEN %1.sandbox <> 0 THEN 1 ELSE 0 END").arg(row)};
}

namespace {

QString countIn(const QString& row)
{
    const QString columns = kColumns.join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO attempt_days (%1, n) VALUES (%2, 1) ON CONFLICT (%1) DO UPDATE SET n = n + 1;")
        .arg(columns, DayTally::keyOf(row).join(QStringLiteral(", ")));
}

QString countOut(const QString& row)
{
    const QStringList key = DayTally::keyOf(row);
    QStringList match;
    for (qsizetype i = 0; i < kColumns.size(); ++i)
        match.append(kColumns.at(i) + QStringLiteral(" = ") + key.at(i));
    const QString where = match.join(QStringLiteral(" AND "));
    return QStringLiteral("UPDATE attempt_days SET n = n - 1 WHERE %1; DELETE FROM attempt_days WHERE %1 AND n <= 0;")
        .arg(where);
}

} // namespace

QStringList DayTally::tableStatements(bool sqlite)
{
    const QString columns = kColumns.join(QStringLiteral(", "));
    return {
        QStringLiteral("CREATE TABLE tally_zone (from_ms BIGINT NOT NULL PRIMARY KEY, offset_ms BIGINT NOT NULL, "
                       "zone_id TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE attempt_days (day BIGINT NOT NULL, status_role TEXT NOT NULL, "
                       "sub_code TEXT NOT NULL, error_kind TEXT NOT NULL, billed INTEGER NOT NULL, "
                       "isp_name TEXT NOT NULL, operator_name TEXT NOT NULL, batch_id TEXT NOT NULL, "
                       "endpoint TEXT NOT NULL, sandbox INTEGER NOT NULL, n BIGINT NOT NULL, "
                       "PRIMARY KEY (%1))%2")
            .arg(columns, sqlite ? QStringLiteral(" WITHOUT ROWID") : QString()),
    };
}

QStringList DayTally::sqliteStatements()
{
    // Only changes of what is counted move an attempt between groups.
    const QString properties = kColumns.mid(1).join(QStringLiteral(", "));
    return tableStatements(true) +
           QStringList{
               QStringLiteral("CREATE TRIGGER attempt_days_insert AFTER INSERT ON attempts BEGIN %1 END")
                   .arg(countIn(QStringLiteral("new"))),
               QStringLiteral("CREATE TRIGGER attempt_days_delete AFTER DELETE ON attempts BEGIN %1 END")
                   .arg(countOut(QStringLiteral("old"))),
               QStringLiteral(
                   "CREATE TRIGGER attempt_days_update AFTER UPDATE OF started_ms, %1 ON attempts BEGIN %2 %3 END")
                   .arg(properties, countOut(QStringLiteral("old")), countIn(QStringLiteral("new"))),
           };
}

std::optional<QSqlError> DayTally::fill(Transaction& transaction, const QTimeZone& zone)
{
    if (auto error = fillZone(transaction, zone))
        return error;
    return transaction.exec(
        QStringLiteral("INSERT INTO attempt_days (%1, n) SELECT %2, COUNT(*) FROM attempts a "
                       "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10")
            .arg(kColumns.join(QStringLiteral(", ")), keyOf(QStringLiteral("a")).join(QStringLiteral(", "))));
}

std::optional<QSqlError> DayTally::fillZone(Transaction& transaction, const QTimeZone& zone)
{
    // The zone's offsets from the start of the epoch to well past any attempt (transitions are
    // known ahead for rule-based zones such as daylight saving).
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const QDateTime last = QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
    QList<std::pair<qint64, qint64>> offsets{
        {std::numeric_limits<qint64>::min(), offsetMs(zone, first.toMSecsSinceEpoch())}};
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData& t : zone.transitions(first, last))
            offsets.append({t.atUtc.toMSecsSinceEpoch(), qint64(t.offsetFromUtc) * 1000});
    }
    QSqlQuery insert = transaction.query();
    if (!insert.prepare(QStringLiteral("INSERT INTO tally_zone (from_ms, offset_ms, zone_id) VALUES (?, ?, ?)")))
        return insert.lastError();
    const QString id = QString::fromUtf8(zone.id());
    for (const auto& [from, offset] : std::as_const(offsets)) {
        insert.bindValue(0, from);
        insert.bindValue(1, offset);
        insert.bindValue(2, id);
        if (!insert.exec())
            return insert.lastError();
    }
    return std::nullopt;
}

qint64 DayTally::offsetMs(const QTimeZone& zone, qint64 ms)
{
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))) * 1000;
}

QString DayTally::offsetCase(const QString& column, const QList<std::pair<qint64, qint64>>& offsets)
{
    if (offsets.size() < 2)
        return QString::number(offsets.isEmpty() ? 0 : offsets.constFirst().second);
    QString sql = QStringLiteral("CASE");
    for (qsizetype i = 1; i < offsets.size(); ++i)
        sql +=
            QStringLiteral(" WHEN %1 < %2 THEN %3").arg(column).arg(offsets.at(i).first).arg(offsets.at(i - 1).second);
    return sql + QStringLiteral(" ELSE %1 END").arg(offsets.constLast().second);
}

std::optional<qint64> DayTally::offsetAt(QSqlDatabase& db, qint64 ms)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT offset_ms FROM tally_zone WHERE from_ms <= ? ORDER BY from_ms DESC LIMIT 1"));
    q.bindValue(0, ms);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<QByteArray> DayTally::zoneOf(QSqlDatabase& db)
{
    QSqlQuery q(db);
    // PostgreSQL: the table as the search path finds it, as every other statement does (tables()
    // names one outside the public schema "schema.table", and reads the whole catalogue).
    if (db.driverName() == u"QPSQL") {
        if (!q.exec(QStringLiteral("SELECT to_regclass('tally_zone') IS NOT NULL")) || !q.next() ||
            !q.value(0).toBool())
            return std::nullopt;
    } else if (!db.tables().contains(QStringLiteral("tally_zone"))) {
        return std::nullopt;
    }
    if (!q.exec(QStringLiteral("SELECT zone_id FROM tally_zone LIMIT 1")) || !q.next())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

} // namespace tricheck::history
