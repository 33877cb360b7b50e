#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace tricheck::settings {

// Every setting an operator can change, and the administrator can preset or lock (policy.h).
enum class Setting {
    Language,            // "en" | "zh_CN"
    Endpoint,            // "hongkong" | "hongkong-vpc" | URL
    SignatureScheme,     // "v3" | "v1"
    TimeoutMs,           // overall per attempt, 100..600000 (the settings dialog offers 1..120 s)
    ParamType,           // "normal" | "md5" (the default of the verify form)
    ForceMd5,            // bool: md5 always, the toggle is disabled
    PrivacyMask,         // bool: mask fields that lose focus
    ServiceMode,         // "auto" (sandbox without credentials) | "sandbox" | "real"
    SandboxAllowed,      // bool
    ActiveProfile,       // credential profile name ("" = default)
    HistoryBackend,      // "sqlite" | "postgresql"
    HistoryPath,         // SQLite file ("" = default location) or postgresql:// URL
    RetentionDays,       // 0 = keep forever
    BatchQps,            // 0 = no limit
    BatchConcurrency,    // 1..64
    SkipVerifiedDays,    // 0 = off; else a batch row answered within this many days is not sent
    BillingPrice,        // "" (none) | "0.50 CNY": the price of one billed check
    MonthlyBudget,       // "" (none) | "1000" billed checks | "500.00 CNY"
    BudgetHardStop,      // bool: reaching the budget refuses further checks
    Proxy,               // "system" | "none" | "http://host:port" | "socks5://host:port"
    ProxyUser,           // user name; the password is in the keychain
    RepeatWindowMinutes, // 0 = off; else verifying a person answered this recently asks first
    KeepReference,       // bool: the form keeps the reference after a check (default: it clears)
    CaCertificates,      // "" (the system's only) | absolute path of a PEM file of CAs also trusted
};

// RepeatWindowMinutes: at most a day.
constexpr int kMaxRepeatWindowMinutes = 1440;

// SkipVerifiedDays: at most ten years back.
constexpr int kMaxSkipVerifiedDays = 3650;

struct SettingInfo
{
    Setting setting;
    const char* settingsKey; // key in the user's QSettings ("api/endpoint")
    const char* policyKey;   // key in the administrator's policy file ("Endpoint")
};

const SettingInfo& settingInfo(Setting setting);
std::optional<Setting> settingFromPolicyKey(QStringView key);
QList<Setting> allSettings();

// The built-in default of a setting.
QVariant builtinDefault(Setting setting);

// Checks and normalises a value for a setting: the canonical value, or nullopt when invalid.
std::optional<QVariant> normalizedValue(Setting setting, const QVariant& value);

} // namespace tricheck::settings
