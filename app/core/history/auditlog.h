#pragma once

#include "auditevent.h"
#include "common/expected.h"
#include "historyerror.h"

#include <QList>

#include <optional>

namespace tricheck::history {

class HistoryDatabase;
class HistoryFeed;
class Transaction;

// Internal to the history module: the audit trail (append-only; never purged).
class AuditLog
{
public:
    AuditLog(HistoryDatabase& database, HistoryFeed& feed)
        : m_database(database)
        , m_feed(feed)
    { }

    // Fills in the time and operator when empty; commits; returns the event's id.
    Expected<qint64, HistoryError> append(const AuditEvent& event);
    // The same inside the caller's write transaction (a deletion and its event commit together).
    Expected<qint64, HistoryError> append(Transaction& transaction, const AuditEvent& event) const;
    // Newest first; `beforeId` pages back through older events.
    Expected<QList<AuditEvent>, HistoryError>
    events(int limit, std::optional<qint64> beforeId, const AuditFilter& filter = {}) const;

private:
    HistoryDatabase& m_database;
    HistoryFeed& m_feed;
};

} // namespace tricheck::history
