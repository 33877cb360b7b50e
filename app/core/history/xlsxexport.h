#pragma once

#include "csvexport.h"

namespace tricheck::history {

// History as an Excel workbook: the same rows, columns, order and masked values as the CSV export
// (CsvExport), in a sheet with a bold header row that stays in view, an auto-filter and fitted
// column widths; every row filled in its result's colour, as in the history table. Identity and ID
// columns (masked values, reference, RequestId, codes, ids, times) are text cells; HTTP status,
// latency, requests sent and batch row are numbers. A second sheet sums the export up: attempts by
// result, billed, the filter and sort used, and that identity values are masked. Written with
// libxlsxwriter in its constant-memory mode: memory stays flat for any size (an export of more
// than a sheet's 1,048,575 rows continues on further sheets). Audited like the CSV export.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    static Expected<qint64, HistoryError> exportTo(HistoryStore& store,
                                                   const HistoryFilter& filter,
                                                   const HistorySort& sort,
                                                   QIODevice& device,
                                                   const QString& destination,
                                                   const CsvExportOptions& options = {});
    // Atomic and owner-readable, as CsvExport::exportToFile().
    static Expected<qint64, HistoryError> exportToFile(HistoryStore& store,
                                                       const HistoryFilter& filter,
                                                       const HistorySort& sort,
                                                       const QString& path,
                                                       const CsvExportOptions& options = {});

    static QString dataSheetName();    // translated: "History"
    static QString summarySheetName(); // translated: "Summary"
};

} // namespace tricheck::history
