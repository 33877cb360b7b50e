#include "appsettings.h"

#include "history/historystore.h"

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

QVariant AppSettings::value(Setting setting) const
{
    if (const auto locked = m_policy.lockedValue(setting))
        return *locked;
    const QString key = QLatin1String(settingInfo(setting).settingsKey);
    if (m_settings->contains(key)) {
        if (const auto stored = normalizedValue(setting, m_settings->value(key)))
            return *stored;
    }
    if (const auto preset = m_policy.presetValue(setting))
        return *preset;
    return builtinDefault(setting);
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

api::Endpoint AppSettings::endpoint() const
{
    const auto parsed = api::Endpoint::parse(value(Setting::Endpoint).toString());
    return parsed ? parsed.value() : api::Endpoint::hongKong();
}

api::SignatureScheme AppSettings::signatureScheme() const
{
    return api::signatureSchemeFromName(value(Setting::SignatureScheme).toString()).value_or(api::SignatureScheme::V3);
}

identity::ParamType AppSettings::paramType() const
{
    if (forceMd5())
        return identity::ParamType::Md5;
    return identity::paramTypeFromName(value(Setting::ParamType).toString()).value_or(identity::ParamType::Normal);
}

QString AppSettings::historyDatabasePath() const
{
    const QString path = historyPath();
    return path.isEmpty() ? history::HistoryStore::defaultPath() : path;
}

std::optional<int> AppSettings::retentionPeriod() const
{
    const int days = retentionDays();
    return days > 0 ? std::optional<int>(days) : std::nullopt;
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
