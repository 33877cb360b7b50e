#include "historyschema.h"

#include "api/resultcatalogue.h"
#include "auditfiltermasking.h"
#include "closeddaytally.h"
#include "daytally.h"
#include "sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace tricheck::history {

namespace {

std::optional<QSqlError> backfillStatusRoles(Transaction& transaction)
{
    // The role of a result follows from its SubCode through the result catalogue (the same code
    // that decides it for new rows), so old rows filter exactly like new ones.
    QSqlQuery codes = transaction.query();
    if (!codes.exec(QStringLiteral("SELECT DISTINCT sub_code FROM attempts WHERE error_kind IS NULL")))
        return codes.lastError();
    QStringList subCodes;
    while (codes.next())
        subCodes.append(codes.value(0).toString());
    codes.finish();

    QSqlQuery update = transaction.query();
    if (!update.prepare(
            QStringLiteral("UPDATE attempts SET status_role = ? WHERE error_kind IS NULL AND sub_code = ?")))
        return update.lastError();
    for (const QString& subCode : subCodes) {
        update.bindValue(0, api::ResultCatalogue::roleId(api::ResultCatalogue::roleForSubCode(subCode)));
        update.bindValue(1, subCode);
        if (!update.exec())
            return update.lastError();
    }
    return transaction.exec(QStringLiteral("UPDATE attempts SET status_role = 'error' WHERE error_kind IS NOT NULL"));
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
    v2.description = QStringLiteral("status roles");

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

    // The batch journal's tables were created here; the journal creates them itself now (its
    // module's first step, CREATE … IF NOT EXISTS, so files of either origin end up the same).
    Migration v4;
    v4.version = 4;

    Migration v5;
    v5.version = 5;
    v5.statements = QStringList{
        QStringLiteral("CREATE TABLE tricheck_modules ("
                       "name TEXT NOT NULL, "
                       "version INTEGER NOT NULL, "
                       "applied_ms BIGINT NOT NULL, "
                       "app_version TEXT NOT NULL, "
                       "PRIMARY KEY (name, version))"),
    };

    // What operators search by, each with an index of its own: exact match by each fingerprint
    // and by batch (partial: rows without one cost nothing), the status and the operator of the
    // history bar; the last three also keep the time order, so the first window of newest
    // attempts comes straight out of them. A fingerprint index is keyed by day first: a random
    // 64-bit key alone would put every new attempt at a random place of an index as big as the
    // history (a batch then rewrites most of its pages); by day, new entries stay within today's
    // part, and an exact match looks into each day of the history (a probe per day, well under a
    // millisecond per year). The covering time index stays for date ranges and statistics.
    // Plus: the remembered results of integrity checks, and the engine's own extras (SQLite
    // keeps the number of attempts, which COUNT(*) would read ten million index entries for).
    const QString id = dialect.indexedRowId();
    Migration v6;
    v6.version = 6;
    v6.description = QStringLiteral("search indexes");
    v6.statements =
        QStringList{
            QStringLiteral("CREATE TABLE integrity_checks ("
                           "id %1, "
                           "checked_ms BIGINT NOT NULL, "
                           "kind TEXT NOT NULL, "
                           "trigger_name TEXT NOT NULL, "
                           "reason TEXT NOT NULL DEFAULT '', "
                           "outcome TEXT NOT NULL, "
                           "duration_ms BIGINT NOT NULL)")
                .arg(key),
            QStringLiteral("CREATE INDEX attempts_fp_id ON attempts ((started_ms / 86400000), fp_id) "
                           "WHERE fp_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX attempts_fp_mobile ON attempts ((started_ms / 86400000), fp_mobile) "
                           "WHERE fp_mobile IS NOT NULL"),
            QStringLiteral("CREATE INDEX attempts_fp_name ON attempts ((started_ms / 86400000), fp_name) "
                           "WHERE fp_name IS NOT NULL"),
            QStringLiteral("CREATE INDEX attempts_batch_time ON attempts (batch_id, started_ms%1) "
                           "WHERE batch_id IS NOT NULL")
                .arg(id),
            QStringLiteral("CREATE INDEX attempts_status ON attempts (status_role, started_ms%1)").arg(id),
            QStringLiteral("CREATE INDEX attempts_operator ON attempts (operator_name, started_ms%1, status_role)")
                .arg(id),
        } +
        dialect.rowCountStatements();
    // And the references' substring search, where the engine can index it.
    v6.backfill = [&dialect](Transaction& transaction) { return dialect.createReferenceIndex(transaction); };

    // Attempts committed before their request left (error kind "in_flight"), each with the process
    // that waits for its answer: an attempt whose process ended before it stored the outcome is
    // settled as "outcome unknown" at the next open (see inflightattempts.h). An attempt's status
    // changes when it is settled in place, so the engine's count of attempts per status follows.
    Migration v7;
    v7.version = 7;
    v7.description = QStringLiteral("attempts in flight");
    v7.statements =
        QStringList{
            QStringLiteral("CREATE TABLE attempts_in_flight ("
                           "attempt_row BIGINT NOT NULL PRIMARY KEY, "
                           "owner TEXT NOT NULL, "
                           "since_ms BIGINT NOT NULL)"),
        } +
        dialect.rowCountUpdateStatements();

    // The attempts counted per local day, kept by the engine where it pays (see DayTally): the
    // statistics of a year read the day's groups, not every attempt.
    Migration v8;
    v8.version = 8;
    v8.description = QStringLiteral("daily statistics");
    v8.statements = dialect.dayTallyStatements();
    if (!v8.statements.isEmpty())
        v8.backfill = [](Transaction& transaction) { return DayTally::fill(transaction, QTimeZone::systemTimeZone()); };

    // Audit events that recorded the text of an identity search: masked (see auditfiltermasking.h).
    const Migration v9 = maskedAuditFiltersMigration(9);

    // The history's own facts, name -> value, each set once by the first writer (HistoryMetadata):
    // the identifier of the fingerprint key its fingerprints are made with, so that operators
    // with another key learn that exact-match search cannot find their colleagues' attempts.
    Migration v10;
    v10.version = 10;
    v10.description = QStringLiteral("history metadata");
    v10.statements = QStringList{
        QStringLiteral("CREATE TABLE history_metadata ("
                       "name TEXT NOT NULL PRIMARY KEY, "
                       "value TEXT NOT NULL, "
                       "set_ms BIGINT NOT NULL, "
                       "set_by TEXT NOT NULL)"),
    };

    // A RequestId search (HistoryFilter::requestId, case-insensitive: the search box and `history
    // list --search`) read every row without it: about a second at a million attempts.
    Migration v11;
    v11.version = 11;
    v11.description = QStringLiteral("RequestId index");
    v11.statements = QStringList{
        QStringLiteral("CREATE INDEX attempts_request_id ON attempts (UPPER(request_id))"),
    };

    // Settling an attempt in flight names every column, the reference too: the reference index
    // is kept in step only when the reference really changed (SQLite's trigger; see
    // SqlDialect::renewReferenceIndexUpkeep()).
    Migration v12;
    v12.version = 12;
    v12.description = QStringLiteral("reference index upkeep");
    v12.backfill = [&dialect](Transaction& transaction) { return dialect.renewReferenceIndexUpkeep(transaction); };

    // PostgreSQL, which keeps no day tally of every write: the days that are over, counted once
    // and forgotten by a write to them (see ClosedDayTally); the budget's month and the statistics
    // of a period read them instead of every attempt.
    Migration v13;
    v13.version = 13;
    v13.description = QStringLiteral("daily statistics of past days");
    v13.statements = dialect.closedDayTallyStatements();
    if (!v13.statements.isEmpty())
        v13.backfill = [](Transaction& transaction) {
            return ClosedDayTally::fill(transaction, QTimeZone::systemTimeZone());
        };

    // PostgreSQL: the tally of past days is read by one backend (see
    // ClosedDayTally::postgresSerialStatements()); nothing on SQLite.
    Migration v14;
    v14.version = 14;
    v14.description = QStringLiteral("past days read without parallel workers");
    v14.statements = dialect.closedDayTallySerialStatements();

    return {v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14};
}

} // namespace tricheck::history
