#include "historystatistics.h"

#include "historydatabase.h"
#include "historysql.h"

#include <QVariant>

#include <algorithm>
#include <limits>

namespace tricheck::history {

Expected<StatusCounts, HistoryError> HistoryStatistics::statusCounts(const QDateTime& fromUtc,
                                                                     const QDateTime& toUtc) const
{
    using Result = Expected<StatusCounts, HistoryError>;
    QSqlQuery q = m_database.query();
    q.prepare(QStringLiteral("SELECT status_role, billed, sandbox, COUNT(*) FROM attempts "
                             "WHERE started_ms >= ? AND started_ms < ? GROUP BY status_role, billed, sandbox"));
    q.bindValue(0, fromUtc.toMSecsSinceEpoch());
    q.bindValue(1, toUtc.toMSecsSinceEpoch());
    if (!q.exec())
        return Result::failure(m_database.error(q));
    StatusCounts c;
    while (q.next()) {
        const auto role = api::ResultCatalogue::roleFromId(q.value(0).toString()).value_or(api::StatusRole::Unknown);
        const std::optional<bool> billed =
            q.value(1).isNull() ? std::nullopt : std::optional<bool>(q.value(1).toInt() != 0);
        add(c, role, billed, q.value(2).toInt() != 0, q.value(3).toLongLong());
    }
    if (q.lastError().isValid())
        return Result::failure(m_database.error(q));
    return c;
}

Expected<BilledCounts, HistoryError>
HistoryStatistics::billedCounts(const QDateTime& fromUtc, const QDateTime& toUtc, bool sandbox) const
{
    using Result = Expected<BilledCounts, HistoryError>;
    QSqlQuery q = m_database.query();
    q.prepare(QStringLiteral("SELECT billed, COUNT(*) FROM attempts WHERE started_ms >= ? AND started_ms < ? "
                             "AND sandbox = ? AND (billed IS NULL OR billed <> 0) GROUP BY billed"));
    q.bindValue(0, fromUtc.toMSecsSinceEpoch());
    q.bindValue(1, toUtc.toMSecsSinceEpoch());
    q.bindValue(2, sandbox ? 1 : 0);
    if (!q.exec())
        return Result::failure(m_database.error(q));
    BilledCounts c;
    while (q.next()) // only billed or unknown rows come back
        add(c, q.value(0).isNull() ? std::nullopt : std::optional<bool>(true), q.value(1).toLongLong());
    if (q.lastError().isValid())
        return Result::failure(m_database.error(q));
    return c;
}

void HistoryStatistics::add(StatusCounts& c, api::StatusRole role, std::optional<bool> billed, bool sandbox, qint64 n)
{
    c.total += n;
    c.perRole[role] += n;
    if (role == api::StatusRole::Error)
        c.errors += n;
    else
        c.verified += n;
    if (sandbox && role != api::StatusRole::Error)
        c.simulated += n;
    else if (!sandbox && billed.value_or(false))
        c.billed += n;
}

void HistoryStatistics::add(BilledCounts& c, std::optional<bool> billed, qint64 n)
{
    if (!billed)
        c.billingUnknown += n;
    else if (*billed)
        c.billed += n;
}

Expected<StatsTally, HistoryError> HistoryStatistics::tally(const HistoryFilter& filter) const
{
    using Result = Expected<StatsTally, HistoryError>;
    static const QString columns = QStringLiteral("status_role, sub_code, error_kind, billed, latency_ms");
    // SQLite: one pass over the covering time index, summed up here (grouping in SQL would sort
    // a million entries). PostgreSQL: grouped in the server, a row per group with its count.
    // Latency percentiles come exactly from the per-millisecond counts either way.
    const bool grouped = m_database.dialect().groupsFasterThanRows();
    const sql::Where w = sql::where(filter, m_database.dialect().likeOperator());
    const QString select = grouped
                               ? QStringLiteral("SELECT %1, COUNT(*) FROM attempts%2 GROUP BY %1").arg(columns, w.text)
                               : QStringLiteral("SELECT %1 FROM attempts%2").arg(columns, w.text);
    QSqlDatabase db = m_database.connection();
    const auto cursor = m_database.dialect().rowCursor(db, select, w.binds);
    StatsTally s;
    const QString validation = api::errorKindId(api::ErrorKind::Validation);
    const QString configuration = api::errorKindId(api::ErrorKind::Configuration);
    while (cursor->next()) {
        const qint64 n = grouped ? cursor->integer(5) : 1;
        s.total += n;
        s.byStatus.add(cursor->text(0), n);
        const bool error = !cursor->isNull(2);
        const QString errorKind = error ? cursor->text(2) : QString();
        if (error)
            s.byErrorKind.add(errorKind, n);
        else
            s.bySubCode.add(cursor->text(1), n);
        if (cursor->isNull(3))
            s.billingUnknown += n;
        else if (cursor->integer(3) != 0)
            s.billed += n;
        else
            s.notBilled += n;
        // Latency of the attempts that were sent (input and configuration errors never were).
        if (!error || (errorKind != validation && errorKind != configuration))
            s.latencies.add(cursor->integer(4), n);
    }
    if (const auto error = cursor->error())
        return Result::failure(m_database.error(*error));
    return s;
}

Expected<HistoryStats, HistoryError> HistoryStatistics::stats(const HistoryFilter& filter) const
{
    auto counted = tally(filter);
    if (!counted)
        return Expected<HistoryStats, HistoryError>::failure(counted.error());
    return counted->result();
}

std::optional<qint64> HistoryStatistics::halfway(const HistoryFilter& filter, qint64 minAttempts) const
{
    const qint64 from = filter.from ? filter.from->toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 to = filter.to ? filter.to->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    // The first and the last attempt of the range, found in the time index. Ids grow as attempts
    // are stored, so their distance estimates how many the range holds, and the attempt with the
    // id between them starts about halfway through them.
    QSqlQuery ends = m_database.query();
    ends.prepare(QStringLiteral("SELECT (SELECT id FROM attempts WHERE started_ms >= ? AND started_ms < ? "
                                "ORDER BY started_ms LIMIT 1), "
                                "(SELECT id FROM attempts WHERE started_ms >= ? AND started_ms < ? "
                                "ORDER BY started_ms DESC LIMIT 1)"));
    ends.bindValue(0, from);
    ends.bindValue(1, to);
    ends.bindValue(2, from);
    ends.bindValue(3, to);
    if (!ends.exec() || !ends.next() || ends.value(0).isNull() || ends.value(1).isNull())
        return std::nullopt;
    const qint64 first = std::min(ends.value(0).toLongLong(), ends.value(1).toLongLong());
    const qint64 last = std::max(ends.value(0).toLongLong(), ends.value(1).toLongLong());
    if (last - first + 1 < minAttempts)
        return std::nullopt;
    QSqlQuery middle = m_database.query();
    middle.prepare(QStringLiteral("SELECT started_ms FROM attempts WHERE id >= ? ORDER BY id LIMIT 1"));
    middle.bindValue(0, first + (last - first) / 2);
    if (!middle.exec() || !middle.next())
        return std::nullopt;
    const qint64 ms = middle.value(0).toLongLong();
    if (ms <= from || ms >= to) // ids out of time order (an import of older attempts)
        return std::nullopt;
    return ms;
}

} // namespace tricheck::history
