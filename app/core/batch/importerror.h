#pragma once

#include <QCoreApplication>
#include <QString>

namespace tricheck::batch {

// Why a batch file cannot be read. Every error carries the line it was found on (1-based; 0 when
// it concerns the whole file) and a complete, translated sentence for the operator.
class ImportError
{
    Q_DECLARE_TR_FUNCTIONS(ImportError)

public:
    enum class Kind {
        OpenFailed,        // the file cannot be opened or read
        Empty,             // no header and no rows
        BinaryData,        // NUL or other control bytes: not a text file
        WrongEncoding,     // bytes that are not valid in the chosen (or detected) encoding
        UnterminatedQuote, // a quoted field runs to the end of the file
        BadQuote,          // a character right after a closing quote
        LineTooLong,       // a single line over the limit (a binary file, or no line breaks)
        NoHeader,          // no header row that names the mobile, name and ID number columns
        BadMapping,        // a column chosen by the operator does not exist or is used twice
        TooManyRows,       // more rows than a batch may hold
        SourceChanged,     // the file is not the one the batch was started from
        Cancelled,         // the operator stopped the import
        BadWorkbook,       // an Excel workbook that cannot be read (damaged, .xls, .xlsb, encrypted …)
        UnsafeWorkbook,    // a workbook refused as unsafe: a zip bomb, entity declarations, absurd sizes
        NoSuchSheet,       // the worksheet asked for is not in the workbook (or the file is CSV)
    };

    Kind kind = Kind::OpenFailed;
    int line = 0;
    QString message; // translated, complete

    QString kindId() const; // stable: "binary_data", "wrong_encoding" …

    static ImportError make(Kind kind, int line, const QString& detail = {});
};

} // namespace tricheck::batch
