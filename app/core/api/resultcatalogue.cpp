#include "resultcatalogue.h"

namespace tricheck::api {

using identity::CarrierInfo;

SubCodeEntry ResultCatalogue::subCode(QStringView code)
{
    SubCodeEntry e;
    e.subCode = code.trimmed().toString();
    e.known = true;
    if (e.subCode == u"101") {
        e.role = StatusRole::Pass;
        e.shortText = tr("Consistent");
        e.longText = tr("The name and the ID number both match the registration of this mobile number.");
    } else if (e.subCode == u"201") {
        e.role = StatusRole::Mismatch;
        e.shortText = tr("Name and ID number do not match");
        e.longText = tr("Neither the name nor the ID number matches the registration of this mobile number.");
    } else if (e.subCode == u"202") {
        e.role = StatusRole::PartialMismatch;
        e.shortText = tr("Name matches, ID number does not");
        e.longText = tr("The name matches the registration of this mobile number, but the ID number does not.");
    } else if (e.subCode == u"203") {
        e.role = StatusRole::PartialMismatch;
        e.shortText = tr("ID number matches, name does not");
        e.longText = tr("The ID number matches the registration of this mobile number, but the name does not.");
    } else if (e.subCode == u"204") {
        e.role = StatusRole::Mismatch;
        e.shortText = tr("Other inconsistency");
        e.longText = tr("The three values are inconsistent for another reason, for example the number is not in "
                        "normal use.");
    } else if (e.subCode == u"301") {
        e.role = StatusRole::NoRecord;
        e.shortText = tr("No record");
        e.longText = tr("The operator has no record for this mobile number. This result is not billed.");
    } else {
        e.known = false;
        e.role = StatusRole::Unknown;
        e.shortText = e.subCode.isEmpty() ? tr("No result code") : tr("Unknown result %1").arg(e.subCode);
        e.longText = tr("The service answered with a result code that TriCheck does not know. Check the "
                        "RequestId with Alibaba Cloud support before relying on this result.");
    }
    return e;
}

BizCodeEntry ResultCatalogue::bizCode(QStringView code)
{
    BizCodeEntry e;
    e.bizCode = code.trimmed().toString();
    e.known = true;
    if (e.bizCode == u"1") {
        e.text = tr("Consistent");
        e.billed = true;
    } else if (e.bizCode == u"2") {
        e.text = tr("Inconsistent");
        e.billed = true;
    } else if (e.bizCode == u"3") {
        e.text = tr("No record found");
        e.billed = false;
    } else {
        e.known = false;
        e.text = e.bizCode.isEmpty() ? tr("No business code") : tr("Unknown business code %1").arg(e.bizCode);
    }
    return e;
}

StatusRole ResultCatalogue::roleForSubCode(QStringView code)
{
    return subCode(code).role;
}

QString ResultCatalogue::carrierName(QStringView ispName)
{
    return CarrierInfo::displayName(CarrierInfo::fromIspName(ispName));
}

QString ResultCatalogue::roleName(StatusRole role)
{
    switch (role) {
    case StatusRole::Pass:
        return tr("Consistent");
    case StatusRole::Mismatch:
        return tr("Inconsistent");
    case StatusRole::PartialMismatch:
        return tr("Partly inconsistent");
    case StatusRole::NoRecord:
        return tr("No record");
    case StatusRole::Error:
        return tr("Error");
    case StatusRole::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ResultCatalogue::roleId(StatusRole role)
{
    switch (role) {
    case StatusRole::Pass:
        return QStringLiteral("pass");
    case StatusRole::Mismatch:
        return QStringLiteral("mismatch");
    case StatusRole::PartialMismatch:
        return QStringLiteral("partial");
    case StatusRole::NoRecord:
        return QStringLiteral("norecord");
    case StatusRole::Error:
        return QStringLiteral("error");
    case StatusRole::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<StatusRole> ResultCatalogue::roleFromId(QStringView id)
{
    for (const auto role : {StatusRole::Pass,
                            StatusRole::Mismatch,
                            StatusRole::PartialMismatch,
                            StatusRole::NoRecord,
                            StatusRole::Error,
                            StatusRole::Unknown}) {
        if (roleId(role) == id)
            return role;
    }
    return std::nullopt;
}

QString ResultCatalogue::billedText(std::optional<bool> billed)
{
    if (!billed.has_value())
        return tr("Billing unknown");
    return *billed ? tr("Billed") : tr("Not billed");
}

QString ResultCatalogue::billingText(std::optional<bool> billed, bool sandbox)
{
    return sandbox ? simulatedText() : billedText(billed);
}

QString ResultCatalogue::simulatedText()
{
    return tr("Simulated — not billed");
}

QStringList ResultCatalogue::knownSubCodes()
{
    return {QStringLiteral("101"),
            QStringLiteral("201"),
            QStringLiteral("202"),
            QStringLiteral("203"),
            QStringLiteral("204"),
            QStringLiteral("301")};
}

} // namespace tricheck::api
