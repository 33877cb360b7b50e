#include "identityvalidators.h"

#include "identity/normalization.h"

#include <algorithm>

namespace tricheck::gui {

using namespace tricheck::identity;

namespace {

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString withoutSeparators(const QString& text)
{
    QString out = toHalfWidth(text);
    out.remove(u' ').remove(u'-').remove(u'\t');
    return out;
}

// A country prefix being typed: "+", "+8", "00", "(+86" …
bool isPrefixBeingTyped(const QString& compact)
{
    for (const QStringView full : {u"+86", u"0086", u"(+86)", u"(86)"}) {
        if (!compact.isEmpty() && full.startsWith(compact))
            return true;
    }
    return false;
}

} // namespace

QValidator::State MobileValidator::validate(QString& input, int& pos) const
{
    const QString compact = withoutSeparators(input);
    if (compact.isEmpty() || isPrefixBeingTyped(compact))
        return Intermediate;
    const QString normalized = normalizeMobile(input);
    if (!allDigits(normalized) || normalized.size() > 11)
        return Invalid;
    pos = int(std::min(normalizeMobile(input.left(pos)).size(), normalized.size()));
    input = normalized;
    return normalized.size() == 11 ? Acceptable : Intermediate;
}

QValidator::State IdNumberValidator::validate(QString& input, int& pos) const
{
    QString normalized = normalizeIdNumber(input);
    if (normalized.size() > 18)
        return Invalid;
    const QStringView digits = QStringView(normalized).left(17);
    if (!allDigits(digits))
        return Invalid;
    if (normalized.size() == 18 && !normalized.at(17).isDigit() && normalized.at(17) != u'X')
        return Invalid;
    pos = int(std::min(normalizeIdNumber(input.left(pos)).size(), normalized.size()));
    input = normalized;
    return normalized.size() == 18 ? Acceptable : Intermediate;
}

QValidator::State NameValidator::validate(QString& input, int& pos) const
{
    const QString half = toHalfWidth(input);
    if (half.size() > kMaxLength)
        return Invalid;
    if (std::any_of(half.begin(), half.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Invalid;
    input = half; // same length: the cursor stays where it was
    Q_UNUSED(pos)
    return half.trimmed().isEmpty() ? Intermediate : Acceptable;
}

} // namespace tricheck::gui
