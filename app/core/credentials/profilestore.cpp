#include "profilestore.h"

#include "common/logging.h"
#include "keychain.h"

#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace tricheck::credentials {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kDefaultKey = QStringLiteral("profiles-default");

// Secrets that could not go to a keychain: this process only, gone when it ends.
struct SessionSecret
{
    QString secret;
    QString token;
};

QHash<QString, SessionSecret>& sessionSecrets()
{
    static QHash<QString, SessionSecret> secrets;
    return secrets;
}

QString storageKey(SecretStorage storage)
{
    return secretStorageId(storage);
}

} // namespace

QString profileChangeActionId(ProfileChange::Action action)
{
    switch (action) {
    case ProfileChange::Action::Added:
        return QStringLiteral("added");
    case ProfileChange::Action::Changed:
        return QStringLiteral("changed");
    case ProfileChange::Action::Removed:
        return QStringLiteral("removed");
    }
    return QStringLiteral("changed");
}

QString secretStorageId(SecretStorage storage)
{
    return storage == SecretStorage::Session ? QStringLiteral("session") : QStringLiteral("keychain");
}

ProfileStore::ProfileStore(Keychain* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    Q_ASSERT(m_keychain);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::secretKey(const QString& name)
{
    return QStringLiteral("profile/%1/accesskey-secret").arg(name);
}

bool ProfileStore::hasSessionSecret(const QString& name)
{
    return sessionSecrets().contains(name);
}

QString ProfileStore::tokenKey(const QString& name)
{
    return QStringLiteral("profile/%1/security-token").arg(name);
}

QString ProfileStore::nameProblem(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral(R"(^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$)"));
    if (name.isEmpty())
        return tr("A profile needs a name.");
    if (!valid.match(name).hasMatch())
        return tr("\"%1\" is not a usable profile name: use 1 to 64 letters, digits, '.', '_', '-' or '@', "
                  "starting with a letter or digit.")
            .arg(name.left(80));
    return {};
}

QString ProfileStore::accessKeyIdProblem(const QString& accessKeyId)
{
    static const QRegularExpression valid(QStringLiteral(R"(^[A-Za-z0-9._-]{1,128}$)"));
    if (accessKeyId.isEmpty())
        return tr("An AccessKey ID is required.");
    if (!valid.match(accessKeyId).hasMatch())
        return tr("The AccessKey ID may contain only letters, digits, '.', '_' and '-'.");
    return {};
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QList<Profile> list;
    const QStringList names = settings.childGroups();
    for (const QString& name : names) {
        if (!nameProblem(name).isEmpty())
            continue; // hand-edited junk: ignored, never used
        settings.beginGroup(name);
        Profile p;
        p.name = name;
        p.accessKeyId = settings.value(QStringLiteral("accessKeyId")).toString();
        p.endpoint = settings.value(QStringLiteral("endpoint")).toString();
        p.hasSecurityToken = settings.value(QStringLiteral("hasSecurityToken"), false).toBool();
        p.origin = settings.value(QStringLiteral("origin"), QStringLiteral("tricheck")).toString();
        p.storage = settings.value(QStringLiteral("secretStorage")).toString() == storageKey(SecretStorage::Session)
                        ? SecretStorage::Session
                        : SecretStorage::Keychain;
        settings.endGroup();
        list.append(p);
    }
    std::sort(list.begin(), list.end(), [](const Profile& a, const Profile& b) { return a.name < b.name; });
    return list;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    for (const Profile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::defaultProfileName() const
{
    QString marked = QSettings().value(kDefaultKey).toString();
    if (!marked.isEmpty() && profile(marked))
        return marked;
    const QList<Profile> all = profiles();
    return all.size() == 1 ? all.first().name : QString();
}

bool ProfileStore::setDefaultProfile(const QString& name)
{
    QSettings settings;
    if (name.isEmpty()) {
        settings.remove(kDefaultKey);
        return true;
    }
    if (!profile(name))
        return false;
    settings.setValue(kDefaultKey, name);
    return true;
}

void ProfileStore::writeMetadata(const Profile& p, SecretStorage storage)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.beginGroup(p.name);
    settings.setValue(QStringLiteral("accessKeyId"), p.accessKeyId);
    if (p.endpoint.isEmpty())
        settings.remove(QStringLiteral("endpoint"));
    else
        settings.setValue(QStringLiteral("endpoint"), p.endpoint);
    settings.setValue(QStringLiteral("hasSecurityToken"), p.hasSecurityToken);
    settings.setValue(QStringLiteral("origin"), p.origin.isEmpty() ? QStringLiteral("tricheck") : p.origin);
    settings.setValue(QStringLiteral("secretStorage"), storageKey(storage));
    settings.endGroup();
    settings.endGroup();
    settings.sync();
}

void ProfileStore::finishSave(const Profile& p, SecretStorage storage, bool existed, ChangeCallback done)
{
    writeMetadata(p, storage);
    ProfileChange change;
    change.action = existed ? ProfileChange::Action::Changed : ProfileChange::Action::Added;
    change.name = p.name;
    change.accessKeyId = p.accessKeyId;
    change.storage = storage;
    change.origin = p.origin.isEmpty() ? QStringLiteral("tricheck") : p.origin;
    qCInfo(lcCredentials).noquote() << QStringLiteral("profile %1 %2 (secret in %3)")
                                           .arg(p.name, profileChangeActionId(change.action), secretStorageId(storage));
    emit profileChanged(change);
    done(change);
}

void ProfileStore::save(const Profile& input,
                        const QString& secret,
                        const QString& token,
                        QObject* context,
                        ChangeCallback done,
                        bool allowSession)
{
    using Result = Expected<ProfileChange, QString>;
    QString problem = nameProblem(input.name);
    if (problem.isEmpty())
        problem = accessKeyIdProblem(input.accessKeyId);
    if (problem.isEmpty() && secret.isEmpty())
        problem = tr("The AccessKey secret is empty.");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [done, problem] { done(Result::failure(problem)); },
            Qt::QueuedConnection);
        return;
    }

    Profile p = input;
    p.hasSecurityToken = !token.isEmpty();
    const bool existed = profile(p.name).has_value();
    const QString name = p.name;
    QPointer<ProfileStore> self(this);

    m_keychain->write(secretKey(name), secret.toUtf8(), context, [=](const KeychainResult& written) {
        if (!self)
            return;
        if (written.status == KeychainStatus::Unavailable && allowSession) {
            // Say so, and keep the secret for this run only: never on disk without a keychain.
            qCWarning(lcCredentials).noquote()
                << QStringLiteral("no keychain service: the secret of profile %1 is kept for this session only")
                       .arg(name);
            sessionSecrets().insert(name, {secret, token});
            self->finishSave(p, SecretStorage::Session, existed, done);
            return;
        }
        if (!written.ok()) {
            done(
                Result::failure(tr("The secret of profile \"%1\" could not be stored: %2").arg(name, written.message)));
            return;
        }
        sessionSecrets().remove(name);
        const auto afterToken = [=](const KeychainResult& tokenResult) {
            if (!self)
                return;
            if (!tokenResult.ok() && tokenResult.status != KeychainStatus::NotFound) {
                done(Result::failure(
                    tr("The security token of profile \"%1\" could not be stored: %2").arg(name, tokenResult.message)));
                return;
            }
            self->finishSave(p, SecretStorage::Keychain, existed, done);
        };
        if (token.isEmpty())
            self->m_keychain->remove(tokenKey(name), context, afterToken); // a stale token must not linger
        else
            self->m_keychain->write(tokenKey(name), token.toUtf8(), context, afterToken);
    });
}

void ProfileStore::remove(const QString& name, QObject* context, ChangeCallback done)
{
    using Result = Expected<ProfileChange, QString>;
    const std::optional<Profile> existing = profile(name);
    if (!existing) {
        const QString message = tr("There is no profile named \"%1\".").arg(name);
        QMetaObject::invokeMethod(
            context,
            [done, message] { done(Result::failure(message)); },
            Qt::QueuedConnection);
        return;
    }
    QSettings settings;
    const bool sessionOnly = settings.value(kGroup + u'/' + name + QStringLiteral("/secretStorage")).toString() ==
                             storageKey(SecretStorage::Session);
    QPointer<ProfileStore> self(this);
    const Profile& p = *existing;

    const auto dropMetadata = [=](SecretStorage storage) {
        if (!self)
            return;
        sessionSecrets().remove(name);
        QSettings s;
        s.remove(kGroup + u'/' + name);
        if (s.value(kDefaultKey).toString() == name)
            s.remove(kDefaultKey);
        s.sync();
        ProfileChange change;
        change.action = ProfileChange::Action::Removed;
        change.name = name;
        change.accessKeyId = p.accessKeyId;
        change.storage = storage;
        change.origin = p.origin;
        qCInfo(lcCredentials).noquote() << QStringLiteral("profile %1 removed").arg(name);
        emit self->profileChanged(change);
        done(change);
    };
    if (sessionOnly) {
        QMetaObject::invokeMethod(
            context,
            [dropMetadata] { dropMetadata(SecretStorage::Session); },
            Qt::QueuedConnection);
        return;
    }
    m_keychain->remove(secretKey(name), context, [=](const KeychainResult& removed) {
        if (!self)
            return;
        if (!removed.ok() && removed.status != KeychainStatus::NotFound) {
            // Fail closed: the profile stays rather than leaving an orphaned secret behind.
            done(Result::failure(tr("The secret of profile \"%1\" could not be removed from the keychain: %2")
                                     .arg(name, removed.message)));
            return;
        }
        self->m_keychain->remove(tokenKey(name), context, [=](const KeychainResult&) {
            dropMetadata(SecretStorage::Keychain);
        });
    });
}

void ProfileStore::loadCredentials(const QString& name, QObject* context, LoadCallback done)
{
    using Result = Expected<Credentials, CredentialError>;
    const auto fail = [context, done](CredentialError::Kind kind, const QString& message) {
        QMetaObject::invokeMethod(
            context,
            [done, kind, message] {
                done(Result::failure({kind, message}));
            },
            Qt::QueuedConnection);
    };
    const std::optional<Profile> p = profile(name);
    if (!p) {
        fail(CredentialError::Kind::NotFound, tr("There is no profile named \"%1\".").arg(name));
        return;
    }
    Credentials c;
    c.accessKeyId = p->accessKeyId;
    c.source = QStringLiteral("profile:") + name;

    if (const auto it = sessionSecrets().constFind(name); it != sessionSecrets().cend()) {
        c.accessKeySecret = it->secret;
        c.securityToken = it->token;
        QMetaObject::invokeMethod(
            context,
            [done, c] { done(c); },
            Qt::QueuedConnection);
        return;
    }
    const bool wasSessionOnly = QSettings().value(kGroup + u'/' + name + QStringLiteral("/secretStorage")).toString() ==
                                storageKey(SecretStorage::Session);
    if (wasSessionOnly) {
        fail(CredentialError::Kind::KeychainUnavailable,
             tr("The secret of profile \"%1\" was kept for one session only, because no keychain service was "
                "available. Add the profile again.")
                 .arg(name));
        return;
    }

    const bool wantToken = p->hasSecurityToken;
    QPointer<ProfileStore> self(this);
    m_keychain->read(secretKey(name), context, [=](const KeychainResult& secret) mutable {
        if (!self)
            return;
        if (!secret.ok()) {
            const auto kind = secret.status == KeychainStatus::Unavailable ? CredentialError::Kind::KeychainUnavailable
                              : secret.status == KeychainStatus::Denied    ? CredentialError::Kind::KeychainDenied
                              : secret.status == KeychainStatus::NotFound  ? CredentialError::Kind::Incomplete
                                                                           : CredentialError::Kind::KeychainFailed;
            done(Result::failure({kind,
                                  tr("The secret of profile \"%1\" could not be read from the keychain: %2")
                                      .arg(name, secret.message)}));
            return;
        }
        Credentials withSecret = c;
        withSecret.accessKeySecret = QString::fromUtf8(secret.data);
        if (!wantToken) {
            done(withSecret);
            return;
        }
        self->m_keychain->read(tokenKey(name), context, [=](const KeychainResult& token) {
            if (!token.ok()) {
                done(Result::failure({CredentialError::Kind::Incomplete,
                                      tr("The security token of profile \"%1\" could not be read from the keychain: %2")
                                          .arg(name, token.message)}));
                return;
            }
            Credentials full = withSecret;
            full.securityToken = QString::fromUtf8(token.data);
            done(full);
        });
    });
}

} // namespace tricheck::credentials
