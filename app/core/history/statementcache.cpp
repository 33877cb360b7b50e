#include "statementcache.h"

namespace tricheck::history {

QSqlQuery* StatementCache::prepared(const QSqlDatabase& db, const QString& statement, QSqlError* error)
{
    if (const auto found = m_statements.find(statement); found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(statement)) {
        *error = query->lastError();
        return nullptr;
    }
    if (m_statements.size() >= kMaxStatements)
        m_statements.clear();
    QSqlQuery* kept = query.get();
    m_statements.emplace(statement, std::move(query));
    return kept;
}

} // namespace tricheck::history
