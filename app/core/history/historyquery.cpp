#include "historyquery.h"

#include "historysearch.h"

#include <QJsonArray>

#include <tuple>

namespace tricheck::history {

bool HistoryFilter::operator==(const HistoryFilter& o) const
{
    const auto fields = [](const HistoryFilter& f) {
        return std::tie(f.roles,
                        f.subCodes,
                        f.errorKinds,
                        f.from,
                        f.to,
                        f.referenceContains,
                        f.ispNames,
                        f.sandbox,
                        f.batchId,
                        f.requestId,
                        f.operatorName,
                        f.mobileFingerprint,
                        f.nameFingerprint,
                        f.idNumberFingerprint,
                        f.maskedMobile,
                        f.maskedName,
                        f.maskedIdNumber,
                        f.refusedSearch,
                        f.idAbove,
                        f.idAtMost);
    };
    return fields(*this) == fields(o);
}

bool HistoryFilter::isEmpty() const
{
    return roles.isEmpty() && subCodes.isEmpty() && errorKinds.isEmpty() && !from && !to &&
           referenceContains.isEmpty() && ispNames.isEmpty() && !sandbox && !batchId && !requestId && !operatorName &&
           !mobileFingerprint && !nameFingerprint && !idNumberFingerprint && !idAbove && !idAtMost && !refusedSearch;
}

QJsonObject HistoryFilter::toJson() const
{
    QJsonObject o;
    if (!roles.isEmpty()) {
        QJsonArray a;
        for (const api::StatusRole role : roles)
            a.append(api::ResultCatalogue::roleId(role));
        o.insert(QStringLiteral("status"), a);
    }
    if (!subCodes.isEmpty())
        o.insert(QStringLiteral("subCodes"), QJsonArray::fromStringList(subCodes));
    if (!errorKinds.isEmpty())
        o.insert(QStringLiteral("errorKinds"), QJsonArray::fromStringList(errorKinds));
    if (from)
        o.insert(QStringLiteral("from"), from->toUTC().toString(Qt::ISODate));
    if (to)
        o.insert(QStringLiteral("to"), to->toUTC().toString(Qt::ISODate));
    if (!referenceContains.isEmpty())
        o.insert(QStringLiteral("reference"), HistorySearch::auditText(referenceContains));
    if (!ispNames.isEmpty())
        o.insert(QStringLiteral("carriers"), QJsonArray::fromStringList(ispNames));
    if (sandbox)
        o.insert(QStringLiteral("sandbox"), *sandbox);
    if (batchId)
        o.insert(QStringLiteral("batchId"), *batchId);
    if (requestId)
        o.insert(QStringLiteral("requestId"), *requestId);
    if (operatorName)
        o.insert(QStringLiteral("operator"), *operatorName);
    QJsonArray fingerprints;
    if (mobileFingerprint)
        fingerprints.append(QStringLiteral("mobile"));
    if (nameFingerprint)
        fingerprints.append(QStringLiteral("name"));
    if (idNumberFingerprint)
        fingerprints.append(QStringLiteral("idNumber"));
    if (!fingerprints.isEmpty())
        o.insert(QStringLiteral("exactMatch"), fingerprints);
    for (const auto& [name, masked] :
         {std::pair{"mobile", &maskedMobile}, std::pair{"name", &maskedName}, std::pair{"idNumber", &maskedIdNumber}}) {
        if (!masked->isEmpty())
            o.insert(QLatin1String(name), *masked);
    }
    if (refusedSearch)
        o.insert(QStringLiteral("searchRefused"), true);
    return o;
}

} // namespace tricheck::history
