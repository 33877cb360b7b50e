#include "historystatistics.h"

#include "historydatabase.h"
#include "historysql.h"

#include <QHash>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <vector>

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

// Counts per value of a column with few distinct values (status, SubCode, error kind), for a pass
// over a month of attempts. SQLite's cursor hands out one shared string per distinct value
// (sqlitenative.cpp), so comparing where the text lives finds its counter without hashing the
// text of every row (a QHash lookup per column was a tenth of the pass); text from another cursor
// falls back to comparing the text itself.
class TextTally
{
public:
    void add(const QString& text)
    {
        for (auto& [value, n] : m_counts) {
            if (value.constData() == text.constData()) {
                ++n;
                return;
            }
        }
        for (auto& [value, n] : m_counts) {
            if (value == text) {
                ++n;
                return;
            }
        }
        m_counts.emplace_back(text, 1);
    }

    template <typename Map>
    void copyInto(Map& to) const
    {
        for (const auto& [value, n] : m_counts)
            to[value] += n;
    }

private:
    std::vector<std::pair<QString, qint64>> m_counts;
};

// Attempts per latency in milliseconds, for exact percentiles: a plain array for the latencies
// replies take (up to a minute), a hash for the rest.
class LatencyHistogram
{
public:
    void add(qint64 ms)
    {
        if (ms >= 0 && ms < kDirect) {
            if (m_direct.empty())
                m_direct.resize(kDirect, 0);
            ++m_direct[std::size_t(ms)];
        } else {
            ++m_other[ms];
        }
    }

    // (latency, attempts) pairs in ascending order of latency.
    QList<std::pair<qint64, qint64>> sorted() const
    {
        QList<std::pair<qint64, qint64>> out;
        for (std::size_t ms = 0; ms < m_direct.size(); ++ms) {
            if (m_direct[ms] > 0)
                out.append({qint64(ms), m_direct[ms]});
        }
        for (auto it = m_other.cbegin(); it != m_other.cend(); ++it)
            out.append({it.key(), it.value()});
        std::sort(out.begin(), out.end()); // the array's part is in order already
        return out;
    }

private:
    static constexpr qint64 kDirect = 60'000;
    std::vector<qint64> m_direct;
    QHash<qint64, qint64> m_other;
};

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
    TextTally byStatus;
    TextTally bySubCode;
    TextTally byErrorKind;
    LatencyHistogram latencies;
    const QString validation = api::errorKindId(api::ErrorKind::Validation);
    const QString configuration = api::errorKindId(api::ErrorKind::Configuration);
    while (cursor->next()) {
        ++s.total;
        byStatus.add(cursor->text(0));
        const bool error = !cursor->isNull(2);
        const QString errorKind = error ? cursor->text(2) : QString();
        if (error)
            byErrorKind.add(errorKind);
        else
            bySubCode.add(cursor->text(1));
        if (cursor->isNull(3))
            ++s.billingUnknown;
        else if (cursor->integer(3) != 0)
            ++s.billed;
        else
            ++s.notBilled;
        // Latency of the attempts that were sent (input and configuration errors never were).
        if (!error || (errorKind != validation && errorKind != configuration))
            latencies.add(cursor->integer(4));
    }
    if (const auto error = cursor->error())
        return Result::failure(m_database.error(*error));
    byStatus.copyInto(s.byStatus);
    bySubCode.copyInto(s.bySubCode);
    byErrorKind.copyInto(s.byErrorKind);
    const QList<std::pair<qint64, qint64>> histogram = latencies.sorted();
    qint64 sent = 0;
    for (const auto& [ms, n] : histogram)
        sent += n;
    s.p50LatencyMs = percentile(histogram, sent, 0.50);
    s.p95LatencyMs = percentile(histogram, sent, 0.95);
    if (!histogram.isEmpty())
        s.maxLatencyMs = histogram.constLast().first;
    return s;
}

} // namespace tricheck::history
