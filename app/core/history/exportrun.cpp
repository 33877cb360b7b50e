#include "exportrun.h"

#include "historycolumns.h"
#include "historystore.h"

#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>

namespace tricheck::history {

using Result = Expected<qint64, HistoryError>;

ExportRun::ExportRun(HistoryStore& store,
                     const HistoryFilter& filter,
                     const HistorySort& sort,
                     const CsvExportOptions& options,
                     QString format,
                     MakeWriter makeWriter)
    : m_store(store)
    , m_filter(filter)
    , m_sort(sort)
    , m_options(options)
    , m_format(std::move(format))
    , m_makeWriter(std::move(makeWriter))
{ }

Result ExportRun::writeRows(ExportWriter& writer, const QString& destination) const
{
    qint64 total = 0;
    if (m_options.progress) {
        auto n = m_store.count(m_filter);
        if (!n)
            return n;
        total = *n;
        m_options.progress(0, total);
    }
    if (const auto error = writer.begin(total))
        return Result::failure(HistoryError::outputFailed(destination, *error));

    const int interval = qMax(1, m_options.progressInterval);
    qint64 written = 0;
    std::optional<QString> writeError;
    bool cancelled = false;
    auto visited = m_store.forEach(m_filter, m_sort, [&](const AttemptRecord& record) {
        writeError = writer.row(record);
        if (writeError)
            return false;
        ++written;
        if (written % interval == 0) {
            if (m_options.progress)
                m_options.progress(written, total);
            if (m_options.cancelRequested && m_options.cancelRequested()) {
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
    if (!writeError)
        writeError = writer.finish(written);
    if (writeError)
        return Result::failure(HistoryError::outputFailed(destination, *writeError));
    if (m_options.progress)
        m_options.progress(written, qMax(total, written));
    return written;
}

Result ExportRun::toDevice(QIODevice& device, const QString& destination) const
{
    const QList<HistoryColumn> columns = HistoryColumns::exported(m_options.columns);
    const std::unique_ptr<ExportWriter> writer = m_makeWriter(device, columns);
    auto rows = writeRows(*writer, destination);
    if (!rows)
        return rows;
    QStringList ids;
    for (const HistoryColumn c : columns)
        ids.append(HistoryColumns::id(c));
    const auto audited = m_store.appendAudit(
        AuditEvent::exported(m_filter, m_sort, *rows, destination, ids, QLocale().name(), m_format));
    if (!audited)
        return Result::failure(audited.error());
    return rows;
}

Result ExportRun::toFile(const QString& path) const
{
    const QString destination = QFileInfo(path).absoluteFilePath();
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(HistoryError::outputFailed(destination, file.errorString()));
    // The rows are masked, but still about people: readable by the owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto rows = toDevice(file, destination); // audited before the file appears
    if (!rows) {
        file.cancelWriting(); // no file, and an existing one untouched
        return rows;
    }
    if (!file.commit())
        return Result::failure(HistoryError::outputFailed(destination, file.errorString()));
    return rows;
}

} // namespace tricheck::history
