#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace tricheck::history {

// One write transaction of a HistoryStore, as handed to work that runs inside it (the batch
// journal's statements, a hook settling rows). It makes statements on the transaction's
// connection and nothing else: the store begins, commits and rolls back; the work returns the
// error of a failed statement and the store rolls everything back.
class Transaction
{
public:
    // A new statement in this transaction (forward-only).
    QSqlQuery query() const;
    // Runs one statement without values.
    std::optional<QSqlError> exec(const QString& statement) const;
    // "postgresql" or "sqlite", for the rare statement the engines spell differently.
    QString engine() const { return m_engine; }

private:
    friend class HistoryDatabase;
    Transaction(const QSqlDatabase& db, QString engine) // QSqlDatabase has no move constructor
        : m_db(db)
        , m_engine(std::move(engine))
    { }

    QSqlDatabase m_db;
    QString m_engine;
};

} // namespace tricheck::history
