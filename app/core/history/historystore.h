#pragma once

#include "api/verifyoutcome.h"
#include "attemptrecord.h"
#include "auditevent.h"
#include "common/expected.h"
#include "historyerror.h"
#include "historyquery.h"
#include "historystats.h"
#include "integrityreport.h"
#include "purgerequest.h"
#include "schemamigration.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlError>

#include <functional>
#include <memory>
#include <optional>

namespace tricheck::history {

class AttemptWrites;
class AuditLog;
class CleanClose;
class HistoryDatabase;
class HistoryIntegrity;
class HistoryFeed;
class HistoryPaging;
class HistoryRetention;
class HistoryStatistics;

// The verification history: one row per attempt, an audit trail, retention and purge. A facade
// over the parts that do each job (historydatabase, historymigrator, attemptwrites,
// historypaging, historystatistics, auditlog, historyretention).
//
// Durability: every write method returns only after its transaction has COMMITted (with
// synchronous=FULL), so a caller that reports an outcome after insert() succeeded can never
// show something the history lost; the one exception is insertBatch(…, Commit::Deferred), whose
// caller waits for whenDurable() instead. Errors are values: a caller must handle a failed insert (the
// outcome was not recorded) before it reports the outcome.
//
// Threads: a store owns one database connection and must be used only on the thread that opened
// it. Open one store per thread (the GUI thread, a batch worker …); they share the file safely
// (WAL journal, busy timeout, write transactions that take the write lock up front).
//
// Privacy: rows hold masked values only. Plaintext identity values are never passed in; keyed
// fingerprints (see Fingerprints) are computed by the caller from the plaintexts and the
// per-install key, and only the fingerprints arrive here.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    // The consistency check at open. A full check reads the whole file (about a second per
    // million attempts), so a healthy history is not checked on every open: see CleanClose.
    enum class IntegrityCheck {
        // PRAGMA quick_check (every page and b-tree) when the file needs it: it was not closed
        // cleanly, was changed by something else since, has no record of a clean close (first
        // open by this version), or is about to be migrated. Otherwise nothing is read.
        Quick,
        Thorough, // PRAGMA integrity_check (also every index entry against its row), always
        Skip,     // another connection of this process checked the file already
    };
    // Before each statement of a schema migration at open: `done` of `total`, and the index or
    // table it makes (creating an index on ten million attempts takes a while).
    using MigrationProgress = std::function<void(int done, int total, const QString& what)>;

    struct Options
    {
        // A SQLite file (empty: defaultPath()) or a postgresql:// URL (see HistoryLocation).
        QString path;
        // Deletes attempts older than this many days right after opening (audited when it
        // deletes anything). nullopt: keep everything (the default).
        std::optional<int> retentionDays;
        // Checked before anything is written; a damaged file is reported, never modified.
        IntegrityCheck integrityCheck = IntegrityCheck::Quick;
        int busyTimeoutMs = 15000;
        // Fault injection for tests: called after a write transaction's statements ran and
        // before it commits (a test kills the process here to simulate a crash).
        std::function<void()> beforeCommitForTesting;
        // Only portable Qt SQL, never an engine's native fast path (tests cover both paths).
        bool portableSqlOnly = false;
        // PostgreSQL: the password (from the keychain), in memory only; empty: PGPASSWORD.
        QString password = {};
        // Empty: the process's default (setDefaultMigrationProgress()), else the log.
        MigrationProgress migrationProgress = {};
    };
    // Where migrations of stores opened without their own progress report (a CLI prints it).
    static void setDefaultMigrationProgress(MigrationProgress progress);

    static QString defaultPath(); // <AppDataLocation>/history.sqlite
    static int schemaVersion();   // the newest schema this build knows

    static Expected<std::unique_ptr<HistoryStore>, HistoryError> open(const Options& options);
    ~HistoryStore();

    QString path() const;
    // What this store was opened with (its path resolved), so that another thread can open a
    // connection of its own to the same history.
    const Options& options() const { return m_options; }
    QString connectionName() const;
    int foundSchemaVersion() const { return m_foundVersion; } // before migrations ran at open
    // Rows deleted by the retention run at open (nullopt when retention is off).
    std::optional<qint64> retentionDeletedAtOpen() const { return m_retentionDeleted; }
    // Attempts found in flight at open whose process had ended (killed, crashed, power lost):
    // settled as "outcome unknown — may have been billed" (error kind "outcome_unknown"). An
    // attempt whose process still runs (another TriCheck) is left in flight.
    qint64 orphansSettledAtOpen() const { return m_orphansSettled; }
    // What every store of this database announces after its writes (the views' one refresh path).
    HistoryFeed* feed() const { return m_feed.get(); }

    // -- writes (each returns after COMMIT) --
    // A record with the error kind "in_flight" and no id is an attempt committed before its request
    // leaves (owned by this process); a record with an id settles that attempt in place (the
    // modules' hooks run then). See inflightattempts.h.
    Expected<qint64, HistoryError> insert(const api::VerifyOutcome& outcome,
                                          const std::optional<Fingerprints>& fingerprints = std::nullopt,
                                          const BatchRef& batch = {});
    Expected<qint64, HistoryError> insert(const AttemptRecord& record);
    // All rows in one transaction: all are stored, or none. Returns the row ids in order.
    // Each attached module's hook runs for every row in the same transaction (the batch journal
    // settles the row of a BatchRef there). `alsoInTransaction`, when given, runs in the same
    // transaction after the inserts (a batch marks its next rows in flight there: one commit for
    // both); its error rolls everything back. With no records and a hook, only the hook's work is
    // committed.
    using TransactionWork = std::function<std::optional<QSqlError>(Transaction& transaction)>;
    Expected<QList<qint64>, HistoryError> insertBatch(const QList<AttemptRecord>& records,
                                                      const TransactionWork& alsoInTransaction = {},
                                                      Commit commit = Commit::Durable);
    // With Commit::Deferred the rows are stored (and announced) when insertBatch() returns but may
    // not survive a power cut yet: nothing that depends on them (a report, a request leaving) may
    // happen before `done` runs, once they are durable (or with the error that stopped them). See
    // HistoryDatabase::whenDurable().
    void whenDurable(QObject* context, std::function<void(const std::optional<HistoryError>& error)> done);
    // For tests: runs before each sync of deferred commits; a non-zero errno fails it.
    void setBeforeLogSyncForTesting(std::function<int()> hook);
    // Runs `work` in one write transaction and commits it, or rolls it back on its error. For
    // modules that keep their own tables in the history database (the batch journal).
    std::optional<HistoryError> writeTransaction(const TransactionWork& work);
    // Runs `work` in one read transaction (one consistent snapshot for all its statements).
    std::optional<HistoryError> readTransaction(const TransactionWork& work);
    // Brings `module`'s tables to its newest schema and installs its hook on this store's writes.
    std::optional<HistoryError> attach(const SchemaModule& module);
    // The history's error for a failed statement of such work.
    HistoryError errorFor(const QSqlError& error) const;

    // -- reads --
    // On PostgreSQL a count may count days that are over into the tally first, in transactions of
    // its own (historytally.h): never call it inside readTransaction() or writeTransaction().
    Expected<qint64, HistoryError> count(const HistoryFilter& filter);
    // Whether count() reads a kept number (SQLite: all attempts, or those of some statuses) rather
    // than every matching row (any other filter; PostgreSQL always).
    bool countIsKept(const HistoryFilter& filter) const;
    Expected<QList<AttemptRecord>, HistoryError>
    window(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window);
    // Streams every matching row in order to `visit` without holding them in memory; stops when
    // `visit` returns false. Returns the number of rows visited.
    Expected<qint64, HistoryError> forEach(const HistoryFilter& filter,
                                           const HistorySort& sort,
                                           const std::function<bool(const AttemptRecord&)>& visitor);
    Expected<std::optional<AttemptRecord>, HistoryError> record(qint64 id);
    Expected<qint64, HistoryError> maxId(); // 0 when empty
    // The sort key of a record for keyset paging.
    static SortKey sortKey(const HistorySort& sort, const AttemptRecord& record);

    Expected<StatusCounts, HistoryError> statusCounts(const QDateTime& fromUtc, const QDateTime& toUtc);
    // Billed and maybe-billed attempts of the sandbox or of the real service in [from, to).
    Expected<BilledCounts, HistoryError> billedCounts(const QDateTime& fromUtc, const QDateTime& toUtc, bool sandbox);
    // Over a long range counted in two parts at once, on this store's connection and on one of
    // its own on another thread.
    Expected<HistoryStats, HistoryError> stats(const HistoryFilter& filter);
    // How many attempts (estimated) a range must hold to be counted in two parts; the default
    // suits a two-core machine, tests lower it. Returns the one it replaces.
    static qint64 setStatsSplitThresholdForTesting(qint64 attempts);

    // -- audit trail --
    // Fills in the time and operator when empty. Returns the event's id.
    Expected<qint64, HistoryError> appendAudit(const AuditEvent& event);
    // Newest first; `beforeId` pages back through older events.
    Expected<QList<AuditEvent>, HistoryError>
    auditEvents(int limit = 1000, std::optional<qint64> beforeId = {}, const AuditFilter& filter = {});

    // -- retention and purge (each deletion and its audit event commit together) --
    // Deletes attempts that started more than `days` days before `nowUtc`. `trigger` is recorded
    // ("open", "manual", "cli"). Audited when it deletes rows or when run on demand.
    Expected<qint64, HistoryError>
    applyRetention(int days, const QString& trigger, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    Expected<qint64, HistoryError> purge(const PurgeRequest& request);

    // The engine's consistency check on demand (the thorough one); an empty list: sound.
    Expected<QStringList, HistoryError> checkIntegrity();
    // A check on demand or on schedule ("manual", "cli", "daily"), remembered in the history when
    // the file is sound (a damaged file is never written to). The problems are in the report.
    Expected<IntegrityReport, HistoryError> runIntegrityCheck(bool thorough, const QString& trigger);
    // The newest remembered check (at open, on demand or on schedule); nullopt when none.
    Expected<std::optional<IntegrityReport>, HistoryError> lastIntegrityCheck();
    // The check this store's open ran, nullopt when the file did not need one.
    const std::optional<IntegrityReport>& checkAtOpen() const { return m_checkAtOpen; }

private:
    explicit HistoryStore(std::unique_ptr<HistoryDatabase> database);
    std::optional<HistoryError> initialize(const Options& options);
    std::optional<HistoryError> checkAtOpen(bool thorough, const QString& reason);

    std::unique_ptr<CleanClose> m_cleanClose;    // outlives the connection: released after it closed
    std::unique_ptr<HistoryDatabase> m_database; // then the parts, which use it
    std::unique_ptr<HistoryIntegrity> m_integrity;
    std::shared_ptr<HistoryFeed> m_feed;
    std::unique_ptr<AttemptWrites> m_writes;
    std::unique_ptr<HistoryPaging> m_paging;
    std::unique_ptr<HistoryStatistics> m_statistics;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<HistoryRetention> m_retention;
    Options m_options;
    int m_foundVersion = 0;
    std::optional<qint64> m_retentionDeleted;
    qint64 m_orphansSettled = 0;
    QString m_checkReason; // why the file needs a full check at open; empty: it does not
    std::optional<IntegrityReport> m_checkAtOpen;
    bool m_opened = false;
    bool m_checkedSound = false; // a check on demand found the file sound
    QStringList m_attached;
};

} // namespace tricheck::history
