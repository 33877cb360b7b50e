#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace tricheck::history {

class StatementCache;

// How a write transaction's COMMIT reaches the disk.
enum class Commit {
    Durable,  // the COMMIT returns once the transaction survives a power cut
    Deferred, // the COMMIT does not wait for the disk: HistoryStore::whenDurable() says when it is there
};

// One write transaction of a HistoryStore, as handed to work that runs inside it (the batch
// journal's statements, a hook settling rows). It makes statements on the transaction's
// connection and nothing else: the store begins, commits and rolls back; the work returns the
// error of a failed statement and the store rolls everything back.
class Transaction
{
public:
    // A new statement in this transaction (forward-only).
    QSqlQuery query() const;
    // A statement prepared once on this connection and kept for its next use (StatementCache), for
    // the writes a batch runs for every row; nullptr when the engine refused it (`*error` says why).
    // Every value must be bound again; a SELECT must be finish()ed.
    QSqlQuery* prepared(const QString& statement, QSqlError* error) const;
    // Runs one statement without values.
    std::optional<QSqlError> exec(const QString& statement) const;
    // "postgresql" or "sqlite", for the rare statement the engines spell differently.
    QString engine() const { return m_engine; }

private:
    friend class HistoryDatabase;
    Transaction(const QSqlDatabase& db,
                QString engine,
                StatementCache& statements) // QSqlDatabase has no move constructor
        : m_db(db)
        , m_engine(std::move(engine))
        , m_statements(&statements)
    { }

    QSqlDatabase m_db;
    QString m_engine;
    StatementCache* m_statements;
};

} // namespace tricheck::history
