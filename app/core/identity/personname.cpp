#include "personname.h"

#include "normalization.h"

#include <QChar>
#include <QStringView>

namespace tricheck::identity {

namespace {

bool isLetterOfName(char32_t cp)
{
    if (cp == 0x3007) // 〇, the ideographic zero, is an accepted character in registered names
        return true;
    const auto script = QChar::script(cp);
    if (script == QChar::Script_Han)
        return QChar::category(cp) == QChar::Letter_Other;
    return script == QChar::Script_Latin && QChar::isLetter(cp);
}

} // namespace

bool isNameDot(char32_t cp)
{
    return cp == 0x00B7 || cp == 0x2022 || cp == 0x30FB;
}

Validation validateName(const QString& text)
{
    Validation v;
    v.field = Field::Name;
    v.normalized = normalizeName(text);
    const QString& s = v.normalized;
    auto fail = [&v](Reason reason, QString detail = {}, int position = 0) {
        v.findings.append({reason, Severity::Error, std::move(detail), position});
        return v;
    };

    if (s.isEmpty())
        return fail(Reason::Empty);

    const QList<uint> codePoints = s.toUcs4();
    if (codePoints.size() > kMaxNameLength)
        return fail(Reason::NameTooLong, QString::number(codePoints.size()));

    bool hasLetter = false;
    char32_t previous = 0;
    int position = 0;
    for (const uint u : codePoints) {
        ++position;
        const auto cp = char32_t(u);
        const auto category = QChar::category(cp);
        if (category == QChar::Other_Control || category == QChar::Other_Format || u == 0xFFFD ||
            category == QChar::Other_Surrogate)
            return fail(Reason::NameHasControlCharacter);
        if (cp != 0x3007 && (QChar::isDigit(cp) || category == QChar::Number_Letter || category == QChar::Number_Other))
            return fail(Reason::NameHasDigit);
        if (isNameDot(cp)) {
            if (!hasLetter || isNameDot(previous) || previous == U' ')
                return fail(Reason::NameMisplacedDot);
        } else if (cp == U' ') {
            // a single space between parts; runs were collapsed by normalisation
        } else if (isLetterOfName(cp)) {
            hasLetter = true;
        } else {
            return fail(Reason::NameBadCharacter, characterClassId(cp), position);
        }
        previous = cp;
    }
    if (!hasLetter)
        return fail(Reason::NameNoLetter);
    if (isNameDot(previous))
        return fail(Reason::NameMisplacedDot);
    return v;
}

} // namespace tricheck::identity
