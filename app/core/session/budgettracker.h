#pragma once

#include "billing/budget.h"

#include <QDate>
#include <QObject>

namespace tricheck::api {
struct VerifyOutcome;
}
namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::session {

// This month's budget status for a session: counted from the history when it opens, when the
// rule or the service changes, before each single check and when the month turns; kept current
// between those by the attempts this process records (a batch's rows are not counted again per row).
class BudgetTracker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTracker)

public:
    explicit BudgetTracker(QObject* parent = nullptr);
    ~BudgetTracker() override;

    // Counts again: `store` may be null (nothing recorded: nothing is counted).
    void refresh(history::HistoryStore* store, const billing::BudgetRule& rule, bool sandbox);
    // An attempt of this process was recorded, to the sandbox or to the real service.
    void add(const api::VerifyOutcome& outcome, bool sandbox);
    const billing::BudgetStatus& status() const { return m_status; }
    // The local month the counts are of: refresh() when today is in another one.
    bool isCurrent(const QDate& today = QDate::currentDate()) const;

signals:
    void changed();

private:
    billing::BudgetStatus m_status;
    QDate m_month;
};

} // namespace tricheck::session
