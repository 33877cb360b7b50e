#include "exportformat.h"

#include "xlsxexport.h"

namespace tricheck::history {

QString exportFormatId(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

std::optional<ExportFormat> exportFormatFromId(QStringView id)
{
    const QString s = id.trimmed().toString().toLower();
    if (s == u"csv")
        return ExportFormat::Csv;
    if (s == u"xlsx" || s == u"excel")
        return ExportFormat::Xlsx;
    return std::nullopt;
}

ExportFormat exportFormatForPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
}

Expected<qint64, HistoryError> exportHistoryTo(ExportFormat format,
                                               HistoryStore& store,
                                               const HistoryFilter& filter,
                                               const HistorySort& sort,
                                               QIODevice& device,
                                               const QString& destination,
                                               const CsvExportOptions& options)
{
    if (format == ExportFormat::Xlsx)
        return XlsxExport::exportTo(store, filter, sort, device, destination, options);
    return CsvExport::exportTo(store, filter, sort, device, destination, options);
}

Expected<qint64, HistoryError> exportHistoryToFile(ExportFormat format,
                                                   HistoryStore& store,
                                                   const HistoryFilter& filter,
                                                   const HistorySort& sort,
                                                   const QString& path,
                                                   const CsvExportOptions& options)
{
    if (format == ExportFormat::Xlsx)
        return XlsxExport::exportToFile(store, filter, sort, path, options);
    return CsvExport::exportToFile(store, filter, sort, path, options);
}

} // namespace tricheck::history
