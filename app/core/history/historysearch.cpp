#include "historysearch.h"

#include "fingerprints.h"
#include "identity/idnumber.h"
#include "identity/masking.h"
#include "identity/mobile.h"
#include "identity/normalization.h"
#include "identity/personname.h"

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

// The text after "ref:" / "ref：" (any letter case), or nullopt when it does not start with it.
std::optional<QString> afterReferencePrefix(const QString& trimmed)
{
    for (const QString& prefix : {QStringLiteral("ref:"), QStringLiteral("ref\uFF1A")}) {
        if (trimmed.startsWith(prefix, Qt::CaseInsensitive))
            return trimmed.mid(prefix.size()).trimmed();
    }
    return std::nullopt;
}

// The identity kind of `text` by the validators alone (no prefix, RequestId or mask rules).
HistorySearch::Kind identityKind(const QString& trimmed)
{
    if (identity::validateMobile(trimmed).isValid())
        return HistorySearch::Kind::Mobile;
    if (identity::validateIdNumber(trimmed).isValid())
        return HistorySearch::Kind::IdNumber;
    if (!isMasked(trimmed) && identity::validateName(trimmed).isValid())
        return HistorySearch::Kind::Name;
    return HistorySearch::Kind::Reference;
}

// The one masking rule of the history table, applied to the value as it would be sent.
QString masked(HistorySearch::Kind kind, const QString& text)
{
    switch (kind) {
    case HistorySearch::Kind::Mobile:
        return identity::maskMobile(identity::normalizeMobile(text));
    case HistorySearch::Kind::IdNumber:
        return identity::maskIdNumber(identity::normalizeIdNumber(text));
    case HistorySearch::Kind::Name:
        return identity::maskName(identity::normalizeName(text));
    default:
        return text;
    }
}

} // namespace

QString HistorySearch::referencePrefix()
{
    return QStringLiteral("ref:");
}

HistorySearch::Kind HistorySearch::classify(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::None;
    if (const auto reference = afterReferencePrefix(trimmed))
        return reference->isEmpty() ? Kind::None : Kind::Reference;
    // Whole numbers first: an ID number or mobile is never a name (names have no digits).
    const Kind identity = identityKind(trimmed);
    if (identity == Kind::Mobile || identity == Kind::IdNumber)
        return identity;
    if (isRequestId(trimmed))
        return Kind::RequestId;
    if (isMasked(trimmed))
        return Kind::Masked;
    return identity; // Name or Reference
}

bool HistorySearch::isIdentity(Kind kind)
{
    return kind == Kind::Mobile || kind == Kind::IdNumber || kind == Kind::Name;
}

HistorySearch::Kind
HistorySearch::apply(HistoryFilter& filter, const QString& text, const std::optional<QByteArray>& fingerprintKey)
{
    filter.referenceContains.clear();
    filter.requestId.reset();
    filter.mobileFingerprint.reset();
    filter.nameFingerprint.reset();
    filter.idNumberFingerprint.reset();
    filter.maskedMobile.clear();
    filter.maskedName.clear();
    filter.maskedIdNumber.clear();
    filter.refusedSearch = false;
    const QString trimmed = text.trimmed();
    const Kind kind = classify(trimmed);
    switch (kind) {
    case Kind::None:
        return kind;
    case Kind::Mobile:
        filter.mobileFingerprint = Fingerprints::forMobile(fingerprintKey, trimmed);
        filter.maskedMobile = masked(kind, trimmed);
        break;
    case Kind::IdNumber:
        filter.idNumberFingerprint = Fingerprints::forIdNumber(fingerprintKey, trimmed);
        filter.maskedIdNumber = masked(kind, trimmed);
        break;
    case Kind::Name:
        filter.nameFingerprint = Fingerprints::forName(fingerprintKey, trimmed);
        filter.maskedName = masked(kind, trimmed);
        break;
    case Kind::RequestId:
        filter.requestId = trimmed.toUpper();
        return kind;
    case Kind::Reference:
        filter.referenceContains = afterReferencePrefix(trimmed).value_or(trimmed);
        return kind;
    case Kind::Masked:
        filter.referenceContains = trimmed;
        return kind;
    case Kind::Refused:
        break;
    }
    if (filter.mobileFingerprint || filter.idNumberFingerprint || filter.nameFingerprint)
        return kind;
    // No key: the value is searched neither by fingerprint nor as text.
    filter.refusedSearch = true;
    return Kind::Refused;
}

QString HistorySearch::auditText(const QString& text)
{
    const QString trimmed = text.trimmed();
    const Kind kind = identityKind(trimmed);
    return isIdentity(kind) ? masked(kind, trimmed) : text;
}

QString HistorySearch::refusal()
{
    // Two reasons lead here (no keychain; a key that is not this history's, which the session's
    // notice explains): the text names both rather than guess.
    return tr("Mobile numbers, ID numbers and names are searched only by their keyed fingerprint, and no "
              "fingerprint key can be used here (there is no keychain, or your key is not the one this history "
              "uses): the search was refused rather than run on the text. To search the references for this "
              "text, type %1 before it.")
        .arg(referencePrefix());
}

QString HistorySearch::noMatchHint(const QString& text, Kind searched)
{
    const QString what = tr("Search finds a whole mobile number, ID number or name, a RequestId, or part of a "
                            "reference; text made only of letters is a name: type %1 before it to search the "
                            "references.")
                             .arg(referencePrefix());
    const QString trimmed = text.trimmed();
    switch (searched) {
    case Kind::None:
        return {};
    case Kind::Refused:
        return refusal();
    case Kind::Masked:
        return tr("Masked values such as 138****8000 or 张* cannot be searched: the history keeps no clear values "
                  "to compare them with. Type the whole mobile number, ID number or name instead.");
    case Kind::Mobile:
        return tr("No attempt with this mobile number.") + u' ' + what;
    case Kind::IdNumber:
        return tr("No attempt with this ID number.") + u' ' + what;
    case Kind::Name:
        return tr("No attempt with exactly this name (as typed, letter case included). To search the references "
                  "for this text instead, type %1 before it.")
            .arg(referencePrefix());
    case Kind::RequestId:
        return tr("No attempt with this RequestId.") + u' ' + what;
    case Kind::Reference:
        break;
    }
    if (isPartialNumber(afterReferencePrefix(trimmed).value_or(trimmed)))
        return tr("No reference contains this text. Mobile and ID numbers are found only when typed in full (11 "
                  "or 18 characters), never by a part.");
    return tr("No reference contains this text.") + u' ' + what;
}

} // namespace tricheck::history
