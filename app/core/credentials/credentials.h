#pragma once

#include <QString>

namespace tricheck::credentials {

// An AccessKey pair (+ STS token). Lives in memory only: secrets are persisted solely through the
// OS keychain, never in QSettings, logs, history or exports.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty for a permanent AccessKey
    QString source;        // where they came from, for display: "explicit", "environment", "profile:NAME" …

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }
};

// Why no credentials could be had. The message is translated and names the source; it never
// contains a secret.
struct CredentialError
{
    enum class Kind {
        NotFound,            // nothing configured, or no profile of that name
        Incomplete,          // an ID without a secret (or the reverse), a token without a key …
        KeychainUnavailable, // no Secret Service / keychain to read the secret from
        KeychainDenied,      // the keychain is locked or refused access
        KeychainFailed,      // any other keychain error
        Unsupported,         // an aliyun CLI profile mode TriCheck does not support
        Malformed,           // a file that cannot be read (aliyun CLI config)
    };
    Kind kind = Kind::NotFound;
    QString message;
};

} // namespace tricheck::credentials
