#include "filepreview.h"

#include "xlsxsource.h"

#include <QFile>

namespace tricheck::batch {

namespace {

bool isBlank(const CsvRecord& record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString& f) {
        return f.trimmed().isEmpty();
    });
}

} // namespace

FilePreview FilePreview::read(const QString& path, TextEncoding encoding, const QString& sheet, int records)
{
    FilePreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = ImportError::make(ImportError::Kind::OpenFailed, 0, file.errorString());
        return preview;
    }
    if (XlsxSource::isOle(&file)) {
        preview.error = XlsxSource::oldFormat();
        return preview;
    }
    if (XlsxSource::isZip(&file)) {
        preview.format = SourceFormat::Xlsx;
        auto read = XlsxSource::preview(&file, sheet, records);
        if (!read) {
            preview.error = read.error();
            return preview;
        }
        preview.sheets = read->sheets;
        preview.sheet = read->sheet;
        for (const CsvRecord& r : read->records) {
            if (!isBlank(r))
                preview.records.append(r);
        }
    } else {
        CsvSource source(&file, encoding, Delimiter::Auto);
        CsvRecord record;
        while (preview.records.size() < records && source.next(&record)) {
            if (!isBlank(record))
                preview.records.append(record);
        }
        if (preview.records.isEmpty() && source.error())
            preview.error = source.error();
    }
    if (preview.records.isEmpty() && !preview.error)
        preview.error = ImportError::make(ImportError::Kind::Empty, 0);
    return preview;
}

} // namespace tricheck::batch
