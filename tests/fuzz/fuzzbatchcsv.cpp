// Fuzz target: the batch CSV importer (encoding detection, delimiters, quoting, header mapping,
// validation, duplicates). The first byte chooses the options, the rest is the file. Any bytes give
// a validation report or a translated error with a line number inside the file, never a crash; a
// report accounts for every row and its source digest is the file's SHA-256.
#include "batch/batchreader.h"
#include "common/crypto.h"

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
    o.encoding =
        std::array{TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Auto}[options & 3];
    o.delimiter =
        std::array{Delimiter::Auto, Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab}[(options >> 2) & 3];
    o.hasHeader = (options & 0x10) == 0;
    o.paramType = (options & 0x20) != 0 ? tricheck::identity::ParamType::Md5 : tricheck::identity::ParamType::Normal;
    if ((options & 0x40) != 0) // the operator chose columns: by position, or by a Chinese header name
        o.columns = {{BatchField::Mobile, QStringLiteral("2")},
                     {BatchField::Name, o.hasHeader ? QStringLiteral("姓名") : QStringLiteral("1")},
                     {BatchField::IdNumber, QStringLiteral("3")}};

    const auto report = importBatchBytes(file, o);
    const int lines = int(file.count('\n') + file.count('\r')) + 1; // a lone CR ends a line too
    if (!report) {
        const ImportError& e = report.error();
        if (e.message.isEmpty() || e.kindId() == u"unknown" || e.line < 0 || e.line > lines)
            std::abort();
        return 0;
    }
    const ImportReport& r = *report;
    if (r.rows != r.valid + r.invalid + r.duplicates || r.invalidRows.size() != r.invalid ||
        r.duplicateRows.size() != r.duplicates || r.validLines.size() != r.valid)
        std::abort();
    for (qsizetype i = 0; i < r.validLines.size(); ++i) {
        if (r.validLines.at(i) < 1 || r.validLines.at(i) > lines ||
            (i > 0 && r.validLines.at(i - 1) >= r.validLines.at(i)))
            std::abort();
    }
    for (const RowIssue& issue : r.invalidRows) {
        if (issue.line < 1 || issue.line > lines || issue.describe().isEmpty())
            std::abort();
    }
    for (const auto& [line, first] : r.duplicateRows) {
        if (first >= line || first < 1)
            std::abort();
    }
    if (!r.mapping.isComplete() || r.bytes != file.size() ||
        r.sha256 != tricheck::crypto::digest(tricheck::crypto::Hash::Sha256, file))
        std::abort();
    return 0;
}
