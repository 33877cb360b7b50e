#pragma once

#include "api/endpoint.h"
#include "api/signaturescheme.h"
#include "billing/budget.h"
#include "common/expected.h"
#include "identity/identityinput.h"
#include "settings/policy.h"
#include "settings/setting.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>
#include <optional>

namespace tricheck::session {

// Where the value in force of a setting comes from.
enum class ValueSource {
    Default,  // the built-in default
    Settings, // the operator's settings
    Policy,   // the administrator's policy: a preset, or a lock
    Override, // one run's choice: a CLI flag, a GUI command-line option, a dialog's choice
};
QString valueSourceId(ValueSource source); // "default", "settings", "policy", "override"

struct ConfigValue
{
    QVariant value;
    ValueSource source = ValueSource::Default;
    bool locked = false; // by the administrator's policy: no settings and no override change it
};

// One run's wish for a setting, with how the operator asked ("--endpoint", "--history", "tricheck
// --history", "the batch dialog"), so that a refusal can name it.
struct Override
{
    settings::Setting setting;
    QVariant value;
    QString origin;
};

struct Overrides
{
    QList<Override> values;
    // Nothing is recorded in the history (tricheck-cli verify --no-history). Refused when the
    // administrator locks the history.
    bool noHistory = false;
    QString noHistoryOrigin;

    void set(settings::Setting setting, const QVariant& value, const QString& origin);
    const Override* find(settings::Setting setting) const;
};

// An override that does not apply: what the operator is told (reason(), in the current language).
struct Refusal
{
    enum class Kind {
        Locked,      // the policy locks the setting; `inForce` applies instead
        Invalid,     // the value cannot be used; the setting's own applies
        HistoryKept, // --no-history while the policy locks the history
    };
    Kind kind = Kind::Locked;
    QString origin; // how the operator asked: "--endpoint", "tricheck --history" …
    QString asked;
    QString inForce;

    QString reason() const;
};

// The operator's stored value of a setting, as stored (nullopt: none stored).
using StoredValues = std::function<std::optional<QVariant>(settings::Setting)>;

// The one place where the built-in defaults, the operator's settings, the administrator's policy and
// one run's overrides become the values in force, each with its source. Everything that decides a
// value from the policy does it here (the front ends show what comes out), including the rules that
// combine several settings: the endpoint, the sandbox's admission, MD5, the history and its
// retention, and what the operator may delete.
class SessionConfig
{
    Q_DECLARE_TR_FUNCTIONS(SessionConfig)

public:
    SessionConfig(); // built-in defaults, no policy

    static SessionConfig
    resolve(const StoredValues& stored, const settings::Policy& policy, const Overrides& overrides = {});
    // The same rule for one setting: the policy's lock, else a valid override, else a valid stored
    // value, else the policy's preset, else the built-in default. `refused` says why an override
    // does not apply.
    static ConfigValue resolveOne(settings::Setting setting,
                                  const std::optional<QVariant>& stored,
                                  const settings::Policy& policy,
                                  const Override* override = nullptr,
                                  std::optional<Refusal>* refused = nullptr);

    // This configuration with further overrides (a dialog's choices) on top of its own.
    SessionConfig with(const Overrides& more) const;

    ConfigValue entry(settings::Setting setting) const { return m_values.value(setting); }
    QVariant value(settings::Setting setting) const { return m_values.value(setting).value; }
    bool isLocked(settings::Setting setting) const { return m_values.value(setting).locked; }
    ValueSource source(settings::Setting setting) const { return m_values.value(setting).source; }
    // Locked, or chosen for this run: a saved batch's own value does not replace it.
    bool isChosen(settings::Setting setting) const;
    const QList<Refusal>& refusals() const { return m_refusals; }
    const settings::Policy& policy() const { return m_policy; }
    // Why the policy file failed closed (translated, with its problems), empty when it is sound.
    QString policyProblem() const;

    QString language() const { return value(settings::Setting::Language).toString(); }
    api::Endpoint endpoint() const;
    api::SignatureScheme signatureScheme() const;
    int timeoutMs() const { return value(settings::Setting::TimeoutMs).toInt(); }
    bool forceMd5() const { return value(settings::Setting::ForceMd5).toBool(); }
    // The verify form's default: md5 when forced.
    identity::ParamType paramType() const;
    // What a front end sends when the operator asks for MD5 (`md5Asked`) or not: md5 when forced.
    identity::ParamType paramTypeFor(bool md5Asked) const;
    bool privacyMask() const { return value(settings::Setting::PrivacyMask).toBool(); }
    QString serviceMode() const { return value(settings::Setting::ServiceMode).toString(); }
    bool sandboxAllowed() const { return value(settings::Setting::SandboxAllowed).toBool(); }
    QString activeProfile() const { return value(settings::Setting::ActiveProfile).toString(); }
    int batchQps() const { return value(settings::Setting::BatchQps).toInt(); }
    int batchConcurrency() const { return value(settings::Setting::BatchConcurrency).toInt(); }
    int skipVerifiedDays() const { return value(settings::Setting::SkipVerifiedDays).toInt(); }
    // Verifying a person the service answered within this many minutes asks first (0: never).
    int repeatWindowMinutes() const { return value(settings::Setting::RepeatWindowMinutes).toInt(); }
    bool keepReference() const { return value(settings::Setting::KeepReference).toBool(); }
    QString proxy() const { return value(settings::Setting::Proxy).toString(); }
    QString proxyUser() const { return value(settings::Setting::ProxyUser).toString(); }
    // The team's fingerprint key file the administrator's policy names (FingerprintKeyFile), empty
    // when none: then the keychain's key is used (credentials/fingerprintkey.h).
    QString fingerprintKeyFile() const { return m_policy.fingerprintKeyFile(); }
    // The price of one billed check, the monthly budget and its hard stop, as one rule.
    billing::BudgetRule budgetRule() const;

    // Where verifications go, given the endpoint a credentials profile names (empty: none): a
    // locked or chosen endpoint wins, then the profile's, then the settings'. A profile's endpoint
    // that does not parse is an error (translated), never silently replaced.
    Expected<api::Endpoint, QString> endpointFor(const QString& profileEndpoint) const;
    // Why `endpoint` may not be used (the sandbox on this computer while the policy forbids it).
    std::optional<QString> endpointRefusal(const api::Endpoint& endpoint) const;

    // The history: its location (the default file unless set), whether attempts are recorded at
    // all, and the retention to apply when it is opened (none for a file chosen for one run, unless
    // the policy locks retention).
    QString historyPath() const;
    bool recordsHistory() const { return m_recordsHistory; }
    std::optional<int> retentionPeriod() const;
    std::optional<int> retentionAtOpen() const;
    // Why deleting attempts is refused (translated), nothing when it is allowed. `olderThanDays`:
    // a purge of attempts older than that many days; nullopt: chosen rows or everything.
    std::optional<QString> purgeRefusal(std::optional<int> olderThanDays) const;

private:
    QHash<settings::Setting, std::optional<QVariant>> m_stored;
    settings::Policy m_policy;
    Overrides m_overrides;
    QHash<settings::Setting, ConfigValue> m_values;
    QList<Refusal> m_refusals;
    bool m_recordsHistory = true;
};

} // namespace tricheck::session
