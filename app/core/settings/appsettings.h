#pragma once

#include "api/endpoint.h"
#include "api/signaturescheme.h"
#include "identity/identityinput.h"
#include "policy.h"

#include <QObject>

#include <memory>

class QSettings;

namespace tricheck::settings {

// The operator's settings (QSettings: never a secret) under the administrator's policy. A value is
// the policy's locked value, else the operator's, else the policy's preset, else the built-in
// default; stored values that no longer parse are ignored. One object per front end.
class AppSettings : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The application's QSettings and the policy from Policy::defaultPath().
    explicit AppSettings(QObject* parent = nullptr);
    AppSettings(Policy policy, QObject* parent = nullptr);
    ~AppSettings() override;

    QVariant value(Setting setting) const;
    bool isLocked(Setting setting) const { return m_policy.isLocked(setting); }
    // false (and nothing changes) when the setting is locked or the value invalid.
    bool setValue(Setting setting, const QVariant& value);
    void reset(Setting setting); // back to the preset / built-in default (unless locked)
    const Policy& policy() const { return m_policy; }

    // Typed views.
    QString language() const { return value(Setting::Language).toString(); }
    api::Endpoint endpoint() const;
    api::SignatureScheme signatureScheme() const;
    int timeoutMs() const { return value(Setting::TimeoutMs).toInt(); }
    bool forceMd5() const { return value(Setting::ForceMd5).toBool(); }
    identity::ParamType paramType() const; // md5 when forced
    bool privacyMask() const { return value(Setting::PrivacyMask).toBool(); }
    QString serviceMode() const { return value(Setting::ServiceMode).toString(); }
    bool sandboxAllowed() const { return value(Setting::SandboxAllowed).toBool(); }
    QString activeProfile() const { return value(Setting::ActiveProfile).toString(); }
    QString historyPath() const { return value(Setting::HistoryPath).toString(); }
    // The history: the setting (a SQLite file or a postgresql:// URL), else HistoryStore::defaultPath().
    QString historyDatabasePath() const;
    int retentionDays() const { return value(Setting::RetentionDays).toInt(); }
    // "Delete history older than N days": nullopt (0, the default) keeps everything.
    std::optional<int> retentionPeriod() const;
    int batchQps() const { return value(Setting::BatchQps).toInt(); }
    int batchConcurrency() const { return value(Setting::BatchConcurrency).toInt(); }

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
