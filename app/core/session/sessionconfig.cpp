#include "sessionconfig.h"

#include "history/historystore.h"

namespace tricheck::session {

using settings::Policy;
using settings::Setting;

QString valueSourceId(ValueSource source)
{
    switch (source) {
    case ValueSource::Default:
        return QStringLiteral("default");
    case ValueSource::Settings:
        return QStringLiteral("settings");
    case ValueSource::Policy:
        return QStringLiteral("policy");
    case ValueSource::Override:
        return QStringLiteral("override");
    }
    return QStringLiteral("default");
}

void Overrides::set(Setting setting, const QVariant& value, const QString& origin)
{
    for (Override& o : values) {
        if (o.setting == setting) {
            o = {setting, value, origin};
            return;
        }
    }
    values.append({setting, value, origin});
}

const Override* Overrides::find(Setting setting) const
{
    for (const Override& o : values) {
        if (o.setting == setting)
            return &o;
    }
    return nullptr;
}

QString Refusal::reason() const
{
    switch (kind) {
    case Kind::Locked:
        return SessionConfig::tr("%1 is set by your administrator's policy: using \"%2\" instead.")
            .arg(origin, inForce);
    case Kind::Invalid:
        return SessionConfig::tr("\"%1\" is not a valid value for %2; it is ignored.").arg(asked, origin);
    case Kind::HistoryKept:
        return SessionConfig::tr("%1 is overruled by your administrator's policy: attempts are recorded in the "
                                 "history.")
            .arg(origin);
    }
    return {};
}

SessionConfig::SessionConfig()
{
    for (const Setting setting : settings::allSettings()) {
        m_stored.insert(setting, std::nullopt);
        m_values.insert(setting, {settings::builtinDefault(setting), ValueSource::Default, false});
    }
}

namespace {

// How a value in force is named in a message: the history's default location rather than "".
QString shown(Setting setting, const QVariant& value)
{
    if (setting == Setting::HistoryPath && value.toString().isEmpty())
        return history::HistoryStore::defaultPath();
    return value.toString();
}

} // namespace

ConfigValue SessionConfig::resolveOne(Setting setting,
                                      const std::optional<QVariant>& stored,
                                      const Policy& policy,
                                      const Override* override,
                                      std::optional<Refusal>* refused)
{
    if (const auto locked = policy.lockedValue(setting)) {
        if (override && refused) {
            // Compared in canonical form, so that "HongKong" for "hongkong" is not refused.
            const auto asked = settings::normalizedValue(setting, override->value);
            if (!asked || *asked != *locked)
                *refused = Refusal{Refusal::Kind::Locked,
                                   override->origin,
                                   override->value.toString(),
                                   shown(setting, *locked)};
        }
        return {*locked, ValueSource::Policy, true};
    }
    if (override) {
        if (const auto asked = settings::normalizedValue(setting, override->value))
            return {*asked, ValueSource::Override, false};
        if (refused)
            *refused = Refusal{Refusal::Kind::Invalid, override->origin, override->value.toString(), {}};
    }
    if (stored) {
        if (const auto value = settings::normalizedValue(setting, *stored))
            return {*value, ValueSource::Settings, false};
    }
    if (const auto preset = policy.presetValue(setting))
        return {*preset, ValueSource::Policy, false};
    return {settings::builtinDefault(setting), ValueSource::Default, false};
}

SessionConfig SessionConfig::resolve(const StoredValues& stored, const Policy& policy, const Overrides& overrides)
{
    SessionConfig c;
    c.m_policy = policy;
    c.m_overrides = overrides;
    for (const Setting setting : settings::allSettings()) {
        const std::optional<QVariant> value = stored(setting);
        c.m_stored.insert(setting, value);
        std::optional<Refusal> refused;
        c.m_values.insert(setting, resolveOne(setting, value, policy, overrides.find(setting), &refused));
        if (refused)
            c.m_refusals.append(*refused);
    }
    c.m_recordsHistory = !overrides.noHistory;
    if (overrides.noHistory && c.isLocked(Setting::HistoryPath)) {
        c.m_recordsHistory = true;
        c.m_refusals.append({Refusal::Kind::HistoryKept, overrides.noHistoryOrigin, {}, c.historyPath()});
    }
    return c;
}

SessionConfig SessionConfig::with(const Overrides& more) const
{
    Overrides all = m_overrides;
    for (const Override& o : more.values)
        all.set(o.setting, o.value, o.origin);
    if (more.noHistory) {
        all.noHistory = true;
        all.noHistoryOrigin = more.noHistoryOrigin;
    }
    const auto stored = m_stored;
    return resolve([stored](Setting s) { return stored.value(s); }, m_policy, all);
}

bool SessionConfig::isChosen(Setting setting) const
{
    const ConfigValue v = entry(setting);
    return v.locked || v.source == ValueSource::Override;
}

QString SessionConfig::policyProblem() const
{
    if (!m_policy.isMalformed())
        return {};
    return tr("The administrator's policy %1 cannot be read completely, so every setting is locked (at the safest "
              "value where the file does not give one). Ask your administrator to correct it:\n%2")
        .arg(m_policy.path(), m_policy.problemText());
}

api::Endpoint SessionConfig::endpoint() const
{
    const auto parsed = api::Endpoint::parse(value(Setting::Endpoint).toString());
    return parsed ? parsed.value() : api::Endpoint::hongKong();
}

api::SignatureScheme SessionConfig::signatureScheme() const
{
    return api::signatureSchemeFromName(value(Setting::SignatureScheme).toString()).value_or(api::SignatureScheme::V3);
}

identity::ParamType SessionConfig::paramType() const
{
    if (forceMd5())
        return identity::ParamType::Md5;
    return identity::paramTypeFromName(value(Setting::ParamType).toString()).value_or(identity::ParamType::Normal);
}

identity::ParamType SessionConfig::paramTypeFor(bool md5Asked) const
{
    return md5Asked || forceMd5() ? identity::ParamType::Md5 : identity::ParamType::Normal;
}

Expected<api::Endpoint, QString> SessionConfig::endpointFor(const QString& profileEndpoint) const
{
    // Asked for a sandbox, overruled to a real endpoint: the operator meant nothing to be billed, so
    // nothing is sent rather than billed checks against the operator's intent.
    if (const Override* asked = m_overrides.find(Setting::Endpoint); asked && isLocked(Setting::Endpoint)) {
        const auto sandbox = api::Endpoint::parse(asked->value.toString());
        if (sandbox && sandbox->isLoopback() && !endpoint().isLoopback())
            return Expected<api::Endpoint, QString>::failure(
                tr("%1 asks for the sandbox (%2), but your administrator's policy sends verifications to %3, where "
                   "they are billed: nothing is sent.")
                    .arg(asked->origin, sandbox->url().toString(), endpoint().displayName()));
    }
    if (isChosen(Setting::Endpoint) || profileEndpoint.trimmed().isEmpty())
        return endpoint();
    const auto parsed = api::Endpoint::parse(profileEndpoint);
    if (!parsed)
        return Expected<api::Endpoint, QString>::failure(
            tr("The credentials name the endpoint \"%1\", which cannot be used: %2")
                .arg(profileEndpoint, parsed.error()));
    return parsed.value();
}

std::optional<QString> SessionConfig::endpointRefusal(const api::Endpoint& endpoint) const
{
    if (!endpoint.isLoopback() || sandboxAllowed())
        return std::nullopt;
    return tr("The sandbox (an endpoint on this computer, %1) is not allowed by your administrator's policy.")
        .arg(endpoint.url().toString());
}

QString SessionConfig::historyPath() const
{
    const QString path = value(Setting::HistoryPath).toString();
    return path.isEmpty() ? history::HistoryStore::defaultPath() : path;
}

billing::BudgetRule SessionConfig::budgetRule() const
{
    billing::BudgetRule rule;
    rule.price = billing::Price::parse(value(Setting::BillingPrice).toString());
    rule.budget =
        billing::MonthlyBudget::parse(value(Setting::MonthlyBudget).toString()).value_or(billing::MonthlyBudget{});
    rule.hardStop = value(Setting::BudgetHardStop).toBool();
    return rule;
}

std::optional<int> SessionConfig::retentionPeriod() const
{
    const int days = value(Setting::RetentionDays).toInt();
    return days > 0 ? std::optional<int>(days) : std::nullopt;
}

std::optional<int> SessionConfig::retentionAtOpen() const
{
    // A file of the operator's own choosing for one run is not pruned, unless the policy says so.
    if (source(Setting::HistoryPath) == ValueSource::Override && !isLocked(Setting::RetentionDays))
        return std::nullopt;
    return retentionPeriod();
}

std::optional<QString> SessionConfig::purgeRefusal(std::optional<int> olderThanDays) const
{
    if (!isLocked(Setting::RetentionDays))
        return std::nullopt;
    const int days = value(Setting::RetentionDays).toInt();
    if (days == 0)
        return tr("Your administrator's policy keeps every attempt in the history: nothing can be deleted by hand.");
    if (olderThanDays && *olderThanDays >= days)
        return std::nullopt;
    return tr("Your administrator's policy keeps attempts for %n day(s): only older attempts can be deleted.",
              nullptr,
              days);
}

} // namespace tricheck::session
