#pragma once

#include "common/expected.h"
#include "history/exportformat.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::batch {

// A batch's results, one row per row of the input file (invalid and duplicate rows too), with
// masked values only: input line, status, masked mobile / name / ID number, reference, BizCode,
// SubCode, IspName, billed, RequestId, error kind, error code, details. As CSV in the history
// export's dialect (UTF-8 with BOM, CRLF, RFC 4180, formula guard), or as an Excel workbook like the
// history's (text cells, frozen and filtered header, rows in their result's colour, a summary sheet
// with the counts by status and billed).
//
// The file is read again (it must still be the batch's source) and merged, row by row, with the
// batch's attempts from the history (ordered by row): memory stays flat for any size. A row's
// result is its last attempt; a duplicate row shows the result of the first row like it.
class BatchResults
{
    Q_DECLARE_TR_FUNCTIONS(BatchResults)

public:
    static QStringList columnTitles(); // in the UI language
    // Status ids in the second column.
    static QStringList statusIds(); // pass mismatch partial norecord error unknown invalid duplicate pending
    static QString statusName(const QString& id); // translated

    // Returns the number of rows written (without the header) or a translated error.
    static Expected<qint64, QString> write(history::HistoryStore& store,
                                           const QString& batchId,
                                           const QString& sourcePath,
                                           QIODevice& out,
                                           history::ExportFormat format = history::ExportFormat::Csv);
    // Written atomically (a failure leaves no file), readable by its owner only; a workbook when
    // `path` ends in .xlsx, else CSV.
    static Expected<qint64, QString>
    writeFile(history::HistoryStore& store, const QString& batchId, const QString& sourcePath, const QString& path);
    // writeFile(), then the export is recorded in the audit log (the batch, the rows, the file).
    static Expected<qint64, QString>
    exportFile(history::HistoryStore& store, const QString& batchId, const QString& sourcePath, const QString& path);
    // The results' file proposed for `sourcePath`: NAME-results.csv (or .xlsx) in the same folder.
    static QString suggestedPath(const QString& sourcePath, bool workbook = false);
};

} // namespace tricheck::batch
