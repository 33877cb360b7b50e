#include "historydatabase.h"

#include "logsyncer.h"

#include <QAtomicInteger>

#include <cerrno>

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

QSqlQuery* Transaction::prepared(const QString& statement, QSqlError* error) const
{
    return m_statements->prepared(m_db, statement, error);
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
    m_logSyncer.reset(); // finishes a sync under way before the connection closes
    m_statements.clear();
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

std::optional<HistoryError> HistoryDatabase::prepareForOnePass() const
{
    for (const QString& statement : m_dialect->onePassStatements()) {
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

std::optional<HistoryError> HistoryDatabase::write(const Work& work, Commit commit)
{
    const auto deferred = commit == Commit::Deferred ? m_dialect->deferredSync(m_path) : std::nullopt;
    std::optional<HistoryError> failed;
    for (qsizetype i = 0; deferred && i < deferred->relax.size() && !failed; ++i)
        failed = exec(deferred->relax.at(i));
    if (!failed)
        failed = writeTransaction(work);
    if (deferred) {
        // Never left relaxed: every other write of this connection is durable when it returns.
        for (const QString& statement : deferred->restore) {
            if (auto restoreFailed = exec(statement); restoreFailed && !failed)
                failed = restoreFailed;
        }
        if (!failed) {
            m_unsynced = true;
            if (!m_logSyncer) {
                m_logSyncer = std::make_unique<LogSyncer>(deferred->logFile, deferred->checkpointFile);
                if (m_beforeLogSync)
                    m_logSyncer->setBeforeSyncForTesting(m_beforeLogSync);
            }
        }
    } else if (!failed) {
        m_unsynced = false; // this COMMIT synced the log, with every deferred commit before it
    }
    return failed;
}

std::optional<HistoryError> HistoryDatabase::writeTransaction(const Work& work)
{
    if (auto failed = exec(m_dialect->beginWriteStatement()))
        return failed;
    Transaction transaction(connection(), m_dialect->id(), m_statements);
    if (auto failed = work(transaction)) {
        rollback();
        m_statements.clear();
        return failed;
    }
    if (m_beforeCommit)
        m_beforeCommit();
    if (auto failed = exec(QStringLiteral("COMMIT"))) {
        rollback();
        m_statements.clear();
        return failed;
    }
    return std::nullopt;
}

void HistoryDatabase::setBeforeLogSyncForTesting(std::function<int()> hook)
{
    m_beforeLogSync = std::move(hook);
    if (m_logSyncer)
        m_logSyncer->setBeforeSyncForTesting(m_beforeLogSync);
}

void HistoryDatabase::whenDurable(QObject* context, Durable done)
{
    // In order: a caller after a deferred commit waits for the syncs asked for before it.
    // (m_unsynced is set only where the first deferred commit created the syncer.)
    if (!m_logSyncer || (!m_unsynced && m_logSyncer->waiting() == 0)) {
        done(std::nullopt);
        return;
    }
    m_unsynced = false;
    const QString path = m_path;
    m_logSyncer->afterSync(context, [done = std::move(done), path](int error) {
        if (error == 0)
            return done(std::nullopt);
        const auto kind = error == ENOSPC || error == EDQUOT ? HistoryError::Kind::DiskFull
                          : error == EROFS                   ? HistoryError::Kind::ReadOnly
                                                             : HistoryError::Kind::Io;
        done(HistoryError::make(kind, path, qt_error_string(error)));
    });
}

} // namespace tricheck::history
