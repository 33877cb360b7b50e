#include "identityinput.h"

#include "digest.h"
#include "idnumber.h"
#include "masking.h"
#include "mobile.h"
#include "normalization.h"
#include "personname.h"

namespace tricheck::identity {

namespace {

// In md5 mode a pre-computed digest stands in for the value: there is nothing left to validate.
template <typename Validate>
Validation acceptDigestOr(Field field, const QString& raw, Validate validate)
{
    const QString trimmed = toHalfWidth(raw).trimmed();
    if (isMd5Hex(trimmed)) {
        Validation v;
        v.field = field;
        v.normalized = trimmed.toLower();
        v.findings.append({Reason::PrecomputedDigest, Severity::Warning, {}});
        return v;
    }
    return validate(raw);
}

QString maskFor(const Validation& v, QString (*mask)(const QString&))
{
    return v.hasReason(Reason::PrecomputedDigest) ? maskDigest(v.normalized) : mask(v.normalized);
}

} // namespace

QString paramTypeName(ParamType type)
{
    return type == ParamType::Md5 ? QStringLiteral("md5") : QStringLiteral("normal");
}

std::optional<ParamType> paramTypeFromName(QStringView name)
{
    if (name.compare(u"normal", Qt::CaseInsensitive) == 0)
        return ParamType::Normal;
    if (name.compare(u"md5", Qt::CaseInsensitive) == 0)
        return ParamType::Md5;
    return std::nullopt;
}

IdentityCheck checkIdentity(const IdentityInput& input, ParamType type, QDate today)
{
    const auto validateId = [today](const QString& text) { return validateIdNumber(text, today); };
    IdentityCheck check;
    if (type == ParamType::Md5) {
        check.mobile = acceptDigestOr(Field::Mobile, input.mobile, validateMobile);
        check.name = acceptDigestOr(Field::Name, input.name, validateName);
        check.idNumber = acceptDigestOr(Field::IdNumber, input.idNumber, validateId);
    } else {
        check.mobile = validateMobile(input.mobile);
        check.name = validateName(input.name);
        check.idNumber = validateId(input.idNumber);
    }
    return check;
}

std::optional<IdentityParams> prepareIdentity(const IdentityCheck& check, ParamType type)
{
    if (!check.isValid())
        return std::nullopt;
    IdentityParams p;
    p.paramType = type;
    const bool md5 = type == ParamType::Md5;
    p.mobile = md5 ? md5ParamValue(check.mobile.normalized) : check.mobile.normalized;
    p.name = md5 ? md5ParamValue(check.name.normalized) : check.name.normalized;
    p.idNumber = md5 ? md5ParamValue(check.idNumber.normalized) : check.idNumber.normalized;
    p.maskedMobile = maskFor(check.mobile, &maskMobile);
    p.maskedName = maskFor(check.name, &maskName);
    p.maskedIdNumber = maskFor(check.idNumber, &maskIdNumber);
    if (!check.mobile.hasReason(Reason::PrecomputedDigest))
        p.expectedCarrier = expectedCarrier(check.mobile.normalized);
    return p;
}

} // namespace tricheck::identity
