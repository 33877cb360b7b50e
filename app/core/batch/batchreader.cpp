#include "batchreader.h"

#include "identity/finding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace tricheck::batch {

using identity::Field;
using identity::Finding;

namespace {

// One of Excel's error values (#N/A …), or "" for anything else a damaged or crafted file put in an
// error cell: validation messages never quote what a cell holds.
QString excelErrorCode(const QString& text)
{
    static const QStringList codes{QStringLiteral("#NULL!"),
                                   QStringLiteral("#DIV/0!"),
                                   QStringLiteral("#VALUE!"),
                                   QStringLiteral("#REF!"),
                                   QStringLiteral("#NAME?"),
                                   QStringLiteral("#NUM!"),
                                   QStringLiteral("#N/A"),
                                   QStringLiteral("#GETTING_DATA"),
                                   QStringLiteral("#SPILL!"),
                                   QStringLiteral("#CALC!"),
                                   QStringLiteral("#FIELD!"),
                                   QStringLiteral("#BLOCKED!"),
                                   QStringLiteral("#CONNECT!"),
                                   QStringLiteral("#BUSY!"),
                                   QStringLiteral("#UNKNOWN!")};
    const QString code = text.trimmed().toUpper();
    return codes.contains(code) ? code : QString();
}

} // namespace

QJsonObject ImportOptions::toJson() const
{
    QJsonArray columnsJson;
    for (const ColumnChoice& c : columns)
        columnsJson.append(QJsonObject{{QStringLiteral("field"), ColumnMapper::fieldId(c.field)},
                                       {QStringLiteral("column"), c.column}});
    QJsonObject json{
        {QStringLiteral("encoding"), textEncodingId(encoding)},
        {QStringLiteral("delimiter"), delimiterId(delimiter)},
        {QStringLiteral("header"), hasHeader},
        {QStringLiteral("columns"), columnsJson},
        {QStringLiteral("paramType"), identity::paramTypeName(paramType)},
    };
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    return json;
}

ImportOptions ImportOptions::fromJson(const QJsonObject& json)
{
    ImportOptions o;
    o.encoding = textEncodingFromId(json.value(QStringLiteral("encoding")).toString()).value_or(TextEncoding::Auto);
    o.delimiter = delimiterFromId(json.value(QStringLiteral("delimiter")).toString()).value_or(Delimiter::Auto);
    o.hasHeader = json.value(QStringLiteral("header")).toBool(true);
    for (const QJsonValue v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        if (const auto field = ColumnMapper::fieldFromId(c.value(QStringLiteral("field")).toString()))
            o.columns.append({*field, c.value(QStringLiteral("column")).toString()});
    }
    o.paramType = identity::paramTypeFromName(json.value(QStringLiteral("paramType")).toString())
                      .value_or(identity::ParamType::Normal);
    o.sheet = json.value(QStringLiteral("sheet")).toString();
    return o;
}

Field BatchRow::errorField() const
{
    for (const identity::Validation* v : check.all()) {
        if (!v->isValid())
            return v->field;
    }
    return Field::Mobile;
}

const Finding* BatchRow::error() const
{
    for (const identity::Validation* v : check.all()) {
        if (!v->isValid()) {
            for (const Finding& f : v->findings) {
                if (f.severity == identity::Severity::Error)
                    return &f;
            }
        }
    }
    return nullptr;
}

QString RowIssue::describe() const
{
    // Through the catalogue: Chinese puts a full-width colon here.
    return QCoreApplication::translate("RowIssue", "%1: %2", "a field and what is wrong with it")
        .arg(identity::IdentityText::fieldName(field), identity::IdentityText::describe(field, finding));
}

QString ImportReport::readAs() const
{
    if (format == SourceFormat::Xlsx)
        return QStringLiteral("xlsx, worksheet \"%1\"").arg(sheet);
    return textEncodingId(encoding) + QStringLiteral(", ") + delimiterId(delimiter);
}

BatchReader::BatchReader(QIODevice* device, const ImportOptions& options)
    : m_options(options)
    , m_device(device)
    , m_today(QDate::currentDate())
{ }

BatchReader::~BatchReader() = default;

TextEncoding BatchReader::encoding() const
{
    return m_csv != nullptr ? m_csv->encoding() : TextEncoding::Utf8;
}

Delimiter BatchReader::delimiter() const
{
    return m_csv != nullptr ? m_csv->delimiter() : Delimiter::Comma;
}

std::optional<ImportError> BatchReader::open()
{
    m_opened = true;
    // By content: a file named .csv may be a workbook, and the other way round.
    if (m_device->isReadable() && XlsxSource::isZip(m_device)) {
        auto source = std::make_unique<XlsxSource>(m_device, m_options.sheet);
        m_xlsx = source.get();
        m_source = std::move(source);
        if (const auto error = m_xlsx->open()) {
            m_error = error;
            return m_error;
        }
    } else if (m_device->isReadable() && XlsxSource::isOle(m_device)) {
        m_error = XlsxSource::oldFormat();
        return m_error;
    } else {
        if (!m_options.sheet.isEmpty()) {
            m_error = ImportError::make(ImportError::Kind::NoSuchSheet,
                                        0,
                                        XlsxSource::tr("The file is not an Excel workbook: it has no worksheet \"%1\". "
                                                       "Choose a worksheet only for an .xlsx file.")
                                            .arg(m_options.sheet));
            return m_error;
        }
        auto source = std::make_unique<CsvSource>(m_device, m_options.encoding, m_options.delimiter);
        m_csv = source.get();
        m_source = std::move(source);
    }
    CsvRecord first;
    bool any = false;
    while (m_source->next(&first)) {
        const bool blank = std::all_of(first.fields.cbegin(), first.fields.cend(), [](const QString& f) {
            return f.trimmed().isEmpty();
        });
        if (!blank) {
            any = true;
            break;
        }
    }
    if (m_source->error()) {
        m_error = m_source->error();
        return m_error;
    }
    if (!any) {
        m_error = ImportError::make(ImportError::Kind::Empty, 0);
        return m_error;
    }
    if (m_options.hasHeader) {
        m_header = first.fields;
        for (QString& h : m_header)
            h = h.trimmed();
    } else {
        m_firstRow = first;
    }
    auto mapped = ColumnMapper::map(m_header, first.line, m_options.columns, m_options.hasHeader);
    if (!mapped) {
        m_error = mapped.error();
        return m_error;
    }
    m_mapping = mapped.value();
    m_source->limitColumns(m_mapping.maxColumn() + 1);
    return std::nullopt;
}

void BatchReader::applyNotes(const CsvRecord& record, BatchRow* row) const
{
    for (const CellNote& note : record.notes) {
        identity::Validation* v = nullptr;
        if (note.column == m_mapping.mobile)
            v = &row->check.mobile;
        else if (note.column == m_mapping.name)
            v = &row->check.name;
        else if (note.column == m_mapping.idNumber)
            v = &row->check.idNumber;
        if (v == nullptr)
            continue;
        switch (note.kind) {
        case CellNote::Kind::Number:
            // 11 digits survive as a number; 18 do not (Excel keeps 15 significant digits), and a
            // name is refused by its own rules.
            if (v->field == Field::IdNumber)
                v->findings = {{identity::Reason::CellStoredAsNumber, identity::Severity::Error, {}}};
            break;
        case CellNote::Kind::MissingValue:
            v->findings = {{identity::Reason::CellFormulaWithoutValue, identity::Severity::Error, {}}};
            break;
        case CellNote::Kind::ErrorValue:
            v->findings = {{identity::Reason::CellErrorValue,
                            identity::Severity::Error,
                            excelErrorCode(record.fields.value(note.column))}};
            break;
        }
    }
}

bool BatchReader::next(BatchRow* row)
{
    if (!m_opened || m_error)
        return false;
    CsvRecord record;
    for (;;) {
        if (m_firstRow) {
            record = std::move(*m_firstRow);
            m_firstRow.reset();
        } else if (!m_source->next(&record)) {
            if (m_source->error())
                m_error = m_source->error();
            return false;
        }
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString& f) {
            return f.trimmed().isEmpty();
        });
        if (!blank)
            break;
    }
    if (++m_rows > kMaxRows) {
        m_error = ImportError::make(ImportError::Kind::TooManyRows, record.line, QString::number(kMaxRows));
        return false;
    }
    const auto cell = [&record](int column) {
        return column >= 0 && column < record.fields.size() ? record.fields.at(column) : QString();
    };
    row->line = record.line;
    row->input = {cell(m_mapping.mobile), cell(m_mapping.name), cell(m_mapping.idNumber)};
    row->reference = cell(m_mapping.reference).trimmed();
    row->check = identity::checkIdentity(row->input, m_options.paramType, m_today);
    row->duplicateOf = 0;
    if (!record.notes.isEmpty())
        applyNotes(record, row);
    if (!row->check.isValid()) {
        row->kind = RowKind::Invalid;
        return true;
    }
    // Two independently seeded 64-bit hashes of the normalised values: a false "duplicate" (a row
    // not sent) would need a 128-bit collision. Qt's seeded qHashBits is SipHash or AES-based.
    const QString joined = row->check.mobile.normalized + QChar(0x1F) + row->check.name.normalized + QChar(0x1F) +
                           row->check.idNumber.normalized;
    const auto bytes = reinterpret_cast<const void*>(joined.constData());
    const size_t length = size_t(joined.size()) * sizeof(QChar);
    const Key key{quint64(qHashBits(bytes, length, size_t(0x9E3779B97F4A7C15ULL))),
                  quint64(qHashBits(bytes, length, size_t(0xC2B2AE3D27D4EB4FULL)))};
    const auto it = m_seen.constFind(key);
    if (it != m_seen.cend()) {
        row->kind = RowKind::Duplicate;
        row->duplicateOf = it.value();
        return true;
    }
    m_seen.insert(key, record.line);
    row->kind = RowKind::Valid;
    return true;
}

Expected<ImportReport, ImportError>
importBatch(QIODevice& device, const ImportOptions& options, const ImportProgress& progress)
{
    using Result = Expected<ImportReport, ImportError>;
    BatchReader reader(&device, options);
    if (const auto error = reader.open())
        return Result::failure(*error);
    ImportReport report;
    BatchRow row;
    while (reader.next(&row)) {
        ++report.rows;
        switch (row.kind) {
        case RowKind::Valid:
            ++report.valid;
            report.validLines.append(row.line);
            break;
        case RowKind::Invalid:
            ++report.invalid;
            if (const Finding* f = row.error())
                report.invalidRows.append({row.line, row.errorField(), *f});
            break;
        case RowKind::Duplicate:
            ++report.duplicates;
            report.duplicateRows.append({row.line, row.duplicateOf});
            break;
        }
        if (progress.callback && report.rows % 10000 == 0 && !progress.callback(reader.bytesRead()))
            return Result::failure(ImportError::make(ImportError::Kind::Cancelled, row.line));
    }
    if (reader.error())
        return Result::failure(*reader.error());
    report.header = reader.header();
    report.mapping = reader.mapping();
    report.format = reader.format();
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();
    report.bom = reader.hadBom();
    report.sheet = reader.sheet();
    report.sheets = reader.sheets();
    report.bytes = reader.bytesRead();
    report.sha256 = reader.sha256();
    return report;
}

Expected<ImportReport, ImportError>
importBatchFile(const QString& path, const ImportOptions& options, const ImportProgress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ImportReport, ImportError>::failure(
            ImportError::make(ImportError::Kind::OpenFailed, 0, file.errorString()));
    return importBatch(file, options, progress);
}

Expected<ImportReport, ImportError> importBatchBytes(const QByteArray& bytes, const ImportOptions& options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importBatch(buffer, options);
}

} // namespace tricheck::batch
