#include "closeddaytally.h"
#include "closedrange.h"
#include "common/logging.h"
#include "daytally.h"
#include "historyquery.h"
#include "historysql.h"
#include "historystore.h"
#include "historytally.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tricheck::history {

namespace {

// How long a count may spend counting the tally's missing days before it reads the attempts.
constexpr qint64 kCountingBudgetMs = 1000;

// Whether the day tally keeps what `filter` asks about: its columns hold the same values as the
// attempts' (error_kind and batch_id with '' for none, which the attempts spell NULL).
bool tallyKeeps(const HistoryFilter& filter)
{
    return filter.referenceContains.isEmpty() && !filter.requestId && !filter.mobileFingerprint &&
           !filter.nameFingerprint && !filter.idNumberFingerprint && !filter.refusedSearch && !filter.idAbove &&
           !filter.errorKinds.contains(QString()) && !(filter.batchId && filter.batchId->isEmpty());
}

} // namespace

std::optional<Expected<qint64, HistoryError>> HistoryTally::countMatching(HistoryStore& store,
                                                                          const HistoryFilter& filter)
{
    if (!tallyKeeps(filter))
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    if (db.driverName() != u"QPSQL")
        return std::nullopt; // SQLite keeps its counts per status (HistoryPaging::count())
    const auto zoneId = DayTally::zoneOf(db);
    if (!zoneId)
        return std::nullopt;
    const QTimeZone zone(*zoneId);
    if (!zone.isValid())
        return std::nullopt;
    // A count is asked for often and of the whole history (the history view's, an export's): it
    // spends about a second at most on counting missing days (a month's at ten million attempts a
    // year) and reads the attempts until all are counted, rather than make one caller wait for a
    // year's days (about 30 s at ten million).
    auto range = closedRange(store, db, filter.from, filter.to, zone, kCountingBudgetMs);
    if (!range)
        return std::nullopt;
    if (!*range) {
        qCWarning(lcHistory).noquote() << "the tally cannot be read:" << range->error().message;
        return std::nullopt;
    }
    const ClosedRange& days = range->value();
    if (days.empty)
        return qint64(0);

    // One statement, one snapshot: a day forgotten by a write that committed since it was counted
    // shows as missing here (its marker is gone with its groups), and the attempts counted live or
    // above the caller's snapshot (`idAtMost`) are those the tally's groups were read with.
    HistoryFilter grouped = filter;
    grouped.from.reset();
    grouped.to.reset();
    grouped.idAtMost.reset();
    sql::Where past = sql::where(grouped); // attempt_days has the attempts' column names
    past.add(QStringLiteral("day >= ?"), {days.fromDay});
    past.add(QStringLiteral("day < ?"), {days.closedTo});
    // An open start also has to hold the attempts older than the first one seen when the range
    // was set (an import of old attempts since): they are looked for in the same snapshot.
    QString select =
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) g(day) "
            "WHERE NOT EXISTS (SELECT 1 FROM attempt_days_counted c WHERE c.day = g.day)) + "
            "(SELECT COUNT(*) FROM (SELECT 1 FROM attempts WHERE CAST(? AS INTEGER) = 1 AND started_ms < ? LIMIT 1) o), "
            "(SELECT COALESCE(SUM(n), 0) FROM attempt_days%1)")
            .arg(past.text);
    QVariantList binds{days.fromDay,
                       days.closedTo - 1,
                       filter.from ? 0 : 1,
                       ClosedDayTally::dayStartUtcMs(days.fromDay, zone)};
    binds += past.binds;
    if (days.liveFromMs) {
        HistoryFilter live = filter;
        live.idAtMost.reset();
        live.from = QDateTime::fromMSecsSinceEpoch(*days.liveFromMs, Qt::UTC);
        const sql::Where w = sql::where(live);
        select += QStringLiteral(", (SELECT COUNT(*) FROM attempts%1)").arg(w.text);
        binds += w.binds;
    } else {
        select += QStringLiteral(", 0");
    }
    if (filter.idAtMost) {
        HistoryFilter above = filter;
        above.idAtMost.reset();
        above.idAbove = *filter.idAtMost;
        const sql::Where w = sql::where(above);
        select += QStringLiteral(", (SELECT COUNT(*) FROM attempts%1)").arg(w.text);
        binds += w.binds;
    } else {
        select += QStringLiteral(", 0");
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select);
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    // Read without a parallel worker since schema v14 (ClosedDayTally::postgresSerialStatements()).
    const bool read = q.exec() && q.next();
    if (!read) {
        // A role that may read the attempts but not the tally, a statement timeout: counted as
        // before the tally.
        qCWarning(lcHistory).noquote() << "the tally cannot be read:" << q.lastError().text();
        return std::nullopt;
    }
    if (q.value(0).toLongLong() > 0)
        return std::nullopt; // a write since forgot a day, or added older attempts: the rows are counted
    return q.value(1).toLongLong() + q.value(2).toLongLong() - q.value(3).toLongLong();
}

} // namespace tricheck::history
