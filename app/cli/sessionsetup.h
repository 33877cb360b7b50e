#pragma once

#include "api/endpoint.h"
#include "api/signaturescheme.h"
#include "credentials/credentialresolver.h"

#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace tricheck::credentials {
class Keychain;
}

namespace tricheck::settings {
class AppSettings;
}

namespace tricheck::verification {
class VerificationService;
struct ServiceTarget;
} // namespace tricheck::verification

namespace tricheck::cli {

class PolicyFlags;

// What the sending commands (verify, batch) settle before their first request. Every step may wait
// on the keychain, so the chain runs from the event loop and ends in exactly one of two callbacks:
//   1. the proxy, with its password from the keychain when a proxy user is set;
//   2. the credentials (profile, environment, aliyun configuration);
//   3. the endpoint: the flag or policy's, else the profile's, else the settings';
//      refused when the policy forbids it;
//   4. the per-install fingerprint key, so that the history can record keyed fingerprints.
struct SessionSetup
{
    QString proxySetting;
    QString proxyUser;
    credentials::CredentialRequest credentials;
    api::SignatureScheme scheme = api::SignatureScheme::V3;
    api::Endpoint settingsEndpoint = api::Endpoint::hongKong();
    std::optional<api::Endpoint> chosenEndpoint; // from --endpoint or the policy: wins over a profile's
    bool loadFingerprintKey = true;              // false when nothing is recorded

    // The operator's settings: proxy setting and user, signature scheme, endpoint.
    static SessionSetup fromSettings(const settings::AppSettings& settings);
};

// The parts the chain works on; all outlive it.
struct SessionParts
{
    QNetworkAccessManager* network = nullptr;
    credentials::Keychain* keychain = nullptr;
    credentials::CredentialResolver* resolver = nullptr;
    verification::VerificationService* service = nullptr;
    const PolicyFlags* policy = nullptr;
};

// Which step failed: the commands map it to their exit status (credentials have their own).
enum class SetupFailure {
    Proxy,
    Credentials,
    Endpoint,
};

using SessionReady = std::function<void(const verification::ServiceTarget& target)>;
using SessionFailed = std::function<void(SetupFailure step, const QString& message)>;

// Runs the chain; neither callback is called once `context` is destroyed.
void prepareSession(const SessionSetup& setup,
                    const SessionParts& parts,
                    QObject* context,
                    SessionReady ready,
                    SessionFailed failed);

} // namespace tricheck::cli
