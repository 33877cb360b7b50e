#include "auditlog.h"

#include "common/appinfo.h"
#include "historydatabase.h"
#include "historyfeed.h"

#include <QJsonDocument>
#include <QVariant>

namespace tricheck::history {

using Id = Expected<qint64, HistoryError>;

Id AuditLog::append(Transaction& transaction, const AuditEvent& event) const
{
    QSqlQuery q = transaction.query();
    q.prepare(QStringLiteral("INSERT INTO audit_events (at_ms, operator_name, kind, subject, row_count, details) "
                             "VALUES (?, ?, ?, ?, ?, ?)") +
              m_database.dialect().returningId());
    const QDateTime at = event.atUtc.isValid() ? event.atUtc : QDateTime::currentDateTimeUtc();
    q.bindValue(0, at.toMSecsSinceEpoch());
    q.bindValue(1, event.operatorName.isEmpty() ? AppInfo::osUserName() : event.operatorName);
    q.bindValue(2, event.kindId.isEmpty() ? AuditEvent::idFor(event.kind) : event.kindId);
    q.bindValue(3, event.subject.isNull() ? QStringLiteral("") : event.subject);
    q.bindValue(4, event.rowCount ? QVariant(*event.rowCount) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(5, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Id::failure(m_database.error(q));
    return insertedId(m_database.dialect(), q);
}

Id AuditLog::append(const AuditEvent& event)
{
    Id id = qint64(0);
    if (const auto failed = m_database.write([&](Transaction& transaction) -> std::optional<HistoryError> {
            id = append(transaction, event);
            return id ? std::nullopt : std::optional<HistoryError>(id.error());
        }))
        return Id::failure(*failed);
    m_feed.announceAudit();
    return id;
}

Expected<QList<AuditEvent>, HistoryError>
AuditLog::events(int limit, std::optional<qint64> beforeId, const AuditFilter& filter) const
{
    using Result = Expected<QList<AuditEvent>, HistoryError>;
    QStringList conditions;
    QVariantList values;
    if (beforeId) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(*beforeId);
    }
    if (filter.from) {
        conditions.append(QStringLiteral("at_ms >= ?"));
        values.append(filter.from->toMSecsSinceEpoch());
    }
    if (filter.to) {
        conditions.append(QStringLiteral("at_ms < ?"));
        values.append(filter.to->toMSecsSinceEpoch());
    }
    if (!filter.kindIds.isEmpty()) {
        QStringList marks;
        for (const QString& kind : filter.kindIds) {
            marks.append(QStringLiteral("?"));
            values.append(kind);
        }
        conditions.append(QStringLiteral("kind IN (%1)").arg(marks.join(u',')));
    }
    if (filter.operatorName) {
        conditions.append(QStringLiteral("operator_name = ?"));
        values.append(*filter.operatorName);
    }
    QSqlQuery q = m_database.query();
    q.prepare(
        QStringLiteral("SELECT id, at_ms, operator_name, kind, subject, row_count, details FROM audit_events") +
        (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    int i = 0;
    for (const QVariant& value : std::as_const(values))
        q.bindValue(i++, value);
    q.bindValue(i, qMax(0, limit));
    if (!q.exec())
        return Result::failure(m_database.error(q));
    QList<AuditEvent> events;
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.operatorName = q.value(2).toString();
        e.kindId = q.value(3).toString();
        e.kind = AuditEvent::kindFromId(e.kindId);
        e.subject = q.value(4).toString();
        if (!q.value(5).isNull())
            e.rowCount = q.value(5).toLongLong();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        events.append(e);
    }
    if (q.lastError().isValid())
        return Result::failure(m_database.error(q));
    return events;
}

} // namespace tricheck::history
