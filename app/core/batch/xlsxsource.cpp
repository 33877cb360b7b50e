#include "xlsxsource.h"

#include "xlsx/sheetreader.h"
#include "xlsx/workbookindex.h"

#include <QIODevice>

namespace tricheck::batch {

using xlsx::CellType;
using xlsx::XlsxError;

namespace {

struct Opened
{
    std::unique_ptr<xlsx::XlsxArchive> archive;
    xlsx::WorkbookIndex index;
    xlsx::SheetEntry sheet;
};

Expected<Opened, ImportError> openWorkbook(QIODevice* device, const QString& sheet)
{
    using Result = Expected<Opened, ImportError>;
    auto archive = std::make_unique<xlsx::XlsxArchive>(device);
    if (const auto error = archive->open())
        return Result::failure(XlsxSource::toImportError(*error));
    auto index = xlsx::WorkbookIndex::read(*archive);
    if (!index)
        return Result::failure(XlsxSource::toImportError(index.error()));
    auto entry = index->find(sheet);
    if (!entry)
        return Result::failure(XlsxSource::toImportError(entry.error()));
    return Opened{std::move(archive), std::move(index).value(), std::move(entry).value()};
}

Expected<std::unique_ptr<xlsx::XmlPart>, ImportError>
openPart(xlsx::XlsxArchive& archive, const QString& path, qint64 limit)
{
    using Result = Expected<std::unique_ptr<xlsx::XmlPart>, ImportError>;
    auto device = archive.openEntry(path, limit);
    if (!device)
        return Result::failure(XlsxSource::toImportError(device.error()));
    return std::make_unique<xlsx::XmlPart>(std::move(device).value());
}

} // namespace

XlsxSource::XlsxSource(QIODevice* device, QString sheet)
    : m_device(device)
    , m_sheet(std::move(sheet))
{ }

XlsxSource::~XlsxSource() = default;

bool XlsxSource::isZip(QIODevice* device)
{
    const QByteArray head = device->peek(4);
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

bool XlsxSource::isOle(QIODevice* device)
{
    return device->peek(8) == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

ImportError XlsxSource::oldFormat()
{
    return ImportError::make(ImportError::Kind::BadWorkbook,
                             0,
                             tr("This is an Excel 97-2003 workbook (.xls) or a password-protected workbook. Save it "
                                "as an Excel workbook (.xlsx) without a password, or as CSV, then choose it."));
}

ImportError XlsxSource::toImportError(const XlsxError& error)
{
    switch (error.kind) {
    case XlsxError::Kind::Unsafe:
        return ImportError::make(ImportError::Kind::UnsafeWorkbook, error.row, error.message);
    case XlsxError::Kind::NoSuchSheet:
        return ImportError::make(ImportError::Kind::NoSuchSheet, error.row, error.message);
    case XlsxError::Kind::ReadFailed:
        return ImportError::make(ImportError::Kind::OpenFailed, 0, error.message);
    case XlsxError::Kind::Damaged:
    case XlsxError::Kind::NotWorkbook:
    case XlsxError::Kind::OldFormat:
        break;
    }
    return ImportError::make(ImportError::Kind::BadWorkbook, error.row, error.message);
}

std::optional<ImportError> XlsxSource::open()
{
    // The digest of the whole file first: the zip is read out of order.
    crypto::Hasher hasher(crypto::Hash::Sha256);
    if (!m_device->seek(0))
        return m_error = ImportError::make(ImportError::Kind::OpenFailed, 0, m_device->errorString());
    for (;;) {
        const QByteArray chunk = m_device->read(1 << 20);
        if (chunk.isEmpty())
            break;
        hasher.addData(chunk);
        m_size += chunk.size();
    }
    m_sha256 = hasher.result();
    if (!m_device->seek(0))
        return m_error = ImportError::make(ImportError::Kind::OpenFailed, 0, m_device->errorString());

    auto opened = openWorkbook(m_device, m_sheet);
    if (!opened)
        return m_error = opened.error();
    m_archive = std::move(opened.value().archive);
    m_sheets = opened->index.worksheetNames();
    m_sheet = opened->sheet.name;
    m_strings = std::make_unique<xlsx::SharedStrings>();
    if (!opened->index.sharedStringsPath().isEmpty()) {
        auto part = openPart(*m_archive, opened->index.sharedStringsPath(), xlsx::SharedStrings::kPartLimit);
        if (!part)
            return m_error = part.error();
        if (const auto error = m_strings->load(**part))
            return m_error = toImportError(*error);
    }
    auto part = openPart(*m_archive, opened->sheet.path, kSheetLimit);
    if (!part)
        return m_error = part.error();
    m_reader = std::make_unique<xlsx::SheetReader>(std::move(part).value(), m_strings.get());
    m_row = std::make_unique<xlsx::SheetRow>();
    return std::nullopt;
}

qint64 XlsxSource::bytesRead() const
{
    if (m_done || !m_reader)
        return m_size;
    return qint64(double(m_size) * m_reader->fraction());
}

void XlsxSource::toRecord(const xlsx::SheetRow& row, CsvRecord* record) const
{
    record->line = row.number;
    record->fields.clear();
    record->notes.clear();
    for (std::size_t i = 0; i < row.count; ++i) {
        const xlsx::Cell& cell = row.cells[i];
        if (cell.column >= m_columnLimit)
            break;
        while (record->fields.size() < cell.column)
            record->fields.append(QString());
        record->fields.append(cell.text);
        switch (cell.type) {
        case CellType::Number:
            record->notes.append({cell.column, CellNote::Kind::Number});
            break;
        case CellType::MissingValue:
            record->notes.append({cell.column, CellNote::Kind::MissingValue});
            break;
        case CellType::Error:
            record->notes.append({cell.column, CellNote::Kind::ErrorValue});
            break;
        case CellType::Text:
        case CellType::Boolean:
        case CellType::Shared:
            break;
        }
    }
}

bool XlsxSource::next(CsvRecord* record)
{
    if (m_error || m_done || !m_reader)
        return false;
    if (!m_reader->next(m_row.get())) {
        if (m_reader->failure()) {
            m_error = toImportError(*m_reader->failure());
        } else {
            m_done = true;
        }
        return false;
    }
    toRecord(*m_row, record);
    return true;
}

Expected<XlsxSource::Preview, ImportError> XlsxSource::preview(QIODevice* device, const QString& sheet, int rows)
{
    using Result = Expected<Preview, ImportError>;
    auto opened = openWorkbook(device, sheet);
    if (!opened)
        return Result::failure(opened.error());
    Preview preview;
    preview.sheets = opened->index.worksheetNames();
    preview.sheet = opened->sheet.name;
    std::vector<xlsx::SheetRow> read;
    qint64 strings = 0;
    {
        auto part = openPart(*opened->archive, opened->sheet.path, kSheetLimit);
        if (!part)
            return Result::failure(part.error());
        xlsx::SheetReader reader(std::move(part).value(), nullptr);
        xlsx::SheetRow row;
        while (int(read.size()) < rows && reader.next(&row)) {
            for (std::size_t i = 0; i < row.count; ++i)
                strings = std::max(strings, row.cells[i].sharedIndex + 1);
            read.push_back(row);
        }
        if (reader.failure() && read.empty())
            return Result::failure(toImportError(*reader.failure()));
    }
    // Only the strings these rows use (the first ones, as a workbook is written top to bottom).
    xlsx::SharedStrings shared;
    if (strings > 0 && !opened->index.sharedStringsPath().isEmpty()) {
        auto part = openPart(*opened->archive, opened->index.sharedStringsPath(), xlsx::SharedStrings::kPartLimit);
        if (!part)
            return Result::failure(part.error());
        if (const auto error = shared.load(**part, strings))
            return Result::failure(toImportError(*error));
    }
    XlsxSource converter(device, QString());
    for (xlsx::SheetRow& row : read) {
        for (std::size_t i = 0; i < row.count; ++i) {
            xlsx::Cell& cell = row.cells[i];
            if (cell.type == CellType::Shared)
                cell.text = shared.at(cell.sharedIndex);
        }
        CsvRecord record;
        converter.toRecord(row, &record);
        preview.records.append(record);
    }
    return preview;
}

} // namespace tricheck::batch
