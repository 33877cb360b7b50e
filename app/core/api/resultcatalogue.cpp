#include "resultcatalogue.h"

#include "endpoint.h"

#include <iterator>

namespace tricheck::api {

using identity::CarrierInfo;

namespace {

// The one table of outcome words. `outcome` names the answer wherever it is shown alone;
// `roleLabel` names the role where roles are listed side by side and starts with the outcome's word.
struct OutcomeWords
{
    StatusRole role;
    const char* id; // stable: history, CLI, settings
    const char* outcome;
    const char* roleLabel;
};

constexpr OutcomeWords kOutcomes[] = {
    {StatusRole::Pass,
     "pass",
     QT_TRANSLATE_NOOP("ResultCatalogue", "Consistent"),
     QT_TRANSLATE_NOOP("ResultCatalogue", "Consistent")},
    {StatusRole::Mismatch,
     "mismatch",
     QT_TRANSLATE_NOOP("ResultCatalogue", "Inconsistent"),
     QT_TRANSLATE_NOOP("ResultCatalogue", "Inconsistent — other")},
    {StatusRole::PartialMismatch,
     "partial",
     QT_TRANSLATE_NOOP("ResultCatalogue", "Inconsistent"),
     QT_TRANSLATE_NOOP("ResultCatalogue", "Inconsistent — name or ID matches")},
    {StatusRole::NoRecord,
     "norecord",
     QT_TRANSLATE_NOOP("ResultCatalogue", "No record"),
     QT_TRANSLATE_NOOP("ResultCatalogue", "No record")},
    {StatusRole::Error,
     "error",
     QT_TRANSLATE_NOOP("ResultCatalogue", "Error"),
     QT_TRANSLATE_NOOP("ResultCatalogue", "Error")},
    {StatusRole::Unknown,
     "unknown",
     QT_TRANSLATE_NOOP("ResultCatalogue", "Unknown"),
     QT_TRANSLATE_NOOP("ResultCatalogue", "Unknown")},
};

const OutcomeWords& wordsFor(StatusRole role)
{
    for (const OutcomeWords& w : kOutcomes) {
        if (w.role == role)
            return w;
    }
    return kOutcomes[std::size(kOutcomes) - 1];
}

} // namespace

SubCodeEntry ResultCatalogue::subCode(QStringView code)
{
    SubCodeEntry e;
    e.subCode = code.trimmed().toString();
    e.known = true;
    if (e.subCode == u"101") {
        e.role = StatusRole::Pass;
        e.shortText = outcomeName(e.role);
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
        e.shortText = outcomeName(e.role);
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
        e.text = outcomeName(StatusRole::Pass);
        e.billed = true;
    } else if (e.bizCode == u"2") {
        e.text = outcomeName(StatusRole::Mismatch);
        e.billed = true;
    } else if (e.bizCode == u"3") {
        e.text = outcomeName(StatusRole::NoRecord);
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

QString ResultCatalogue::outcomeName(StatusRole role)
{
    return tr(wordsFor(role).outcome);
}

QString ResultCatalogue::roleName(StatusRole role)
{
    return tr(wordsFor(role).roleLabel);
}

QString ResultCatalogue::roleId(StatusRole role)
{
    return QString::fromLatin1(wordsFor(role).id);
}

std::optional<StatusRole> ResultCatalogue::roleFromId(QStringView id)
{
    for (const OutcomeWords& w : kOutcomes) {
        if (QLatin1String(w.id) == id)
            return w.role;
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

QString ResultCatalogue::paramTypeText(identity::ParamType type)
{
    return type == identity::ParamType::Md5 ? tr("MD5 digests") : tr("Plain values");
}

QString ResultCatalogue::endpointText(const QString& endpointId)
{
    const auto endpoint = Endpoint::parse(endpointId);
    return endpoint ? endpoint->displayName() : endpointId;
}

} // namespace tricheck::api
