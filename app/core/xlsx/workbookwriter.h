#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringEncoder>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace tricheck::xlsx {

struct XlsxWriterApi;

// How a row looks: the fill and text colours (0xRRGGBB) of its result, or none.
struct RowStyle
{
    std::optional<quint32> background;
    std::optional<quint32> foreground;
};

// An .xlsx workbook written with libxlsxwriter in its constant-memory mode: each row goes to disk
// as it is written (rows of a sheet in ascending order), so a million rows take no more memory than
// ten. Text cells are text ("@" format: an ID number or a RequestId is never turned into a number
// by Excel, now or when edited); tables get a bold header row that stays in view, an auto-filter,
// and column widths fitted to what was written. The workbook is assembled in a private temporary
// file and then copied to the destination device.
class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)

public:
    // `cells` estimates the cells to write (beyond about 30 million the zip container needs ZIP64).
    explicit WorkbookWriter(qint64 cells = 0);
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter&) = delete;
    WorkbookWriter& operator=(const WorkbookWriter&) = delete;

    // Starts the workbook; a translated error when it cannot.
    std::optional<QString> begin();

    // A worksheet, named `name` made valid for Excel (at most 31 characters, no []:*?/\).
    int addSheet(const QString& name);
    // A table's header row (row 0): bold, frozen, with an auto-filter over the rows written later.
    void header(int sheet, const QStringList& titles);
    void text(int sheet, int row, int column, QStringView value, const RowStyle& style = {});
    void number(int sheet, int row, int column, double value, const RowStyle& style = {});
    void bold(int sheet, int row, int column, QStringView value);

    // Closes the workbook and copies it to `out`; a translated error when anything failed.
    std::optional<QString> finish(QIODevice& out);

    static constexpr int kMaxRows = 1'048'576; // per sheet, header included (Excel's limit)
    static constexpr int kMaxText = 32'767;    // characters per cell (Excel's limit)

    static QString sheetName(const QString& name);

private:
    enum class Kind : quint8 {
        Text,
        Number,
        Bold,
        Header,
    };
    lxw_format* format(Kind kind, const RowStyle& style);
    void fit(int sheet, int row, int column, QStringView value);
    void check(int error);

    qint64 m_cells;
    const XlsxWriterApi* m_api = nullptr;
    QTemporaryFile m_file;
    lxw_workbook* m_workbook = nullptr;
    std::vector<lxw_worksheet*> m_sheets;
    std::vector<std::vector<int>> m_widths; // per sheet and column: the widest text, in character cells
    std::vector<int> m_lastRow;
    std::vector<int> m_headerColumns;
    QHash<quint64, lxw_format*> m_formats;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8;
    int m_error = 0;
};

// A sheet of label / value lines, top to bottom: an export's summary.
class SheetLines
{
public:
    SheetLines(WorkbookWriter& writer, int sheet)
        : m_writer(writer)
        , m_sheet(sheet)
    { }

    void heading(QStringView label, QStringView value = {})
    {
        m_writer.bold(m_sheet, m_row, 0, label);
        if (!value.isEmpty())
            m_writer.bold(m_sheet, m_row, 1, value);
        ++m_row;
    }
    void text(QStringView label, QStringView value, const RowStyle& style = {})
    {
        m_writer.text(m_sheet, m_row, 0, label, style);
        m_writer.text(m_sheet, m_row++, 1, value, style);
    }
    void count(QStringView label, qint64 value, const RowStyle& style = {})
    {
        m_writer.text(m_sheet, m_row, 0, label, style);
        m_writer.number(m_sheet, m_row++, 1, double(value), style);
    }
    void skip() { ++m_row; }

private:
    WorkbookWriter& m_writer;
    int m_sheet;
    int m_row = 0;
};

} // namespace tricheck::xlsx
