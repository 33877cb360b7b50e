#pragma once

#include "policy.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace tricheck::session {
class SessionConfig;
struct Overrides;
} // namespace tricheck::session

namespace tricheck::settings {

// The operator's settings (QSettings: never a secret) and the administrator's policy they live
// under. What is in force is decided by session::SessionConfig (the policy's lock, else the
// operator's value, else the policy's preset, else the built-in default); value() asks it for one
// setting. One object per front end.
class AppSettings : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The application's QSettings and the policy from Policy::defaultPath().
    explicit AppSettings(QObject* parent = nullptr);
    AppSettings(Policy policy, QObject* parent = nullptr);
    ~AppSettings() override;

    // The value in force without a run's overrides (SessionConfig::resolveOne).
    QVariant value(Setting setting) const;
    bool isLocked(Setting setting) const { return m_policy.isLocked(setting); }
    // false (and nothing changes) when the setting is locked or the value invalid.
    bool setValue(Setting setting, const QVariant& value);
    void reset(Setting setting); // back to the preset / built-in default (unless locked)
    const Policy& policy() const { return m_policy; }
    // What the operator stored for `setting`, as stored; nullopt when nothing is.
    std::optional<QVariant> storedValue(Setting setting) const;

    // Every value in force for a run with these overrides.
    session::SessionConfig config(const session::Overrides& overrides) const;
    session::SessionConfig config() const;

    // UI state that is not a policy matter (window geometry, splitter, last directory …).
    QVariant uiState(const QString& key) const;
    void setUiState(const QString& key, const QVariant& value);

signals:
    void changed(tricheck::settings::Setting setting);

private:
    std::unique_ptr<QSettings> m_settings;
    Policy m_policy;
};

} // namespace tricheck::settings
