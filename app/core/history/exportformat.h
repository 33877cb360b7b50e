#pragma once

#include "csvexport.h"

namespace tricheck::history {

// The file formats of the history export and of a batch's results.
enum class ExportFormat {
    Csv,
    Xlsx, // an Excel workbook
};

QString exportFormatId(ExportFormat format);                    // "csv", "xlsx"
std::optional<ExportFormat> exportFormatFromId(QStringView id); // also "excel"
// By the file name: ".xlsx" is a workbook, anything else CSV.
ExportFormat exportFormatForPath(const QString& path);

// The history export in either format (CsvExport, XlsxExport): the same rows, columns, order and
// masked values, audited alike.
Expected<qint64, HistoryError> exportHistoryTo(ExportFormat format,
                                               HistoryStore& store,
                                               const HistoryFilter& filter,
                                               const HistorySort& sort,
                                               QIODevice& device,
                                               const QString& destination,
                                               const CsvExportOptions& options = {});
Expected<qint64, HistoryError> exportHistoryToFile(ExportFormat format,
                                                   HistoryStore& store,
                                                   const HistoryFilter& filter,
                                                   const HistorySort& sort,
                                                   const QString& path,
                                                   const CsvExportOptions& options = {});

} // namespace tricheck::history
