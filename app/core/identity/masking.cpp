#include "masking.h"

#include <QStringList>

#include <array>

namespace tricheck::identity {

namespace {

QString keepEnds(const QList<uint>& cps, int head, int tail)
{
    const int n = int(cps.size());
    QString out;
    if (n < head + tail + 1) {
        out.fill(u'*', n);
        return out;
    }
    for (int i = 0; i < n; ++i) {
        if (i < head || i >= n - tail) {
            const auto cp = char32_t(cps.at(i));
            out.append(QString::fromUcs4(&cp, 1));
        } else {
            out.append(u'*');
        }
    }
    return out;
}

// The common Chinese compound surnames (复姓). Masking keeps a surname, and for these the surname
// is two characters: "欧阳娜娜" becomes "欧阳**", not "欧***".
constexpr std::array<const char16_t*, 40> kCompoundSurnames{
    u"欧阳", u"司马", u"上官", u"诸葛", u"东方", u"皇甫", u"尉迟", u"公孙", u"慕容", u"长孙",
    u"宇文", u"司徒", u"夏侯", u"令狐", u"端木", u"独孤", u"轩辕", u"西门", u"南宫", u"万俟",
    u"闻人", u"澹台", u"公冶", u"宗政", u"濮阳", u"淳于", u"单于", u"太叔", u"申屠", u"公羊",
    u"赫连", u"钟离", u"仲孙", u"拓跋", u"呼延", u"百里", u"东郭", u"司空", u"左丘", u"第五",
};

} // namespace

QString maskIdNumber(const QString& idNumber)
{
    return keepEnds(idNumber.toUcs4(), 3, 4);
}

QString maskMobile(const QString& mobile)
{
    return keepEnds(mobile.toUcs4(), 3, 4);
}

QString maskName(const QString& name)
{
    const QList<uint> cps = name.toUcs4();
    if (cps.isEmpty())
        return {};
    int keep = 1;
    if (cps.size() > 2) {
        for (const char16_t* surname : kCompoundSurnames) {
            if (name.startsWith(QStringView(surname))) {
                keep = 2;
                break;
            }
        }
    }
    QString out;
    for (int i = 0; i < int(cps.size()); ++i) {
        if (i < keep) {
            const auto cp = char32_t(cps.at(i));
            out.append(QString::fromUcs4(&cp, 1));
        } else {
            out.append(u'*');
        }
    }
    return out;
}

QString maskDigest(const QString& digest)
{
    Q_UNUSED(digest)
    return QStringLiteral("[MD5]");
}

} // namespace tricheck::identity
