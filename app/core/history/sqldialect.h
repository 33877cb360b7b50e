#pragma once

#include "attemptrecord.h"
#include "historyerror.h"
#include "historylocation.h"
#include "transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace tricheck::history {

// Writes attempt rows with a prepared statement (the hot loop of batches and imports).
class AttemptWriter
{
public:
    virtual ~AttemptWriter() = default;
    // Inserts one row inside the caller's transaction; `id` receives the new row id.
    virtual std::optional<QSqlError> insert(const AttemptRecord& record, qint64* id) = 0;
    // Inserts all rows inside the caller's transaction, appending their ids in order. An engine
    // may send many rows per statement (a round trip per row is what a server costs).
    virtual std::optional<QSqlError> insertAll(const QList<AttemptRecord>& records, QList<qint64>* ids)
    {
        for (const AttemptRecord& record : records) {
            qint64 id = 0;
            if (auto error = insert(record, &id))
                return error;
            ids->append(id);
        }
        return std::nullopt;
    }
};

// Steps through the rows of a SELECT of sql::selectColumns(), one at a time (exports stream
// through this without holding rows in memory).
class AttemptCursor
{
public:
    virtual ~AttemptCursor() = default;
    virtual bool next(AttemptRecord* record) = 0; // false at the end or on an error
    virtual std::optional<QSqlError> error() const = 0;
};

// Steps through the rows of any SELECT, column by column (aggregations done in C++).
class RowCursor
{
public:
    virtual ~RowCursor() = default;
    virtual bool next() = 0; // false at the end or on an error
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) = 0;
    virtual std::optional<QSqlError> error() const = 0;
};

// The seam between the history store and a database engine. HistoryStore speaks portable SQL
// (the same schema versions on every engine); what differs between engines lives behind this
// interface: how a connection is opened and tuned, how files are protected, how errors are
// classified, the integrity check, and the few type names SQL does not standardise.
// Engines: SQLite (sqlitedialect.cpp) and PostgreSQL (postgresdialect.cpp). Where they differ in
// SQL: LIKE is case-insensitive (ASCII) in SQLite, PostgreSQL needs ILIKE (likeOperator()); the
// new row id comes from lastInsertId() there, from INSERT … RETURNING id here (returningId());
// WAL, file permissions and the integrity check have server-side counterparts (or none).
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString id() const = 0;         // "sqlite"
    virtual QString driverName() const = 0; // Qt SQL driver, e.g. "QSQLITE"
    virtual QString connectOptions(int busyTimeoutMs) const = 0;
    // Points `db` at the database before it opens. The default: `path` is the database name
    // (SQLite's file), with connectOptions().
    virtual void configure(QSqlDatabase& db, const QString& path, int busyTimeoutMs) const;

    // Runs before the driver opens `path`: creates what must exist with private permissions.
    virtual std::optional<HistoryError> prepareLocation(const QString& path) const = 0;
    // Tightens the permissions of the engine's side files (journal, WAL, shared memory).
    virtual void secureFiles(const QString& path) const = 0;
    virtual QStringList sideFiles(const QString& path) const = 0;

    // Statements run on every new connection; they must not write to the database.
    virtual QStringList sessionStatements() const = 0;
    // Statements for a connection opened for one pass over many rows (statistics counted in
    // parts): what it reads is not read again, so it keeps no large cache. They must not write.
    virtual QStringList onePassStatements() const { return {}; }
    // Whether the engine groups a million rows faster than they can be sent and counted one by one
    // (PostgreSQL's hash aggregate; SQLite sorts them first).
    virtual bool groupsFasterThanRows() const { return false; }
    // Switches the database to concurrent readers + one writer (SQLite: WAL). Writes.
    virtual std::optional<HistoryError> enableConcurrentAccess(QSqlDatabase& db, const QString& path) const = 0;
    // Marks a new database as TriCheck's (run inside the first migration).
    virtual QStringList stampStatements() const = 0;
    // True when the database carries another application's mark.
    virtual bool isForeign(QSqlDatabase& db) const = 0;

    // Problems found by the engine's consistency check; empty when the database is sound.
    // `thorough` asks for the full (slow) check instead of the quick one.
    virtual QStringList integrityProblems(QSqlDatabase& db, bool thorough, QSqlError* error) const = 0;
    // True when the server verifies its own pages and a client has nothing to check (PostgreSQL).
    virtual bool checksItself() const { return false; }
    virtual HistoryError::Kind classify(const QSqlError& error) const = 0;

    // DDL vocabulary.
    virtual QString autoIncrementKey() const = 0; // an auto-assigned, never reused 64-bit primary key
    // Indexes the references for substring search ("contains"), inside a migration's
    // transaction, when the engine can (SQLite: an FTS5 trigram table; PostgreSQL: pg_trgm). An
    // engine that cannot leaves the search to a scan: nothing is created and nothing fails.
    virtual std::optional<QSqlError> createReferenceIndex(Transaction& transaction) const;
    // Brings an existing reference index's upkeep to the current rule, inside a migration's
    // transaction (SQLite: a reference is indexed again only when an update changed it); nothing
    // where the engine keeps no such index.
    virtual std::optional<QSqlError> renewReferenceIndexUpkeep(Transaction& transaction) const;
    // The condition for "reference contains `text`" that uses that index; empty: none exists
    // (the caller falls back to LIKE).
    virtual QString referenceIndexCondition(QSqlDatabase& db, const QString& text) const;
    // Whether at least `atLeast` references contain `text`, by that index (false without one). A
    // window in time order finds a common text sooner by walking the time index than through the
    // index's condition, whose every match SQLite collects first.
    virtual bool referenceTextIsCommon(QSqlDatabase& /*db*/, const QString& /*text*/, int /*atLeast*/) const
    {
        return false;
    }
    // Statements that make the engine keep the number of attempts in attempt_count (n), when
    // counting them all is slow on it; empty: COUNT(*) is used.
    virtual QStringList rowCountStatements() const { return {}; }
    // The same count kept when an attempt's status changes (an attempt in flight is settled in
    // place); empty when the engine keeps no count.
    virtual QStringList rowCountUpdateStatements() const { return {}; }
    // Statements that make the engine keep the attempts counted per local day (see DayTally);
    // empty: statistics group the attempts themselves.
    virtual QStringList dayTallyStatements() const { return {}; }
    // Statements that make the engine keep the days that are over counted (see ClosedDayTally),
    // where it keeps no day tally of every write; empty: none.
    virtual QStringList closedDayTallyStatements() const { return {}; }
    // Statements that make the engine read those closed days without a parallel plan; empty: none.
    virtual QStringList closedDayTallySerialStatements() const { return {}; }
    // A column name the engine will not pick an index for (SQLite: +column), for a filter whose
    // values are many and common: the newest rows are found faster in time order.
    virtual QString unindexed(const QString& column) const { return column; }
    // Appended to an index's columns so that its entries sort like (…, id): SQLite keeps the row
    // id in every index entry already (nothing to add), PostgreSQL needs the column.
    virtual QString indexedRowId() const { return {}; }
    // Run inside each migration's transaction, before it reads the schema version: makes every
    // other process that migrates wait until this one committed (SQLite: the write lock of
    // beginWriteStatement() does that already).
    virtual std::optional<QSqlError> lockForMigration(QSqlDatabase& db) const;
    // Case-insensitive (at least for ASCII) LIKE: SQLite's LIKE is, PostgreSQL's ILIKE.
    virtual QString likeOperator() const { return QStringLiteral("LIKE"); }
    // Appended to an INSERT so that it returns the new row's id as a result row (PostgreSQL's
    // driver has no lastInsertId() for identity columns); empty: lastInsertId() works.
    virtual QString returningId() const { return {}; }
    // Starts a transaction that will write, taking the write lock at once (so a reader that
    // later wants to write cannot dead-lock against another writer).
    virtual QString beginWriteStatement() const = 0;
    // Group commit off the committing thread (LogSyncer): `relax` makes this connection's next
    // COMMITs skip their disk sync (and their checkpoints), `restore` brings both back, a sync of
    // `logFile` makes such commits durable, and a checkpoint of `checkpointFile` (from a connection
    // of the sync thread's own) keeps the log short. nullopt: the engine cannot, and its COMMIT
    // stays durable by itself.
    struct DeferredSync
    {
        QStringList relax;
        QStringList restore;
        QString logFile;
        QString checkpointFile;
    };
    virtual std::optional<DeferredSync> deferredSync(const QString& /*path*/) const { return std::nullopt; }

    // After deleting rows: make sure deleted content leaves the engine's logs promptly.
    virtual void afterDelete(QSqlDatabase& db) const = 0; // also after a schema migration

    // The hot loops. The defaults go through QSqlQuery; an engine may use its native API.
    virtual std::unique_ptr<AttemptWriter> attemptWriter(QSqlDatabase& db) const;
    virtual std::unique_ptr<AttemptCursor>
    attemptCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds) const;
    virtual std::unique_ptr<RowCursor>
    rowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds) const;
};

// The id of the row an INSERT (with `dialect.returningId()` appended) just added.
qint64 insertedId(const SqlDialect& dialect, QSqlQuery& insert);

std::unique_ptr<SqlDialect> makeSqliteDialect();
// `engine` with its native fast paths off: attempts are written and read through Qt SQL.
std::unique_ptr<SqlDialect> makePortableDialect(std::unique_ptr<SqlDialect> engine);
// A PostgreSQL server (Qt's QPSQL driver). `password` is kept in memory only; empty: libpq's own
// sources (PGPASSWORD).
std::unique_ptr<SqlDialect> makePostgresDialect(const HistoryLocation& location, const QString& password);

} // namespace tricheck::history
