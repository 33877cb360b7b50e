#pragma once

#include "schemamigration.h"

namespace tricheck::history {

// A history schema step with no schema change: audit events written before searches were
// classified (HistorySearch) may hold the text of an identity search as the "reference" of the
// filter they record (an export's "filter"): a name, or a whole mobile or ID number searched
// without a fingerprint key. The step rewrites each such text to its masked form
// (HistorySearch::auditText(), the table's masking rule); every other reference text is kept.
// Self-contained, so that it can take whichever version number comes next.
Migration maskedAuditFiltersMigration(int version);

// The step's work, in the caller's write transaction; idempotent.
std::optional<QSqlError> maskAuditFilters(Transaction& transaction);

} // namespace tricheck::history
