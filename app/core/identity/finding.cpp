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
        return tr("A mobile number has digits only (found \"%1\").").arg(f.detail);
    case Reason::MobileWrongLength:
        return tr("A mainland mobile number has 11 digits (this one has %1).").arg(f.detail);
    case Reason::MobileNotMainlandRange:
        return tr("This is not a mainland China mobile number range (prefix %1).").arg(f.detail);
    case Reason::IdLegacy15Digits:
        return tr("This is an old 15-digit ID number; only 18-character second-generation numbers can be verified.");
    case Reason::IdWrongLength:
        return tr("A resident ID number has 18 characters (this one has %1).").arg(f.detail);
    case Reason::IdBadCharacter:
        return tr("An ID number has 17 digits followed by a digit or X (found \"%1\").").arg(f.detail);
    case Reason::IdNotMainlandProvince:
        return tr("The first two digits (%1) are not a mainland province code.").arg(f.detail);
    case Reason::IdBirthDateInvalid:
        return tr("The birth date in the ID number (%1) is not a real calendar date.").arg(f.detail);
    case Reason::IdBirthDateBefore1900:
        return tr("The birth date in the ID number (%1) is before 1900.").arg(f.detail);
    case Reason::IdBirthDateInFuture:
        return tr("The birth date in the ID number (%1) is in the future.").arg(f.detail);
    case Reason::IdChecksumMismatch:
        return tr("The check character is wrong: the last character should be %1. Check the number for typos.")
            .arg(f.detail);
    case Reason::IdNonMainlandRegion:
        return tr("Region code %1 belongs to Hong Kong, Macao or Taiwan; only mainland resident ID cards can be "
                  "verified.")
            .arg(f.detail);
    case Reason::IdUnknownAreaCode:
        return tr("Area code %1 is not in the list of known area codes; check the first six digits.").arg(f.detail);
    case Reason::NameTooLong:
        return tr("A name has at most 64 characters (this one has %1).").arg(f.detail);
    case Reason::NameHasDigit:
        return tr("A name cannot contain digits.");
    case Reason::NameHasControlCharacter:
        return tr("The name contains an invisible control character; retype it.");
    case Reason::NameBadCharacter:
        return tr("A name can contain Chinese characters, Latin letters, spaces and the middle dot \u00b7 "
                  "(found \"%1\").")
            .arg(f.detail);
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
        return tr("The cell holds the error %1 (a formula that failed).").arg(f.detail);
    }
    return tr("Unrecognised input.");
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
