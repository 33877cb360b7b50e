#pragma once

#include "history/auditevent.h"

#include <QList>

#include <memory>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::session {

// The session's one way into the audit log. Events that happen before the history is open (a
// change at start-up, a policy problem) wait here and are written once it is; a failed write is
// logged, never fatal: the audit trail must not stop a verification that is already decided.
class AuditTrail
{
public:
    void setHistory(std::shared_ptr<history::HistoryStore> store);
    void append(const history::AuditEvent& event);
    int pending() const { return int(m_pending.size()); }

private:
    void write(const history::AuditEvent& event);

    std::shared_ptr<history::HistoryStore> m_history;
    QList<history::AuditEvent> m_pending;
};

} // namespace tricheck::session
