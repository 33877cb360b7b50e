#include "budget.h"

#include "history/historystore.h"

#include <QLocale>

#include <cmath>

namespace tricheck::billing {

namespace {

constexpr int kWarningPercent = 80;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString money(double amount, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(amount, 'f', 2), currency);
}

} // namespace

std::optional<MonthlyBudget> MonthlyBudget::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    MonthlyBudget budget;
    if (trimmed.isEmpty())
        return budget;
    bool ok = false;
    const qint64 checks = trimmed.toLongLong(&ok);
    if (ok) {
        if (checks < 0 || checks > 1'000'000'000)
            return std::nullopt;
        if (checks > 0)
            budget.checks = checks;
        return budget;
    }
    const auto amount = parseMoney(trimmed);
    if (!amount)
        return std::nullopt;
    if (amount->first > 0) {
        budget.money = amount->first;
        budget.currency = amount->second;
    }
    return budget;
}

QString MonthlyBudget::toString() const
{
    if (checks)
        return QString::number(*checks);
    if (money)
        return moneyText(*money, currency);
    return {};
}

std::optional<qint64> BudgetRule::limitChecks() const
{
    if (budget.checks)
        return budget.checks;
    if (!budget.money || !price || price->currency != budget.currency)
        return std::nullopt;
    if (price->amount <= 0)
        return std::nullopt; // free checks: a budget in money never runs out
    // A small tolerance: 5.00 / 0.05 is 99.999… in binary floating point, and means 100 checks.
    return qint64(std::floor(*budget.money / price->amount + 1e-9));
}

std::optional<QString> BudgetRule::problem() const
{
    if (!budget.money)
        return std::nullopt;
    if (!price)
        return tr("The monthly budget is an amount of money (%1), but no price per check is set: the budget "
                  "cannot be applied.")
            .arg(moneyText(*budget.money, budget.currency));
    if (price->currency != budget.currency)
        return tr("The monthly budget is in %1 but the price per check is in %2: the budget cannot be applied.")
            .arg(budget.currency, price->currency);
    return std::nullopt;
}

std::optional<qint64> BudgetStatus::remaining() const
{
    const auto max = limit();
    if (!max)
        return std::nullopt;
    return std::max<qint64>(0, *max - month.used());
}

bool BudgetStatus::isWarning() const
{
    const auto max = limit();
    return max && month.used() * 100 >= *max * kWarningPercent;
}

bool BudgetStatus::isExhausted() const
{
    const auto left = remaining();
    return left && *left == 0;
}

std::optional<double> BudgetStatus::cost() const
{
    if (!rule.price)
        return std::nullopt;
    return double(month.billed) * rule.price->amount;
}

QString BudgetStatus::statusText() const
{
    QString text = sandbox ? tr("Simulated this month: %1 (not billed)").arg(number(month.billed))
                           : tr("Billed this month: %1").arg(number(month.billed));
    if (month.billingUnknown > 0)
        text += u' ' + tr("(+%n may have been billed)", nullptr, int(std::min<qint64>(month.billingUnknown, 1 << 30)));
    if (const auto max = limit()) {
        if (rule.budget.money)
            text += u' ' + tr("· %1 of %2")
                               .arg(money(cost().value_or(0), rule.budget.currency),
                                    money(*rule.budget.money, rule.budget.currency));
        else
            text += u' ' + tr("of %1").arg(number(*max));
    }
    if (const auto c = cost(); c && !rule.budget.money)
        text += u' ' + tr("· %1").arg(money(*c, rule.price->currency));
    return text;
}

std::optional<QString> BudgetStatus::warningText() const
{
    const auto max = limit();
    if (!max || !isWarning())
        return std::nullopt;
    const QString used = number(month.used());
    if (isExhausted()) {
        if (rule.hardStop)
            return sandbox ? tr("This month's budget is used up in the sandbox (%1 of %2 checks): further checks "
                                "are refused, as they would be with the real service.")
                                 .arg(used, number(*max))
                           : tr("This month's budget is used up (%1 of %2 billed checks): further checks are "
                                "refused until next month or until the budget is raised.")
                                 .arg(used, number(*max));
        return tr("This month's budget is used up (%1 of %2 billed checks); checks are still sent.")
            .arg(used, number(*max));
    }
    const qint64 percent = month.used() * 100 / std::max<qint64>(1, *max);
    return tr("%1% of this month's budget is used: %2 of %3 billed checks, %4 left.")
        .arg(QString::number(percent), used, number(*max), number(remaining().value_or(0)));
}

std::optional<QString> BudgetStatus::singleCheckRefusal() const
{
    if (!rule.refusesWhenUsedUp() || !isExhausted())
        return std::nullopt;
    return tr("Not sent: this month's budget of %1 billed checks is used up (%2 billed, %3 may have been "
              "billed), and its hard stop refuses further checks until next month or until the budget is raised.")
        .arg(number(*limit()), number(month.billed), number(month.billingUnknown));
}

BatchBudget BudgetStatus::forBatch(qint64 billableRows) const
{
    BatchBudget b;
    b.rows = billableRows;
    b.rowsThatFit = billableRows;
    b.limit = limit();
    b.remaining = remaining();
    b.used = month.used();
    b.hardStop = rule.hardStop;
    if (!b.remaining || billableRows <= *b.remaining)
        return b;
    b.rowsThatFit = *b.remaining;
    const QString facts = tr("This batch may bill %n row(s), but this month's budget allows %1 more billed "
                             "checks (%2 of %3 used).",
                             nullptr,
                             int(std::min<qint64>(billableRows, 1 << 30)))
                              .arg(number(*b.remaining), number(b.used), number(*b.limit));
    if (rule.hardStop) {
        b.verdict = BatchBudget::Verdict::Refused;
        b.message = facts + u' ' +
                    tr("The budget's hard stop refuses it: send only the rows that fit (they stop at the budget), "
                       "or raise the budget.");
    } else {
        b.verdict = BatchBudget::Verdict::Exceeds;
        b.message = facts + u' ' + tr("Send every row anyway, send only the rows that fit, or cancel.");
    }
    return b;
}

QJsonObject BatchBudget::toJson() const
{
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("rowsThatFit"), rowsThatFit},
                  {QStringLiteral("used"), used},
                  {QStringLiteral("hardStop"), hardStop}};
    o.insert(QStringLiteral("remaining"), remaining ? QJsonValue(*remaining) : QJsonValue());
    o.insert(QStringLiteral("limit"), limit ? QJsonValue(*limit) : QJsonValue());
    return o;
}

QString BatchBudget::summary() const
{
    if (!limit)
        return {};
    if (verdict != Verdict::Fits)
        return message;
    return BudgetStatus::tr("This month's budget allows %1 more billed checks (%2 of %3 used).")
        .arg(number(remaining.value_or(0)), number(used), number(*limit));
}

QJsonObject BudgetStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("billed"), month.billed},
                  {QStringLiteral("billingUnknown"), month.billingUnknown},
                  {QStringLiteral("sandbox"), sandbox},
                  {QStringLiteral("hardStop"), rule.hardStop}};
    o.insert(QStringLiteral("limit"), limit() ? QJsonValue(*limit()) : QJsonValue());
    o.insert(QStringLiteral("remaining"), remaining() ? QJsonValue(*remaining()) : QJsonValue());
    if (rule.price) {
        o.insert(QStringLiteral("price"), rule.price->toString());
        o.insert(QStringLiteral("cost"), moneyText(cost().value_or(0), rule.price->currency));
    }
    return o;
}

std::pair<QDateTime, QDateTime> BudgetStatus::monthUtc(const QDate& today, const QTimeZone& zone)
{
    const QDate first(today.year(), today.month(), 1);
    return {QDateTime(first, QTime(0, 0), zone).toUTC(), QDateTime(first.addMonths(1), QTime(0, 0), zone).toUTC()};
}

Expected<BudgetStatus, history::HistoryError> budgetStatus(history::HistoryStore& store,
                                                           const BudgetRule& rule,
                                                           bool sandbox,
                                                           const QDate& today,
                                                           const QTimeZone& zone)
{
    const auto [from, to] = BudgetStatus::monthUtc(today, zone);
    const auto counts = store.billedCounts(from, to, sandbox);
    if (!counts)
        return Expected<BudgetStatus, history::HistoryError>::failure(counts.error());
    BudgetStatus status;
    status.rule = rule;
    status.sandbox = sandbox;
    status.month.billed = counts->billed;
    status.month.billingUnknown = counts->billingUnknown;
    return status;
}

} // namespace tricheck::billing
