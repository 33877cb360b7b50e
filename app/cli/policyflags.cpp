#include "policyflags.h"

#include "api/endpoint.h"
#include "jsonout.h"
#include "settings/appsettings.h"

namespace tricheck::cli {

using settings::Setting;

PolicyFlags::PolicyFlags(const settings::AppSettings& settings)
    : m_settings(settings)
{ }

void PolicyFlags::reportProblems() const
{
    const settings::Policy& policy = m_settings.policy();
    if (!policy.isMalformed())
        return;
    printError(tr("Warning: the administrator's policy %1 cannot be read completely; the safest choices apply "
                  "(no sandbox, locked settings at their safest values):\n%2")
                   .arg(policy.path(), policy.problemText()));
}

bool PolicyFlags::isLocked(Setting setting) const
{
    return m_settings.isLocked(setting);
}

QVariant PolicyFlags::value(Setting setting, const QString& flag, const std::optional<QString>& requested) const
{
    if (m_settings.isLocked(setting)) {
        QVariant locked = m_settings.value(setting);
        if (requested) {
            // Compared in canonical form, so "HongKong" and "hongkong" are not an override.
            const std::optional<QVariant> asked = settings::normalizedValue(setting, *requested);
            if (!asked || *asked != locked)
                reportOverride(flag, locked.toString());
        }
        return locked;
    }
    if (requested)
        return *requested;
    return m_settings.value(setting);
}

std::optional<QString> PolicyFlags::endpointRefusal(const api::Endpoint& endpoint) const
{
    if (!endpoint.isLoopback() || m_settings.sandboxAllowed())
        return std::nullopt;
    return tr("The sandbox (an endpoint on this computer, %1) is not allowed by your administrator's policy.")
        .arg(endpoint.url().toString());
}

void PolicyFlags::reportOverride(const QString& flag, const QString& lockedValue)
{
    printError(tr("%1 is set by your administrator's policy: using \"%2\" instead.").arg(flag, lockedValue));
}

} // namespace tricheck::cli
