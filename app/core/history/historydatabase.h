#pragma once

#include "historyerror.h"
#include "sqldialect.h"
#include "statementcache.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace tricheck::history {

class LogSyncer;

// Internal to the history module: the one connection a HistoryStore owns, its engine's dialect,
// engine errors turned into HistoryError, and the write transactions of every part of the store.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
    Q_DISABLE_COPY_MOVE(HistoryDatabase)

public:
    HistoryDatabase(std::unique_ptr<SqlDialect> dialect, QString path);
    ~HistoryDatabase();

    // Opens the connection and runs the dialect's session statements (nothing is written).
    std::optional<HistoryError> connect(int busyTimeoutMs);
    // Sets the connection up for one pass over many rows (SqlDialect::onePassStatements()).
    std::optional<HistoryError> prepareForOnePass() const;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    const QString& path() const { return m_path; }
    const QString& connectionName() const { return m_connectionName; }

    HistoryError error(const QSqlError& error) const;
    HistoryError error(const QSqlQuery& query) const { return error(query.lastError()); }
    std::optional<HistoryError> exec(const QString& statement) const;
    QSqlQuery query() const; // forward-only, on this connection
    // A handle for work in a transaction the caller began.
    Transaction transaction() const { return Transaction(connection(), m_dialect->id(), m_statements); }

    using Work = std::function<std::optional<HistoryError>(Transaction& transaction)>;
    // Runs `work` in one write transaction (taking the write lock at once) and commits it, with the
    // engine's full durability unless deferred (where the engine can: SqlDialect::deferredSync());
    // rolls back on the work's error or a failed commit.
    std::optional<HistoryError> write(const Work& work, Commit commit = Commit::Durable);
    // `done` runs once every transaction committed so far is durable (or could not be made so:
    // its error), on this thread: at once when none was deferred, else after the event loop
    // returned (in order, and only while `context` exists).
    using Durable = std::function<void(const std::optional<HistoryError>& error)>;
    void whenDurable(QObject* context, Durable done);
    // Fault injection for tests: runs on the sync thread before each sync; a non-zero errno fails it.
    void setBeforeLogSyncForTesting(std::function<int()> hook);
    // True once the engine reported damage on this connection (the file is then not stamped
    // as closed cleanly, and the next open checks it).
    bool sawDamage() const { return m_sawDamage; }
    void noteDamage() const { m_sawDamage = true; }
    // True when the schema keeps the number of attempts (SqlDialect::rowCountStatements()).
    bool keepsRowCount() const;
    // Fault injection for tests: runs after a write's statements and before its COMMIT.
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    std::optional<HistoryError> writeTransaction(const Work& work);
    void rollback() const;

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_path;
    QString m_connectionName;
    std::function<void()> m_beforeCommit;
    std::unique_ptr<LogSyncer> m_logSyncer; // created by the first deferred commit
    std::function<int()> m_beforeLogSync;
    bool m_unsynced = false; // a deferred commit since the last sync asked for or durable commit
    mutable bool m_sawDamage = false;
    mutable std::optional<bool> m_keepsRowCount;
    mutable StatementCache m_statements; // what Transaction::prepared() keeps
};

} // namespace tricheck::history
