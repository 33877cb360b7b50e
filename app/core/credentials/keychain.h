#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace tricheck::credentials {

enum class KeychainStatus {
    Ok,
    NotFound,
    Unavailable, // no Secret Service / keychain backend reachable
    Denied,      // locked, or the user or system refused
    Failed,
};

struct KeychainResult
{
    KeychainStatus status = KeychainStatus::Failed;
    QByteArray data; // what read() found; empty otherwise
    QString message; // translated, why it failed; never contains a secret

    bool ok() const { return status == KeychainStatus::Ok; }
};

// Asynchronous access to the OS keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through QtKeychain, with the insecure plaintext fallback always off. Every
// entry lives under one service name; keys name the entry ("profile/NAME/accesskey-secret").
// Shared by the credential profiles and any module that needs a per-install secret.
class Keychain : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keychain)

public:
    using Callback = std::function<void(const KeychainResult&)>;

    explicit Keychain(QString service = defaultService(), QObject* parent = nullptr);
    ~Keychain() override;

    static QString defaultService(); // "TriCheck"
    QString service() const { return m_service; }

    // Each calls `done` once, from the event loop, unless `context` is destroyed first.
    void read(const QString& key, QObject* context, Callback done);
    void write(const QString& key, const QByteArray& secret, QObject* context, Callback done);
    void remove(const QString& key, QObject* context, Callback done);

    static QString statusText(KeychainStatus status, const QString& detail);

private:
    void run(QKeychain::Job* job, QObject* context, Callback done);

    QString m_service;
};

} // namespace tricheck::credentials
