#include "sqldialect.h"

namespace tricheck::history {

namespace {

// An engine with its native fast paths turned off: everything as the engine's dialect says,
// except that attempts are written and read through portable Qt SQL (tests cover both paths).
class PortableDialect final : public SqlDialect
{
public:
    explicit PortableDialect(std::unique_ptr<SqlDialect> engine)
        : m_engine(std::move(engine))
    { }

    QString id() const override { return m_engine->id(); }
    QString driverName() const override { return m_engine->driverName(); }
    QString connectOptions(int busyTimeoutMs) const override { return m_engine->connectOptions(busyTimeoutMs); }
    void configure(QSqlDatabase& db, const QString& path, int busyTimeoutMs) const override
    {
        m_engine->configure(db, path, busyTimeoutMs);
    }
    std::optional<HistoryError> prepareLocation(const QString& path) const override
    {
        return m_engine->prepareLocation(path);
    }
    void secureFiles(const QString& path) const override { m_engine->secureFiles(path); }
    QStringList sideFiles(const QString& path) const override { return m_engine->sideFiles(path); }
    QStringList sessionStatements() const override { return m_engine->sessionStatements(); }
    QStringList onePassStatements() const override { return m_engine->onePassStatements(); }
    bool groupsFasterThanRows() const override { return m_engine->groupsFasterThanRows(); }
    std::optional<HistoryError> enableConcurrentAccess(QSqlDatabase& db, const QString& path) const override
    {
        return m_engine->enableConcurrentAccess(db, path);
    }
    QStringList stampStatements() const override { return m_engine->stampStatements(); }
    bool isForeign(QSqlDatabase& db) const override { return m_engine->isForeign(db); }
    QStringList integrityProblems(QSqlDatabase& db, bool thorough, QSqlError* error) const override
    {
        return m_engine->integrityProblems(db, thorough, error);
    }
    bool checksItself() const override { return m_engine->checksItself(); }
    HistoryError::Kind classify(const QSqlError& error) const override { return m_engine->classify(error); }
    QString indexedRowId() const override { return m_engine->indexedRowId(); }
    std::optional<QSqlError> createReferenceIndex(Transaction& transaction) const override
    {
        return m_engine->createReferenceIndex(transaction);
    }
    std::optional<QSqlError> renewReferenceIndexUpkeep(Transaction& transaction) const override
    {
        return m_engine->renewReferenceIndexUpkeep(transaction);
    }
    QString referenceIndexCondition(QSqlDatabase& db, const QString& text) const override
    {
        return m_engine->referenceIndexCondition(db, text);
    }
    bool referenceTextIsCommon(QSqlDatabase& db, const QString& text, int atLeast) const override
    {
        return m_engine->referenceTextIsCommon(db, text, atLeast);
    }
    QString unindexed(const QString& column) const override { return m_engine->unindexed(column); }
    QStringList rowCountStatements() const override { return m_engine->rowCountStatements(); }
    QStringList rowCountUpdateStatements() const override { return m_engine->rowCountUpdateStatements(); }
    QStringList dayTallyStatements() const override { return m_engine->dayTallyStatements(); }
    QStringList closedDayTallyStatements() const override { return m_engine->closedDayTallyStatements(); }
    QStringList closedDayTallySerialStatements() const override { return m_engine->closedDayTallySerialStatements(); }
    QString autoIncrementKey() const override { return m_engine->autoIncrementKey(); }
    std::optional<QSqlError> lockForMigration(QSqlDatabase& db) const override
    {
        return m_engine->lockForMigration(db);
    }
    QString likeOperator() const override { return m_engine->likeOperator(); }
    QString returningId() const override { return m_engine->returningId(); }
    QString beginWriteStatement() const override { return m_engine->beginWriteStatement(); }
    void afterDelete(QSqlDatabase& db) const override { m_engine->afterDelete(db); }
    // attemptWriter(), attemptCursor() and rowCursor(): SqlDialect's portable ones.

private:
    std::unique_ptr<SqlDialect> m_engine;
};

} // namespace

std::unique_ptr<SqlDialect> makePortableDialect(std::unique_ptr<SqlDialect> engine)
{
    return std::make_unique<PortableDialect>(std::move(engine));
}

} // namespace tricheck::history
