#pragma once

#include "benchmark.h"

#include <QString>

namespace tricheck::bench {

// `tricheck-cli verify` against a sandbox process with the history at `history` and with
// --no-history: wall time per call (median), and what the history adds.
void measureVerifyWithHistory(Context& context, const QString& history);

} // namespace tricheck::bench
