#pragma once

#include "common/crypto.h"
#include "common/expected.h"
#include "recordsource.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace tricheck::xlsx {
class XlsxArchive;
class XlsxError;
class SharedStrings;
class SheetReader;
struct SheetRow;
} // namespace tricheck::xlsx

namespace tricheck::batch {

// The rows of one worksheet of an Excel workbook (.xlsx), streamed: only the shared strings and the
// current row are held. A row's line is its number in the worksheet, as Excel shows it. Cells are
// read as their text: numbers in full (a mobile 13800138000 stays 13800138000), formulas by the
// result saved with them; numbers, formulas without a result and error values are noted on the
// record, for the validation to judge (an ID number kept as a number has lost digits).
class XlsxSource : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSource)

public:
    // `sheet`: the worksheet's name; empty for the first worksheet.
    XlsxSource(QIODevice* device, QString sheet);
    ~XlsxSource() override;

    // Hashes the file, reads the workbook's index and shared strings and opens the worksheet.
    std::optional<ImportError> open();
    bool next(CsvRecord* record) override;
    const std::optional<ImportError>& error() const override { return m_error; }
    qint64 bytesRead() const override;
    QByteArray sha256() override { return m_sha256; }
    void limitColumns(int columns) override { m_columnLimit = columns; }

    const QStringList& sheets() const { return m_sheets; } // the worksheets, in order
    const QString& sheet() const { return m_sheet; }       // the one read

    // The first `rows` rows of a worksheet and the names of all worksheets, for a preview: only the
    // shared strings those rows use are read.
    struct Preview
    {
        QStringList sheets;
        QString sheet;
        QList<CsvRecord> records;
    };
    static Expected<Preview, ImportError> preview(QIODevice* device, const QString& sheet, int rows);

    // By content: a zip archive (an .xlsx workbook, or some other zip), an OLE2 compound file
    // (Excel 97-2003 .xls, or any password-protected Office file).
    static bool isZip(QIODevice* device);
    static bool isOle(QIODevice* device);
    static ImportError oldFormat();
    static ImportError toImportError(const xlsx::XlsxError& error);

    // Caps on what a workbook's parts may unpack to (a zip bomb is refused before it inflates).
    static constexpr qint64 kSheetLimit = 4LL << 30;

private:
    void toRecord(const xlsx::SheetRow& row, CsvRecord* record) const;

    QIODevice* m_device;
    QString m_sheet;
    QStringList m_sheets;
    qint64 m_size = 0;
    QByteArray m_sha256;
    bool m_done = false;
    int m_columnLimit = 16'384;
    std::unique_ptr<xlsx::XlsxArchive> m_archive;
    std::unique_ptr<xlsx::SharedStrings> m_strings;
    std::unique_ptr<xlsx::SheetReader> m_reader;
    std::unique_ptr<xlsx::SheetRow> m_row;
    std::optional<ImportError> m_error;
};

} // namespace tricheck::batch
