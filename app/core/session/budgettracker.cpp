#include "budgettracker.h"

#include "api/verifyoutcome.h"
#include "common/logging.h"
#include "history/historystore.h"

#include <utility>

namespace tricheck::session {

BudgetTracker::BudgetTracker(QObject* parent)
    : QObject(parent)
{ }

BudgetTracker::~BudgetTracker() = default;

void BudgetTracker::refresh(const std::shared_ptr<history::HistoryStore>& store,
                            const billing::BudgetRule& rule,
                            bool sandbox)
{
    if (sandbox != m_status.sandbox) {
        m_status.month = {}; // the other kind of service's counts are no fallback for this one's
        m_unseen = {};
        m_countsMonth = {};
    }
    m_store = store;
    m_hasStore = store != nullptr;
    m_status.rule = rule;
    m_status.sandbox = sandbox;
    m_month = {};
    emit changed();
}

void BudgetTracker::forgetCountsOlderThan(qint64 freshMs)
{
    if (isCounted() && m_countedAt.isValid() && m_countedAt.elapsed() < freshMs)
        return;
    m_month = {};
    emit changed();
}

void BudgetTracker::count(const QDate& today) const
{
    const QDate month(today.year(), today.month(), 1);
    m_month = month;
    m_countedAt.start();
    const billing::MonthToDate unseen = std::exchange(m_unseen, {});
    if (!m_hasStore) {
        m_status.month = {};
        m_countsMonth = month;
        return;
    }
    if (const std::shared_ptr<history::HistoryStore> store = m_store.lock()) {
        const auto counted = billing::budgetStatus(*store, m_status.rule, m_status.sandbox, today);
        if (counted) {
            m_status.month = counted->month;
            m_countsMonth = month;
            return;
        }
        qCWarning(lcHistory).noquote() << "budget: the month's billed checks cannot be counted:"
                                       << counted.error().message;
    }
    // Not fatal: the history's own failure stops verifications. The budget keeps its last counts
    // (none of a month that is over) and adds the attempts recorded since.
    if (m_countsMonth != month)
        m_status.month = {};
    m_countsMonth = month;
    m_status.month.billed += unseen.billed;
    m_status.month.billingUnknown += unseen.billingUnknown;
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
        return; // not billed: nothing changes
    // Counted now, or by the count to come (which reads it from the history).
    billing::MonthToDate& month = isCounted() ? m_status.month : m_unseen;
    if (billed)
        ++month.billed;
    else
        ++month.billingUnknown; // may have been billed: counted against the budget
    emit changed();
}

bool BudgetTracker::isCounted(const QDate& today) const
{
    return m_month.isValid() && m_month.year() == today.year() && m_month.month() == today.month();
}

} // namespace tricheck::session
