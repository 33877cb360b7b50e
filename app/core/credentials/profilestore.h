#pragma once

#include "common/expected.h"
#include "credentials.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tricheck::credentials {

class Keychain;

// A named set of credentials of TriCheck's own. The metadata (name, AccessKey ID, endpoint) is in
// QSettings; the AccessKey secret and the STS token are only in the OS keychain, or, when no
// keychain service is available, in this process's memory for this session.
enum class SecretStorage {
    Keychain,
    Session // no keychain service: kept in memory until the process ends
};

struct Profile
{
    QString name;
    QString accessKeyId;
    QString endpoint;                                // optional: "hongkong", "hongkong-vpc" or a URL
    bool hasSecurityToken = false;                   // an STS token is stored with the secret
    QString origin;                                  // "tricheck", or "aliyun-cli" for an imported profile
    SecretStorage storage = SecretStorage::Keychain; // where the secret was put when last saved
};

// What changed, for an audit trail: never a secret.
struct ProfileChange
{
    enum class Action {
        Added,
        Changed,
        Removed
    };
    Action action = Action::Added;
    QString name;
    QString accessKeyId;
    SecretStorage storage = SecretStorage::Keychain;
    QString origin;
};

QString profileChangeActionId(ProfileChange::Action action); // "added" / "changed" / "removed"
QString secretStorageId(SecretStorage storage);              // "keychain" / "session"

class ProfileStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    using ChangeCallback = std::function<void(const Expected<ProfileChange, QString>&)>;
    using LoadCallback = std::function<void(const Expected<Credentials, CredentialError>&)>;

    // `keychain` must outlive the store.
    explicit ProfileStore(Keychain* keychain, QObject* parent = nullptr);
    ~ProfileStore() override;

    // Letters (any script), digits, '.', '_', '-', '@'; 1–64 characters, starting with a letter
    // or digit. An empty string when `name` is acceptable, otherwise the translated reason.
    static QString nameProblem(const QString& name);
    static QString accessKeyIdProblem(const QString& accessKeyId);

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString& name) const;
    // The profile marked default, or the only profile when there is exactly one.
    QString defaultProfileName() const;
    bool setDefaultProfile(const QString& name); // false when no such profile; "" clears it

    // Adds or replaces a profile. The secret (and token, when not empty) go to the keychain first;
    // the metadata is written only after that succeeded. Without a keychain service they are kept
    // for this session (the change says so); a locked or refusing keychain is an error.
    // `allowSession` false (a command-line tool, whose session ends at once) makes "no keychain"
    // an error instead.
    void save(const Profile& input,
              const QString& secret,
              const QString& token,
              QObject* context,
              ChangeCallback done,
              bool allowSession = true);
    // Removes the keychain entries, then the metadata.
    void remove(const QString& name, QObject* context, ChangeCallback done);
    // The profile's credentials, with source "profile:NAME".
    void loadCredentials(const QString& name, QObject* context, LoadCallback done);

    // A session-only secret is still held by this process (it is gone after a restart).
    static bool hasSessionSecret(const QString& name);

    static QString secretKey(const QString& name); // keychain entry names
    static QString tokenKey(const QString& name);

signals:
    void profileChanged(const tricheck::credentials::ProfileChange& change);

private:
    void writeMetadata(const Profile& profile, SecretStorage storage);
    void finishSave(const Profile& profile, SecretStorage storage, bool existed, ChangeCallback done);

    Keychain* m_keychain;
};

} // namespace tricheck::credentials

Q_DECLARE_METATYPE(tricheck::credentials::ProfileChange)
