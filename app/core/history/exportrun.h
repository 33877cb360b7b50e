#pragma once

#include "csvexport.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace tricheck::history {

struct AttemptRecord;

// What one export format writes: the rows it is handed, in order, between begin() and finish().
// Each step returns an error text (the destination's or the format's) or nothing.
class ExportWriter
{
    Q_DISABLE_COPY_MOVE(ExportWriter)

public:
    ExportWriter() = default;
    virtual ~ExportWriter() = default;

    // Before the first row; `total`: the rows to come when they were counted for progress, else 0.
    virtual std::optional<QString> begin(qint64 total) = 0;
    virtual std::optional<QString> row(const AttemptRecord& record) = 0;
    // After the last row (not after a failure or a cancel); `written` rows were handed over.
    virtual std::optional<QString> finish(qint64 written) = 0;
};

// The steps every history export takes, whatever its format: the rows counted (only for
// progress), streamed from the store in the chosen order to the format's writer, progress reported
// and cancelling polled every `progressInterval` rows, and the export recorded in the audit trail.
// A file is written atomically and owner-readable only, and audited before it appears: an export
// may be recorded that then fails to land, but no file ever exists that the audit trail does not
// know about.
class ExportRun
{
public:
    // The format's writer for `device`, writing `columns` in this order.
    using MakeWriter =
        std::function<std::unique_ptr<ExportWriter>(QIODevice& device, const QList<HistoryColumn>& columns)>;

    // `format` is the audit entry's ("csv", "xlsx"). The references must outlive the run.
    ExportRun(HistoryStore& store,
              const HistoryFilter& filter,
              const HistorySort& sort,
              const CsvExportOptions& options,
              QString format,
              MakeWriter makeWriter);

    // Returns the number of rows written; the audit entry names `destination`.
    Expected<qint64, HistoryError> toDevice(QIODevice& device, const QString& destination) const;
    Expected<qint64, HistoryError> toFile(const QString& path) const;

private:
    Expected<qint64, HistoryError> writeRows(ExportWriter& writer, const QString& destination) const;

    HistoryStore& m_store;
    const HistoryFilter& m_filter;
    const HistorySort& m_sort;
    const CsvExportOptions& m_options;
    QString m_format;
    MakeWriter m_makeWriter;
};

} // namespace tricheck::history
