#include "receiptrecord.h"

#include "common/crypto.h"
#include "history/historystore.h"

#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace tricheck::reports {

namespace {

// A JSON string as the canonical form spells it (see receiptrecord.h).
QByteArray jsonString(const QString& text)
{
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

template <typename T>
QByteArray optionalNumber(const std::optional<T>& v)
{
    return v ? QByteArray::number(qint64(*v)) : QByteArray("null");
}

QByteArray optionalString(const QString& s)
{
    return s.isEmpty() ? QByteArray("null") : jsonString(s);
}

} // namespace

QByteArray ReceiptRecord::canonicalForm() const
{
    const history::AttemptRecord& r = record;
    // std::map: the keys in ascending byte order.
    const std::map<QByteArray, QByteArray> fields{
        {"attempt_id", jsonString(r.attemptId)},
        {"batch_id", optionalString(r.batch.batchId)},
        {"batch_row", optionalNumber(r.batch.row)},
        {"billed", r.billed ? number(*r.billed ? 1 : 0) : QByteArray("null")},
        {"biz_code", jsonString(r.bizCode)},
        {"code", jsonString(r.code)},
        {"endpoint", jsonString(r.endpoint)},
        {"error_kind", optionalString(r.errorKind)},
        {"fp_id", optionalNumber(r.fingerprints.idNumber)},
        {"fp_mobile", optionalNumber(r.fingerprints.mobile)},
        {"fp_name", optionalNumber(r.fingerprints.name)},
        {"http_status", optionalNumber(r.httpStatus)},
        {"isp_name", jsonString(r.ispName)},
        {"latency_ms", number(r.latencyMs)},
        {"masked_id", jsonString(r.maskedIdNumber)},
        {"masked_mobile", jsonString(r.maskedMobile)},
        {"masked_name", jsonString(r.maskedName)},
        {"message", jsonString(r.message)},
        {"operator_name", jsonString(r.operatorName)},
        {"param_type", jsonString(identity::paramTypeName(r.paramType))},
        {"reference", jsonString(r.reference)},
        {"request_id", jsonString(r.requestId)},
        {"sandbox", number(r.sandbox ? 1 : 0)},
        {"scheme", jsonString(api::signatureSchemeName(r.scheme))},
        {"send_count", number(r.sends)},
        {"started_ms", number(r.startedMs)},
        {"status_role", jsonString(api::ResultCatalogue::roleId(r.role))},
        {"sub_code", jsonString(r.subCode)},
    };
    QByteArray out = "{";
    for (const auto& [key, value] : fields) {
        if (out.size() > 1)
            out += ',';
        out += '"' + key + "\":" + value;
    }
    return out + '}';
}

QString ReceiptRecord::sha256() const
{
    return QString::fromLatin1(crypto::digest(crypto::Hash::Sha256, canonicalForm()).toHex());
}

Expected<std::optional<history::AttemptRecord>, history::HistoryError> ReceiptRecord::find(history::HistoryStore& store,
                                                                                           const QString& attemptId)
{
    using Result = Expected<std::optional<history::AttemptRecord>, history::HistoryError>;
    const QString id = attemptId.trimmed();
    bool digits = false;
    qint64 row = id.toLongLong(&digits);
    if (!digits) {
        // Attempt ids are unique per start time; one look-up by the text alone reads the table
        // once (a receipt is printed now and then, not in a loop).
        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM attempts WHERE attempt_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Result::failure(store.errorFor(q.lastError()));
        if (!q.next())
            return std::optional<history::AttemptRecord>();
        row = q.value(0).toLongLong();
    }
    return store.record(row);
}

} // namespace tricheck::reports
