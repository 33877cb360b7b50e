#pragma once

#include "benchmark.h"
#include "history/fingerprints.h"

#include <QString>

#include <optional>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::bench {

// What fillHistory() wrote.
struct HistoryFill
{
    qint64 rows = 0;
    history::Fingerprints known; // of the row in the middle: an exact match that finds something
    double seconds = 0;          // wall time in insertBatch()
    double cpuSeconds = 0;       // CPU time of the process in insertBatch()
};

// Fills `store` with `total` attempts of a year of plausible traffic (mostly consistent results,
// some mismatches, no-records and errors, four carriers, a tenth in the sandbox, keyed fingerprints
// on every row), up to 10,000 per transaction (the batch runner's path), with a progress note every
// 200,000 rows. nullopt (with a note) when an insert failed.
std::optional<HistoryFill> fillHistory(Context& context, history::HistoryStore& store, qint64 total);

// `tricheck-cli verify` against a sandbox process with the history at `history` and with
// --no-history: wall time per call (median), and what the history adds.
void measureVerifyWithHistory(Context& context, const QString& history);

} // namespace tricheck::bench
