#pragma once

#include "importerror.h"

#include <QStringList>

#include <optional>

namespace tricheck::batch {

// What a workbook cell held beyond its text, for the validation of the field it is read into.
struct CellNote
{
    enum class Kind : quint8 {
        Number,       // a number: fine for a mobile, fatal for an ID number (Excel keeps 15 digits)
        MissingValue, // a formula saved without its result
        ErrorValue,   // a formula's error (#N/A …), the text of the field
    };
    int column = 0;
    Kind kind = Kind::Number;
};

// One row of a batch file: a CSV record, or a worksheet row (its cells by column, blanks between).
struct CsvRecord
{
    int line = 0; // where the record starts (1-based): the line of a CSV file, the row of a worksheet
    QStringList fields;
    QList<CellNote> notes; // workbooks only
};

enum class SourceFormat {
    Csv,
    Xlsx,
};

// Where a batch's rows come from: a CSV file (CsvSource) or an Excel workbook (XlsxSource).
class RecordSource
{
public:
    RecordSource() = default;
    virtual ~RecordSource() = default;
    RecordSource(const RecordSource&) = delete;
    RecordSource& operator=(const RecordSource&) = delete;

    // The next record; false at the end or on an error (then error() is set).
    virtual bool next(CsvRecord* record) = 0;
    virtual const std::optional<ImportError>& error() const = 0;
    // How far the reading is, in bytes of the file (for progress); the file's size at the end.
    virtual qint64 bytesRead() const = 0;
    // The SHA-256 of the file (the batch journal's source digest); complete at the end.
    virtual QByteArray sha256() = 0;
    // From now on only the first `columns` columns are needed (the mapped ones).
    virtual void limitColumns(int columns) { Q_UNUSED(columns) }
};

} // namespace tricheck::batch
