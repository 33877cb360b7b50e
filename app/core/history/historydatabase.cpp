#include "historydatabase.h"

#include <QAtomicInteger>

namespace tricheck::history {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tricheck-history-%1").arg(++counter);
}

} // namespace

QSqlQuery Transaction::query() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    return q;
}

std::optional<QSqlError> Transaction::exec(const QString& statement) const
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        return q.lastError();
    return std::nullopt;
}

HistoryDatabase::HistoryDatabase(std::unique_ptr<SqlDialect> dialect, QString path)
    : m_dialect(std::move(dialect))
    , m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{ }

HistoryDatabase::~HistoryDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<HistoryError> HistoryDatabase::connect(int busyTimeoutMs)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        if (!db.isValid())
            return HistoryError::make(HistoryError::Kind::OpenFailed,
                                      m_path,
                                      tr("the database driver %1 is not installed").arg(m_dialect->driverName()));
        m_dialect->configure(db, m_path, busyTimeoutMs);
        if (!db.open())
            return error(db.lastError());
    }
    for (const QString& statement : m_dialect->sessionStatements()) {
        if (auto failed = exec(statement))
            return failed;
    }
    return std::nullopt;
}

bool HistoryDatabase::keepsRowCount() const
{
    if (!m_keepsRowCount)
        m_keepsRowCount = !m_dialect->rowCountStatements().isEmpty() &&
                          connection().tables(QSql::Tables).contains(QStringLiteral("attempt_count"));
    return *m_keepsRowCount;
}

QSqlDatabase HistoryDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

HistoryError HistoryDatabase::error(const QSqlError& error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const HistoryError::Kind kind = m_dialect->classify(error);
    if (kind == HistoryError::Kind::Corrupt)
        m_sawDamage = true;
    return HistoryError::make(kind, m_path, detail);
}

std::optional<HistoryError> HistoryDatabase::exec(const QString& statement) const
{
    QSqlQuery q(connection());
    if (!q.exec(statement))
        return error(q);
    return std::nullopt;
}

QSqlQuery HistoryDatabase::query() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    return q;
}

void HistoryDatabase::rollback() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when the engine already rolled back
}

std::optional<HistoryError> HistoryDatabase::write(const Work& work)
{
    if (auto failed = exec(m_dialect->beginWriteStatement()))
        return failed;
    Transaction transaction(connection(), m_dialect->id());
    if (auto failed = work(transaction)) {
        rollback();
        return failed;
    }
    if (m_beforeCommit)
        m_beforeCommit();
    if (auto failed = exec(QStringLiteral("COMMIT"))) {
        rollback();
        return failed;
    }
    return std::nullopt;
}

} // namespace tricheck::history
