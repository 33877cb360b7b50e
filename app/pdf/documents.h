#pragma once

#include "reports/periodreport.h"
#include "reports/receiptrecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace tricheck::pdf {

// The two printable documents, drawn with QPainter on a PDF writer (QPdfWriter: vector, fonts
// embedded) or on a printer (Qt Print Support, in the GUI). Texts follow the current language.
class Documents
{
    Q_DECLARE_TR_FUNCTIONS(Documents)

public:
    // The verification record of one attempt: one page.
    static void paintReceipt(QPagedPaintDevice* device, const reports::ReceiptRecord& receipt);
    // The period report: cover, totals, chart, per-day table, breakdowns, audit summary.
    static void paintReport(QPagedPaintDevice* device,
                            const reports::PeriodReport& report,
                            const std::optional<reports::Price>& price = std::nullopt);

    // Write a PDF file atomically (the old file stays until the new one is complete). On failure
    // the translated reason is returned.
    static std::optional<QString> writeReceiptPdf(const reports::ReceiptRecord& receipt, const QString& path);
    static std::optional<QString> writeReportPdf(const reports::PeriodReport& report,
                                                 const QString& path,
                                                 const std::optional<reports::Price>& price = std::nullopt);

    static QString receiptTitle();
    static QString reportTitle();
};

} // namespace tricheck::pdf
