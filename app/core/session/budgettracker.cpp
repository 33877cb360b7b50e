#include "budgettracker.h"

#include "api/verifyoutcome.h"
#include "common/logging.h"
#include "history/historystore.h"

namespace tricheck::session {

BudgetTracker::BudgetTracker(QObject* parent)
    : QObject(parent)
{ }

BudgetTracker::~BudgetTracker() = default;

void BudgetTracker::refresh(const std::shared_ptr<history::HistoryStore>& store,
                            const billing::BudgetRule& rule,
                            bool sandbox)
{
    if (sandbox != m_status.sandbox)
        m_status.month = {}; // the other kind of service's counts are no fallback for this one's
    m_store = store;
    m_hasStore = store != nullptr;
    m_status.rule = rule;
    m_status.sandbox = sandbox;
    m_month = {};
    emit changed();
}

void BudgetTracker::count(const QDate& today) const
{
    m_month = QDate(today.year(), today.month(), 1);
    if (!m_hasStore) {
        m_status.month = {};
        return;
    }
    const std::shared_ptr<history::HistoryStore> store = m_store.lock();
    if (!store)
        return; // the history closed without a refresh(): the last counts stay
    const auto counted = billing::budgetStatus(*store, m_status.rule, m_status.sandbox, today);
    if (counted)
        m_status.month = counted->month;
    else
        // Not fatal: the history's own failure stops verifications; the budget keeps its last counts.
        qCWarning(lcHistory).noquote() << "budget: the month's billed checks cannot be counted:"
                                       << counted.error().message;
}

const billing::BudgetStatus& BudgetTracker::status() const
{
    const QDate today = QDate::currentDate();
    if (!isCounted(today))
        count(today);
    return m_status;
}

std::optional<QString> BudgetTracker::singleCheckRefusal() const
{
    if (!m_status.rule.refusesWhenUsedUp())
        return std::nullopt;
    return status().singleCheckRefusal();
}

void BudgetTracker::add(const api::VerifyOutcome& outcome, bool sandbox)
{
    if (sandbox != m_status.sandbox)
        return; // the other kind of service's budget
    const std::optional<bool> billed = outcome.billed();
    if (billed && !*billed)
        return;        // not billed: nothing changes
    if (isCounted()) { // otherwise the count to come reads this attempt from the history
        if (billed)
            ++m_status.month.billed;
        else
            ++m_status.month.billingUnknown; // may have been billed: counted against the budget
    }
    emit changed();
}

bool BudgetTracker::isCounted(const QDate& today) const
{
    return m_month.isValid() && m_month.year() == today.year() && m_month.month() == today.month();
}

} // namespace tricheck::session
