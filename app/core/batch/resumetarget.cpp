#include "resumetarget.h"

#include "api/endpoint.h"
#include "api/signaturescheme.h"

#include <QCoreApplication>

namespace tricheck::batch {

Expected<ResumeTarget, QString>
resumeTarget(const BatchInfo& batch, const verification::ServiceTarget& today, bool endpointChosen, bool schemeChosen)
{
    ResumeTarget out{today, false, false};
    const auto endpoint = api::Endpoint::parse(batch.settings.value(QStringLiteral("endpoint")).toString());
    const bool wasSandbox = endpoint && endpoint.value().isLoopback();
    if (wasSandbox != today.endpoint.isLoopback()) {
        return Expected<ResumeTarget, QString>::failure(
            wasSandbox ? QCoreApplication::translate("BatchLauncher",
                                                     "Batch %1 was started against the sandbox, but verifications "
                                                     "now go to the real service. Resume it against the sandbox.")
                             .arg(batch.batchId)
                       : QCoreApplication::translate("BatchLauncher",
                                                     "Batch %1 was started against the real service, but "
                                                     "verifications now go to the sandbox. Resume it against the "
                                                     "real service.")
                             .arg(batch.batchId));
    }
    if (endpoint && !endpointChosen && !wasSandbox && !(endpoint.value() == today.endpoint)) {
        out.target.endpoint = endpoint.value();
        out.endpointFromBatch = true;
    }
    const auto scheme = api::signatureSchemeFromName(batch.settings.value(QStringLiteral("signature")).toString());
    if (scheme && !schemeChosen && *scheme != today.scheme) {
        out.target.scheme = *scheme;
        out.schemeFromBatch = true;
    }
    return out;
}

} // namespace tricheck::batch
