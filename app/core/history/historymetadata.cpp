#include "historymetadata.h"

#include "common/appinfo.h"
#include "historystore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace tricheck::history {

namespace {

std::optional<QSqlError> readValue(Transaction& transaction, const QString& name, std::optional<QString>& out)
{
    QSqlQuery q = transaction.query();
    if (!q.prepare(QStringLiteral("SELECT value FROM history_metadata WHERE name = ?")))
        return q.lastError();
    q.addBindValue(name);
    if (!q.exec())
        return q.lastError();
    out = q.next() ? std::optional<QString>(q.value(0).toString()) : std::nullopt;
    return std::nullopt;
}

} // namespace

QString HistoryMetadata::fingerprintKeyIdName()
{
    return QStringLiteral("fingerprint_key_id");
}

Expected<std::optional<QString>, HistoryError> HistoryMetadata::value(HistoryStore& store, const QString& name)
{
    using Result = Expected<std::optional<QString>, HistoryError>;
    std::optional<QString> found;
    if (const auto error =
            store.readTransaction([&](Transaction& transaction) { return readValue(transaction, name, found); }))
        return Result::failure(*error);
    return Result(found);
}

Expected<QString, HistoryError> HistoryMetadata::claim(HistoryStore& store, const QString& name, const QString& value)
{
    using Result = Expected<QString, HistoryError>;
    std::optional<QString> inForce;
    const auto error = store.writeTransaction([&](Transaction& transaction) -> std::optional<QSqlError> {
        // Both engines: INSERT … ON CONFLICT DO NOTHING (SQLite 3.24+, PostgreSQL 9.5+).
        QSqlQuery insert = transaction.query();
        if (!insert.prepare(QStringLiteral("INSERT INTO history_metadata (name, value, set_ms, set_by) "
                                           "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")))
            return insert.lastError();
        insert.addBindValue(name);
        insert.addBindValue(value);
        insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
        insert.addBindValue(AppInfo::osUserName());
        if (!insert.exec())
            return insert.lastError();
        insert.finish();
        return readValue(transaction, name, inForce);
    });
    if (error)
        return Result::failure(*error);
    return Result(inForce.value_or(value));
}

} // namespace tricheck::history
