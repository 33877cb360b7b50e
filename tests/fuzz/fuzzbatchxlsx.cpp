// Fuzz target: the batch reader on Excel workbooks (the zip container through QuaZip, the
// workbook's relationships, shared strings, worksheets through QXmlStreamReader, cells into rows).
// The first byte chooses the options (worksheet, header, md5), the rest is the file. Any bytes give
// a validation report or a translated error, never a crash or a hang; a report accounts for every
// row and its digest is the file's SHA-256. The preview of the same bytes behaves too.
#include "batch/batchreader.h"
#include "batch/xlsxsource.h"
#include "common/crypto.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace tricheck::batch;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned options = data[0];
    const QByteArray file(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    ImportOptions o;
    o.sheet =
        std::array{QString(), QStringLiteral("Sheet1"), QStringLiteral("客户"), QStringLiteral("nope")}[options & 3];
    o.hasHeader = (options & 0x10) == 0;
    o.paramType = (options & 0x20) != 0 ? tricheck::identity::ParamType::Md5 : tricheck::identity::ParamType::Normal;

    const auto report = importBatchBytes(file, o);
    if (!report) {
        const ImportError& e = report.error();
        if (e.message.isEmpty() || e.kindId() == u"unknown" || e.line < 0 || e.line > 1'048'576)
            std::abort();
    } else {
        const ImportReport& r = *report;
        if (r.rows != r.valid + r.invalid + r.duplicates || r.invalidRows.size() != r.invalid ||
            r.duplicateRows.size() != r.duplicates || r.validLines.size() != r.valid)
            std::abort();
        for (qsizetype i = 1; i < r.validLines.size(); ++i) {
            if (r.validLines.at(i - 1) >= r.validLines.at(i))
                std::abort();
        }
        for (const RowIssue& issue : r.invalidRows) {
            if (issue.line < 1 || issue.describe().isEmpty())
                std::abort();
        }
        if (!r.mapping.isComplete() || r.bytes != file.size() ||
            r.sha256 != tricheck::crypto::digest(tricheck::crypto::Hash::Sha256, file))
            std::abort();
        if (r.format == SourceFormat::Xlsx && (r.sheet.isEmpty() || !r.sheets.contains(r.sheet)))
            std::abort();
    }

    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    if (XlsxSource::isZip(&buffer)) {
        const auto preview = XlsxSource::preview(&buffer, o.sheet, 9);
        if (preview && preview->records.size() > 9)
            std::abort();
        if (!preview && preview.error().message.isEmpty())
            std::abort();
    }
    return 0;
}
