#pragma once

#include "historystats.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>
#include <vector>

namespace tricheck::history {

// Internal to the history module: what one pass over attempts counts for HistoryStats, kept
// mergeable so that parts of a range counted on different connections add up to the same result.
class StatsTally
{
public:
    // Counts per value of a column with few distinct values (status, SubCode, error kind).
    // SQLite's cursor hands out one shared string per distinct value (sqlitenative.cpp), so
    // comparing where the text lives finds its counter without hashing the text of every row (a
    // QHash lookup per column was a tenth of the pass); text from another cursor falls back to
    // comparing the text itself.
    class TextCounts
    {
    public:
        void add(const QString& text, qint64 n = 1);
        void mergeFrom(const TextCounts& other);
        QMap<QString, qint64> toMap() const;

    private:
        std::vector<std::pair<QString, qint64>> m_counts;
    };

    // Attempts per latency in milliseconds, for exact percentiles: a plain array for the latencies
    // replies take (up to a minute), a hash for the rest.
    class Latencies
    {
    public:
        void add(qint64 ms, qint64 n = 1);
        void mergeFrom(const Latencies& other);
        // (latency, attempts) pairs in ascending order of latency.
        QList<std::pair<qint64, qint64>> sorted() const;

    private:
        static constexpr qint64 kDirect = 60'000;
        std::vector<qint64> m_direct;
        QHash<qint64, qint64> m_other;
    };

    qint64 total = 0;
    qint64 billed = 0;
    qint64 notBilled = 0;
    qint64 billingUnknown = 0;
    TextCounts byStatus;
    TextCounts bySubCode;
    TextCounts byErrorKind;
    Latencies latencies; // attempts that were sent only

    void mergeFrom(const StatsTally& other);
    HistoryStats result() const;
};

} // namespace tricheck::history
