#pragma once

#include "api/verifyoutcome.h"
#include "attemptrecord.h"
#include "auditevent.h"
#include "common/expected.h"
#include "historyerror.h"
#include "historyquery.h"
#include "historystats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace tricheck::history {

class SqlDialect;
class AttemptWriter;

// What a purge deletes; the caller has asked the operator to confirm.
struct PurgeRequest
{
    enum class Scope {
        Ids,       // the rows in `ids` (a selection in the table)
        All,       // everything
        OlderThan, // started before `before`
    };
    Scope scope = Scope::Ids;
    QList<qint64> ids;
    QDateTime before;

    static PurgeRequest selected(QList<qint64> ids) { return {Scope::Ids, std::move(ids), {}}; }
    static PurgeRequest all() { return {Scope::All, {}, {}}; }
    static PurgeRequest olderThan(const QDateTime& before) { return {Scope::OlderThan, {}, before}; }
};

// The verification history: one row per attempt, an audit trail, retention and purge.
//
// Durability: every write method returns only after its transaction has COMMITted (with
// synchronous=FULL), so a caller that reports an outcome after insert() succeeded can never
// show something the history lost. Errors are values: a caller must handle a failed insert (the
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
    enum class IntegrityCheck {
        Quick,    // PRAGMA quick_check: every page and b-tree (about 1 s per million attempts)
        Thorough, // PRAGMA integrity_check: also every index entry against its row
        Skip,     // another connection of this process checked the file already
    };

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
    };

    static QString defaultPath(); // <AppDataLocation>/history.sqlite
    static int schemaVersion();   // the newest schema this build knows

    static Expected<std::unique_ptr<HistoryStore>, HistoryError> open(const Options& options);
    ~HistoryStore();

    QString path() const { return m_path; }
    // What this store was opened with (its path resolved), so that another thread can open a
    // connection of its own to the same history.
    const Options& options() const { return m_options; }
    QString connectionName() const { return m_connectionName; }
    int foundSchemaVersion() const { return m_foundVersion; } // before migrations ran at open
    // Rows deleted by the retention run at open (nullopt when retention is off).
    std::optional<qint64> retentionDeletedAtOpen() const { return m_retentionDeleted; }

    // -- writes (each returns after COMMIT) --
    Expected<qint64, HistoryError> insert(const api::VerifyOutcome& outcome,
                                          const std::optional<Fingerprints>& fingerprints = std::nullopt,
                                          const BatchRef& batch = {});
    Expected<qint64, HistoryError> insert(const AttemptRecord& record);
    // All rows in one transaction: all are stored, or none. Returns the row ids in order.
    // A record of a journaled batch row (BatchRef) settles that row in the same transaction (see
    // BatchRef::requeuesAfter). `alsoInTransaction`, when given, runs in the same transaction after
    // the inserts (a batch marks its next rows in flight there: one commit for both); its error
    // rolls everything back. With no records and a hook, only the hook's work is committed.
    using TransactionWork = std::function<std::optional<QSqlError>(QSqlDatabase& db)>;
    Expected<QList<qint64>, HistoryError> insertBatch(const QList<AttemptRecord>& records,
                                                      const TransactionWork& alsoInTransaction = {});
    // Runs `work` in one write transaction and commits it, or rolls it back on its error. For
    // modules that keep their own tables in the history database (the batch journal).
    std::optional<HistoryError> writeTransaction(const TransactionWork& work);
    // The history's error for a failed statement of such work.
    HistoryError errorFor(const QSqlError& error) const { return sqlError(error); }

    // -- reads --
    Expected<qint64, HistoryError> count(const HistoryFilter& filter);
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
    Expected<HistoryStats, HistoryError> stats(const HistoryFilter& filter);

    // -- audit trail --
    // Fills in the time and operator when empty. Returns the event's id.
    Expected<qint64, HistoryError> appendAudit(const AuditEvent& event);
    // Newest first; `beforeId` pages back through older events.
    Expected<QList<AuditEvent>, HistoryError> auditEvents(int limit = 1000, std::optional<qint64> beforeId = {});

    // -- retention and purge (each deletion and its audit event commit together) --
    // Deletes attempts that started more than `days` days before `nowUtc`. `trigger` is recorded
    // ("open", "manual", "cli"). Audited when it deletes rows or when run on demand.
    Expected<qint64, HistoryError>
    applyRetention(int days, const QString& trigger, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    Expected<qint64, HistoryError> purge(const PurgeRequest& request);

    // The engine's consistency check on demand (the thorough one); an empty list: sound.
    Expected<QStringList, HistoryError> checkIntegrity();

private:
    HistoryStore(std::unique_ptr<SqlDialect> dialect, QString path, QString connectionName);

    QSqlDatabase database() const;
    HistoryError sqlError(const QSqlQuery& query) const;
    HistoryError sqlError(const QSqlError& error) const;
    std::optional<HistoryError> exec(const QString& statement);
    std::optional<HistoryError> beginWrite();
    std::optional<HistoryError> commit();
    void rollback();

    std::optional<HistoryError> initialize(const Options& options);
    Expected<int, HistoryError> readSchemaVersion();
    std::optional<HistoryError> migrate();
    Expected<qint64, HistoryError>
    visit(const QString& select, const QVariantList& binds, const std::function<bool(const AttemptRecord&)>& visitor);
    struct DeleteStep
    {
        QString where;
        QVariantList binds;
    };
    Expected<qint64, HistoryError>
    deleteWithAudit(const QList<DeleteStep>& steps, const AuditEvent& event, bool alwaysAudit);
    Expected<qint64, HistoryError> appendAuditInTransaction(const AuditEvent& event);
    std::optional<QSqlError> settleBatchRow(const AttemptRecord& record, qint64 attemptRow);
    void notifyAppended();
    void notifyRemoved();

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_path;
    Options m_options;
    QString m_connectionName;
    int m_foundVersion = 0;
    std::optional<qint64> m_retentionDeleted;
    std::function<void()> m_beforeCommit;
    bool m_portableOnly = false;
    std::unique_ptr<AttemptWriter> m_writer;
    std::unique_ptr<QSqlQuery> m_settleBatchRow;
};

} // namespace tricheck::history
