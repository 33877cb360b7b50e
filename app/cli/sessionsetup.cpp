#include "sessionsetup.h"

#include "network/proxysettings.h"
#include "policyflags.h"
#include "settings/appsettings.h"
#include "verification/fingerprintkey.h"
#include "verification/verificationservice.h"

#include <memory>

namespace tricheck::cli {

namespace {

// One chain's state, shared by its steps' callbacks (each step may finish later, from the keychain).
struct Chain
{
    SessionSetup setup;
    SessionParts parts;
    QObject* context;
    SessionReady ready;
    SessionFailed failed;
};

void loadFingerprintKey(const std::shared_ptr<Chain>& chain, const verification::ServiceTarget& target)
{
    if (!chain->setup.loadFingerprintKey) {
        chain->ready(target);
        return;
    }
    // Without a keychain the key is missing and attempts are recorded without keyed fingerprints:
    // the history says so, the verification still runs.
    verification::FingerprintKey::load(chain->parts.keychain,
                                       chain->context,
                                       [chain, target](const std::optional<QByteArray>& key, const QString&) {
                                           chain->parts.service->setFingerprintKey(key);
                                           chain->ready(target);
                                       });
}

void resolveCredentials(const std::shared_ptr<Chain>& chain)
{
    chain->parts.resolver->resolve(
        chain->setup.credentials,
        chain->context,
        [chain](const Expected<credentials::ResolvedCredentials, credentials::CredentialError>& resolved) {
            if (!resolved) {
                chain->failed(SetupFailure::Credentials, resolved.error().message);
                return;
            }
            verification::ServiceTarget target;
            target.scheme = chain->setup.scheme;
            target.credentials = resolved->credentials;
            target.endpoint = chain->setup.settingsEndpoint;
            if (chain->setup.chosenEndpoint) {
                target.endpoint = *chain->setup.chosenEndpoint;
            } else if (!resolved->endpoint.isEmpty()) {
                const auto fromProfile = api::Endpoint::parse(resolved->endpoint);
                if (!fromProfile) {
                    chain->failed(SetupFailure::Endpoint, fromProfile.error());
                    return;
                }
                target.endpoint = fromProfile.value();
            }
            if (const auto refusal = chain->parts.policy->endpointRefusal(target.endpoint)) {
                chain->failed(SetupFailure::Endpoint, *refusal);
                return;
            }
            loadFingerprintKey(chain, target);
        });
}

} // namespace

SessionSetup SessionSetup::fromSettings(const settings::AppSettings& settings)
{
    SessionSetup setup;
    setup.proxySetting = settings.value(settings::Setting::Proxy).toString();
    setup.proxyUser = settings.value(settings::Setting::ProxyUser).toString();
    setup.scheme = api::signatureSchemeFromName(settings.value(settings::Setting::SignatureScheme).toString())
                       .value_or(api::SignatureScheme::V3);
    setup.settingsEndpoint = settings.endpoint();
    return setup;
}

void prepareSession(const SessionSetup& setup,
                    const SessionParts& parts,
                    QObject* context,
                    SessionReady ready,
                    SessionFailed failed)
{
    auto chain = std::make_shared<Chain>(Chain{setup, parts, context, std::move(ready), std::move(failed)});
    // The proxy comes first: a proxy password from the keychain is needed before anything is sent.
    network::loadProxySettings(setup.proxySetting,
                               setup.proxyUser,
                               parts.keychain,
                               context,
                               [chain](const Expected<network::ProxySettings, QString>& loaded) {
                                   if (!loaded) {
                                       chain->failed(SetupFailure::Proxy, loaded.error());
                                       return;
                                   }
                                   network::applyProxy(chain->parts.network, loaded.value());
                                   resolveCredentials(chain);
                               });
}

} // namespace tricheck::cli
