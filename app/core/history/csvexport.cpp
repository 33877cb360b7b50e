#include "csvexport.h"

#include "csvsink.h"
#include "historycolumns.h"
#include "historystore.h"

#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>

namespace tricheck::history {

namespace {

Expected<qint64, HistoryError> writeCsv(HistoryStore& store,
                                        const HistoryFilter& filter,
                                        const HistorySort& sort,
                                        QIODevice& device,
                                        const QString& destination,
                                        const CsvExportOptions& options,
                                        const QList<HistoryColumn>& columns)
{
    using Result = Expected<qint64, HistoryError>;
    qint64 total = 0;
    if (options.progress) {
        auto n = store.count(filter);
        if (!n)
            return n;
        total = *n;
        options.progress(0, total);
    }

    CsvSink sink(device);
    sink.bom();
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            sink.separator();
        sink.field(HistoryColumns::title(columns.at(i)));
    }
    sink.endRecord();

    HistoryFormatter formatter(HistoryFormatter::TimeStyle::IsoWithOffset);
    const int interval = qMax(1, options.progressInterval);
    qint64 written = 0;
    bool writeFailed = false;
    bool cancelled = false;
    auto visited = store.forEach(filter, sort, [&](const AttemptRecord& record) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                sink.separator();
            sink.field(formatter.view(columns.at(i), record));
        }
        sink.endRecord();
        ++written;
        if (!sink.flushIfFull()) {
            writeFailed = true;
            return false;
        }
        if (written % interval == 0) {
            if (options.progress)
                options.progress(written, total);
            if (options.cancelRequested && options.cancelRequested()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    });
    if (!visited)
        return visited;
    if (cancelled)
        return Result::failure(HistoryError::cancelled());
    if (writeFailed || !sink.flush())
        return Result::failure(HistoryError::outputFailed(destination, device.errorString()));
    if (options.progress)
        options.progress(written, qMax(total, written));
    return written;
}

QStringList columnIds(const QList<HistoryColumn>& columns)
{
    QStringList ids;
    for (const HistoryColumn c : columns)
        ids.append(HistoryColumns::id(c));
    return ids;
}

} // namespace

Expected<qint64, HistoryError> CsvExport::exportTo(HistoryStore& store,
                                                   const HistoryFilter& filter,
                                                   const HistorySort& sort,
                                                   QIODevice& device,
                                                   const QString& destination,
                                                   const CsvExportOptions& options)
{
    const QList<HistoryColumn> columns = HistoryColumns::exported(options.columns);
    auto rows = writeCsv(store, filter, sort, device, destination, options, columns);
    if (!rows)
        return rows;
    const auto audited =
        store.appendAudit(AuditEvent::exported(filter, sort, *rows, destination, columnIds(columns), QLocale().name()));
    if (!audited)
        return Expected<qint64, HistoryError>::failure(audited.error());
    return rows;
}

Expected<qint64, HistoryError> CsvExport::exportToFile(HistoryStore& store,
                                                       const HistoryFilter& filter,
                                                       const HistorySort& sort,
                                                       const QString& path,
                                                       const CsvExportOptions& options)
{
    using Result = Expected<qint64, HistoryError>;
    const QString destination = QFileInfo(path).absoluteFilePath();
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(HistoryError::outputFailed(destination, file.errorString()));
    // The rows are masked, but still about people: readable by the owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QList<HistoryColumn> columns = HistoryColumns::exported(options.columns);
    auto rows = writeCsv(store, filter, sort, file, destination, options, columns);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    // Audited before the file appears: an export may be recorded that then fails to land, but
    // no file ever exists that the audit trail does not know about.
    const auto audited =
        store.appendAudit(AuditEvent::exported(filter, sort, *rows, destination, columnIds(columns), QLocale().name()));
    if (!audited) {
        file.cancelWriting();
        return Result::failure(audited.error());
    }
    if (!file.commit())
        return Result::failure(HistoryError::outputFailed(destination, file.errorString()));
    return rows;
}

} // namespace tricheck::history
