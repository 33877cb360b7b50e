#include "auditdetails.h"

#include "api/resultcatalogue.h"
#include "historycolumns.h"

#include <QJsonArray>
#include <QLocale>

namespace tricheck::history {

namespace {

struct KeyLabel
{
    const char* key;
    const char* label;
};

// Every key the audit events store (auditevent.cpp, the filters' toJson(), the router's
// confirmation, the budget's toJson()), with its label.
constexpr KeyLabel kLabels[] = {
    {"filter", QT_TRANSLATE_NOOP("AuditDetails", "Filter")},
    {"sort", QT_TRANSLATE_NOOP("AuditDetails", "Sorted by")},
    {"order", QT_TRANSLATE_NOOP("AuditDetails", "Order")},
    {"columns", QT_TRANSLATE_NOOP("AuditDetails", "Columns")},
    {"language", QT_TRANSLATE_NOOP("AuditDetails", "Language")},
    {"format", QT_TRANSLATE_NOOP("AuditDetails", "Format")},
    {"source", QT_TRANSLATE_NOOP("AuditDetails", "Source")},
    {"days", QT_TRANSLATE_NOOP("AuditDetails", "Days kept")},
    {"cutoff", QT_TRANSLATE_NOOP("AuditDetails", "Deleted before")},
    {"trigger", QT_TRANSLATE_NOOP("AuditDetails", "Started by")},
    {"oldDays", QT_TRANSLATE_NOOP("AuditDetails", "Days kept before")},
    {"newDays", QT_TRANSLATE_NOOP("AuditDetails", "Days kept now")},
    {"sandbox", QT_TRANSLATE_NOOP("AuditDetails", "Sandbox")},
    {"confirmed", QT_TRANSLATE_NOOP("AuditDetails", "Confirmed by the operator")},
    {"credentials", QT_TRANSLATE_NOOP("AuditDetails", "Credentials from")},
    {"accessKeyId", QT_TRANSLATE_NOOP("AuditDetails", "AccessKey ID")},
    {"problems", QT_TRANSLATE_NOOP("AuditDetails", "Problems")},
    {"before", QT_TRANSLATE_NOOP("AuditDetails", "Before")},
    {"after", QT_TRANSLATE_NOOP("AuditDetails", "After")},
    {"budget", QT_TRANSLATE_NOOP("AuditDetails", "Monthly budget")},
    {"price", QT_TRANSLATE_NOOP("AuditDetails", "Price per check")},
    {"hardStop", QT_TRANSLATE_NOOP("AuditDetails", "Hard stop")},
    {"rows", QT_TRANSLATE_NOOP("AuditDetails", "Rows")},
    {"rowsThatFit", QT_TRANSLATE_NOOP("AuditDetails", "Rows within the budget")},
    {"used", QT_TRANSLATE_NOOP("AuditDetails", "Used this month")},
    {"remaining", QT_TRANSLATE_NOOP("AuditDetails", "Remaining")},
    {"limit", QT_TRANSLATE_NOOP("AuditDetails", "Limit")},
    {"billed", QT_TRANSLATE_NOOP("AuditDetails", "Billed this month")},
    {"billingUnknown", QT_TRANSLATE_NOOP("AuditDetails", "Billing unknown this month")},
    {"from", QT_TRANSLATE_NOOP("AuditDetails", "From")},
    {"to", QT_TRANSLATE_NOOP("AuditDetails", "To")},
    {"kinds", QT_TRANSLATE_NOOP("AuditDetails", "Event kinds")},
    {"operator", QT_TRANSLATE_NOOP("AuditDetails", "Operator")},
    {"status", QT_TRANSLATE_NOOP("AuditDetails", "Results")},
    {"subCodes", QT_TRANSLATE_NOOP("AuditDetails", "SubCodes")},
    {"errorKinds", QT_TRANSLATE_NOOP("AuditDetails", "Error kinds")},
    {"reference", QT_TRANSLATE_NOOP("AuditDetails", "Reference contains")},
    {"carriers", QT_TRANSLATE_NOOP("AuditDetails", "Carriers")},
    {"batchId", QT_TRANSLATE_NOOP("AuditDetails", "Batch")},
    {"requestId", QT_TRANSLATE_NOOP("AuditDetails", "RequestId")},
    {"ids", QT_TRANSLATE_NOOP("AuditDetails", "Attempts")},
};

QString subjectLabel(AuditEvent::Kind kind)
{
    switch (kind) {
    case AuditEvent::Kind::Export:
        return AuditDetails::tr("File");
    case AuditEvent::Kind::Purge:
        return AuditDetails::tr("Selection");
    case AuditEvent::Kind::Retention:
    case AuditEvent::Kind::RetentionSettingChanged:
        return AuditDetails::tr("Retention");
    case AuditEvent::Kind::CredentialProfileAdded:
    case AuditEvent::Kind::CredentialProfileChanged:
    case AuditEvent::Kind::CredentialProfileRemoved:
        return AuditDetails::tr("Profile");
    case AuditEvent::Kind::ServiceSwitched:
        return AuditDetails::tr("Endpoint");
    case AuditEvent::Kind::PolicyProblem:
        return AuditDetails::tr("Policy file");
    case AuditEvent::Kind::BudgetChanged:
        return AuditDetails::tr("Budget");
    case AuditEvent::Kind::BudgetOverride:
        return AuditDetails::tr("Batch");
    case AuditEvent::Kind::FingerprintKeyExported:
    case AuditEvent::Kind::FingerprintKeyImported:
        return AuditDetails::tr("Key file");
    case AuditEvent::Kind::OrphansSettled:
    case AuditEvent::Kind::Unknown:
        break;
    }
    return AuditDetails::tr("Subject");
}

QString valueText(const QString& key, const QJsonValue& value);

QString scalarText(const QString& key, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return AuditDetails::tr("none");
    if (value.isBool())
        return value.toBool() ? AuditDetails::tr("Yes") : AuditDetails::tr("No");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    QString text = value.toString();
    if (key == u"order")
        return text == u"asc" ? AuditDetails::tr("Ascending") : AuditDetails::tr("Descending");
    if (key == u"sort" || key == u"columns") {
        const auto column = HistoryColumns::fromId(text);
        return column ? HistoryColumns::title(*column) : text;
    }
    if (key == u"status") {
        const auto role = api::ResultCatalogue::roleFromId(text);
        return role ? api::ResultCatalogue::roleName(*role) : text;
    }
    if (key == u"errorKinds")
        return HistoryColumns::errorKindText(text);
    if (key == u"carriers")
        return api::ResultCatalogue::carrierName(text);
    if (key == u"kinds") {
        AuditEvent e;
        e.kind = AuditEvent::kindFromId(text);
        e.kindId = text;
        return e.kindText();
    }
    if (key == u"language")
        return text == u"zh_CN" ? QStringLiteral("中文") : text == u"en" ? QStringLiteral("English") : text;
    if (key == u"format")
        return text.toUpper();
    if (key == u"source" && text == u"audit-log")
        return AuditDetails::tr("Audit log");
    return text;
}

QString valueText(const QString& key, const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const auto& v : value.toArray())
            parts.append(scalarText(key, v));
        return parts.isEmpty() ? AuditDetails::tr("none") : parts.join(AuditDetails::tr(", "));
    }
    return scalarText(key, value);
}

void appendObject(QList<AuditField>* fields, const QString& prefix, const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A purge's "before" is its cutoff time; a budget change's "before" is the old rule.
        const QString key = it.key() == u"before" && !it.value().isObject() ? QStringLiteral("cutoff") : it.key();
        const QString label =
            prefix.isEmpty()
                ? AuditDetails::label(key)
                : AuditDetails::tr("%1 — %2", "a detail inside a detail").arg(prefix, AuditDetails::label(key));
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            if (inner.isEmpty())
                fields->append({label, AuditDetails::tr("none")});
            else
                appendObject(fields, label, inner);
        } else {
            fields->append({label, valueText(it.key(), it.value())});
        }
    }
}

} // namespace

QString AuditDetails::subjectText(const AuditEvent& event)
{
    if (event.kind == AuditEvent::Kind::ServiceSwitched)
        return api::ResultCatalogue::endpointText(event.subject);
    if (event.kind == AuditEvent::Kind::Purge) {
        if (event.subject == u"all")
            return tr("Every attempt");
        if (event.subject == u"older_than")
            return tr("Attempts older than a date");
        if (event.subject == u"selected")
            return tr("Selected attempts");
    }
    return event.subject;
}

QString AuditDetails::label(const QString& key)
{
    for (const KeyLabel& k : kLabels) {
        if (QLatin1String(k.key) == key)
            return tr(k.label);
    }
    return key;
}

QList<AuditField> AuditDetails::fields(const AuditEvent& event)
{
    QList<AuditField> fields;
    fields.append({tr("Time"), event.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
    fields.append({tr("Operator"), event.operatorName});
    fields.append({tr("Event"), event.kindText()});
    fields.append({tr("What happened"), event.description()});
    if (!event.subject.isEmpty()) {
        fields.append({subjectLabel(event.kind), subjectText(event)});
    }
    if (event.rowCount)
        fields.append({tr("Rows"), QLocale().toString(*event.rowCount)});
    appendObject(&fields, QString(), event.details);
    return fields;
}

} // namespace tricheck::history
