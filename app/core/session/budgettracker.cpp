#include "budgettracker.h"

#include "api/verifyoutcome.h"
#include "common/logging.h"
#include "history/historystore.h"

namespace tricheck::session {

BudgetTracker::BudgetTracker(QObject* parent)
    : QObject(parent)
{ }

BudgetTracker::~BudgetTracker() = default;

void BudgetTracker::refresh(history::HistoryStore* store, const billing::BudgetRule& rule, bool sandbox)
{
    const QDate today = QDate::currentDate();
    billing::BudgetStatus status;
    status.rule = rule;
    status.sandbox = sandbox;
    if (store) {
        const auto counted = billing::budgetStatus(*store, rule, sandbox, today);
        if (counted)
            status = counted.value();
        else
            // Not fatal: the history's own failure stops verifications; the budget keeps its last counts.
            qCWarning(lcHistory).noquote()
                << "budget: the month's billed checks cannot be counted:" << counted.error().message;
        if (!counted && m_status.sandbox == sandbox)
            status.month = m_status.month;
    }
    m_status = status;
    m_month = QDate(today.year(), today.month(), 1);
    emit changed();
}

void BudgetTracker::add(const api::VerifyOutcome& outcome, bool sandbox)
{
    if (sandbox != m_status.sandbox)
        return; // the other kind of service's budget
    const std::optional<bool> billed = outcome.billed();
    if (billed && !*billed)
        return; // not billed: nothing changes
    if (billed)
        ++m_status.month.billed;
    else
        ++m_status.month.billingUnknown; // may have been billed: counted against the budget
    emit changed();
}

bool BudgetTracker::isCurrent(const QDate& today) const
{
    return m_month.isValid() && m_month.year() == today.year() && m_month.month() == today.month();
}

} // namespace tricheck::session
