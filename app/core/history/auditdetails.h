#pragma once

#include "auditevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tricheck::history {

// One labelled line of an audit event's details, both translated.
struct AuditField
{
    QString label;
    QString value;
};

// An audit event as labelled, translated fields for people (the audit log's detail pane): what,
// when, who, on what, and every entry of its stored details. Stored keys the table below does not
// know are shown under their own name, never dropped. The stored JSON is untouched.
class AuditDetails
{
    Q_DECLARE_TR_FUNCTIONS(AuditDetails)

public:
    static QList<AuditField> fields(const AuditEvent& event);
    // The label of a stored detail key ("accessKeyId" -> "AccessKey ID"); the key when unknown.
    static QString label(const QString& key);
    // What the event was about, for people: a service switch names the endpoint, a purge its
    // selection ("Attempts older than a date"), an export its file. The table, its exports and
    // the detail pane all show this.
    static QString subjectText(const AuditEvent& event);
};

} // namespace tricheck::history
