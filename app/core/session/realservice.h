#pragma once

#include <QString>

#include <optional>

namespace tricheck::credentials {
class ProfileStore;
}

namespace tricheck::session {

class ServiceRouter;
class SessionConfig;

// What the settings dialog is about to write that decides where verifications go.
struct ServiceChoice
{
    QString mode;     // "auto" | "sandbox" | "real"
    QString profile;  // the active profile; empty: the default one
    QString endpoint; // the Endpoint setting ("hongkong", a URL …)
};

// The real, billed service a choice would enter: whose AccessKey and where. Never a secret.
struct RealServiceEntry
{
    QString profile;           // the profile's name, empty when the key comes from elsewhere
    QString source;            // "profile:NAME", "environment", "aliyun-cli:NAME" …
    QString maskedAccessKeyId; // "LTAI…Desk"
    QString endpointId;        // "hongkong", or the URL
    QString endpointName;      // translated, for display
    QString endpointHost;      // "cloudauth-intl.cn-hongkong.aliyuncs.com"
};

// Where the operator must go to use the real service (the sandbox banner's link).
enum class RealServiceBlocker {
    None,        // the real service is in use
    Credentials, // no AccessKey is configured: the credentials page
    Choice,      // Service is Sandbox, or entering the real service waits for a confirmation
};

// "LTAI5tKycDesk" -> "LTAI…Desk": enough to recognise the key, not to use it.
QString maskAccessKeyId(const QString& accessKeyId);

// The desktop's rule for entering the real service: leaving the sandbox for billed verifications is
// an explicit step that the operator confirms. Returns the entry when `choice` would take a session
// that now uses (or last used) the sandbox to the real service, nullopt when no confirmation is
// needed (the real service is already in use, the choice stays in the sandbox or cannot verify at
// all, or the administrator decided the service mode).
std::optional<RealServiceEntry> realServiceEntry(const ServiceChoice& choice,
                                                 const SessionConfig& config,
                                                 const credentials::ProfileStore& profiles,
                                                 const ServiceRouter& router);

RealServiceBlocker
realServiceBlocker(const SessionConfig& config, const credentials::ProfileStore& profiles, const ServiceRouter& router);

} // namespace tricheck::session
