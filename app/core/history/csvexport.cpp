#include "csvexport.h"

#include "csvsink.h"
#include "exportrun.h"
#include "historycolumns.h"

#include <QIODevice>

namespace tricheck::history {

namespace {

// The rows as CSV: a BOM and the header row first, then a record a row.
class CsvWriter final : public ExportWriter
{
public:
    CsvWriter(QIODevice& device, const QList<HistoryColumn>& columns)
        : m_device(device)
        , m_sink(device)
        , m_columns(columns)
        , m_formatter(HistoryFormatter::TimeStyle::IsoWithOffset)
    { }

    std::optional<QString> begin(qint64 /*total*/) override
    {
        m_sink.bom();
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                m_sink.separator();
            m_sink.field(HistoryColumns::title(m_columns.at(i)));
        }
        m_sink.endRecord();
        return std::nullopt;
    }

    std::optional<QString> row(const AttemptRecord& record) override
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                m_sink.separator();
            m_sink.field(m_formatter.view(m_columns.at(i), record));
        }
        m_sink.endRecord();
        if (!m_sink.flushIfFull())
            return m_device.errorString();
        return std::nullopt;
    }

    std::optional<QString> finish(qint64 /*written*/) override
    {
        if (!m_sink.flush())
            return m_device.errorString();
        return std::nullopt;
    }

private:
    QIODevice& m_device;
    CsvSink m_sink;
    QList<HistoryColumn> m_columns;
    HistoryFormatter m_formatter;
};

std::unique_ptr<ExportWriter> csvWriter(QIODevice& device, const QList<HistoryColumn>& columns)
{
    return std::make_unique<CsvWriter>(device, columns);
}

} // namespace

Expected<qint64, HistoryError> CsvExport::exportTo(HistoryStore& store,
                                                   const HistoryFilter& filter,
                                                   const HistorySort& sort,
                                                   QIODevice& device,
                                                   const QString& destination,
                                                   const CsvExportOptions& options)
{
    return ExportRun(store, filter, sort, options, QStringLiteral("csv"), csvWriter).toDevice(device, destination);
}

Expected<qint64, HistoryError> CsvExport::exportToFile(HistoryStore& store,
                                                       const HistoryFilter& filter,
                                                       const HistorySort& sort,
                                                       const QString& path,
                                                       const CsvExportOptions& options)
{
    return ExportRun(store, filter, sort, options, QStringLiteral("csv"), csvWriter).toFile(path);
}

} // namespace tricheck::history
