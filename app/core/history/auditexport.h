#pragma once

#include "auditevent.h"
#include "common/expected.h"

#include <QCoreApplication>

namespace tricheck::history {

class HistoryStore;

// The audit log as CSV, in the export dialect (CsvSink): the events `filter` selects, newest first,
// with the columns and texts the audit log view shows. Audit events hold no identity values (names
// of files, profiles and endpoints, counts), so nothing needs masking. The export is itself recorded
// in the audit log.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    // Written atomically, readable by its owner only. The events written, or a translated error.
    static Expected<qint64, QString> writeFile(HistoryStore& store, const AuditFilter& filter, const QString& path);
};

} // namespace tricheck::history
