#include "auditfiltermasking.h"

#include "historysearch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QVariant>

#include <utility>

namespace tricheck::history {

Migration maskedAuditFiltersMigration(int version)
{
    Migration step;
    step.version = version;
    step.description = QStringLiteral("masked audit filters");
    step.backfill = &maskAuditFilters;
    return step;
}

std::optional<QSqlError> maskAuditFilters(Transaction& transaction)
{
    // Only rows that record a reference filter at all; the audit trail is small next to attempts.
    QSqlQuery rows = transaction.query();
    if (!rows.exec(QStringLiteral("SELECT id, details FROM audit_events WHERE details LIKE '%\"reference\"%'")))
        return rows.lastError();
    QList<std::pair<qint64, QString>> rewritten;
    while (rows.next()) {
        QJsonObject details = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        QJsonObject filter = details.value(QStringLiteral("filter")).toObject();
        const QString reference = filter.value(QStringLiteral("reference")).toString();
        const QString masked = HistorySearch::auditText(reference);
        if (reference.isEmpty() || masked == reference)
            continue;
        filter.insert(QStringLiteral("reference"), masked);
        details.insert(QStringLiteral("filter"), filter);
        rewritten.append(
            {rows.value(0).toLongLong(), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    }
    if (rows.lastError().isValid())
        return rows.lastError();
    rows.finish();

    QSqlQuery update = transaction.query();
    if (!update.prepare(QStringLiteral("UPDATE audit_events SET details = ? WHERE id = ?")))
        return update.lastError();
    for (const auto& [id, details] : std::as_const(rewritten)) {
        update.bindValue(0, details);
        update.bindValue(1, id);
        if (!update.exec())
            return update.lastError();
    }
    return std::nullopt;
}

} // namespace tricheck::history
