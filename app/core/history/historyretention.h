#pragma once

#include "auditevent.h"
#include "common/expected.h"
#include "historyerror.h"
#include "purgerequest.h"

#include <QCoreApplication>
#include <QVariantList>

namespace tricheck::history {

class AuditLog;
class HistoryDatabase;
class HistoryFeed;

// Internal to the history module: deleting attempts — the retention period and the operator's
// purges — each deletion committed together with its audit event.
class HistoryRetention
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    HistoryRetention(HistoryDatabase& database, AuditLog& audit, HistoryFeed& feed)
        : m_database(database)
        , m_audit(audit)
        , m_feed(feed)
    { }

    Expected<qint64, HistoryError> applyRetention(int days, const QString& trigger, const QDateTime& nowUtc);
    Expected<qint64, HistoryError> purge(const PurgeRequest& request);

private:
    struct DeleteStep
    {
        QString where;
        QVariantList binds;
    };
    Expected<qint64, HistoryError>
    deleteWithAudit(const QList<DeleteStep>& steps, const AuditEvent& event, bool alwaysAudit);

    HistoryDatabase& m_database;
    AuditLog& m_audit;
    HistoryFeed& m_feed;
};

} // namespace tricheck::history
