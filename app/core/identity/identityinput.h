#pragma once

#include "carrier.h"
#include "finding.h"

#include <QDate>

#include <optional>

namespace tricheck::identity {

// How the three values travel: as normalised plaintext, or as the MD5 of each (computed locally,
// so the plaintext never leaves the machine).
enum class ParamType {
    Normal,
    Md5
};

QString paramTypeName(ParamType type); // "normal" / "md5", as on the wire
std::optional<ParamType> paramTypeFromName(QStringView name);

// The three fields as typed by an operator or read from a file.
struct IdentityInput
{
    QString mobile;
    QString name;
    QString idNumber;
};

// Each field normalised and validated. In md5 mode a field that already is 32 hex characters is
// accepted as a pre-computed digest (with a PrecomputedDigest warning) instead of being validated.
struct IdentityCheck
{
    Validation mobile;
    Validation name;
    Validation idNumber;

    bool isValid() const { return mobile.isValid() && name.isValid() && idNumber.isValid(); }
    QList<const Validation*> all() const { return {&mobile, &name, &idNumber}; }
};

// What a verification sends and what may be kept: the wire values and their privacy masks. The
// wire values are plaintext in normal mode; they must never be written to disk or logs.
struct IdentityParams
{
    ParamType paramType = ParamType::Normal;
    QString mobile;   // wire value
    QString name;     // wire value
    QString idNumber; // wire value
    QString maskedMobile;
    QString maskedName;
    QString maskedIdNumber;
    Carrier expectedCarrier = Carrier::Unknown;
};

IdentityCheck checkIdentity(const IdentityInput& input, ParamType type, QDate today = QDate::currentDate());

// Params for a valid check; nullopt when any field has an error.
std::optional<IdentityParams> prepareIdentity(const IdentityCheck& check, ParamType type);

} // namespace tricheck::identity
