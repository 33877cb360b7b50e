#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tricheck::identity {

enum class Field {
    Mobile,
    Name,
    IdNumber
};

// Why a value is not acceptable (Error) or deserves a second look (Warning). Each reason has a
// translated description (describe()) and a stable machine id (id()) for the CLI and logs.
enum class Reason {
    Empty,
    // mobile
    MobileNotDigits,
    MobileWrongLength,
    MobileNotMainlandRange,
    // resident ID number
    IdLegacy15Digits,
    IdWrongLength,
    IdBadCharacter,
    IdNotMainlandProvince,
    IdBirthDateInvalid,
    IdBirthDateBefore1900,
    IdBirthDateInFuture,
    IdChecksumMismatch,
    IdNonMainlandRegion, // warning: 71 / 81 / 82 / 83
    IdUnknownAreaCode,   // warning: area code not in the bundled GB/T 2260 list
    // name
    NameTooLong,
    NameHasDigit,
    NameHasControlCharacter,
    NameBadCharacter,
    NameNoLetter,
    NameMisplacedDot,
    // md5 mode
    PrecomputedDigest, // warning: the value already is a 32-hex MD5 and is sent as is
    // a cell of an Excel workbook
    CellStoredAsNumber,      // an ID number kept as a number: Excel keeps 15 digits, the rest are lost
    CellFormulaWithoutValue, // a formula saved without its result
    CellErrorValue,          // a formula's error value (#N/A …), in detail
};

enum class Severity {
    Error,
    Warning
};

struct Finding
{
    Reason reason = Reason::Empty;
    Severity severity = Severity::Error;
    // Never a piece of the value longer than three characters, and never a character of a name:
    // messages end up in files, logs and screens. A count, a short code (province, prefix), or for
    // a character that does not belong the class of the character (characterClassId()).
    QString detail;
    int position = 0; // 1-based character position of the offending character, 0: none

    bool operator==(const Finding& other) const
    {
        return reason == other.reason && severity == other.severity && detail == other.detail &&
               position == other.position;
    }
};

// The outcome of normalising and validating one field.
struct Validation
{
    Field field = Field::Mobile;
    QString normalized;
    QList<Finding> findings;

    bool isValid() const;
    bool hasReason(Reason reason) const;
    // The first error, or the first warning when there is no error, or nullptr.
    const Finding* primary() const;
    QList<Finding> errors() const;
    QList<Finding> warnings() const;
};

// What kind of character `cp` is, as a stable id: "letter", "digit", "punctuation", "symbol",
// "space", "other". Messages name the class and the position, never the character itself.
QString characterClassId(char32_t cp);

class IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(IdentityText)

public:
    // A short, translated sentence for the operator, in the current UI language.
    static QString describe(Field field, const Finding& finding);
    // Why a field's input constraint refused what was just typed or pasted (it never gets into the
    // field, so no finding describes it). `full`: the field already holds a value of full length.
    static QString refusedInput(Field field, bool full);
    static QString fieldName(Field field);
    static QString id(Reason reason);
};

} // namespace tricheck::identity
