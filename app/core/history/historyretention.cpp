#include "historyretention.h"

#include "auditlog.h"
#include "common/logging.h"
#include "historydatabase.h"
#include "historyfeed.h"
#include "historysql.h"

#include <QJsonArray>

namespace tricheck::history {

using Deleted = Expected<qint64, HistoryError>;

Deleted HistoryRetention::deleteWithAudit(const QList<DeleteStep>& steps, const AuditEvent& event, bool alwaysAudit)
{
    qint64 deleted = 0;
    const auto failed = m_database.write([&](Transaction& transaction) -> std::optional<HistoryError> {
        deleted = 0;
        for (const DeleteStep& step : steps) {
            QSqlQuery q = transaction.query();
            q.prepare(QStringLiteral("DELETE FROM attempts") + step.where);
            sql::bindAll(q, step.binds);
            if (!q.exec())
                return m_database.error(q);
            deleted += q.numRowsAffected();
        }
        if (deleted > 0 || alwaysAudit) {
            AuditEvent e = event;
            e.rowCount = deleted;
            if (const auto id = m_audit.append(transaction, e); !id)
                return id.error();
        }
        return std::nullopt;
    });
    if (failed)
        return Deleted::failure(*failed);
    if (deleted > 0) {
        QSqlDatabase db = m_database.connection();
        m_database.dialect().afterDelete(db);
        m_feed.announceRemoved();
    }
    if (deleted > 0 || alwaysAudit)
        m_feed.announceAudit();
    qCInfo(lcHistory) << "deleted" << deleted << "history rows:" << event.kindId;
    return deleted;
}

Deleted HistoryRetention::applyRetention(int days, const QString& trigger, const QDateTime& nowUtc)
{
    if (days < 1)
        return Deleted::failure(HistoryError::invalidArgument(tr("The retention period must be at least one day.")));
    const QDateTime cutoff = nowUtc.toUTC().addDays(-days);
    const AuditEvent event = AuditEvent::retentionRun(days, cutoff, 0, trigger);
    // At open, a run that finds nothing to delete is not worth an audit entry on every start.
    return deleteWithAudit({{QStringLiteral(" WHERE started_ms < ?"), {cutoff.toMSecsSinceEpoch()}}},
                           event,
                           trigger != u"open");
}

Deleted HistoryRetention::purge(const PurgeRequest& request)
{
    switch (request.scope) {
    case PurgeRequest::Scope::All:
        return deleteWithAudit({{QString(), {}}}, AuditEvent::purged(QStringLiteral("all"), 0, {}), true);
    case PurgeRequest::Scope::OlderThan: {
        if (!request.before.isValid())
            return Deleted::failure(HistoryError::invalidArgument(tr("No date was given for the purge.")));
        const QJsonObject details{{QStringLiteral("before"), request.before.toUTC().toString(Qt::ISODate)}};
        return deleteWithAudit({{QStringLiteral(" WHERE started_ms < ?"), {request.before.toMSecsSinceEpoch()}}},
                               AuditEvent::purged(QStringLiteral("older_than"), 0, details),
                               true);
    }
    case PurgeRequest::Scope::Ids:
        break;
    }
    if (request.ids.isEmpty())
        return qint64(0);
    // Chunks keep every statement under the engines' bound-parameter limits; all chunks and the
    // audit entry commit together.
    QList<DeleteStep> steps;
    QJsonArray ids;
    constexpr int kChunk = 500;
    for (int i = 0; i < request.ids.size(); i += kChunk) {
        DeleteStep step;
        const QList<qint64> chunk = request.ids.mid(i, kChunk);
        for (const qint64 id : chunk) {
            step.binds.append(id);
            ids.append(id);
        }
        step.where = QStringLiteral(" WHERE id IN (?") + QStringLiteral(",?").repeated(chunk.size() - 1) + u')';
        steps.append(step);
    }
    QJsonObject details{{QStringLiteral("count"), ids.size()}};
    if (ids.size() <= 1000)
        details.insert(QStringLiteral("ids"), ids);
    return deleteWithAudit(steps, AuditEvent::purged(QStringLiteral("selected"), 0, details), true);
}

} // namespace tricheck::history
