// Documents::paintReceipt: the verification record of one attempt.

#include "common/appinfo.h"
#include "documents.h"
#include "history/historycolumns.h"
#include "pagewriter.h"

#include <QDateTime>
#include <QPagedPaintDevice>

namespace tricheck::pdf {

QString Documents::receiptTitle()
{
    return tr("Verification record");
}

void Documents::paintReceipt(QPagedPaintDevice* device, const reports::ReceiptRecord& receipt)
{
    PageWriter page(device);
    if (!page.isActive())
        return;
    const history::AttemptRecord& r = receipt.record;
    history::HistoryFormatter local(history::HistoryFormatter::TimeStyle::IsoWithOffset);
    const QString none = tr("(none)");
    const auto orNone = [&none](const QString& s) { return s.isEmpty() ? none : s; };

    page.title(receiptTitle());
    page.paragraph(tr("TriCheck %1 · mobile, name and ID number verification (Alibaba Cloud "
                      "Mobile3MetaVerifyIntl). Identity values are shown masked, as the history keeps them.")
                       .arg(AppInfo::version()),
                   8.5,
                   QColor(0x50, 0x50, 0x50));

    page.heading(tr("Outcome"));
    QList<QPair<QString, QString>> outcome;
    if (r.isError()) {
        outcome.append({tr("Outcome"), history::HistoryColumns::errorKindText(r.errorKind)});
        outcome.append({tr("Meaning"),
                        r.billed ? tr("The service did not verify the values.")
                                 : tr("The outcome is unknown: the request was sent and may have been processed "
                                      "and billed. Look for the RequestId in the Alibaba Cloud console before "
                                      "repeating the check.")});
        if (!r.code.isEmpty())
            outcome.append({tr("Code"), r.code});
        if (!r.message.isEmpty())
            outcome.append({tr("Message"), r.message});
    } else {
        const api::SubCodeEntry sub = api::ResultCatalogue::subCode(r.subCode);
        outcome.append(
            {tr("Outcome"), QStringLiteral("%1 — %2").arg(api::ResultCatalogue::outcomeName(r.role), sub.shortText)});
        outcome.append({tr("Meaning"), sub.longText});
        outcome.append({tr("SubCode"), orNone(r.subCode)});
    }
    const api::BizCodeEntry biz = api::ResultCatalogue::bizCode(r.bizCode);
    outcome.append({tr("BizCode"), r.bizCode.isEmpty() ? none : QStringLiteral("%1 (%2)").arg(r.bizCode, biz.text)});
    outcome.append({tr("Billing"), api::ResultCatalogue::billedText(r.billed)});
    outcome.append({tr("Carrier"), r.ispName.isEmpty() ? none : api::ResultCatalogue::carrierName(r.ispName)});
    page.fields(outcome);

    page.heading(tr("Values checked (masked)"));
    page.fields(
        {{tr("Mobile number"), r.maskedMobile}, {tr("Name"), r.maskedName}, {tr("ID number"), r.maskedIdNumber}});

    page.heading(tr("Request"));
    page.fields({
        {tr("RequestId"), orNone(r.requestId)},
        {tr("Time (UTC)"), r.startedUtc().toString(Qt::ISODateWithMs)},
        {tr("Time (local)"), local.time(r.startedMs)},
        {tr("Endpoint"), r.sandbox ? tr("%1 (sandbox, not billed)").arg(r.endpoint) : r.endpoint},
        {tr("Signature scheme"),
         r.scheme == api::SignatureScheme::V3 ? tr("V3 (ACS3-HMAC-SHA256)") : tr("V1 (HMAC-SHA1)")},
        {tr("ParamType"), identity::paramTypeName(r.paramType)},
        {tr("HTTP status"), r.httpStatus ? QString::number(*r.httpStatus) : none},
        {tr("Latency"), tr("%1 ms, %n request(s) sent", nullptr, r.sends).arg(r.latencyMs)},
        {tr("Operator"), orNone(r.operatorName)},
        {tr("Reference"), orNone(r.reference)},
        {tr("Batch"),
         r.batch.batchId.isEmpty() ? none : tr("%1, row %2").arg(r.batch.batchId).arg(r.batch.row ? *r.batch.row : 0)},
        {tr("Attempt ID"), r.attemptId},
        {tr("App version"), AppInfo::version()},
    });

    page.heading(tr("Digest of the stored record"));
    page.fields({{tr("SHA-256"), receipt.sha256()}});
    page.paragraph(tr("SHA-256 of the attempt's record as stored in the history, in TriCheck's canonical form "
                      "(version 1: the stored columns as one JSON object, keys in ascending order, no white "
                      "space). \"tricheck-cli history receipt %1 --pdf FILE\" computes it again from the history, "
                      "so this paper can be matched with the record.")
                       .arg(r.attemptId),
                   8,
                   QColor(0x50, 0x50, 0x50));
    page.paragraph(
        tr("Generated %1 by %2.").arg(QDateTime::currentDateTime().toString(Qt::ISODate), AppInfo::osUserName()),
        8,
        QColor(0x50, 0x50, 0x50));
}

} // namespace tricheck::pdf
