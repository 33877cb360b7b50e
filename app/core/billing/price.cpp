#include "price.h"

#include <QRegularExpression>

#include <cmath>

namespace tricheck::billing {

std::optional<std::pair<double, QString>> parseMoney(QStringView text)
{
    // Written by hand rather than with QLocale: the value is stored in settings and policy files,
    // which must read the same in every language (a decimal point, never a comma).
    static const QRegularExpression amountFirst(QStringLiteral("^([0-9]+(?:\\.[0-9]{1,6})?)\\s*([A-Za-z]{3})$"));
    static const QRegularExpression currencyFirst(QStringLiteral("^([A-Za-z]{3})\\s*([0-9]+(?:\\.[0-9]{1,6})?)$"));
    const QString trimmed = text.trimmed().toString();
    QString amount;
    QString currency;
    if (const auto m = amountFirst.match(trimmed); m.hasMatch()) {
        amount = m.captured(1);
        currency = m.captured(2);
    } else if (const auto c = currencyFirst.match(trimmed); c.hasMatch()) {
        currency = c.captured(1);
        amount = c.captured(2);
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value > 1e12)
        return std::nullopt;
    return std::make_pair(value, currency.toUpper());
}

QString moneyText(double amount, const QString& currency)
{
    QString number = QString::number(amount, 'f', 6);
    // At least two decimals, no trailing zeros beyond them: "0.50", "0.125".
    while (number.endsWith(u'0') && number.indexOf(u'.') < number.size() - 3)
        number.chop(1);
    return number + u' ' + currency;
}

std::optional<Price> Price::parse(QStringView text)
{
    const auto money = parseMoney(text);
    if (!money)
        return std::nullopt;
    return Price{money->first, money->second};
}

QString Price::toString() const
{
    return moneyText(amount, currency);
}

} // namespace tricheck::billing
