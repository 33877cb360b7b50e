#include "displaytext.h"

#include "api/endpoint.h"

#include <QLocale>

namespace tricheck::gui {

QString DisplayText::service(const QString& endpointId, bool sandbox)
{
    const auto endpoint = api::Endpoint::parse(endpointId);
    if (sandbox)
        return tr("Sandbox (%1)").arg(endpoint ? endpoint->hostHeader() : endpointId);
    return endpoint ? endpoint->displayName() : endpointId;
}

QString DisplayText::scheme(api::SignatureScheme scheme)
{
    return scheme == api::SignatureScheme::V1 ? tr("V1 (HMAC-SHA1)") : tr("V3 (ACS3-HMAC-SHA256)");
}

QString DisplayText::latency(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace tricheck::gui
