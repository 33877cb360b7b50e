#include "historysearch.h"

#include "fingerprints.h"
#include "identity/idnumber.h"
#include "identity/mobile.h"

namespace tricheck::history {

HistorySearch::Kind HistorySearch::classify(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::None;
    if (identity::validateMobile(trimmed).isValid())
        return Kind::Mobile;
    if (identity::validateIdNumber(trimmed).isValid())
        return Kind::IdNumber;
    return Kind::Reference;
}

HistorySearch::Kind
HistorySearch::apply(HistoryFilter& filter, const QString& text, const std::optional<QByteArray>& fingerprintKey)
{
    filter.referenceContains.clear();
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
    }
    if (kind == Kind::None)
        return kind;
    filter.referenceContains = trimmed;
    return Kind::Reference;
}

} // namespace tricheck::history
