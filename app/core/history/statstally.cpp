#include "statstally.h"

#include <algorithm>
#include <cmath>
#include <optional>

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

} // namespace

void StatsTally::TextCounts::add(const QString& text, qint64 n)
{
    for (auto& [value, count] : m_counts) {
        if (value.constData() == text.constData()) {
            count += n;
            return;
        }
    }
    for (auto& [value, count] : m_counts) {
        if (value == text) {
            count += n;
            return;
        }
    }
    m_counts.emplace_back(text, n);
}

void StatsTally::TextCounts::mergeFrom(const TextCounts& other)
{
    for (const auto& [value, n] : other.m_counts)
        add(value, n);
}

QMap<QString, qint64> StatsTally::TextCounts::toMap() const
{
    QMap<QString, qint64> out;
    for (const auto& [value, n] : m_counts)
        out[value] += n;
    return out;
}

void StatsTally::Latencies::add(qint64 ms, qint64 n)
{
    if (ms >= 0 && ms < kDirect) {
        if (m_direct.empty())
            m_direct.resize(kDirect, 0);
        m_direct[std::size_t(ms)] += n;
    } else {
        m_other[ms] += n;
    }
}

void StatsTally::Latencies::mergeFrom(const Latencies& other)
{
    for (const auto& [ms, n] : other.sorted())
        add(ms, n);
}

QList<std::pair<qint64, qint64>> StatsTally::Latencies::sorted() const
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

void StatsTally::mergeFrom(const StatsTally& other)
{
    total += other.total;
    billed += other.billed;
    notBilled += other.notBilled;
    billingUnknown += other.billingUnknown;
    byStatus.mergeFrom(other.byStatus);
    bySubCode.mergeFrom(other.bySubCode);
    byErrorKind.mergeFrom(other.byErrorKind);
    latencies.mergeFrom(other.latencies);
}

HistoryStats StatsTally::result() const
{
    HistoryStats s;
    s.total = total;
    s.billed = billed;
    s.notBilled = notBilled;
    s.billingUnknown = billingUnknown;
    s.byStatus = byStatus.toMap();
    s.bySubCode = bySubCode.toMap();
    s.byErrorKind = byErrorKind.toMap();
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
