#include "historysearch.h"

#include "fingerprints.h"
#include "identity/idnumber.h"
#include "identity/mobile.h"

#include <QRegularExpression>

namespace tricheck::history {

namespace {

bool isRequestId(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return uuid.match(text).hasMatch();
}

bool isMasked(const QString& text)
{
    return text.contains(u'*') || text.contains(QChar(0xFF0A)); // '*' or the full-width '＊'
}

// Digits (and an ID number's X) that are not a whole number: part of a mobile or ID number.
bool isPartialNumber(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{3,17}[0-9Xx]?$"));
    return digits.match(text).hasMatch();
}

} // namespace

HistorySearch::Kind HistorySearch::classify(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::None;
    if (identity::validateMobile(trimmed).isValid())
        return Kind::Mobile;
    if (identity::validateIdNumber(trimmed).isValid())
        return Kind::IdNumber;
    if (isRequestId(trimmed))
        return Kind::RequestId;
    if (isMasked(trimmed))
        return Kind::Masked;
    return Kind::Reference;
}

HistorySearch::Kind
HistorySearch::apply(HistoryFilter& filter, const QString& text, const std::optional<QByteArray>& fingerprintKey)
{
    filter.referenceContains.clear();
    filter.requestId.reset();
    filter.mobileFingerprint.reset();
    filter.idNumberFingerprint.reset();
    const QString trimmed = text.trimmed();
    Kind kind = classify(trimmed);
    if (kind == Kind::Mobile) {
        filter.mobileFingerprint = Fingerprints::forMobile(fingerprintKey, trimmed);
        if (filter.mobileFingerprint)
            return kind;
    } else if (kind == Kind::IdNumber) {
        filter.idNumberFingerprint = Fingerprints::forIdNumber(fingerprintKey, trimmed);
        if (filter.idNumberFingerprint)
            return kind;
    } else if (kind == Kind::RequestId) {
        filter.requestId = trimmed.toUpper();
        return kind;
    }
    if (kind == Kind::None)
        return kind;
    filter.referenceContains = trimmed;
    return kind == Kind::Masked ? kind : Kind::Reference;
}

QString HistorySearch::noMatchHint(const QString& text, Kind searched)
{
    const QString what = tr("Search finds part of a reference, a whole mobile number or ID number, or a RequestId.");
    const QString trimmed = text.trimmed();
    switch (searched) {
    case Kind::None:
        return {};
    case Kind::Masked:
        return tr("Masked values such as 138****8000 cannot be searched: the history keeps no clear values to "
                  "compare them with. Type the whole mobile number or ID number instead.");
    case Kind::Mobile:
        return tr("No attempt with this mobile number.") + u' ' + what;
    case Kind::IdNumber:
        return tr("No attempt with this ID number.") + u' ' + what;
    case Kind::RequestId:
        return tr("No attempt with this RequestId.") + u' ' + what;
    case Kind::Reference:
        break;
    }
    const Kind classified = classify(trimmed);
    if (classified == Kind::Mobile || classified == Kind::IdNumber)
        return tr("Without a keychain the history cannot look up mobile or ID numbers; no reference contains this "
                  "text.");
    if (isPartialNumber(trimmed))
        return tr("No reference contains this text. Mobile and ID numbers are found only when typed in full (11 "
                  "or 18 characters), never by a part.");
    return tr("No reference contains this text.") + u' ' + what;
}

} // namespace tricheck::history
