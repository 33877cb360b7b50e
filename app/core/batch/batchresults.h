#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::batch {

// A batch's results as CSV, one row per row of the input file (invalid and duplicate rows too),
// in the history export's dialect (UTF-8 with BOM, CRLF, RFC 4180, formula guard) with masked
// values only: input line, status, masked mobile / name / ID number, reference, BizCode, SubCode,
// IspName, billed, RequestId, error kind, error code, details.
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

    // Returns the number of rows written (without the header) or a translated error.
    static Expected<qint64, QString>
    write(history::HistoryStore& store, const QString& batchId, const QString& sourcePath, QIODevice& out);
    // Written atomically (a failure leaves no file), readable by its owner only.
    static Expected<qint64, QString>
    writeFile(history::HistoryStore& store, const QString& batchId, const QString& sourcePath, const QString& path);
};

} // namespace tricheck::batch
