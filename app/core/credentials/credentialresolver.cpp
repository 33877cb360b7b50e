#include "credentialresolver.h"

#include "aliyunconfig.h"
#include "common/logging.h"
#include "profilestore.h"

#include <QDir>
#include <QFile>

namespace tricheck::credentials {

namespace {

using Result = Expected<ResolvedCredentials, CredentialError>;

void later(QObject* context, CredentialResolver::Callback done, Result result)
{
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

Result failure(CredentialError::Kind kind, const QString& message)
{
    return Result::failure({kind, message});
}

} // namespace

CredentialResolver::CredentialResolver(ProfileStore* profiles, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_aliyunConfigPath(AliyunConfigReader::defaultPath())
{
    Q_ASSERT(m_profiles);
}

CredentialResolver::~CredentialResolver() = default;

void CredentialResolver::resolve(const CredentialRequest& request, QObject* context, Callback done)
{
    // 1. Explicit input.
    if (request.explicitCredentials.isComplete()) {
        ResolvedCredentials r;
        r.credentials = request.explicitCredentials;
        if (r.credentials.source.isEmpty())
            r.credentials.source = QStringLiteral("explicit");
        later(context, std::move(done), r);
        return;
    }
    // 2. An explicitly chosen profile.
    if (!request.profileName.isEmpty()) {
        fromProfile(request.profileName, context, std::move(done));
        return;
    }
    // 3. The environment.
    const QString id = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
    const QString secret = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed();
    const QString token = m_environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")).trimmed();
    if (!id.isEmpty() || !secret.isEmpty()) {
        if (id.isEmpty() || secret.isEmpty()) {
            later(context,
                  std::move(done),
                  failure(CredentialError::Kind::Incomplete,
                          tr("Only one of ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET is set; "
                             "set both, or neither.")));
            return;
        }
        ResolvedCredentials r;
        r.credentials = {id, secret, token, QStringLiteral("environment")};
        later(context, std::move(done), r);
        return;
    }
    // 4. A profile named by the environment.
    const QString envProfile = m_environment.value(QStringLiteral("ALIBABA_CLOUD_PROFILE")).trimmed();
    if (!envProfile.isEmpty()) {
        fromProfile(envProfile, context, std::move(done));
        return;
    }
    // 5. TriCheck's default profile.
    const QString defaultName = m_profiles->defaultProfileName();
    if (!defaultName.isEmpty()) {
        fromProfile(defaultName, context, std::move(done));
        return;
    }
    // 6. The aliyun CLI's current profile.
    fromAliyunProfile(QString(), false, context, std::move(done));
}

void CredentialResolver::fromProfile(const QString& name, QObject* context, Callback done)
{
    if (const std::optional<Profile> profile = m_profiles->profile(name)) {
        const QString endpoint = profile->endpoint;
        m_profiles->loadCredentials(name,
                                    context,
                                    [done, endpoint](const Expected<Credentials, CredentialError>& loaded) {
                                        if (!loaded) {
                                            done(Result::failure(loaded.error()));
                                            return;
                                        }
                                        ResolvedCredentials r;
                                        r.credentials = loaded.value();
                                        r.endpoint = endpoint;
                                        done(r);
                                    });
        return;
    }
    fromAliyunProfile(name, true, context, std::move(done));
}

void CredentialResolver::fromAliyunProfile(const QString& name, bool required, QObject* context, Callback done)
{
    const bool disabled = m_environment.value(QStringLiteral("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"))
                              .compare(u"true", Qt::CaseInsensitive) == 0;
    const QString noCredentials =
        tr("No AccessKey found. Add a profile (tricheck-cli profile add), set ALIBABA_CLOUD_ACCESS_KEY_ID and "
           "ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure the aliyun CLI.");
    if (disabled || !QFile::exists(m_aliyunConfigPath)) {
        later(context,
              std::move(done),
              required ? failure(CredentialError::Kind::NotFound, tr("There is no profile named \"%1\".").arg(name))
                       : failure(CredentialError::Kind::NotFound, noCredentials));
        return;
    }
    const auto config = AliyunConfigReader::read(m_aliyunConfigPath);
    if (!config) {
        later(context, std::move(done), failure(CredentialError::Kind::Malformed, config.error()));
        return;
    }
    const QString wanted = name.isEmpty() ? config->current : name;
    const AliyunProfile* profile = wanted.isEmpty() ? nullptr : config->find(wanted);
    if (!profile) {
        later(context,
              std::move(done),
              required
                  ? failure(CredentialError::Kind::NotFound,
                            tr("There is no profile named \"%1\", neither TriCheck's nor the aliyun CLI's.").arg(name))
                  : failure(CredentialError::Kind::NotFound, noCredentials));
        return;
    }
    if (!profile->supported) {
        later(context, std::move(done), failure(CredentialError::Kind::Unsupported, profile->problem));
        return;
    }
    qCInfo(lcCredentials).noquote() << QStringLiteral("using the aliyun CLI profile %1").arg(profile->name);
    ResolvedCredentials r;
    r.credentials = profile->credentials();
    later(context, std::move(done), r);
}

} // namespace tricheck::credentials
