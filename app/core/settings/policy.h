#pragma once

#include "setting.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace tricheck::settings {

struct PolicyProblem
{
    int line = 0; // 0: the file as a whole
    QString reason;
};

// The administrator's policy: a small INI file in a system location that presets settings and
// can lock them. A locked setting cannot be changed by the operator (the GUI shows it disabled,
// the CLI says when a flag is overridden).
//
//   [Policy]
//   Endpoint=hongkong
//   ForceMd5=true
//   RetentionDays=365
//   Locked=Endpoint,ForceMd5
//   FingerprintKeyFile=/etc/tricheck/fingerprint.key
//
// FingerprintKeyFile (an absolute path) is not a setting: it names the team's fingerprint key
// (credentials/fingerprintkey.h), which then wins over the operator's keychain.
//
// A file that exists but cannot be read or has any problem fails closed: the problems are reported
// with line numbers, and every setting is locked, at the file's own valid value where it gives one,
// else at its safest value (md5 forced on, no sandbox, the real service, history kept). Nothing is
// left to the operator while the administrator's intent is unclear.
class Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)

public:
    // /etc/xdg/TriCheck/policy.conf on Linux, <ProgramData>\TriCheck\policy.conf on Windows (the
    // known folder, not the user's %ProgramData% variable), /Library/Application Support/TriCheck/
    // policy.conf on macOS. TRICHECK_POLICY_FILE names another file only when the system file does
    // not exist: a test and evaluation aid that cannot lift a real policy.
    static QString defaultPath();
    static QString systemPath();

    static Policy load(const QString& path); // a missing file is an empty policy
    static Policy parse(const QByteArray& text, const QString& path = {});

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    bool isMalformed() const { return !m_problems.isEmpty(); } // then every setting is locked
    QList<PolicyProblem> problems() const { return m_problems; }
    QString problemText() const; // all problems, one per line, translated

    bool isLocked(Setting setting) const { return m_locked.contains(setting); }
    std::optional<QVariant> lockedValue(Setting setting) const;
    std::optional<QVariant> presetValue(Setting setting) const; // an unlocked preset
    QList<Setting> lockedSettings() const { return m_locked.keys(); }

    static QVariant safestValue(Setting setting);
    // The team's fingerprint key file (FingerprintKeyFile=), empty when the policy names none.
    // Read through SessionConfig::fingerprintKeyFile() only.
    QString fingerprintKeyFile() const { return m_fingerprintKeyFile; }

private:
    void failClosed();

    QString m_path;
    bool m_exists = false;
    QList<PolicyProblem> m_problems;
    QHash<Setting, QVariant> m_locked;
    QHash<Setting, QVariant> m_presets;
    QString m_fingerprintKeyFile;
};

} // namespace tricheck::settings
