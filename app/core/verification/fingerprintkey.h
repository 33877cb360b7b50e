#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tricheck::credentials {
class Keychain;
}

namespace tricheck::verification {

// The per-install secret behind the history's keyed fingerprints (history/fingerprints.h): 32
// random bytes kept in the OS keychain, created on first use. Without a keychain there is no key,
// hence no fingerprints and no exact-match search; everything else works.
class FingerprintKey
{
    Q_DECLARE_TR_FUNCTIONS(FingerprintKey)

public:
    static QString keychainKey(); // "history/fingerprint-key"

    // Calls `done` once from the event loop (unless `context` is destroyed first) with the key, or
    // nullopt and a translated reason.
    using Callback = std::function<void(const std::optional<QByteArray>& key, const QString& problem)>;
    static void load(credentials::Keychain* keychain, QObject* context, Callback done);
};

} // namespace tricheck::verification
