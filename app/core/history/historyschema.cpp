#include "historyschema.h"

#include "api/resultcatalogue.h"
#include "sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace tricheck::history {

namespace {

std::optional<QSqlError> backfillStatusRoles(QSqlDatabase& db)
{
    // The role of a result follows from its SubCode through the result catalogue (the same code
    // that decides it for new rows), so old rows filter exactly like new ones.
    QSqlQuery codes(db);
    codes.setForwardOnly(true);
    if (!codes.exec(QStringLiteral("SELECT DISTINCT sub_code FROM attempts WHERE error_kind IS NULL")))
        return codes.lastError();
    QStringList subCodes;
    while (codes.next())
        subCodes.append(codes.value(0).toString());
    codes.finish();

    QSqlQuery update(db);
    if (!update.prepare(
            QStringLiteral("UPDATE attempts SET status_role = ? WHERE error_kind IS NULL AND sub_code = ?")))
        return update.lastError();
    for (const QString& subCode : subCodes) {
        update.bindValue(0, api::ResultCatalogue::roleId(api::ResultCatalogue::roleForSubCode(subCode)));
        update.bindValue(1, subCode);
        if (!update.exec())
            return update.lastError();
    }
    QSqlQuery errors(db);
    if (!errors.exec(QStringLiteral("UPDATE attempts SET status_role = 'error' WHERE error_kind IS NOT NULL")))
        return errors.lastError();
    return std::nullopt;
}

} // namespace

QList<Migration> historyMigrations(const SqlDialect& dialect)
{
    const QString key = dialect.autoIncrementKey();

    Migration v1;
    v1.version = 1;
    v1.statements =
        QStringList{
            QStringLiteral("CREATE TABLE tricheck_schema ("
                           "version INTEGER NOT NULL PRIMARY KEY, "
                           "applied_ms BIGINT NOT NULL, "
                           "app_version TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE attempts ("
                           "id %1, "
                           "attempt_id TEXT NOT NULL, "
                           "started_ms BIGINT NOT NULL, "
                           "operator_name TEXT NOT NULL, "
                           "reference TEXT NOT NULL DEFAULT '', "
                           "masked_mobile TEXT NOT NULL DEFAULT '', "
                           "masked_name TEXT NOT NULL DEFAULT '', "
                           "masked_id TEXT NOT NULL DEFAULT '', "
                           "param_type TEXT NOT NULL, "
                           "scheme TEXT NOT NULL, "
                           "endpoint TEXT NOT NULL, "
                           "sandbox INTEGER NOT NULL, "
                           "http_status INTEGER, "
                           "code TEXT NOT NULL DEFAULT '', "
                           "message TEXT NOT NULL DEFAULT '', "
                           "request_id TEXT NOT NULL DEFAULT '', "
                           "biz_code TEXT NOT NULL DEFAULT '', "
                           "sub_code TEXT NOT NULL DEFAULT '', "
                           "isp_name TEXT NOT NULL DEFAULT '', "
                           "billed INTEGER, "
                           "latency_ms BIGINT NOT NULL, "
                           "send_count INTEGER NOT NULL DEFAULT 1, "
                           "error_kind TEXT)")
                .arg(key),
            // Unique per start time: a retried insert of the same attempt is refused, and the key
            // grows with time, so inserting stays an append (a random UUID key would not).
            QStringLiteral("CREATE UNIQUE INDEX attempts_attempt ON attempts (started_ms, attempt_id)"),
            QStringLiteral("CREATE INDEX attempts_timeline ON attempts (started_ms, id)"),
            QStringLiteral("CREATE TABLE audit_events ("
                           "id %1, "
                           "at_ms BIGINT NOT NULL, "
                           "operator_name TEXT NOT NULL, "
                           "kind TEXT NOT NULL, "
                           "subject TEXT NOT NULL DEFAULT '', "
                           "row_count BIGINT, "
                           "details TEXT NOT NULL DEFAULT '')")
                .arg(key),
            QStringLiteral("CREATE INDEX audit_events_at ON audit_events (at_ms, id)"),
        } +
        dialect.stampStatements();

    Migration v2;
    v2.version = 2;
    v2.statements = QStringList{
        QStringLiteral("ALTER TABLE attempts ADD COLUMN status_role TEXT NOT NULL DEFAULT 'unknown'"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN batch_id TEXT"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN batch_row INTEGER"),
        // One time-ordered covering index serves newest-first paging (keyset on started_ms, id),
        // every filter (the reference text too), the counts and the statistics: filters are
        // evaluated on the index entries of the date range, never on table rows, and inserting
        // appends to it. Separate indexes per filter column would each cost a B-tree insert at
        // a random place for every attempt.
        QStringLiteral("DROP INDEX attempts_timeline"),
        QStringLiteral("CREATE INDEX attempts_timeline ON attempts (started_ms, id, status_role, sub_code, isp_name, "
                       "sandbox, error_kind, billed, latency_ms, reference)"),
        QStringLiteral("CREATE INDEX attempts_batch ON attempts (batch_id, batch_row) WHERE batch_id IS NOT NULL"),
    };
    v2.backfill = &backfillStatusRoles;

    Migration v3;
    v3.version = 3;
    v3.statements = QStringList{
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_mobile BIGINT"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_name BIGINT"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_id BIGINT"),
        // The fingerprints join the covering time index: an exact-match search scans the index,
        // not the table, and there is still only one index to append to per attempt (a separate
        // index keyed by fingerprint would take a B-tree insert at a random place).
        QStringLiteral("DROP INDEX attempts_timeline"),
        QStringLiteral("CREATE INDEX attempts_timeline ON attempts (started_ms, id, status_role, sub_code, isp_name, "
                       "sandbox, error_kind, billed, latency_ms, reference, fp_mobile, fp_name, fp_id)"),
    };

    Migration v4;
    v4.version = 4;
    v4.statements = QStringList{
        // The batch journal (resume after a crash): one row per batch, and one per row of it that
        // is to be sent. Only row numbers and states: the identity values stay in the operator's
        // file, which a resumed batch reads again (its SHA-256 must match source_digest).
        QStringLiteral("CREATE TABLE batches ("
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
        QStringLiteral("CREATE TABLE batch_rows ("
                       "batch_id TEXT NOT NULL, "
                       "batch_row INTEGER NOT NULL, "
                       "state TEXT NOT NULL, "
                       "sends INTEGER NOT NULL DEFAULT 0, "
                       "attempt_row BIGINT, "
                       "PRIMARY KEY (batch_id, batch_row))"),
        QStringLiteral("CREATE INDEX batches_created ON batches (created_ms)"),
    };

    return {v1, v2, v3, v4};
}

} // namespace tricheck::history
