#include "batchrunner.h"

#include <QFileInfo>

namespace tricheck::batch {

BatchInfo newBatchInfo(const ImportReport& report,
                       const ImportOptions& options,
                       const QString& sourcePath,
                       const verification::ServiceTarget& target,
                       const RunnerOptions& runner)
{
    BatchInfo info;
    info.batchId = BatchJournal::newBatchId();
    info.sourceName = QFileInfo(sourcePath).absoluteFilePath();
    info.sourceDigest = report.sha256Hex();
    info.sourceBytes = report.bytes;
    ImportOptions saved = options;
    saved.encoding = report.encoding;
    saved.delimiter = report.delimiter;
    saved.sheet = report.sheet; // a workbook's worksheet by name: a resumed batch reads the same one
    info.settings = QJsonObject{
        {QStringLiteral("import"), saved.toJson()},
        {QStringLiteral("endpoint"), target.endpoint.id()},
        {QStringLiteral("signature"), api::signatureSchemeName(target.scheme)},
        {QStringLiteral("qps"), runner.qps},
        {QStringLiteral("concurrency"), runner.concurrency},
        {QStringLiteral("skipVerifiedDays"), runner.skipVerifiedDays},
    };
    info.rowCount = report.rows;
    info.invalidCount = report.invalid;
    info.duplicateCount = report.duplicates;
    info.owner = BatchJournal::processOwner();
    return info;
}

} // namespace tricheck::batch
