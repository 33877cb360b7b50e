#include "historystatistics.h"

#include "historydatabase.h"
#include "historysql.h"

#include <QHash>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace tricheck::history {

namespace {

// Nearest-rank percentile over a histogram of (value, count) pairs sorted by value.
std::optional<qint64> percentile(const QList<std::pair<qint64, qint64>>& histogram, qint64 total, double p)
{
    if (total <= 0)
        return std::nullopt;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(total))));
    qint64 seen = 0;
    for (const auto& [value, n] : histogram) {
        seen += n;
        if (seen >= rank)
            return value;
    }
    return histogram.isEmpty() ? std::nullopt : std::optional<qint64>(histogram.last().first);
}

template <typename Map>
void copyInto(const QHash<QString, qint64>& from, Map& to)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        to.insert(it.key(), it.value());
}

} // namespace

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

Expected<HistoryStats, HistoryError> HistoryStatistics::stats(const HistoryFilter& filter) const
{
    using Result = Expected<HistoryStats, HistoryError>;
    static const QString statsSelect =
        QStringLiteral("SELECT status_role, sub_code, error_kind, billed, latency_ms FROM attempts");
    // One pass over the covering time index, summed up here: grouping in SQL would sort a
    // million entries. Latency percentiles come exactly from the per-millisecond counts.
    const sql::Where w = sql::where(filter, m_database.dialect().likeOperator());
    QSqlDatabase db = m_database.connection();
    const auto cursor = m_database.dialect().rowCursor(db, statsSelect + w.text, w.binds);
    HistoryStats s;
    QHash<QString, qint64> byStatus;
    QHash<QString, qint64> bySubCode;
    QHash<QString, qint64> byErrorKind;
    QHash<qint64, qint64> latencies;
    const QString validation = api::errorKindId(api::ErrorKind::Validation);
    const QString configuration = api::errorKindId(api::ErrorKind::Configuration);
    while (cursor->next()) {
        ++s.total;
        ++byStatus[cursor->text(0)];
        const bool error = !cursor->isNull(2);
        const QString errorKind = error ? cursor->text(2) : QString();
        if (error)
            ++byErrorKind[errorKind];
        else
            ++bySubCode[cursor->text(1)];
        if (cursor->isNull(3))
            ++s.billingUnknown;
        else if (cursor->integer(3) != 0)
            ++s.billed;
        else
            ++s.notBilled;
        // Latency of the attempts that were sent (input and configuration errors never were).
        if (!error || (errorKind != validation && errorKind != configuration))
            ++latencies[cursor->integer(4)];
    }
    if (const auto error = cursor->error())
        return Result::failure(m_database.error(*error));
    copyInto(byStatus, s.byStatus);
    copyInto(bySubCode, s.bySubCode);
    copyInto(byErrorKind, s.byErrorKind);
    QList<std::pair<qint64, qint64>> histogram;
    qint64 sent = 0;
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it) {
        histogram.append({it.key(), it.value()});
        sent += it.value();
    }
    std::sort(histogram.begin(), histogram.end());
    s.p50LatencyMs = percentile(histogram, sent, 0.50);
    s.p95LatencyMs = percentile(histogram, sent, 0.95);
    if (!histogram.isEmpty())
        s.maxLatencyMs = histogram.constLast().first;
    return s;
}

} // namespace tricheck::history
