#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace tricheck::history {

// Statements a connection prepared once and keeps for their next use. A batch runs the same few
// statements for every row; preparing them again each time was a sixth of the CLI's CPU in a batch
// (`perf`: SQLite compiles an UPDATE of attempts together with its triggers), and on PostgreSQL
// QPSQL's prepare is a round trip of its own. Owned by the HistoryDatabase of the connection and
// cleared before it closes.
class StatementCache
{
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    StatementCache() = default;

    // The statement prepared on `db`, its values still bound from its last use (the caller binds
    // all of them again); nullptr when the engine refused it, `*error` then says why (nothing is
    // kept). For statements that run to completion (writes): a SELECT must be finish()ed.
    QSqlQuery* prepared(const QSqlDatabase& db, const QString& statement, QSqlError* error);
    // Forgets every statement: before the connection closes, and after a failed transaction (a
    // statement prepared in it may not have outlived it on every engine).
    void clear() { m_statements.clear(); }

private:
    // Statements are fixed texts, a dozen in all; one built from values would otherwise grow the
    // cache without end.
    static constexpr std::size_t kMaxStatements = 64;

    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace tricheck::history
