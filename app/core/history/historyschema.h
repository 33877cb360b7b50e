#pragma once

#include "schemamigration.h"

namespace tricheck::history {

class SqlDialect;

// The history's own schema, step by step (see Migration):
//
//   v1  attempts (one row per attempt), audit_events, tricheck_schema; time index, unique
//       (started_ms, attempt_id)
//   v2  status_role (backfilled from SubCode / error kind), batch_id, batch_row; the time index
//       becomes a covering index for every filter, count and statistic; batch index
//   v3  keyed fingerprints fp_mobile, fp_name, fp_id (64-bit), added to the time index
//   v4  (the batch journal's tables; they are the journal's own module since v5 and are created
//       by it, see batch/batchjournalschema.cpp: nothing here)
//   v5  tricheck_modules: the versions of the modules' own schemas (SchemaModule)
//   v6  search indexes (each fingerprint, batch, status, operator; each also in time order) and
//       integrity_checks (the remembered results of the consistency checks)
//   v7  attempts_in_flight (attempts committed before their request left, with their process)
//   v8  attempt_days, tally_zone (SQLite): the attempts counted per local day by triggers
//   v9  no schema change: identity search text recorded in audit filters is masked
//   v10 history_metadata (name -> value, set once: the fingerprint key's identifier)
//   v11 attempts_request_id (the case-insensitive RequestId search)
//   v12 no schema change on PostgreSQL; SQLite's reference index kept only when a reference changes
//   v13 attempt_days, attempt_days_counted, tally_zone (PostgreSQL): the days that are over,
//       counted when first asked for and forgotten by a write to them (see ClosedDayTally)
//   v14 no schema change on SQLite; PostgreSQL reads attempt_days without parallel workers
//
// Released steps never change: a new schema is a new step appended here (and a frozen copy of
// the previous schema added to tests/core/history/testhistorymigrations.cpp).
QList<Migration> historyMigrations(const SqlDialect& dialect);
constexpr int kHistorySchemaVersion = 14;

} // namespace tricheck::history
