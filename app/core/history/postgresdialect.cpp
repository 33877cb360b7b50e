#include "closeddaytally.h"
#include "common/logging.h"
#include "historysql.h"
#include "sqldialect.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tricheck::history {

namespace {

// The advisory lock every TriCheck process takes around a schema migration ("TRIC" + "HIST"), so
// two operators starting at once never both migrate: the second waits, then finds the schema new.
constexpr qint64 kMigrationLock = 0x5452494348495354;

// The database's comment marks it as a TriCheck history (PostgreSQL's counterpart of SQLite's
// application_id).
const char kStamp[] = "TriCheck history";

// Many attempts per INSERT: the server is a round trip away, and Qt's driver sends each
// statement's values as text, so one statement per row made a 10,000-row batch take 10,000
// round trips. The new ids come back with each row's unique key (started_ms, attempt_id), so they
// are matched to the records whatever order the server returns them in.
class PostgresAttemptWriter final : public AttemptWriter
{
public:
    explicit PostgresAttemptWriter(QSqlDatabase& db)
        : m_db(db)
    { }

    std::optional<QSqlError> insert(const AttemptRecord& record, qint64* id) override
    {
        QList<qint64> ids;
        if (auto error = insertAll({record}, &ids))
            return error;
        *id = ids.constFirst();
        return std::nullopt;
    }

    std::optional<QSqlError> insertAll(const QList<AttemptRecord>& records, QList<qint64>* ids) override
    {
        for (qsizetype start = 0; start < records.size(); start += kRowsPerStatement) {
            const int rows = int(std::min<qsizetype>(kRowsPerStatement, records.size() - start));
            QSqlQuery& q = statement(rows);
            for (int i = 0; i < rows; ++i)
                sql::bindRecord(q, records.at(start + i), i * sql::kInsertColumns);
            if (!q.exec())
                return q.lastError();
            QHash<QPair<qint64, QString>, qint64> byKey;
            while (q.next())
                byKey.insert({q.value(1).toLongLong(), q.value(2).toString()}, q.value(0).toLongLong());
            q.finish();
            for (int i = 0; i < rows; ++i) {
                const AttemptRecord& r = records.at(start + i);
                ids->append(byKey.value({r.startedMs, r.attemptId}));
            }
        }
        return std::nullopt;
    }

private:
    // 200 rows bind 5,600 values, well under the protocol's 65,535.
    static constexpr int kRowsPerStatement = 200;

    QSqlQuery& statement(int rows)
    {
        // One prepared statement for full chunks, one for the last (shorter) chunk.
        Prepared& p = rows == kRowsPerStatement ? m_full : m_rest;
        if (!p.query || p.rows != rows) {
            p.query = std::make_unique<QSqlQuery>(m_db);
            p.query->prepare(sql::insertStatement(rows) + QStringLiteral(" RETURNING id, started_ms, attempt_id"));
            p.rows = rows;
        }
        return *p.query;
    }

    struct Prepared
    {
        std::unique_ptr<QSqlQuery> query;
        int rows = 0;
    };
    QSqlDatabase m_db;
    Prepared m_full;
    Prepared m_rest;
};

class PostgresDialect final : public SqlDialect
{
public:
    PostgresDialect(HistoryLocation location, QString password)
        : m_location(std::move(location))
        , m_password(std::move(password))
    { }

    QString id() const override { return QStringLiteral("postgresql"); }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString connectOptions(int /*busyTimeoutMs*/) const override { return m_location.connectOptions(); }

    void configure(QSqlDatabase& db, const QString& /*path*/, int busyTimeoutMs) const override
    {
        m_busyTimeoutMs = busyTimeoutMs;
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        // Empty: libpq falls back to PGPASSWORD (and its own password file).
        db.setPassword(m_password.isEmpty() ? HistoryLocation::passwordFromEnvironment() : m_password);
        db.setConnectOptions(connectOptions(busyTimeoutMs));
    }

    // A month of a ten-million-row history is some 850,000 rows sent as text and counted here, but a
    // few thousand groups when the server counts them (per latency in milliseconds, for exact
    // percentiles).
    bool groupsFasterThanRows() const override { return true; }
    QStringList closedDayTallyStatements() const override { return ClosedDayTally::postgresStatements(); }
    QStringList closedDayTallySerialStatements() const override { return ClosedDayTally::postgresSerialStatements(); }

    // The server keeps the data: nothing to create or protect on this computer.
    std::optional<HistoryError> prepareLocation(const QString& /*path*/) const override { return std::nullopt; }
    void secureFiles(const QString& /*path*/) const override { }
    QStringList sideFiles(const QString& /*path*/) const override { return {}; }

    QStringList sessionStatements() const override
    {
        return {
            // The counterpart of SQLite's busy timeout: how long a statement waits for a lock.
            QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs),
            // COMMIT returns once the transaction is durable on the server (synchronous=FULL).
            QStringLiteral("SET synchronous_commit = on"),
            QStringLiteral("SET client_min_messages = warning"),
        };
    }

    // Many writers at once is what the server does (row locks, MVCC): nothing to switch on.
    std::optional<HistoryError> enableConcurrentAccess(QSqlDatabase& /*db*/, const QString& /*path*/) const override
    {
        return std::nullopt;
    }

    QStringList stampStatements() const override
    {
        return {QStringLiteral("COMMENT ON TABLE tricheck_schema IS '%1'").arg(QLatin1String(kStamp))};
    }

    bool isForeign(QSqlDatabase& db) const override
    {
        // A tricheck_schema table that is not ours (another application chose the same name).
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT obj_description(to_regclass('tricheck_schema'), 'pg_class'), "
                                   "to_regclass('tricheck_schema') IS NOT NULL")) ||
            !q.next())
            return false;
        return q.value(1).toBool() && q.value(0).toString() != QLatin1String(kStamp);
    }

    // The server checks its own pages (checksums, WAL replay); there is no cheap check to run
    // from a client, and the server refuses to serve a damaged relation with XX001/XX002.
    QStringList integrityProblems(QSqlDatabase& /*db*/, bool /*thorough*/, QSqlError* /*error*/) const override
    {
        return {};
    }

    bool checksItself() const override { return true; }
    QString indexedRowId() const override { return QStringLiteral(", id"); }

    HistoryError::Kind classify(const QSqlError& error) const override
    {
        // Qt's QPSQL driver reports the SQLSTATE as the native error code.
        const QString state = error.nativeErrorCode();
        if (state == u"23505") // unique_violation: the attempt's (started_ms, attempt_id)
            return error.databaseText().contains(u"attempts_attempt") ? HistoryError::Kind::AlreadyRecorded
                                                                      : HistoryError::Kind::Query;
        if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014")
            return HistoryError::Kind::Busy; // serialization, deadlock, lock_timeout, cancelled
        if (state == u"25006" || state == u"42501")
            return HistoryError::Kind::ReadOnly; // read-only transaction, no privilege
        if (state == u"53100")
            return HistoryError::Kind::DiskFull;
        if (state.startsWith(u"XX"))
            return HistoryError::Kind::Corrupt;
        if (state.startsWith(u"58"))
            return HistoryError::Kind::Io;
        if (state.startsWith(u"08") || state.startsWith(u"28") || state.startsWith(u"3D") ||
            error.type() == QSqlError::ConnectionError)
            return HistoryError::Kind::OpenFailed;
        return HistoryError::Kind::Query;
    }

    QString autoIncrementKey() const override
    {
        // An identity column's sequence never hands out a number twice, even after a rollback.
        return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    }

    // Row locks are taken as rows are written; writers of different rows never wait for each other.
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN"); }

    std::optional<QSqlError> lockForMigration(QSqlDatabase& db) const override
    {
        // Released by the COMMIT or ROLLBACK that ends the migration's transaction.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
            return q.lastError();
        return std::nullopt;
    }

    std::optional<QSqlError> createReferenceIndex(Transaction& transaction) const override
    {
        // pg_trgm's GIN index answers ILIKE '%text%' (the planner picks it by itself). A server
        // without the extension, or a role that may not create it, keeps scanning.
        if (auto error = transaction.exec(QStringLiteral("SAVEPOINT reference_index")))
            return error;
        for (const QString& statement :
             {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
              QStringLiteral("CREATE INDEX attempts_reference ON attempts USING gin (reference gin_trgm_ops)")}) {
            if (const auto error = transaction.exec(statement)) {
                qCInfo(lcHistory) << "no index for reference search:" << error->databaseText();
                return transaction.exec(QStringLiteral("ROLLBACK TO SAVEPOINT reference_index"));
            }
        }
        return transaction.exec(QStringLiteral("RELEASE SAVEPOINT reference_index"));
    }

    QString likeOperator() const override { return QStringLiteral("ILIKE"); }
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }

    // Deleted rows are removed from the table files by (auto)vacuum on the server.
    void afterDelete(QSqlDatabase& /*db*/) const override { }

    std::unique_ptr<AttemptWriter> attemptWriter(QSqlDatabase& db) const override
    {
        return std::make_unique<PostgresAttemptWriter>(db);
    }

private:
    HistoryLocation m_location;
    QString m_password;
    mutable int m_busyTimeoutMs = 15000;
};

} // namespace

std::unique_ptr<SqlDialect> makePostgresDialect(const HistoryLocation& location, const QString& password)
{
    return std::make_unique<PostgresDialect>(location, password);
}

} // namespace tricheck::history
