#include "documents.h"

#include "common/appinfo.h"

#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace tricheck::pdf {

namespace {

std::optional<QString>
writePdf(const QString& path, const QString& title, const std::function<void(QPagedPaintDevice*)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Documents::tr("Cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("TriCheck %1").arg(AppInfo::version()));
        paint(&writer);
    }
    if (!file.commit())
        return Documents::tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace

std::optional<QString> Documents::writeReceiptPdf(const reports::ReceiptRecord& receipt, const QString& path)
{
    return writePdf(path, receiptTitle(), [&receipt](QPagedPaintDevice* device) { paintReceipt(device, receipt); });
}

std::optional<QString> Documents::writeReportPdf(const reports::PeriodReport& report,
                                                 const QString& path,
                                                 const std::optional<reports::Price>& price)
{
    return writePdf(path, reportTitle(), [&](QPagedPaintDevice* device) { paintReport(device, report, price); });
}

} // namespace tricheck::pdf
