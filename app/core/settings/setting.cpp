#include "setting.h"

#include "api/endpoint.h"
#include "api/signaturescheme.h"
#include "billing/budget.h"
#include "i18n/translations.h"
#include "identity/identityinput.h"

#include <QDir>
#include <QUrl>

#include <array>

namespace tricheck::settings {

namespace {

constexpr std::array kInfo{
    SettingInfo{Setting::Language, "ui/language", "Language"},
    SettingInfo{Setting::Endpoint, "api/endpoint", "Endpoint"},
    SettingInfo{Setting::SignatureScheme, "api/signature", "SignatureScheme"},
    SettingInfo{Setting::TimeoutMs, "api/timeoutMs", "TimeoutMs"},
    SettingInfo{Setting::ParamType, "api/paramType", "ParamType"},
    SettingInfo{Setting::ForceMd5, "api/forceMd5", "ForceMd5"},
    SettingInfo{Setting::PrivacyMask, "ui/privacyMask", "PrivacyMask"},
    SettingInfo{Setting::ServiceMode, "service/mode", "ServiceMode"},
    SettingInfo{Setting::SandboxAllowed, "service/sandboxAllowed", "SandboxAllowed"},
    SettingInfo{Setting::ActiveProfile, "service/profile", "Profile"},
    SettingInfo{Setting::HistoryBackend, "history/backend", "HistoryBackend"},
    SettingInfo{Setting::HistoryPath, "history/path", "HistoryConnection"},
    SettingInfo{Setting::RetentionDays, "history/retentionDays", "RetentionDays"},
    SettingInfo{Setting::BatchQps, "batch/qps", "BatchQps"},
    SettingInfo{Setting::BatchConcurrency, "batch/concurrency", "BatchConcurrency"},
    SettingInfo{Setting::SkipVerifiedDays, "batch/skipVerifiedDays", "SkipVerifiedDays"},
    SettingInfo{Setting::BillingPrice, "billing/price", "BillingPrice"},
    SettingInfo{Setting::MonthlyBudget, "billing/monthlyBudget", "MonthlyBudget"},
    SettingInfo{Setting::BudgetHardStop, "billing/hardStop", "BudgetHardStop"},
    SettingInfo{Setting::Proxy, "network/proxy", "Proxy"},
    SettingInfo{Setting::ProxyUser, "network/proxyUser", "ProxyUser"},
    SettingInfo{Setting::RepeatWindowMinutes, "verify/repeatWindowMinutes", "RepeatWindowMinutes"},
    SettingInfo{Setting::KeepReference, "verify/keepReference", "KeepReference"},
    SettingInfo{Setting::CaCertificates, "network/caCertificates", "CaCertificates"},
};

std::optional<bool> toBool(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == u"true" || s == u"1" || s == u"yes" || s == u"on")
        return true;
    if (s == u"false" || s == u"0" || s == u"no" || s == u"off")
        return false;
    return std::nullopt;
}

std::optional<int> toInt(const QVariant& v, int min, int max)
{
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace

const SettingInfo& settingInfo(Setting setting)
{
    for (const auto& info : kInfo) {
        if (info.setting == setting)
            return info;
    }
    return kInfo.front();
}

std::optional<Setting> settingFromPolicyKey(QStringView key)
{
    for (const auto& info : kInfo) {
        if (key.compare(QLatin1String(info.policyKey), Qt::CaseInsensitive) == 0)
            return info.setting;
    }
    return std::nullopt;
}

QList<Setting> allSettings()
{
    QList<Setting> out;
    for (const auto& info : kInfo)
        out.append(info.setting);
    return out;
}

QVariant builtinDefault(Setting setting)
{
    switch (setting) {
    case Setting::Language:
        return i18n::Translations::systemLanguage();
    case Setting::Endpoint:
        return QStringLiteral("hongkong");
    case Setting::SignatureScheme:
        return QStringLiteral("v3");
    case Setting::TimeoutMs:
        return 10000;
    case Setting::ParamType:
        return QStringLiteral("normal");
    case Setting::ForceMd5:
        return false;
    case Setting::PrivacyMask:
        return true;
    case Setting::ServiceMode:
        return QStringLiteral("auto");
    case Setting::SandboxAllowed:
        return true;
    case Setting::ActiveProfile:
        return QString();
    case Setting::HistoryBackend:
        return QStringLiteral("sqlite");
    case Setting::HistoryPath:
        return QString();
    case Setting::RetentionDays:
        return 0;
    case Setting::BatchQps:
        return 50;
    case Setting::BatchConcurrency:
        return 8;
    case Setting::SkipVerifiedDays:
        return 0;
    case Setting::BillingPrice:
    case Setting::MonthlyBudget:
        return QString();
    case Setting::BudgetHardStop:
        return false;
    case Setting::Proxy:
        return QStringLiteral("system");
    case Setting::ProxyUser:
        return QString();
    case Setting::RepeatWindowMinutes:
        return 10;
    case Setting::KeepReference:
        return false;
    case Setting::CaCertificates:
        return QString();
    }
    return {};
}

std::optional<QVariant> normalizedValue(Setting setting, const QVariant& value)
{
    const QString text = value.toString().trimmed();
    switch (setting) {
    case Setting::Language: {
        const QString lang = i18n::Translations::normalizedLanguage(text);
        return lang.isEmpty() ? std::nullopt : std::optional<QVariant>(lang);
    }
    case Setting::Endpoint: {
        const auto endpoint = api::Endpoint::parse(text);
        return endpoint ? std::optional<QVariant>(endpoint->id()) : std::nullopt;
    }
    case Setting::SignatureScheme: {
        const auto scheme = api::signatureSchemeFromName(text);
        return scheme ? std::optional<QVariant>(api::signatureSchemeName(*scheme)) : std::nullopt;
    }
    case Setting::TimeoutMs:
        if (const auto n = toInt(value, 100, 600000))
            return QVariant(*n);
        return std::nullopt;
    case Setting::ParamType: {
        const auto type = identity::paramTypeFromName(text);
        return type ? std::optional<QVariant>(identity::paramTypeName(*type)) : std::nullopt;
    }
    case Setting::ForceMd5:
    case Setting::PrivacyMask:
    case Setting::SandboxAllowed:
    case Setting::BudgetHardStop:
    case Setting::KeepReference:
        if (const auto b = toBool(value))
            return QVariant(*b);
        return std::nullopt;
    case Setting::ServiceMode:
        if (text == u"auto" || text == u"sandbox" || text == u"real")
            return QVariant(text);
        return std::nullopt;
    case Setting::ActiveProfile:
    case Setting::ProxyUser:
        return QVariant(text);
    case Setting::HistoryBackend:
        if (text == u"sqlite" || text == u"postgresql")
            return QVariant(text);
        return std::nullopt;
    case Setting::HistoryPath:
        return QVariant(text);
    case Setting::RetentionDays:
        if (const auto n = toInt(value, 0, 36500))
            return QVariant(*n);
        return std::nullopt;
    case Setting::BatchQps:
        if (const auto n = toInt(value, 0, 10000))
            return QVariant(*n);
        return std::nullopt;
    case Setting::BatchConcurrency:
        if (const auto n = toInt(value, 1, 64))
            return QVariant(*n);
        return std::nullopt;
    case Setting::SkipVerifiedDays:
        if (const auto n = toInt(value, 0, kMaxSkipVerifiedDays))
            return QVariant(*n);
        return std::nullopt;
    case Setting::BillingPrice: {
        if (text.isEmpty())
            return QVariant(QString());
        const auto price = billing::Price::parse(text);
        return price ? std::optional<QVariant>(price->toString()) : std::nullopt;
    }
    case Setting::MonthlyBudget: {
        const auto budget = billing::MonthlyBudget::parse(text);
        return budget ? std::optional<QVariant>(budget->toString()) : std::nullopt;
    }
    case Setting::RepeatWindowMinutes:
        if (const auto n = toInt(value, 0, kMaxRepeatWindowMinutes))
            return QVariant(*n);
        return std::nullopt;
    case Setting::CaCertificates:
        // Absolute: a relative path would mean another file in each directory a command runs in.
        if (text.isEmpty() || QDir::isAbsolutePath(text))
            return QVariant(QDir::cleanPath(text));
        return std::nullopt;
    case Setting::Proxy: {
        if (text == u"system" || text == u"none")
            return QVariant(text);
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && !url.host().isEmpty() && url.port() > 0 && url.userInfo().isEmpty() &&
            (scheme == u"http" || scheme == u"socks5"))
            return QVariant(url.toString());
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace tricheck::settings
