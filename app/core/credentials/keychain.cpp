#include "keychain.h"

#include "common/appinfo.h"
#include "common/logging.h"

#include <qt6keychain/keychain.h>

namespace tricheck::credentials {

namespace {

KeychainStatus statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainStatus::Ok;
    case QKeychain::EntryNotFound:
        return KeychainStatus::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainStatus::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // QtKeychain reports a missing D-Bus session or Secret Service ("Cannot autolaunch D-Bus",
    // "Could not connect", "ServiceUnknown") as OtherError: the keychain cannot be used at all.
    case QKeychain::OtherError:
        return KeychainStatus::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return KeychainStatus::Failed;
}

} // namespace

Keychain::Keychain(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

Keychain::~Keychain() = default;

QString Keychain::defaultService()
{
    return AppInfo::applicationName();
}

QString Keychain::statusText(KeychainStatus status, const QString& detail)
{
    switch (status) {
    case KeychainStatus::Ok:
        return {};
    case KeychainStatus::NotFound:
        return tr("The keychain holds no such entry.");
    case KeychainStatus::Unavailable:
        return tr("No keychain service is available (%1). Start the desktop's keyring (a Secret "
                  "Service such as GNOME Keyring or KWallet) to keep secrets between sessions.")
            .arg(detail);
    case KeychainStatus::Denied:
        return tr("The keychain refused access (%1). Unlock it and try again.").arg(detail);
    case KeychainStatus::Failed:
        break;
    }
    return tr("The keychain reported an error (%1).").arg(detail);
}

void Keychain::run(QKeychain::Job* job, QObject* context, Callback done)
{
    // No parent: the job deletes itself once finished. A job deleted while its libsecret call is
    // pending (this Keychain destroyed first) would be written to by that call when it returns.
    job->setAutoDelete(true);
    // Never the plaintext QSettings fallback: a secret that cannot go to the keychain stays in memory.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        KeychainResult result;
        result.status = statusOf(finished->error());
        if (result.ok()) {
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                result.data = read->binaryData();
        } else {
            result.message = statusText(result.status, finished->errorString());
            qCDebug(lcCredentials) << "keychain job failed, status" << int(result.status);
        }
        done(result);
    });
    job->start();
}

void Keychain::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void Keychain::write(const QString& key, const QByteArray& secret, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, context, std::move(done));
}

void Keychain::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

} // namespace tricheck::credentials
