#pragma once

#include "common/expected.h"
#include "historyerror.h"
#include "historyquery.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace tricheck::history {

class HistoryStore;

struct CsvExportOptions
{
    QList<HistoryColumn> columns; // in this order; empty: every column
    // Called every `progressInterval` rows and at the end with (rows written, rows to write).
    std::function<void(qint64 written, qint64 total)> progress;
    // Polled as often; returning true stops the export (a file export then leaves no file).
    std::function<bool()> cancelRequested;
    int progressInterval = 1000;
};

// History as CSV for spreadsheets and auditors: UTF-8 with a BOM (Excel then reads Chinese
// correctly), CRLF line ends, RFC 4180 quoting, a header row in the current UI language, ISO 8601
// times with the UTC offset, masked values only (the history holds nothing else). Cells that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading apostrophe.
// Rows are streamed from the database one at a time: memory stays flat for any size.
// Every completed export is recorded in the audit trail.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Writes to an open device; the audit entry names `destination` (a path, or "-" for stdout).
    // A failure part-way leaves what was written; use exportToFile() for an all-or-nothing file.
    static Expected<qint64, HistoryError> exportTo(HistoryStore& store,
                                                   const HistoryFilter& filter,
                                                   const HistorySort& sort,
                                                   QIODevice& device,
                                                   const QString& destination,
                                                   const CsvExportOptions& options = {});

    // Writes `path` atomically (QSaveFile), owner-readable only: a failed or cancelled export
    // leaves no file and an existing file untouched. Returns the number of rows written.
    static Expected<qint64, HistoryError> exportToFile(HistoryStore& store,
                                                       const HistoryFilter& filter,
                                                       const HistorySort& sort,
                                                       const QString& path,
                                                       const CsvExportOptions& options = {});
};

} // namespace tricheck::history
