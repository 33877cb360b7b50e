#include "policy.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QSet>

#if defined(Q_OS_WIN)
#include <knownfolders.h>
#include <objbase.h>
#include <shlobj.h>
#endif

namespace tricheck::settings {

QString Policy::systemPath()
{
#if defined(Q_OS_WIN)
    // From the known-folder API, not %ProgramData%: the user can point that variable anywhere.
    QString programData = QStringLiteral("C:/ProgramData");
    PWSTR folder = nullptr;
    if (SUCCEEDED(::SHGetKnownFolderPath(FOLDERID_ProgramData, KF_FLAG_DEFAULT, nullptr, &folder)))
        programData = QDir::fromNativeSeparators(QString::fromWCharArray(folder));
    ::CoTaskMemFree(folder);
    return programData + QStringLiteral("/TriCheck/policy.conf");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/TriCheck/policy.conf");
#else
    return QStringLiteral("/etc/xdg/TriCheck/policy.conf");
#endif
}

QString Policy::defaultPath()
{
    QString system = systemPath();
    if (QFile::exists(system))
        return system;
    const QString override = qEnvironmentVariable("TRICHECK_POLICY_FILE");
    return override.isEmpty() ? system : override;
}

Policy Policy::load(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        Policy empty;
        empty.m_path = path;
        return empty;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Policy unreadable = parse({}, path);
        unreadable.m_exists = true;
        unreadable.m_problems.append({0, tr("The policy file cannot be read: %1").arg(file.errorString())});
        unreadable.failClosed();
        return unreadable;
    }
    Policy policy = parse(file.readAll(), path);
    policy.m_exists = true;
    return policy;
}

QVariant Policy::safestValue(Setting setting)
{
    switch (setting) {
    case Setting::ForceMd5:
        return true; // plaintext never leaves the machine
    case Setting::SandboxAllowed:
        return false; // no simulated results mistaken for real ones
    case Setting::ServiceMode:
        return QStringLiteral("real");
    case Setting::RetentionDays:
        return 0; // keep the audit trail
    case Setting::PrivacyMask:
        return true;
    default:
        return builtinDefault(setting);
    }
}

Policy Policy::parse(const QByteArray& text, const QString& path)
{
    Policy p;
    p.m_path = path;
    QHash<Setting, QVariant> values;
    QHash<Setting, int> valueLines;
    QList<std::pair<QString, int>> lockNames;
    bool inPolicySection = false;
    bool sawSection = false;

    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            sawSection = true;
            inPolicySection = line.compare(u"[Policy]", Qt::CaseInsensitive) == 0;
            if (!inPolicySection)
                p.m_problems.append({lineNo, tr("Unknown section %1 (only [Policy] is read).").arg(line)});
            continue;
        }
        const auto eq = line.indexOf(u'=');
        if (eq <= 0) {
            p.m_problems.append({lineNo, tr("Expected \"Name=value\".")});
            continue;
        }
        if (!sawSection) {
            p.m_problems.append({lineNo, tr("Settings must follow a [Policy] line.")});
            continue;
        }
        if (!inPolicySection)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key.compare(u"Locked", Qt::CaseInsensitive) == 0) {
            for (const QString& name : value.split(u',', Qt::SkipEmptyParts))
                lockNames.append({name.trimmed(), lineNo});
            continue;
        }
        if (key.compare(u"FingerprintKeyFile", Qt::CaseInsensitive) == 0) {
            if (QDir::isAbsolutePath(value))
                p.m_fingerprintKeyFile = QDir::cleanPath(value);
            else
                p.m_problems.append({lineNo, tr("FingerprintKeyFile needs an absolute path.")});
            continue;
        }
        const auto setting = settingFromPolicyKey(key);
        if (!setting) {
            p.m_problems.append({lineNo, tr("Unknown setting \"%1\".").arg(key)});
            continue;
        }
        const auto normalized = normalizedValue(*setting, value);
        if (!normalized) {
            p.m_problems.append({lineNo, tr("\"%1\" is not a valid value for %2.").arg(value, key)});
            continue;
        }
        values.insert(*setting, *normalized);
        valueLines.insert(*setting, lineNo);
    }

    QSet<Setting> locked;
    for (const auto& [name, lineNo] : std::as_const(lockNames)) {
        const auto setting = settingFromPolicyKey(name);
        if (!setting) {
            p.m_problems.append({lineNo, tr("Unknown setting \"%1\" in Locked.").arg(name)});
            continue;
        }
        locked.insert(*setting);
    }
    for (const Setting s : std::as_const(locked)) {
        if (values.contains(s)) {
            p.m_locked.insert(s, values.value(s));
        } else {
            // Meant to be locked, but without a usable value: lock it where it does least harm.
            p.m_locked.insert(s, safestValue(s));
            p.m_problems.append({0,
                                 tr("%1 is locked but has no valid value; using the safest one.")
                                     .arg(QLatin1String(settingInfo(s).policyKey))});
        }
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!locked.contains(it.key()))
            p.m_presets.insert(it.key(), it.value());
    }
    if (!p.m_problems.isEmpty())
        p.failClosed();
    return p;
}

void Policy::failClosed()
{
    // What the administrator meant cannot be known for sure, so nothing is left to the operator:
    // every setting is locked, at the file's own valid value where it gives one, else at the
    // safest value.
    for (const Setting setting : allSettings()) {
        if (m_locked.contains(setting))
            continue;
        m_locked.insert(setting, m_presets.value(setting, safestValue(setting)));
    }
    m_presets.clear();
    qCInfo(lcSettings) << "policy file" << m_path << "has" << m_problems.size()
                       << "problem(s): every setting is locked";
}

QString Policy::problemText() const
{
    QStringList lines;
    for (const PolicyProblem& problem : m_problems) {
        lines << (problem.line > 0 ? tr("%1, line %2: %3").arg(m_path).arg(problem.line).arg(problem.reason)
                                   : tr("%1: %2").arg(m_path, problem.reason));
    }
    return lines.join(u'\n');
}

std::optional<QVariant> Policy::lockedValue(Setting setting) const
{
    const auto it = m_locked.constFind(setting);
    return it == m_locked.cend() ? std::nullopt : std::optional<QVariant>(*it);
}

std::optional<QVariant> Policy::presetValue(Setting setting) const
{
    const auto it = m_presets.constFind(setting);
    return it == m_presets.cend() ? std::nullopt : std::optional<QVariant>(*it);
}

} // namespace tricheck::settings
