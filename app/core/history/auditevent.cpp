#include "auditevent.h"

#include "api/resultcatalogue.h"
#include "historycolumns.h"

#include <QJsonArray>

#include <array>

namespace tricheck::history {

namespace {

constexpr std::array kKinds{
    std::pair{AuditEvent::Kind::Export, u"export"},
    std::pair{AuditEvent::Kind::Purge, u"purge"},
    std::pair{AuditEvent::Kind::Retention, u"retention"},
    std::pair{AuditEvent::Kind::RetentionSettingChanged, u"retention_setting"},
    std::pair{AuditEvent::Kind::CredentialProfileAdded, u"credential_added"},
    std::pair{AuditEvent::Kind::CredentialProfileChanged, u"credential_changed"},
    std::pair{AuditEvent::Kind::CredentialProfileRemoved, u"credential_removed"},
    std::pair{AuditEvent::Kind::ServiceSwitched, u"service_switched"},
    std::pair{AuditEvent::Kind::PolicyProblem, u"policy_problem"},
    std::pair{AuditEvent::Kind::BudgetChanged, u"budget_changed"},
    std::pair{AuditEvent::Kind::BudgetOverride, u"budget_override"},
    std::pair{AuditEvent::Kind::FingerprintKeyExported, u"fingerprint_key_exported"},
    std::pair{AuditEvent::Kind::FingerprintKeyImported, u"fingerprint_key_imported"},
    std::pair{AuditEvent::Kind::OrphansSettled, u"orphans_settled"},
};

} // namespace

QList<AuditEvent::Kind> AuditEvent::kinds()
{
    QList<Kind> all;
    for (const auto& [kind, id] : kKinds)
        all.append(kind);
    return all;
}

namespace {

QJsonValue optionalDays(std::optional<int> days)
{
    return days ? QJsonValue(*days) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString AuditEvent::idFor(Kind kind)
{
    for (const auto& [k, id] : kKinds) {
        if (k == kind)
            return QString::fromUtf16(id);
    }
    return QStringLiteral("unknown");
}

AuditEvent::Kind AuditEvent::kindFromId(QStringView id)
{
    for (const auto& [k, name] : kKinds) {
        if (id == QStringView(name))
            return k;
    }
    return Kind::Unknown;
}

AuditEvent AuditEvent::make(Kind kind, const QString& subject)
{
    AuditEvent e;
    e.kind = kind;
    e.kindId = idFor(kind);
    e.subject = subject;
    return e;
}

QString AuditEvent::kindText() const
{
    switch (kind) {
    case Kind::Export:
        return tr("Export");
    case Kind::Purge:
        return tr("Purge");
    case Kind::Retention:
        return tr("Retention");
    case Kind::RetentionSettingChanged:
        return tr("Retention setting");
    case Kind::CredentialProfileAdded:
        return tr("Credential profile added");
    case Kind::CredentialProfileChanged:
        return tr("Credential profile changed");
    case Kind::CredentialProfileRemoved:
        return tr("Credential profile removed");
    case Kind::ServiceSwitched:
        return tr("Service switched");
    case Kind::PolicyProblem:
        return tr("Policy problem");
    case Kind::BudgetChanged:
        return tr("Budget changed");
    case Kind::BudgetOverride:
        return tr("Budget overridden");
    case Kind::FingerprintKeyExported:
        return tr("Fingerprint key exported");
    case Kind::FingerprintKeyImported:
        return tr("Fingerprint key imported");
    case Kind::OrphansSettled:
        return tr("Lost answers settled");
    case Kind::Unknown:
        break;
    }
    return kindId;
}

QString AuditEvent::description() const
{
    const qint64 rows = rowCount.value_or(0);
    switch (kind) {
    case Kind::Export:
        if (details.value(QStringLiteral("source")).toString() == u"audit-log")
            return tr("Exported %n audit event(s) to %1", nullptr, int(rows)).arg(subject);
        return tr("Exported %n attempt(s) to %1", nullptr, int(rows)).arg(subject);
    case Kind::Purge:
        return tr("Deleted %n attempt(s) (%1)", nullptr, int(rows)).arg(subject);
    case Kind::Retention:
        return tr("Retention of %1 days deleted %n attempt(s)", nullptr, int(rows))
            .arg(details.value(QStringLiteral("days")).toInt());
    case Kind::RetentionSettingChanged: {
        const QJsonValue days = details.value(QStringLiteral("newDays"));
        return days.isNull() ? tr("Automatic deletion of old history turned off")
                             : tr("History older than %1 days is deleted automatically").arg(days.toInt());
    }
    case Kind::CredentialProfileAdded:
        return tr("Credential profile \"%1\" added").arg(subject);
    case Kind::CredentialProfileChanged:
        return tr("Credential profile \"%1\" changed").arg(subject);
    case Kind::CredentialProfileRemoved:
        return tr("Credential profile \"%1\" removed").arg(subject);
    case Kind::ServiceSwitched: {
        const QString endpoint = api::ResultCatalogue::endpointText(subject); // never "hongkong"
        if (details.value(QStringLiteral("sandbox")).toBool())
            return tr("Switched to the sandbox (%1)").arg(endpoint);
        if (details.value(QStringLiteral("confirmed")).toBool())
            return tr("Switched to the real service (%1), confirmed by the operator for AccessKey %2")
                .arg(endpoint, details.value(QStringLiteral("accessKeyId")).toString());
        return tr("Switched to the real service (%1)").arg(endpoint);
    }
    case Kind::PolicyProblem:
        return tr("The policy %1 has %n problem(s): every setting was locked", nullptr, int(rows)).arg(subject);
    case Kind::BudgetChanged:
        return tr("Budget set to %1").arg(subject);
    case Kind::BudgetOverride:
        return tr("Batch %1 sent with %n row(s) that may go past the monthly budget", nullptr, int(rows)).arg(subject);
    case Kind::FingerprintKeyExported:
        return tr("Fingerprint key %1 exported to %2").arg(details.value(QStringLiteral("keyId")).toString(), subject);
    case Kind::FingerprintKeyImported:
        return tr("Fingerprint key %1 imported from %2")
            .arg(details.value(QStringLiteral("keyId")).toString(), subject);
    case Kind::OrphansSettled:
        return tr("%n attempt(s) left in flight by a TriCheck that ended settled as \"outcome unknown — may have "
                  "been billed\"",
                  nullptr,
                  int(rows));
    case Kind::Unknown:
        break;
    }
    return subject;
}

AuditEvent AuditEvent::orphansSettled(qint64 attempts)
{
    AuditEvent e = make(Kind::OrphansSettled, QString());
    e.rowCount = attempts;
    return e;
}

AuditEvent AuditEvent::exported(const HistoryFilter& filter,
                                const HistorySort& sort,
                                qint64 rows,
                                const QString& destination,
                                const QStringList& columns,
                                const QString& language,
                                const QString& format)
{
    AuditEvent e = make(Kind::Export, destination);
    e.rowCount = rows;
    e.details = QJsonObject{
        {QStringLiteral("filter"), filter.toJson()},
        {QStringLiteral("sort"), HistoryColumns::id(sort.column)},
        {QStringLiteral("order"), sort.order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")},
        {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
        {QStringLiteral("language"), language},
        {QStringLiteral("format"), format},
    };
    return e;
}

AuditEvent AuditEvent::purged(const QString& selection, qint64 rows, const QJsonObject& details)
{
    AuditEvent e = make(Kind::Purge, selection);
    e.rowCount = rows;
    e.details = details;
    return e;
}

AuditEvent AuditEvent::retentionRun(int days, const QDateTime& cutoffUtc, qint64 rows, const QString& trigger)
{
    AuditEvent e = make(Kind::Retention, QStringLiteral("%1d").arg(days));
    e.rowCount = rows;
    e.details = QJsonObject{
        {QStringLiteral("days"), days},
        {QStringLiteral("cutoff"), cutoffUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("trigger"), trigger},
    };
    return e;
}

AuditEvent AuditEvent::retentionSettingChanged(std::optional<int> oldDays, std::optional<int> newDays)
{
    AuditEvent e =
        make(Kind::RetentionSettingChanged, newDays ? QStringLiteral("%1d").arg(*newDays) : QStringLiteral("off"));
    e.details = QJsonObject{{QStringLiteral("oldDays"), optionalDays(oldDays)},
                            {QStringLiteral("newDays"), optionalDays(newDays)}};
    return e;
}

AuditEvent AuditEvent::credentialProfile(Kind kind, const QString& profileName)
{
    Q_ASSERT(kind == Kind::CredentialProfileAdded || kind == Kind::CredentialProfileChanged ||
             kind == Kind::CredentialProfileRemoved);
    return make(kind, profileName);
}

AuditEvent AuditEvent::serviceSwitched(bool sandbox, const QString& endpointId, const QJsonObject& confirmed)
{
    AuditEvent e = make(Kind::ServiceSwitched, endpointId);
    e.details = confirmed;
    e.details.insert(QStringLiteral("sandbox"), sandbox);
    return e;
}

AuditEvent AuditEvent::budgetChanged(const QJsonObject& before, const QJsonObject& after)
{
    QStringList parts;
    const QString budget = after.value(QStringLiteral("budget")).toString();
    const QString price = after.value(QStringLiteral("price")).toString();
    parts << (budget.isEmpty() ? QStringLiteral("no budget") : budget);
    parts << (price.isEmpty() ? QStringLiteral("no price") : QStringLiteral("price %1").arg(price));
    if (after.value(QStringLiteral("hardStop")).toBool())
        parts << QStringLiteral("hard stop");
    AuditEvent e = make(Kind::BudgetChanged, parts.join(QStringLiteral(", ")));
    e.details = QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
    return e;
}

AuditEvent AuditEvent::budgetOverride(const QString& batchId, qint64 rows, const QJsonObject& budget)
{
    AuditEvent e = make(Kind::BudgetOverride, batchId);
    e.rowCount = rows;
    e.details = budget;
    return e;
}

AuditEvent AuditEvent::policyProblem(const QString& path, const QStringList& problems)
{
    AuditEvent e = make(Kind::PolicyProblem, path);
    e.rowCount = problems.size();
    e.details = QJsonObject{{QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    return e;
}

AuditEvent AuditEvent::fingerprintKeyExported(const QString& keyId, const QString& file)
{
    AuditEvent e = make(Kind::FingerprintKeyExported, file);
    e.details = QJsonObject{{QStringLiteral("keyId"), keyId}};
    return e;
}

AuditEvent AuditEvent::fingerprintKeyImported(const QString& keyId, const QString& file, const QString& replacedKeyId)
{
    AuditEvent e = make(Kind::FingerprintKeyImported, file);
    e.details = QJsonObject{{QStringLiteral("keyId"), keyId}, {QStringLiteral("replacedKeyId"), replacedKeyId}};
    return e;
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    if (from)
        o.insert(QStringLiteral("from"), from->toUTC().toString(Qt::ISODate));
    if (to)
        o.insert(QStringLiteral("to"), to->toUTC().toString(Qt::ISODate));
    if (!kindIds.isEmpty())
        o.insert(QStringLiteral("kinds"), QJsonArray::fromStringList(kindIds));
    if (operatorName)
        o.insert(QStringLiteral("operator"), *operatorName);
    return o;
}

} // namespace tricheck::history
