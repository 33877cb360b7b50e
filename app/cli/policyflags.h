#pragma once

#include "settings/setting.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace tricheck::api {
class Endpoint;
}

namespace tricheck::settings {
class AppSettings;
}

namespace tricheck::cli {

// The CLI under the administrator's policy: a flag asks, a locked setting decides. When the policy
// overrides a flag, stderr says so, so that a script's author sees why the flag had no effect.
class PolicyFlags
{
    Q_DECLARE_TR_FUNCTIONS(PolicyFlags)

public:
    explicit PolicyFlags(const settings::AppSettings& settings);

    // Warns on stderr when the policy file is malformed (its safest choices then apply).
    void reportProblems() const;

    // The value to use for `setting`: the locked value when the policy locks it (saying so when
    // `requested`, from `flag`, differs), else `requested`, else the operator's settings.
    QVariant value(settings::Setting setting, const QString& flag, const std::optional<QString>& requested) const;

    bool isLocked(settings::Setting setting) const;

    // Why `endpoint` may not be used (the sandbox on this computer when the policy forbids it), or
    // nothing when it may.
    std::optional<QString> endpointRefusal(const api::Endpoint& endpoint) const;

    // "--flag is set by your administrator's policy: …" on stderr.
    static void reportOverride(const QString& flag, const QString& lockedValue);

private:
    const settings::AppSettings& m_settings;
};

} // namespace tricheck::cli
