#pragma once

#include "historyerror.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace tricheck::history {

class SqlDialect;

// One step of the schema history. Steps run in order at open, each in its own write
// transaction together with the row that records it in tricheck_schema, so a crash mid-way
// leaves the database at the previous version, never in between.
//
//   v1  attempts (one row per attempt), audit_events, tricheck_schema; time index, unique
//       (started_ms, attempt_id)
//   v2  status_role (backfilled from SubCode / error kind), batch_id, batch_row; the time index
//       becomes a covering index for every filter, count and statistic; batch index
//   v3  keyed fingerprints fp_mobile, fp_name, fp_id (64-bit), added to the time index
//   v4  the batch journal: batches (source digest, settings, state, owner) and batch_rows
//       (pending → in_flight → answered | unknown, per row to send)
//
// Released steps never change: a new schema is a new step appended here (and a frozen copy of
// the previous schema added to tests/history/testhistorymigrations.cpp).
struct Migration
{
    int version = 0;
    QStringList statements;
    // Runs after the statements, in the same transaction; returns the failing query's error.
    std::function<std::optional<QSqlError>(QSqlDatabase&)> backfill;
};

QList<Migration> historyMigrations(const SqlDialect& dialect);
constexpr int kHistorySchemaVersion = 4;

} // namespace tricheck::history
