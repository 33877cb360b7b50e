#pragma once

#include <QString>

#include <optional>

namespace tricheck::billing {

// The price of one billed check, with its currency, as the operator or the administrator set it
// ("0.50 CNY"). Used for the estimated cost (statistics, reports) and for a budget in money.
struct Price
{
    double amount = 0;
    QString currency; // ISO 4217, e.g. "CNY"

    // "0.5 CNY", "0.50 cny", "CNY 0.50": an amount >= 0 and a three-letter currency; "" is none.
    static std::optional<Price> parse(QStringView text);
    QString toString() const; // canonical: "0.50 CNY" (at least two decimals, C locale)
};

// An amount and a currency: "500 CNY" (for a budget in money).
std::optional<std::pair<double, QString>> parseMoney(QStringView text);
QString moneyText(double amount, const QString& currency); // canonical: "500.00 CNY"

} // namespace tricheck::billing
