#include "appsettings.h"

#include "session/sessionconfig.h"

#include <QSettings>

namespace tricheck::settings {

AppSettings::AppSettings(QObject* parent)
    : AppSettings(Policy::load(Policy::defaultPath()), parent)
{ }

AppSettings::AppSettings(Policy policy, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_policy(std::move(policy))
{ }

AppSettings::~AppSettings() = default;

std::optional<QVariant> AppSettings::storedValue(Setting setting) const
{
    const QString key = QLatin1String(settingInfo(setting).settingsKey);
    if (!m_settings->contains(key))
        return std::nullopt;
    return m_settings->value(key);
}

QVariant AppSettings::value(Setting setting) const
{
    return session::SessionConfig::resolveOne(setting, storedValue(setting), m_policy).value;
}

session::SessionConfig AppSettings::config(const session::Overrides& overrides) const
{
    return session::SessionConfig::resolve([this](Setting s) { return storedValue(s); }, m_policy, overrides);
}

session::SessionConfig AppSettings::config() const
{
    return config(session::Overrides{});
}

bool AppSettings::setValue(Setting setting, const QVariant& value)
{
    if (isLocked(setting))
        return false;
    const auto normalized = normalizedValue(setting, value);
    if (!normalized)
        return false;
    const QVariant before = this->value(setting);
    m_settings->setValue(QLatin1String(settingInfo(setting).settingsKey), *normalized);
    if (this->value(setting) != before)
        emit changed(setting);
    return true;
}

void AppSettings::reset(Setting setting)
{
    if (isLocked(setting))
        return;
    const QVariant before = value(setting);
    m_settings->remove(QLatin1String(settingInfo(setting).settingsKey));
    if (value(setting) != before)
        emit changed(setting);
}

QVariant AppSettings::uiState(const QString& key) const
{
    return m_settings->value(QStringLiteral("state/") + key);
}

void AppSettings::setUiState(const QString& key, const QVariant& value)
{
    m_settings->setValue(QStringLiteral("state/") + key, value);
}

} // namespace tricheck::settings
