#pragma once

#include "csvsource.h"

namespace tricheck::batch {

// The first rows of a batch file, for the operator to see how its columns are read before the
// whole file is validated: a CSV file's first megabyte at most, a workbook's first rows and only
// the shared strings they use. Blank rows are left out; the first record is the header (if any).
struct FilePreview
{
    SourceFormat format = SourceFormat::Csv;
    QStringList sheets; // a workbook's worksheets, in order
    QString sheet;      // the worksheet shown
    QList<CsvRecord> records;
    std::optional<ImportError> error; // the file cannot be read at all (or has no rows)

    // `sheet`: a workbook's worksheet, empty for the first; `encoding`: a CSV file's.
    static FilePreview read(const QString& path, TextEncoding encoding, const QString& sheet, int records);
};

} // namespace tricheck::batch
