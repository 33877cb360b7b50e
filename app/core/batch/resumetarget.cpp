#include "resumetarget.h"

#include "api/endpoint.h"
#include "api/signaturescheme.h"

namespace tricheck::batch {

ResumeTarget
resumeTarget(const BatchInfo& batch, const verification::ServiceTarget& today, bool endpointLocked, bool schemeLocked)
{
    ResumeTarget out{today, false, false};
    const auto endpoint = api::Endpoint::parse(batch.settings.value(QStringLiteral("endpoint")).toString());
    if (endpoint && !endpointLocked && !endpoint.value().isLoopback() && !today.endpoint.isLoopback() &&
        !(endpoint.value() == today.endpoint)) {
        out.target.endpoint = endpoint.value();
        out.endpointFromBatch = true;
    }
    const auto scheme = api::signatureSchemeFromName(batch.settings.value(QStringLiteral("signature")).toString());
    if (scheme && !schemeLocked && *scheme != today.scheme) {
        out.target.scheme = *scheme;
        out.schemeFromBatch = true;
    }
    return out;
}

} // namespace tricheck::batch
