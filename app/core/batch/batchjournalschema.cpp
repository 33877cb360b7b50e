#include "batchjournal.h"
#include "history/historystore.h"

#include <QVariant>

namespace tricheck::batch {

namespace {

// The journal's own schema (module "batch_journal", versioned in tricheck_modules).
//
//   v1  batches (source digest, settings, state, owner) and batch_rows (pending → in_flight →
//       answered | unknown, per row to send). History files of schema v4 got these tables from
//       the history itself; IF NOT EXISTS makes the step a no-op there.
QList<history::Migration> journalMigrations(const history::SqlDialect& /*dialect*/)
{
    history::Migration v1;
    v1.version = 1;
    v1.description = QStringLiteral("batch journal");
    v1.statements = QStringList{
        // Only row numbers and states: the identity values stay in the operator's file, which a
        // resumed batch reads again (its SHA-256 must match source_digest).
        QStringLiteral("CREATE TABLE IF NOT EXISTS batches ("
                       "batch_id TEXT NOT NULL PRIMARY KEY, "
                       "created_ms BIGINT NOT NULL, "
                       "updated_ms BIGINT NOT NULL, "
                       "operator_name TEXT NOT NULL, "
                       "source_name TEXT NOT NULL DEFAULT '', "
                       "source_digest TEXT NOT NULL, "
                       "source_bytes BIGINT NOT NULL, "
                       "settings TEXT NOT NULL DEFAULT '', "
                       "row_count INTEGER NOT NULL, "
                       "invalid_count INTEGER NOT NULL, "
                       "duplicate_count INTEGER NOT NULL, "
                       "state TEXT NOT NULL, "
                       "owner TEXT NOT NULL DEFAULT '', "
                       "heartbeat_ms BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS batch_rows ("
                       "batch_id TEXT NOT NULL, "
                       "batch_row INTEGER NOT NULL, "
                       "state TEXT NOT NULL, "
                       "sends INTEGER NOT NULL DEFAULT 0, "
                       "attempt_row BIGINT, "
                       "PRIMARY KEY (batch_id, batch_row))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS batches_created ON batches (created_ms)"),
    };
    return {v1};
}

// A journaled row is settled by the attempt stored for it, in the same transaction: answered,
// or back to pending when the service throttled it and it may be sent again (BatchRef).
std::optional<QSqlError> settleRow(history::Transaction& transaction, const history::AttemptRecord& record, qint64 row)
{
    if (record.batch.batchId.isEmpty() || !record.batch.row)
        return std::nullopt;
    QSqlError error;
    QSqlQuery* q = transaction.prepared(QStringLiteral("UPDATE batch_rows SET state = CASE WHEN ? = 1 AND sends < ? "
                                                       "THEN 'pending' ELSE 'answered' END, attempt_row = ? "
                                                       "WHERE batch_id = ? AND batch_row = ?"),
                                        &error);
    if (!q)
        return error;
    q->bindValue(0, record.errorKind == u"throttled" ? 1 : 0);
    q->bindValue(1, history::BatchRef::kMaxThrottledSends);
    q->bindValue(2, row);
    q->bindValue(3, record.batch.batchId);
    q->bindValue(4, *record.batch.row);
    if (!q->exec())
        return q->lastError();
    return std::nullopt;
}

} // namespace

const history::SchemaModule& BatchJournal::schemaModule()
{
    static const history::SchemaModule module{QStringLiteral("batch_journal"), &journalMigrations, &settleRow};
    return module;
}

// How states are spelled in the journal's tables.

QString rowStateId(RowState state)
{
    switch (state) {
    case RowState::Pending:
        return QStringLiteral("pending");
    case RowState::InFlight:
        return QStringLiteral("in_flight");
    case RowState::Answered:
        return QStringLiteral("answered");
    case RowState::Unknown:
        return QStringLiteral("unknown");
    case RowState::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("pending");
}

std::optional<RowState> rowStateFromId(QStringView id)
{
    for (const RowState s :
         {RowState::Pending, RowState::InFlight, RowState::Answered, RowState::Unknown, RowState::Skipped}) {
        if (id == rowStateId(s))
            return s;
    }
    return std::nullopt;
}

QString batchStateId(BatchState state)
{
    switch (state) {
    case BatchState::Running:
        return QStringLiteral("running");
    case BatchState::Paused:
        return QStringLiteral("paused");
    case BatchState::Cancelled:
        return QStringLiteral("cancelled");
    case BatchState::Stopped:
        return QStringLiteral("stopped");
    case BatchState::Completed:
        return QStringLiteral("completed");
    }
    return QStringLiteral("stopped");
}

std::optional<BatchState> batchStateFromId(QStringView id)
{
    for (const BatchState s :
         {BatchState::Running, BatchState::Paused, BatchState::Cancelled, BatchState::Stopped, BatchState::Completed}) {
        if (id == batchStateId(s))
            return s;
    }
    return std::nullopt;
}

} // namespace tricheck::batch
