#include "workbookwriter.h"

#include "xlsxwriterapi.h"

#include <QDir>

namespace tricheck::xlsx {

namespace {

// Characters that take two cells in a spreadsheet's font: CJK, Hangul, full-width forms.
bool isWide(char16_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0xD800 && c <= 0xDBFF);
}

constexpr int kMaxWidth = 60;

} // namespace

WorkbookWriter::WorkbookWriter(qint64 cells)
    : m_cells(cells)
    , m_file(QDir::tempPath() + QStringLiteral("/tricheck-XXXXXX.xlsx"))
{ }

WorkbookWriter::~WorkbookWriter()
{
    if (m_workbook != nullptr)
        m_api->workbookFree(m_workbook); // abandoned: nothing is assembled; the temporary file goes with m_file
}

QString WorkbookWriter::sheetName(const QString& name)
{
    QString s;
    for (const QChar c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
            s.append(u' ');
        else
            s.append(c);
    }
    s = s.trimmed();
    while (s.startsWith(u'\''))
        s.remove(0, 1);
    while (s.endsWith(u'\''))
        s.chop(1);
    s.truncate(31);
    return s.isEmpty() ? QStringLiteral("Sheet") : s;
}

std::optional<QString> WorkbookWriter::begin()
{
    QString missing;
    m_api = XlsxWriterApi::get(&missing);
    if (m_api == nullptr)
        return missing;
    // The file exists (0600, ours); libxlsxwriter writes into it by name.
    if (!m_file.open())
        return tr("The workbook cannot be written: no temporary file (%1).").arg(m_file.errorString());
    m_file.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // Beyond about 4 GB of unpacked XML the container needs ZIP64, which very old Excel cannot read.
    options.use_zip64 = m_cells > 30'000'000 ? LXW_TRUE : LXW_FALSE;
    const QByteArray path = QFile::encodeName(m_file.fileName());
    m_workbook = m_api->workbookNewOpt(path.constData(), &options);
    if (m_workbook == nullptr)
        return tr("The workbook cannot be written: %1").arg(tr("out of memory or no temporary directory"));
    return std::nullopt;
}

void WorkbookWriter::check(int error)
{
    if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
        m_error = error;
}

int WorkbookWriter::addSheet(const QString& name)
{
    if (m_workbook == nullptr) {
        check(LXW_ERROR_NULL_PARAMETER_IGNORED);
        m_sheets.push_back(nullptr);
        m_widths.emplace_back();
        m_lastRow.push_back(0);
        m_headerColumns.push_back(0);
        return int(m_sheets.size()) - 1;
    }
    QString unique = sheetName(name);
    for (int n = 2; m_api->workbookGetWorksheetByName(m_workbook, unique.toUtf8().constData()) != nullptr; ++n)
        unique = sheetName(name).left(26) + QStringLiteral(" (%1)").arg(n);
    lxw_worksheet* sheet = m_api->workbookAddWorksheet(m_workbook, unique.toUtf8().constData());
    if (sheet == nullptr)
        check(LXW_ERROR_PARAMETER_VALIDATION);
    m_sheets.push_back(sheet);
    m_widths.emplace_back();
    m_lastRow.push_back(0);
    m_headerColumns.push_back(0);
    return int(m_sheets.size()) - 1;
}

lxw_format* WorkbookWriter::format(Kind kind, const RowStyle& style)
{
    const quint64 key = quint64(kind) << 56 | quint64(style.background.has_value()) << 55 |
                        quint64(style.background.value_or(0) & 0xFFFFFF) << 24 |
                        quint64(style.foreground.has_value()) << 48 | (style.foreground.value_or(0) & 0xFFFFFF);
    const auto it = m_formats.constFind(key);
    if (it != m_formats.cend())
        return it.value();
    lxw_format* f = m_api->workbookAddFormat(m_workbook);
    if (f == nullptr)
        return nullptr;
    if (kind == Kind::Text)
        m_api->setNumFormat(f, "@");
    if (kind == Kind::Bold || kind == Kind::Header)
        m_api->setBold(f);
    if (kind == Kind::Header)
        m_api->setBottom(f, LXW_BORDER_THIN);
    if (style.background) {
        m_api->setPattern(f, LXW_PATTERN_SOLID);
        m_api->setBgColor(f, *style.background);
    }
    if (style.foreground)
        m_api->setFontColor(f, *style.foreground);
    m_formats.insert(key, f);
    return f;
}

void WorkbookWriter::fit(int sheet, int row, int column, QStringView value)
{
    std::vector<int>& widths = m_widths[std::size_t(sheet)];
    if (widths.size() <= std::size_t(column))
        widths.resize(std::size_t(column) + 1, 0);
    int width = 0;
    for (const QChar c : value) {
        width += isWide(c.unicode()) ? 2 : 1;
        if (width >= kMaxWidth)
            break;
    }
    widths[std::size_t(column)] = std::max(widths[std::size_t(column)], width);
    m_lastRow[std::size_t(sheet)] = std::max(m_lastRow[std::size_t(sheet)], row);
}

void WorkbookWriter::header(int sheet, const QStringList& titles)
{
    lxw_worksheet* ws = m_sheets[std::size_t(sheet)];
    if (ws == nullptr)
        return;
    for (int c = 0; c < titles.size(); ++c) {
        check(m_api->writeString(ws, 0, lxw_col_t(c), titles.at(c).toUtf8().constData(), format(Kind::Header, {})));
        fit(sheet, 0, c, titles.at(c));
    }
    m_api->freezePanes(ws, 1, 0);
    m_headerColumns[std::size_t(sheet)] = int(titles.size());
}

void WorkbookWriter::text(int sheet, int row, int column, QStringView value, const RowStyle& style)
{
    lxw_worksheet* ws = m_sheets[std::size_t(sheet)];
    if (ws == nullptr)
        return;
    if (value.size() > kMaxText)
        value = value.first(kMaxText);
    // Cells are converted into one reused buffer: an export writes tens of millions of them.
    m_utf8.resize(value.size() * 3 + 1);
    const qsizetype n = m_encoder.appendToBuffer(m_utf8.data(), value) - m_utf8.data();
    m_utf8[n] = '\0';
    check(m_api->writeString(ws, lxw_row_t(row), lxw_col_t(column), m_utf8.constData(), format(Kind::Text, style)));
    fit(sheet, row, column, value);
}

void WorkbookWriter::number(int sheet, int row, int column, double value, const RowStyle& style)
{
    lxw_worksheet* ws = m_sheets[std::size_t(sheet)];
    if (ws == nullptr)
        return;
    check(m_api->writeNumber(ws, lxw_row_t(row), lxw_col_t(column), value, format(Kind::Number, style)));
    fit(sheet, row, column, QString::number(value, 'g', 15));
}

void WorkbookWriter::bold(int sheet, int row, int column, QStringView value)
{
    lxw_worksheet* ws = m_sheets[std::size_t(sheet)];
    if (ws == nullptr)
        return;
    check(
        m_api->writeString(ws, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), format(Kind::Bold, {})));
    fit(sheet, row, column, value);
}

std::optional<QString> WorkbookWriter::finish(QIODevice& out)
{
    if (m_workbook == nullptr)
        return tr("The workbook cannot be written: %1").arg(tr("it was not started"));
    for (std::size_t s = 0; s < m_sheets.size(); ++s) {
        lxw_worksheet* ws = m_sheets[s];
        if (ws == nullptr)
            continue;
        const std::vector<int>& widths = m_widths[s];
        for (std::size_t c = 0; c < widths.size(); ++c)
            check(
                m_api->setColumn(ws, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2, 6, kMaxWidth + 2), nullptr));
        if (m_headerColumns[s] > 0)
            check(m_api->autofilter(ws, 0, 0, lxw_row_t(m_lastRow[s]), lxw_col_t(m_headerColumns[s] - 1)));
    }
    const int closed = m_api->workbookClose(m_workbook);
    m_workbook = nullptr;
    check(closed);
    if (m_error != LXW_NO_ERROR)
        return tr("The workbook cannot be written: %1").arg(QString::fromUtf8(m_api->strerror(lxw_error(m_error))));
    QFile file(m_file.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return tr("The workbook cannot be written: %1").arg(file.errorString());
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return tr("The workbook cannot be written: %1")
                .arg(chunk.isEmpty() ? file.errorString() : out.errorString());
    }
    return std::nullopt;
}

} // namespace tricheck::xlsx
