#include "idnumber.h"

#include "areacodes.h"
#include "normalization.h"

#include <array>

namespace tricheck::identity {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

} // namespace

std::optional<QChar> idCheckCharacter(QStringView first17)
{
    // W_i = 2^(18-i) mod 11 for positions 1..17; the check character is "10X98765432"[S mod 11].
    static constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t kCheck[] = u"10X98765432";
    if (first17.size() != 17)
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        const QChar c = first17.at(qsizetype(i));
        if (!isDigit(c))
            return std::nullopt;
        sum += digitValue(c) * kWeights[i];
    }
    return QChar(kCheck[sum % 11]);
}

QDate idBirthDate(QStringView idNumber)
{
    if (idNumber.size() < 14)
        return {};
    const QStringView digits = idNumber.mid(6, 8);
    if (!std::all_of(digits.begin(), digits.end(), isDigit))
        return {};
    return QDate(digits.mid(0, 4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
}

bool isMainlandProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65);
}

Validation validateIdNumber(const QString& text, QDate today)
{
    Validation v;
    v.field = Field::IdNumber;
    v.normalized = normalizeIdNumber(text);
    const QString& s = v.normalized;
    auto fail = [&v](Reason reason, QString detail = {}, int position = 0) {
        v.findings.append({reason, Severity::Error, std::move(detail), position});
        return v;
    };

    if (s.isEmpty())
        return fail(Reason::Empty);
    if (s.size() == 15 && std::all_of(s.begin(), s.end(), isDigit))
        return fail(Reason::IdLegacy15Digits);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool lastOfEighteen = i == 17 && s.size() == 18;
        if (!isDigit(c) && !(lastOfEighteen && c == u'X'))
            return fail(Reason::IdBadCharacter, characterClassId(c.unicode()), int(i) + 1);
    }
    if (s.size() != 18)
        return fail(Reason::IdWrongLength, QString::number(s.size()));

    const int province = s.left(2).toInt();
    const bool otherRegion = province == 71 || province == 81 || province == 82 || province == 83;
    if (!isMainlandProvinceCode(province) && !otherRegion)
        return fail(Reason::IdNotMainlandProvince, s.left(2));

    const QDate birth = idBirthDate(s);
    if (!birth.isValid())
        return fail(Reason::IdBirthDateInvalid);
    if (birth < QDate(1900, 1, 1))
        return fail(Reason::IdBirthDateBefore1900);
    if (birth > today)
        return fail(Reason::IdBirthDateInFuture);

    const QChar expected = idCheckCharacter(QStringView(s).left(17)).value_or(QChar());
    if (s.at(17) != expected)
        return fail(Reason::IdChecksumMismatch, {}, 18);

    if (otherRegion)
        v.findings.append({Reason::IdNonMainlandRegion, Severity::Warning, s.left(2), 0});
    else if (!AreaCodes::isKnown(QStringView(s).left(6)))
        v.findings.append({Reason::IdUnknownAreaCode, Severity::Warning, {}, 0});
    return v;
}

} // namespace tricheck::identity
