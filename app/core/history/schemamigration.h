#pragma once

#include "attemptrecord.h"
#include "transaction.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace tricheck::history {

class SqlDialect;

// One step of a schema's history. Steps run in order, each in its own write transaction together
// with the row that records it, so a crash mid-way leaves the database at the previous version,
// never in between. Released steps never change: a new schema is a new step appended.
struct Migration
{
    int version = 0;
    QStringList statements;
    // Runs after the statements, in the same transaction; returns the failing query's error.
    std::function<std::optional<QSqlError>(Transaction&)> backfill;
    // What the step does, for progress reports on a big history ("index by batch" …).
    QString description;
};

// A module that keeps tables of its own in the history database (the batch journal): its own
// migrations, versioned apart from the history's (table tricheck_modules), and the work it does in
// the transaction of every attempt written (HistoryStore::attach()).
struct SchemaModule
{
    QString name; // stable, e.g. "batch_journal"
    // The steps; `dialect` spells the engine's types.
    std::function<QList<Migration>(const SqlDialect& dialect)> migrations;
    // Runs for each attempt stored, in its transaction; its error rolls the write back.
    std::function<std::optional<QSqlError>(Transaction&, const AttemptRecord& record, qint64 row)> onAttemptStored;
};

} // namespace tricheck::history
