#include "normalization.h"

#include <algorithm>

namespace tricheck::identity {

namespace {

QString stripSeparators(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'\t')
            continue;
        out.append(c);
    }
    return out;
}

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString toHalfWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return out;
}

QString normalizeMobile(const QString& text)
{
    QString s = stripSeparators(toHalfWidth(text).trimmed());
    // Parentheses around the country code, as in "(+86) 138...", are common in pasted contact cards.
    if (s.startsWith(u'(')) {
        const auto close = s.indexOf(u')');
        if (close > 0 && s.mid(1, close - 1).remove(u'+') == u"86")
            s = u"+86" + s.mid(close + 1);
    }
    if (s.startsWith(u"+86"))
        s.remove(0, 3);
    else if (s.startsWith(u"0086"))
        s.remove(0, 4);
    else if (s.size() == 13 && s.startsWith(u"861") && isAsciiDigits(s))
        s.remove(0, 2); // only when what remains is a whole 11-digit number starting with 1
    return s;
}

QString normalizeIdNumber(const QString& text)
{
    QString s = stripSeparators(toHalfWidth(text).trimmed());
    if (s.endsWith(u'x'))
        s[s.size() - 1] = u'X';
    return s;
}

QString normalizeName(const QString& text)
{
    const QString half = toHalfWidth(text).trimmed();
    QString out;
    out.reserve(half.size());
    for (const QChar c : half) {
        if (c == u' ' && out.endsWith(u' '))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace tricheck::identity
