#pragma once

#include "billing/price.h"
#include "common/expected.h"
#include "history/historyerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::billing {

// A month's budget: a number of billed checks, or an amount of money.
struct MonthlyBudget
{
    std::optional<qint64> checks;
    std::optional<double> money;
    QString currency; // of `money`

    // "" or "0": none; "1000": billed checks; "500 CNY": money (see parseMoney).
    static std::optional<MonthlyBudget> parse(QStringView text);
    bool isSet() const { return checks.has_value() || money.has_value(); }
    QString toString() const; // canonical, as stored: "", "1000", "500.00 CNY"
};

// The budget rule in force (SessionConfig::budgetRule): the price of one billed check, the
// monthly budget and whether reaching it refuses further checks.
struct BudgetRule
{
    Q_DECLARE_TR_FUNCTIONS(BudgetRule)

public:
    std::optional<Price> price;
    MonthlyBudget budget;
    bool hardStop = false;

    // The budget as billed checks: its checks, or its money divided by the price (rounded down).
    // Nothing when there is no budget, or when a budget in money has no price in its currency.
    std::optional<qint64> limitChecks() const;
    // Whether a single check can be refused by this rule: a hard stop on a budget that applies.
    bool refusesWhenUsedUp() const { return hardStop && limitChecks().has_value(); }
    // Why a budget that is set cannot be applied (translated): a budget in money without a price in
    // the same currency.
    std::optional<QString> problem() const;
};

// The billed checks of one kind of service (the real one, or the sandbox's simulated ones) in the
// current local calendar month.
struct MonthToDate
{
    qint64 billed = 0;
    qint64 billingUnknown = 0; // outcome unknown after the request left: may have been billed
    // What the budget counts: an attempt that may have been billed counts as billed.
    qint64 used() const { return billed + billingUnknown; }
};

// Whether a batch fits in what remains of the budget, counting every row it may send as billable.
struct BatchBudget
{
    enum class Verdict {
        Fits,
        Exceeds, // the operator is asked (or, in the CLI, must say --over-budget or --within-budget)
        Refused, // the hard stop refuses it; the rows that fit may still be sent (--within-budget)
    };
    Verdict verdict = Verdict::Fits;
    qint64 rows = 0;        // rows that may be billed
    qint64 rowsThatFit = 0; // of those, rows within what remains
    std::optional<qint64> remaining;
    std::optional<qint64> limit;
    qint64 used = 0;
    bool hardStop = false;
    QString message; // translated, unless Fits

    QJsonObject toJson() const; // rows, rowsThatFit, remaining, limit, used, hardStop
    // One line for a batch's start page (translated): what is left, or why it does not fit; empty
    // without a budget.
    QString summary() const;
};

// The budget rule with this month's use: what the status bar, the warning banner, a single check
// and a batch's start are told. Decided here once for the desktop and the CLI.
class BudgetStatus
{
    Q_DECLARE_TR_FUNCTIONS(BudgetStatus)

public:
    BudgetRule rule;
    MonthToDate month;
    bool sandbox = false; // the sandbox's simulated checks: rehearses the budget, bills nothing

    std::optional<qint64> limit() const { return rule.limitChecks(); }
    std::optional<qint64> remaining() const;
    bool isWarning() const;             // 80 % or more of the budget is used
    bool isExhausted() const;           // nothing remains
    std::optional<double> cost() const; // this month's billed checks at the price

    QString statusText() const;                        // the status bar
    std::optional<QString> warningText() const;        // the banner, from 80 %
    std::optional<QString> singleCheckRefusal() const; // hard stop and nothing remains
    BatchBudget forBatch(qint64 billableRows) const;
    QJsonObject toJson() const;

    // The UTC instants of the local calendar month of `today`: [first day 00:00, next month's).
    static std::pair<QDateTime, QDateTime> monthUtc(const QDate& today, const QTimeZone& zone);
};

// This month's budget status from the history: one grouped count over the month's range of the
// time index, for the sandbox's attempts or the real service's.
Expected<BudgetStatus, history::HistoryError> budgetStatus(history::HistoryStore& store,
                                                           const BudgetRule& rule,
                                                           bool sandbox,
                                                           const QDate& today = QDate::currentDate(),
                                                           const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace tricheck::billing
