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
    const QString blob = dialect.blobType();

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
                           "attempt_id TEXT NOT NULL UNIQUE, "
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
            QStringLiteral("CREATE INDEX attempts_started ON attempts (started_ms, id)"),
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
        QStringLiteral("CREATE INDEX attempts_role_started ON attempts (status_role, started_ms, id)"),
        QStringLiteral("CREATE INDEX attempts_subcode_started ON attempts (sub_code, started_ms, id)"),
        QStringLiteral("CREATE INDEX attempts_isp_started ON attempts (isp_name, started_ms, id)"),
        QStringLiteral("CREATE INDEX attempts_sandbox_started ON attempts (sandbox, started_ms, id)"),
        QStringLiteral("CREATE INDEX attempts_batch ON attempts (batch_id, batch_row) WHERE batch_id IS NOT NULL"),
    };
    v2.backfill = &backfillStatusRoles;

    Migration v3;
    v3.version = 3;
    v3.statements = QStringList{
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_mobile %1").arg(blob),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_name %1").arg(blob),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_id %1").arg(blob),
        QStringLiteral("CREATE INDEX attempts_fp_mobile ON attempts (fp_mobile) WHERE fp_mobile IS NOT NULL"),
        QStringLiteral("CREATE INDEX attempts_fp_name ON attempts (fp_name) WHERE fp_name IS NOT NULL"),
        QStringLiteral("CREATE INDEX attempts_fp_id ON attempts (fp_id) WHERE fp_id IS NOT NULL"),
    };

    return {v1, v2, v3};
}

} // namespace tricheck::history
