#pragma once

#include "api/resultcatalogue.h"

#include <QMap>
#include <QString>

#include <optional>

namespace tricheck::history {

// The status bar's counts for a period (e.g. today).
struct StatusCounts
{
    qint64 total = 0;
    qint64 verified = 0;  // attempts the service answered with a result
    qint64 billed = 0;    // attempts known to be billed (never the sandbox's)
    qint64 simulated = 0; // attempts the sandbox answered: simulated, not billed
    qint64 errors = 0;    // attempts that ended in an error
    QMap<api::StatusRole, qint64> perRole;
};

// Billed attempts of a range (the budget guard).
struct BilledCounts
{
    qint64 billed = 0;
    qint64 billingUnknown = 0; // may have been billed (billed is NULL)
};

// Aggregates for `tricheck-cli history stats` and reports.
struct HistoryStats
{
    qint64 total = 0;
    QMap<QString, qint64> bySubCode;   // results only, by SubCode as received
    QMap<QString, qint64> byErrorKind; // errors only, by errorKindId()
    QMap<QString, qint64> byStatus;    // by ResultCatalogue::roleId()
    qint64 billed = 0;
    qint64 notBilled = 0;
    qint64 billingUnknown = 0;
    std::optional<qint64> p50LatencyMs; // nearest-rank percentiles over the selected attempts
    std::optional<qint64> p95LatencyMs;
    std::optional<qint64> maxLatencyMs;
};

} // namespace tricheck::history
