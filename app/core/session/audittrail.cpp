#include "audittrail.h"

#include "common/logging.h"
#include "history/historystore.h"

namespace tricheck::session {

void AuditTrail::setHistory(std::shared_ptr<history::HistoryStore> store)
{
    m_history = std::move(store);
    if (!m_history)
        return;
    const QList<history::AuditEvent> pending = std::exchange(m_pending, {});
    for (const history::AuditEvent& event : pending)
        write(event);
}

void AuditTrail::append(const history::AuditEvent& event)
{
    if (!m_history) {
        m_pending.append(event);
        return;
    }
    write(event);
}

void AuditTrail::write(const history::AuditEvent& event)
{
    const auto appended = m_history->appendAudit(event);
    if (!appended)
        qCWarning(lcHistory) << "audit event not recorded:" << appended.error().message;
}

} // namespace tricheck::session
