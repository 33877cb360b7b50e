#pragma once

#include "common/expected.h"
#include "credentials.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace tricheck::credentials {

class ProfileStore;

struct CredentialRequest
{
    Credentials explicitCredentials; // typed by the operator (GUI); used when complete
    QString profileName;             // chosen explicitly (--profile, the GUI's profile list)
};

struct ResolvedCredentials
{
    Credentials credentials; // source says where they came from
    QString endpoint;        // the TriCheck profile's endpoint, if it names one
};

// Finds the credentials of a verification, in this order:
//   1. explicit input (a complete ID + secret);
//   2. an explicitly chosen profile: TriCheck's profile of that name, else the aliyun CLI's;
//   3. the environment: ALIBABA_CLOUD_ACCESS_KEY_ID + _SECRET (+ _SECURITY_TOKEN);
//   4. ALIBABA_CLOUD_PROFILE: a profile of that name, TriCheck's first, then the aliyun CLI's;
//   5. TriCheck's default profile (the one marked default, or the only one);
//   6. the aliyun CLI's current AK or StsToken profile in ~/.aliyun/config.json (skipped when
//      ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true).
// A source that is named but broken (a half-set environment, a missing profile, an unreadable
// keychain) is an error, never a silent fall-through to another account.
class CredentialResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolver)

public:
    using Callback = std::function<void(const Expected<ResolvedCredentials, CredentialError>&)>;

    explicit CredentialResolver(ProfileStore* profiles, QObject* parent = nullptr);
    ~CredentialResolver() override;

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setAliyunConfigPath(const QString& path) { m_aliyunConfigPath = path; }

    // Calls `done` once from the event loop unless `context` is destroyed first.
    void resolve(const CredentialRequest& request, QObject* context, Callback done);

private:
    void fromProfile(const QString& name, QObject* context, Callback done);
    void fromAliyunProfile(const QString& name, bool required, QObject* context, Callback done);

    ProfileStore* m_profiles;
    QProcessEnvironment m_environment;
    QString m_aliyunConfigPath;
};

} // namespace tricheck::credentials
