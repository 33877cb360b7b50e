#pragma once

#include "historyquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace tricheck::history {

// One entry of the audit trail: something done to or with the history (export, purge,
// retention) or to the configuration that decides where verifications go (credential profiles,
// sandbox vs. real service). Never a secret, never an identity value.
struct AuditEvent
{
    Q_DECLARE_TR_FUNCTIONS(AuditEvent)

public:
    enum class Kind {
        Export,
        Purge,
        Retention,
        RetentionSettingChanged,
        CredentialProfileAdded,
        CredentialProfileChanged,
        CredentialProfileRemoved,
        ServiceSwitched,
        PolicyProblem,          // the administrator's policy failed closed
        BudgetChanged,          // the price per check, the monthly budget or its hard stop
        BudgetOverride,         // a batch sent although it could go past the monthly budget
        FingerprintKeyExported, // the fingerprint key was exported (its id only, never the key)
        FingerprintKeyImported,
        OrphansSettled, // attempts left in flight by a process that ended: outcome unknown // the keychain's
                        // fingerprint key was replaced by an imported one
        Unknown,        // written by a newer version; kindId keeps the stored text
    };

    qint64 id = 0;
    QDateTime atUtc;
    QString operatorName;
    Kind kind = Kind::Unknown;
    QString kindId;  // stable id as stored: "export", "purge" …
    QString subject; // file name, profile name, endpoint …
    std::optional<qint64> rowCount;
    QJsonObject details;

    static QString idFor(Kind kind);
    static QList<Kind> kinds(); // every kind this version writes, in the audit filter's order
    static Kind kindFromId(QStringView id);
    QString kindText() const;    // translated: "Export", "Purge" …
    QString description() const; // translated one-line summary

    // Factories for every kind; `operatorName` and the time are filled in when appended.
    static AuditEvent exported(const HistoryFilter& filter,
                               const HistorySort& sort,
                               qint64 rows,
                               const QString& destination,
                               const QStringList& columns,
                               const QString& language,
                               const QString& format = QStringLiteral("csv"));
    static AuditEvent purged(const QString& selection, qint64 rows, const QJsonObject& details);
    static AuditEvent retentionRun(int days, const QDateTime& cutoffUtc, qint64 rows, const QString& trigger);
    static AuditEvent retentionSettingChanged(std::optional<int> oldDays, std::optional<int> newDays);
    // `kind` is one of the CredentialProfile* kinds. The profile's name only, never the secret.
    static AuditEvent credentialProfile(Kind kind, const QString& profileName);
    // `confirmed`: how the operator confirmed entering the real service (masked AccessKey ID, its source).
    static AuditEvent serviceSwitched(bool sandbox, const QString& endpointId, const QJsonObject& confirmed = {});
    // The policy file at `path` has problems (untranslated, as written in the file's terms), so every
    // setting was locked.
    static AuditEvent policyProblem(const QString& path, const QStringList& problems);
    // Attempts in flight whose process had ended, settled as "outcome unknown — may have been billed".
    static AuditEvent orphansSettled(qint64 attempts);
    // `before` and `after`: "price", "budget" (as stored) and "hardStop".
    static AuditEvent budgetChanged(const QJsonObject& before, const QJsonObject& after);
    // The operator chose to send `rows` rows of batch `batchId` past the budget (`budget`:
    // BatchBudget::toJson()).
    static AuditEvent budgetOverride(const QString& batchId, qint64 rows, const QJsonObject& budget);

    // The fingerprint key with identifier `keyId` was exported to or imported from `file` ("-":
    // standard output); `replacedKeyId`: the identifier of the key an import replaced, if any.
    static AuditEvent fingerprintKeyExported(const QString& keyId, const QString& file);
    static AuditEvent fingerprintKeyImported(const QString& keyId, const QString& file, const QString& replacedKeyId);

private:
    static AuditEvent make(Kind kind, const QString& subject);
};

// Which audit events a view or an export shows: a period, kinds, an operator.
struct AuditFilter
{
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> to;   // exclusive
    QStringList kindIds;           // any of AuditEvent::kindId; empty: every kind
    std::optional<QString> operatorName;

    bool isEmpty() const { return !from && !to && kindIds.isEmpty() && !operatorName; }
    QJsonObject toJson() const;
};

} // namespace tricheck::history
