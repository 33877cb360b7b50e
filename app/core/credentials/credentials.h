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

} // namespace tricheck::credentials
