#include "historysql.h"
#include "qtsqlrowcursor.h"
#include "sqldialect.h"

#include <QSqlQuery>

namespace tricheck::history {

namespace {

// The portable implementations of the hot loops, through Qt SQL.
class QtSqlAttemptWriter final : public AttemptWriter
{
public:
    QtSqlAttemptWriter(const SqlDialect& dialect, QSqlDatabase& db)
        : m_dialect(dialect)
        , m_query(db)
    {
        m_query.prepare(sql::insertStatement() + m_dialect.returningId());
    }

    std::optional<QSqlError> insert(const AttemptRecord& record, qint64* id) override
    {
        sql::bindRecord(m_query, record);
        if (!m_query.exec())
            return m_query.lastError();
        *id = insertedId(m_dialect, m_query);
        return std::nullopt;
    }

private:
    const SqlDialect& m_dialect;
    QSqlQuery m_query;
};

class QtSqlAttemptCursor final : public AttemptCursor
{
public:
    QtSqlAttemptCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds)
        : m_query(db)
    {
        m_query.setForwardOnly(true); // stepped one by one, never cached
        if (!m_query.prepare(select)) {
            m_error = m_query.lastError();
            return;
        }
        sql::bindAll(m_query, binds);
        if (!m_query.exec())
            m_error = m_query.lastError();
    }

    bool next(AttemptRecord* record) override
    {
        if (m_error)
            return false;
        if (!m_query.next()) {
            if (m_query.lastError().isValid())
                m_error = m_query.lastError();
            return false;
        }
        *record = sql::readRecord(m_query);
        return true;
    }

    std::optional<QSqlError> error() const override { return m_error; }

private:
    QSqlQuery m_query;
    std::optional<QSqlError> m_error;
};

class QtSqlRowCursor final : public RowCursor
{
public:
    QtSqlRowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(select)) {
            m_error = m_query.lastError();
            return;
        }
        sql::bindAll(m_query, binds);
        if (!m_query.exec())
            m_error = m_query.lastError();
    }

    bool next() override
    {
        if (m_error)
            return false;
        if (!m_query.next()) {
            if (m_query.lastError().isValid())
                m_error = m_query.lastError();
            return false;
        }
        return true;
    }

    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) override { return m_query.value(column).toString(); }
    std::optional<QSqlError> error() const override { return m_error; }

private:
    QSqlQuery m_query;
    std::optional<QSqlError> m_error;
};

} // namespace

std::unique_ptr<RowCursor> qtSqlRowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds)
{
    return std::make_unique<QtSqlRowCursor>(db, select, binds);
}

void SqlDialect::configure(QSqlDatabase& db, const QString& path, int busyTimeoutMs) const
{
    db.setDatabaseName(path);
    db.setConnectOptions(connectOptions(busyTimeoutMs));
}

std::optional<QSqlError> SqlDialect::lockForMigration(QSqlDatabase& /*db*/) const
{
    return std::nullopt;
}

std::optional<QSqlError> SqlDialect::createReferenceIndex(Transaction& /*transaction*/) const
{
    return std::nullopt;
}

std::optional<QSqlError> SqlDialect::renewReferenceIndexUpkeep(Transaction& /*transaction*/) const
{
    return std::nullopt;
}

QString SqlDialect::referenceIndexCondition(QSqlDatabase& /*db*/, const QString& /*text*/) const
{
    return {};
}

qint64 insertedId(const SqlDialect& dialect, QSqlQuery& insert)
{
    if (dialect.returningId().isEmpty())
        return insert.lastInsertId().toLongLong();
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

std::unique_ptr<RowCursor>
SqlDialect::rowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds) const
{
    return qtSqlRowCursor(db, select, binds);
}

std::unique_ptr<AttemptWriter> SqlDialect::attemptWriter(QSqlDatabase& db) const
{
    return std::make_unique<QtSqlAttemptWriter>(*this, db);
}

std::unique_ptr<AttemptCursor>
SqlDialect::attemptCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds) const
{
    return std::make_unique<QtSqlAttemptCursor>(db, select, binds);
}

} // namespace tricheck::history
