#pragma once

#include "billing/budget.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

namespace tricheck::api {
struct VerifyOutcome;
}
namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::session {

// This month's budget status for a session: counted from the history when it is first asked for
// after the history opens, the rule or the service changes, before each single check and when the
// month turns; kept current between those by the attempts this process records (a batch's rows
// are not counted again per row).
//
// The count is made when asked for, not when it goes stale: a single check under a rule that
// cannot refuse it does not need it at all, and on PostgreSQL it groups today's attempts in the
// server (and counts the days that are over once; see history/closeddaytally.h).
class BudgetTracker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTracker)

public:
    explicit BudgetTracker(QObject* parent = nullptr);
    ~BudgetTracker() override;

    // The counts are stale: counted again when next asked for. `store` may be null (nothing
    // recorded: nothing is counted).
    void refresh(const std::shared_ptr<history::HistoryStore>& store, const billing::BudgetRule& rule, bool sandbox);
    // Colleagues on a shared history may have spent since: the counts are stale unless they were
    // made within the last `freshMs` (a count a moment old, e.g. the readiness check just before
    // a single check, is as good as a new one: the check and a colleague's send are never one
    // transaction anyway).
    void forgetCountsOlderThan(qint64 freshMs);
    // An attempt of this process was recorded, to the sandbox or to the real service.
    void add(const api::VerifyOutcome& outcome, bool sandbox);
    // The status with this month's counts (counted first when they are stale).
    const billing::BudgetStatus& status() const;
    // Why a single check is refused; the month is counted only under a rule that can refuse one.
    std::optional<QString> singleCheckRefusal() const;
    // Whether the month has been counted since the last refresh() (and is still this month).
    bool isCounted(const QDate& today = QDate::currentDate()) const;

signals:
    void changed();

private:
    void count(const QDate& today) const;

    std::weak_ptr<history::HistoryStore> m_store;
    bool m_hasStore = false;
    mutable billing::BudgetStatus m_status;
    mutable QDate m_month;             // the first day of the month counted; invalid: stale
    mutable QDate m_countsMonth;       // the month m_status.month holds the counts of
    mutable QElapsedTimer m_countedAt; // since the last count from the history
    // Attempts recorded while the counts were stale: the next count reads them from the history,
    // and a count that fails adds them to the counts it keeps.
    mutable billing::MonthToDate m_unseen;
};

} // namespace tricheck::session
