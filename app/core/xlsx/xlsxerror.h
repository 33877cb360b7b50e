#pragma once

#include <QCoreApplication>
#include <QString>

namespace tricheck::xlsx {

// Why a workbook cannot be read. Every error carries a complete, translated sentence for the
// operator, and the worksheet row it was found on (0 when it concerns the whole file).
class XlsxError
{
    Q_DECLARE_TR_FUNCTIONS(XlsxError)

public:
    enum class Kind {
        Damaged,     // not a complete zip archive, or its XML is not well-formed
        NotWorkbook, // a zip archive, but no Excel workbook in it (or an .xlsb or .ods file)
        OldFormat,   // an Excel 97-2003 .xls file, or a password-protected (encrypted) workbook
        Unsafe,      // a zip bomb, a document type declaration (entity expansion), absurd sizes
        NoSuchSheet, // the worksheet asked for does not exist (or the workbook has none)
        ReadFailed,  // the file cannot be read
    };

    Kind kind = Kind::Damaged;
    int row = 0;
    QString message; // translated, complete

    static XlsxError damaged(const QString& detail, int row = 0);
    static XlsxError unsafe(const QString& detail);
    static XlsxError make(Kind kind, const QString& message, int row = 0);
};

} // namespace tricheck::xlsx
