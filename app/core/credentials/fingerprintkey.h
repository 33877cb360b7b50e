#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tricheck::credentials {

class Keychain;

// The secret behind the history's keyed fingerprints (history/fingerprints.h). By default 32
// random bytes kept in the OS keychain, created on first use: one key per installation. A team
// that shares a history shares one key: the administrator's policy names a key file
// (FingerprintKeyFile=PATH, which wins over the keychain), or each operator imports the same key
// into the keychain (tricheck-cli key import). Without a key there are no fingerprints and no
// exact-match search; everything else works.
//
// The key file (also what `tricheck-cli key export` writes): UTF-8 text, lines starting with '#'
// are comments, the one other line is the key in base64 (at least 16 bytes once decoded, at most
// 1024). The history records the key's identifier (keyId()), never the key.
class FingerprintKey
{
    Q_DECLARE_TR_FUNCTIONS(FingerprintKey)

public:
    static QString keychainKey(); // "history/fingerprint-key"

    // Where a key came from.
    enum class Source {
        None,
        PolicyFile, // the file the administrator's policy names
        Keychain,
    };

    struct Loaded
    {
        std::optional<QByteArray> key;
        Source source = Source::None;
        QString path;    // the policy's key file, when it names one
        QString problem; // translated: why there is no key (empty when none is configured)
        QString warning; // translated: the key is used, but something is wrong (a world-readable file)
    };

    // The key's identifier: HMAC-SHA256(key, "tricheck fingerprint key id"), the first 8 bytes in
    // hex (16 characters). It tells keys apart and reveals nothing of the key.
    static QString keyId(const QByteArray& key);

    // The key in a key file's text, or why the text is not one (translated).
    static Expected<QByteArray, QString> parse(const QByteArray& text);
    // A key file's text for `key` (a comment with its identifier, then the key).
    static QByteArray format(const QByteArray& key);
    // Reads a key file. `warning` (when given) is set when the file is readable by every user.
    static Expected<QByteArray, QString> readFile(const QString& path, QString* warning = nullptr);

    // Calls `done` once from the event loop (unless `context` is destroyed first) with the key, or
    // nullopt and a translated reason. `create`: a missing keychain key is created (a session
    // that records attempts); otherwise a missing key is just none.
    using Callback = std::function<void(const std::optional<QByteArray>& key, const QString& problem)>;
    static void load(Keychain* keychain, QObject* context, Callback done, bool create = true);
    // The key in force: the policy's key file when `policyFile` is not empty (a file that cannot
    // be used gives no key, never the keychain's), else the keychain's.
    using LoadedCallback = std::function<void(const Loaded& loaded)>;
    static void loadInForce(const QString& policyFile,
                            Keychain* keychain,
                            QObject* context,
                            LoadedCallback done,
                            bool create = true);
};

} // namespace tricheck::credentials
