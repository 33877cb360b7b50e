#include "realservice.h"

#include "credentials/profilestore.h"
#include "servicerouter.h"
#include "sessionconfig.h"

namespace tricheck::session {

using settings::Setting;

QString maskAccessKeyId(const QString& accessKeyId)
{
    constexpr qsizetype kShown = 4;
    if (accessKeyId.size() <= 2 * kShown)
        return QStringLiteral("****");
    return accessKeyId.left(kShown) + QStringLiteral("****") + accessKeyId.right(kShown);
}

std::optional<RealServiceEntry> realServiceEntry(const ServiceChoice& choice,
                                                 const SessionConfig& config,
                                                 const credentials::ProfileStore& profiles,
                                                 const ServiceRouter& router)
{
    if (!router.realNeedsConfirmation())
        return std::nullopt;
    const ServiceRouter::Mode mode =
        ServiceRouter::modeFromName(config.isLocked(Setting::ServiceMode) ? config.serviceMode() : choice.mode);
    if (mode == ServiceRouter::Mode::Sandbox)
        return std::nullopt;
    // The credentials the router would find: the chosen profile, else the default one, else the
    // key it found elsewhere and holds back (environment, aliyun CLI).
    const QString name = choice.profile.isEmpty() ? profiles.defaultProfileName() : choice.profile;
    const std::optional<credentials::Profile> profile = profiles.profile(name);
    RealServiceEntry entry;
    if (profile) {
        entry.profile = profile->name;
        entry.source = QStringLiteral("profile:") + profile->name;
        entry.maskedAccessKeyId = maskAccessKeyId(profile->accessKeyId);
    } else if (choice.profile.isEmpty() && router.heldReal()) {
        entry = *router.heldReal();
    } else {
        return std::nullopt; // no AccessKey: nothing can be billed
    }
    const QString chosenEndpoint = choice.endpoint.trimmed();
    const bool endpointChanged =
        !chosenEndpoint.isEmpty() && chosenEndpoint != config.value(Setting::Endpoint).toString();
    const auto endpoint = endpointChanged && !config.isLocked(Setting::Endpoint)
                              ? api::Endpoint::parse(chosenEndpoint)
                              : config.endpointFor(profile ? profile->endpoint : QString());
    if (endpoint) {
        if (endpoint->isLoopback())
            return std::nullopt; // a sandbox of the operator's own: nothing is billed
        entry.endpointId = endpoint->id();
        entry.endpointName = endpoint->displayName();
        entry.endpointHost = endpoint->hostHeader();
    }
    return entry;
}

RealServiceBlocker
realServiceBlocker(const SessionConfig& config, const credentials::ProfileStore& profiles, const ServiceRouter& router)
{
    if (router.isReady() && !router.isSandbox())
        return RealServiceBlocker::None;
    if (router.isHoldingReal() || config.serviceMode() == u"sandbox")
        return RealServiceBlocker::Choice;
    return profiles.profiles().isEmpty() ? RealServiceBlocker::Credentials : RealServiceBlocker::Choice;
}

} // namespace tricheck::session
