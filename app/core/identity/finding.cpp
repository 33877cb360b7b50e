#include "finding.h"

#include <algorithm>

namespace tricheck::identity {

bool Validation::isValid() const
{
    return std::none_of(findings.cbegin(), findings.cend(), [](const Finding& f) {
        return f.severity == Severity::Error;
    });
}

bool Validation::hasReason(Reason reason) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [reason](const Finding& f) { return f.reason == reason; });
}

const Finding* Validation::primary() const
{
    for (const auto& f : findings) {
        if (f.severity == Severity::Error)
            return &f;
    }
    return findings.isEmpty() ? nullptr : &findings.first();
}

QList<Finding> Validation::errors() const
{
    QList<Finding> out;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(out), [](const Finding& f) {
        return f.severity == Severity::Error;
    });
    return out;
}

QList<Finding> Validation::warnings() const
{
    QList<Finding> out;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(out), [](const Finding& f) {
        return f.severity == Severity::Warning;
    });
    return out;
}

QString characterClassId(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return QStringLiteral("letter");
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return QStringLiteral("digit");
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return QStringLiteral("punctuation");
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return QStringLiteral("symbol");
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return QStringLiteral("space");
    default:
        return QStringLiteral("other");
    }
}

namespace {

// "character 3 is a letter"
QString characterText(const Finding& f)
{
    const QString& c = f.detail;
    if (c == u"letter")
        return IdentityText::tr("character %1 is a letter").arg(f.position);
    if (c == u"digit")
        return IdentityText::tr("character %1 is a digit").arg(f.position);
    if (c == u"punctuation")
        return IdentityText::tr("character %1 is a punctuation mark").arg(f.position);
    if (c == u"symbol")
        return IdentityText::tr("character %1 is a symbol").arg(f.position);
    if (c == u"space")
        return IdentityText::tr("character %1 is a space").arg(f.position);
    return IdentityText::tr("character %1 is not allowed here").arg(f.position);
}

} // namespace

QString IdentityText::fieldName(Field field)
{
    switch (field) {
    case Field::Mobile:
        return tr("Mobile number");
    case Field::Name:
        return tr("Name");
    case Field::IdNumber:
        return tr("ID number");
    }
    return {};
}

QString IdentityText::describe(Field field, const Finding& f)
{
    switch (f.reason) {
    case Reason::Empty:
        switch (field) {
        case Field::Mobile:
            return tr("Enter the mobile number.");
        case Field::Name:
            return tr("Enter the name.");
        case Field::IdNumber:
            return tr("Enter the ID number.");
        }
        break;
    case Reason::MobileNotDigits:
        return tr("A mobile number has digits only (%1).").arg(characterText(f));
    case Reason::MobileWrongLength:
        return tr("A mainland mobile number has 11 digits (this one has %1).").arg(f.detail);
    case Reason::MobileNotMainlandRange:
        return tr("This is not a mainland China mobile number range (prefix %1).").arg(f.detail);
    case Reason::IdLegacy15Digits:
        return tr("This is an old 15-digit ID number; only 18-character second-generation numbers can be verified.");
    case Reason::IdWrongLength:
        return tr("A resident ID number has 18 characters (this one has %1).").arg(f.detail);
    case Reason::IdBadCharacter:
        return tr("An ID number has 17 digits followed by a digit or X (%1).").arg(characterText(f));
    case Reason::IdNotMainlandProvince:
        return tr("The first two digits (%1) are not a mainland province code.").arg(f.detail);
    case Reason::IdBirthDateInvalid:
        return tr("The birth date in the ID number (characters 7 to 14) is not a real calendar date.");
    case Reason::IdBirthDateBefore1900:
        return tr("The birth date in the ID number (characters 7 to 14) is before 1900.");
    case Reason::IdBirthDateInFuture:
        return tr("The birth date in the ID number (characters 7 to 14) is in the future.");
    case Reason::IdChecksumMismatch:
        // Not what the character should be: that would invite "correcting" a forged number.
        return tr("The last character does not match the first 17: this is not a valid ID number. Check it against "
                  "the ID card.");
    case Reason::IdNonMainlandRegion:
        return tr("Region code %1 belongs to Hong Kong, Macao or Taiwan; only mainland resident ID cards can be "
                  "verified.")
            .arg(f.detail);
    case Reason::IdUnknownAreaCode:
        return tr("The area code (the first six digits) is not in the list of known area codes; check them.");
    case Reason::NameTooLong:
        return tr("A name has at most 64 characters (this one has %1).").arg(f.detail);
    case Reason::NameHasDigit:
        return tr("A name cannot contain digits.");
    case Reason::NameHasControlCharacter:
        return tr("The name contains an invisible control character; retype it.");
    case Reason::NameBadCharacter:
        return tr("A name can contain Chinese characters, Latin letters, spaces and the middle dot \u00b7 (%1).")
            .arg(characterText(f));
    case Reason::NameNoLetter:
        return tr("A name needs at least one Chinese character or letter.");
    case Reason::NameMisplacedDot:
        return tr("A middle dot can only stand between two parts of a name.");
    case Reason::PrecomputedDigest:
        return tr("This value already is an MD5 digest and will be sent as it is.");
    case Reason::CellStoredAsNumber:
        return tr("Stored as a number in the workbook; its last digits are lost — format the column as text.");
    case Reason::CellFormulaWithoutValue:
        return tr("A formula without a saved result: open the workbook in Excel or WPS, let it calculate and save "
                  "it again.");
    case Reason::CellErrorValue:
        if (f.detail.isEmpty())
            return tr("The cell holds an error value (a formula that failed).");
        return tr("The cell holds the error %1 (a formula that failed).").arg(f.detail);
    }
    return tr("Unrecognised input.");
}

QString IdentityText::refusedInput(Field field, bool full)
{
    switch (field) {
    case Field::Mobile:
        return full ? tr("A mainland mobile number has 11 digits: nothing more can be typed.")
                    : tr("Only digits can be typed in a mobile number: that character was refused.");
    case Field::IdNumber:
        return full ? tr("An ID number has 18 characters: nothing more can be typed.")
                    : tr("Only digits, and X as the last character, can be typed in an ID number: that character "
                         "was refused.");
    case Field::Name:
        return tr("A name has at most 64 characters and no control characters: that input was refused.");
    }
    return {};
}

QString IdentityText::id(Reason reason)
{
    switch (reason) {
    case Reason::Empty:
        return QStringLiteral("empty");
    case Reason::MobileNotDigits:
        return QStringLiteral("mobile.not_digits");
    case Reason::MobileWrongLength:
        return QStringLiteral("mobile.length");
    case Reason::MobileNotMainlandRange:
        return QStringLiteral("mobile.range");
    case Reason::IdLegacy15Digits:
        return QStringLiteral("id.legacy15");
    case Reason::IdWrongLength:
        return QStringLiteral("id.length");
    case Reason::IdBadCharacter:
        return QStringLiteral("id.character");
    case Reason::IdNotMainlandProvince:
        return QStringLiteral("id.province");
    case Reason::IdBirthDateInvalid:
        return QStringLiteral("id.birthdate_invalid");
    case Reason::IdBirthDateBefore1900:
        return QStringLiteral("id.birthdate_before_1900");
    case Reason::IdBirthDateInFuture:
        return QStringLiteral("id.birthdate_future");
    case Reason::IdChecksumMismatch:
        return QStringLiteral("id.checksum");
    case Reason::IdNonMainlandRegion:
        return QStringLiteral("id.non_mainland_region");
    case Reason::IdUnknownAreaCode:
        return QStringLiteral("id.unknown_area");
    case Reason::NameTooLong:
        return QStringLiteral("name.length");
    case Reason::NameHasDigit:
        return QStringLiteral("name.digit");
    case Reason::NameHasControlCharacter:
        return QStringLiteral("name.control");
    case Reason::NameBadCharacter:
        return QStringLiteral("name.character");
    case Reason::NameNoLetter:
        return QStringLiteral("name.no_letter");
    case Reason::NameMisplacedDot:
        return QStringLiteral("name.dot");
    case Reason::PrecomputedDigest:
        return QStringLiteral("md5.precomputed");
    case Reason::CellStoredAsNumber:
        return QStringLiteral("cell.number");
    case Reason::CellFormulaWithoutValue:
        return QStringLiteral("cell.formula");
    case Reason::CellErrorValue:
        return QStringLiteral("cell.error");
    }
    return QStringLiteral("unknown");
}

} // namespace tricheck::identity
