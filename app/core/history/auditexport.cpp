#include "auditexport.h"

#include "auditlogmodel.h"
#include "csvsink.h"
#include "historystore.h"

#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

namespace tricheck::history {

namespace {

void record(CsvSink& sink, const QStringList& cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            sink.separator();
        sink.field(cells.at(i));
    }
    sink.endRecord();
}

} // namespace

Expected<qint64, QString> AuditExport::writeFile(HistoryStore& store, const AuditFilter& filter, const QString& path)
{
    using Result = Expected<qint64, QString>;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(tr("The audit log cannot be written to %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CsvSink sink(file);
    sink.bom();
    record(sink, AuditLogModel::titles());
    qint64 rows = 0;
    std::optional<qint64> before;
    constexpr int kPage = 1000;
    for (;;) {
        const auto page = store.auditEvents(kPage, before, filter);
        if (!page) {
            file.cancelWriting();
            return Result::failure(page.error().message);
        }
        for (const AuditEvent& event : page.value()) {
            record(sink, AuditLogModel::cells(event));
            ++rows;
        }
        if (!sink.flushIfFull()) {
            file.cancelWriting();
            return Result::failure(tr("The audit log cannot be written to %1: %2").arg(path, file.errorString()));
        }
        if (page->size() < kPage)
            break;
        before = page->constLast().id;
    }
    if (!sink.flush() || !file.commit())
        return Result::failure(tr("The audit log cannot be written to %1: %2").arg(path, file.errorString()));
    AuditEvent event =
        AuditEvent::exported({}, {}, rows, path, AuditLogModel::titles(), QLocale().name(), QStringLiteral("csv"));
    event.details.insert(QStringLiteral("source"), QStringLiteral("audit-log"));
    event.details.insert(QStringLiteral("filter"), filter.toJson());
    if (const auto audited = store.appendAudit(event); !audited)
        return Result::failure(audited.error().message);
    return rows;
}

} // namespace tricheck::history
