#include "historysql.h"

#include <QVariant>

namespace tricheck::history::sql {

namespace {

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return s;
}

// A null QString is bound as SQL NULL by Qt's drivers, which no `IN` matches: "" for none (a
// carrier) is meant, whichever way the caller spelled it.
QVariantList toVariants(const QStringList& list)
{
    QVariantList out;
    out.reserve(list.size());
    for (const QString& s : list)
        out.append(s.isNull() ? QStringLiteral("") : s);
    return out;
}

QString escapeLike(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QVariant optionalText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// A null QString binds as SQL NULL; NOT NULL text columns get '' instead.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant optionalInt64(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

void Where::add(const QString& condition, const QVariantList& values)
{
    text += text.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    text += condition;
    binds += values;
}

QString selectColumns()
{
    return QStringLiteral("id, attempt_id, started_ms, operator_name, reference, masked_mobile, masked_name, "
                          "masked_id, param_type, scheme, endpoint, sandbox, http_status, code, message, "
                          "request_id, biz_code, sub_code, isp_name, billed, latency_ms, send_count, error_kind, "
                          "status_role, batch_id, batch_row");
}

AttemptRecord readRecord(const QSqlQuery& q)
{
    AttemptRecord r;
    r.id = q.value(0).toLongLong();
    r.attemptId = q.value(1).toString();
    r.startedMs = q.value(2).toLongLong();
    r.operatorName = q.value(3).toString();
    r.reference = q.value(4).toString();
    r.maskedMobile = q.value(5).toString();
    r.maskedName = q.value(6).toString();
    r.maskedIdNumber = q.value(7).toString();
    r.paramType = identity::paramTypeFromName(q.value(8).toString()).value_or(identity::ParamType::Normal);
    r.scheme = api::signatureSchemeFromName(q.value(9).toString()).value_or(api::SignatureScheme::V3);
    r.endpoint = q.value(10).toString();
    r.sandbox = q.value(11).toInt() != 0;
    if (const QVariant v = q.value(12); !v.isNull())
        r.httpStatus = v.toInt();
    r.code = q.value(13).toString();
    r.message = q.value(14).toString();
    r.requestId = q.value(15).toString();
    r.bizCode = q.value(16).toString();
    r.subCode = q.value(17).toString();
    r.ispName = q.value(18).toString();
    if (const QVariant v = q.value(19); !v.isNull())
        r.billed = v.toInt() != 0;
    r.latencyMs = q.value(20).toLongLong();
    r.sends = q.value(21).toInt();
    r.errorKind = q.value(22).toString();
    r.role = api::ResultCatalogue::roleFromId(q.value(23).toString()).value_or(api::StatusRole::Unknown);
    r.batch.batchId = q.value(24).toString();
    if (const QVariant v = q.value(25); !v.isNull())
        r.batch.row = v.toInt();
    return r;
}

Where where(const HistoryFilter& f, const QString& like)
{
    Spelling spelling;
    spelling.like = like;
    return where(f, spelling);
}

Where where(const HistoryFilter& f, const Spelling& spelling)
{
    Where w;
    if (!f.roles.isEmpty()) {
        QVariantList ids;
        for (const api::StatusRole role : f.roles)
            ids.append(api::ResultCatalogue::roleId(role));
        w.add(spelling.statusColumn + QStringLiteral(" IN (%1)").arg(placeholders(ids.size())), ids);
    }
    if (!f.subCodes.isEmpty())
        w.add(QStringLiteral("sub_code IN (%1)").arg(placeholders(f.subCodes.size())), toVariants(f.subCodes));
    if (!f.errorKinds.isEmpty())
        w.add(QStringLiteral("error_kind IN (%1)").arg(placeholders(f.errorKinds.size())), toVariants(f.errorKinds));
    if (f.from)
        w.add(QStringLiteral("started_ms >= ?"), {f.from->toMSecsSinceEpoch()});
    if (f.to)
        w.add(QStringLiteral("started_ms < ?"), {f.to->toMSecsSinceEpoch()});
    if (!f.referenceContains.isEmpty() && !spelling.referenceIndex.isEmpty())
        w.add(spelling.referenceIndex, {QString(u'%' + f.referenceContains + u'%')});
    else if (!f.referenceContains.isEmpty())
        w.add(QStringLiteral("reference ") + spelling.like + QStringLiteral(" ? ESCAPE '\\'"),
              {QString(u'%' + escapeLike(f.referenceContains) + u'%')});
    if (!f.ispNames.isEmpty())
        w.add(QStringLiteral("isp_name IN (%1)").arg(placeholders(f.ispNames.size())), toVariants(f.ispNames));
    if (f.sandbox)
        w.add(QStringLiteral("sandbox = ?"), {*f.sandbox ? 1 : 0});
    if (f.batchId)
        w.add(QStringLiteral("batch_id = ?"), {*f.batchId});
    if (f.requestId)
        w.add(QStringLiteral("UPPER(request_id) = ?"), {f.requestId->toUpper()});
    if (f.operatorName)
        w.add(QStringLiteral("operator_name = ?"), {*f.operatorName});
    if (f.mobileFingerprint)
        w.add(QStringLiteral("fp_mobile = ?"), {*f.mobileFingerprint});
    if (f.nameFingerprint)
        w.add(QStringLiteral("fp_name = ?"), {*f.nameFingerprint});
    if (f.idNumberFingerprint)
        w.add(QStringLiteral("fp_id = ?"), {*f.idNumberFingerprint});
    if ((f.mobileFingerprint || f.nameFingerprint || f.idNumberFingerprint) && !spelling.fingerprintDays.isEmpty())
        w.add(QStringLiteral("started_ms / 86400000 IN (%1)").arg(spelling.fingerprintDays));
    if (f.idAbove)
        w.add(QStringLiteral("id > ?"), {*f.idAbove});
    if (f.idAtMost)
        w.add(QStringLiteral("id <= ?"), {*f.idAtMost});
    if (f.refusedSearch)
        w.add(QStringLiteral("1 = 0"), {});
    return w;
}

// Every expression is NOT NULL, so (expression, id) orders rows totally and keyset paging works.
QString sortExpression(HistoryColumn column)
{
    switch (column) {
    case HistoryColumn::Time:
        return QStringLiteral("started_ms");
    case HistoryColumn::MaskedMobile:
        return QStringLiteral("masked_mobile");
    case HistoryColumn::MaskedName:
        return QStringLiteral("masked_name");
    case HistoryColumn::MaskedIdNumber:
        return QStringLiteral("masked_id");
    case HistoryColumn::Reference:
        return QStringLiteral("reference");
    case HistoryColumn::ParamType:
        return QStringLiteral("param_type");
    case HistoryColumn::Result:
        return QStringLiteral("COALESCE(error_kind, sub_code)");
    case HistoryColumn::Carrier:
        return QStringLiteral("isp_name");
    case HistoryColumn::Billing:
    case HistoryColumn::BizCode:
        return QStringLiteral("biz_code");
    case HistoryColumn::RequestId:
        return QStringLiteral("request_id");
    case HistoryColumn::Operator:
        return QStringLiteral("operator_name");
    case HistoryColumn::Endpoint:
        return QStringLiteral("endpoint");
    case HistoryColumn::Status:
        return QStringLiteral("status_role");
    case HistoryColumn::SubCode:
        return QStringLiteral("sub_code");
    case HistoryColumn::Billed:
        return QStringLiteral("COALESCE(billed, -1)");
    case HistoryColumn::HttpStatus:
        return QStringLiteral("COALESCE(http_status, 0)");
    case HistoryColumn::Code:
        return QStringLiteral("code");
    case HistoryColumn::Message:
        return QStringLiteral("message");
    case HistoryColumn::ErrorKind:
        return QStringLiteral("COALESCE(error_kind, '')");
    case HistoryColumn::LatencyMs:
        return QStringLiteral("latency_ms");
    case HistoryColumn::Sandbox:
        return QStringLiteral("sandbox");
    case HistoryColumn::Scheme:
        return QStringLiteral("scheme");
    case HistoryColumn::Sends:
        return QStringLiteral("send_count");
    case HistoryColumn::AttemptId:
        return QStringLiteral("attempt_id");
    case HistoryColumn::BatchId:
        return QStringLiteral("COALESCE(batch_id, '')");
    case HistoryColumn::BatchRow:
        return QStringLiteral("COALESCE(batch_row, -1)");
    }
    return QStringLiteral("started_ms");
}

// The value sortExpression() computes, from a record already read.
QVariant sortValue(HistoryColumn column, const AttemptRecord& r)
{
    switch (column) {
    case HistoryColumn::Time:
        return r.startedMs;
    case HistoryColumn::MaskedMobile:
        return r.maskedMobile;
    case HistoryColumn::MaskedName:
        return r.maskedName;
    case HistoryColumn::MaskedIdNumber:
        return r.maskedIdNumber;
    case HistoryColumn::Reference:
        return r.reference;
    case HistoryColumn::ParamType:
        return identity::paramTypeName(r.paramType);
    case HistoryColumn::Result:
        return r.isError() ? r.errorKind : r.subCode;
    case HistoryColumn::Carrier:
        return r.ispName;
    case HistoryColumn::Billing:
    case HistoryColumn::BizCode:
        return r.bizCode;
    case HistoryColumn::RequestId:
        return r.requestId;
    case HistoryColumn::Operator:
        return r.operatorName;
    case HistoryColumn::Endpoint:
        return r.endpoint;
    case HistoryColumn::Status:
        return api::ResultCatalogue::roleId(r.role);
    case HistoryColumn::SubCode:
        return r.subCode;
    case HistoryColumn::Billed:
        return r.billed ? qint64(*r.billed ? 1 : 0) : qint64(-1);
    case HistoryColumn::HttpStatus:
        return qint64(r.httpStatus.value_or(0));
    case HistoryColumn::Code:
        return r.code;
    case HistoryColumn::Message:
        return r.message;
    case HistoryColumn::ErrorKind:
        return r.errorKind;
    case HistoryColumn::LatencyMs:
        return r.latencyMs;
    case HistoryColumn::Sandbox:
        return qint64(r.sandbox ? 1 : 0);
    case HistoryColumn::Scheme:
        return api::signatureSchemeName(r.scheme);
    case HistoryColumn::Sends:
        return qint64(r.sends);
    case HistoryColumn::AttemptId:
        return r.attemptId;
    case HistoryColumn::BatchId:
        return r.batch.batchId;
    case HistoryColumn::BatchRow:
        return qint64(r.batch.row.value_or(-1));
    }
    return {};
}

QString insertStatement()
{
    return insertStatement(1);
}

namespace {

const QStringList& insertColumns()
{
    static const QStringList columns =
        QStringLiteral("attempt_id, started_ms, operator_name, reference, masked_mobile, masked_name, masked_id, "
                       "param_type, scheme, endpoint, sandbox, http_status, code, message, request_id, biz_code, "
                       "sub_code, isp_name, billed, latency_ms, send_count, error_kind, status_role, batch_id, "
                       "batch_row, fp_mobile, fp_name, fp_id")
            .split(QStringLiteral(", "));
    return columns;
}

} // namespace

QString insertStatement(int rows)
{
    QString sql = QStringLiteral("INSERT INTO attempts (") + insertColumns().join(QStringLiteral(", ")) +
                  QStringLiteral(") VALUES ");
    const QString row = u'(' + placeholders(kInsertColumns) + u')';
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? row : u',' + row;
    return sql;
}

QString updateStatement()
{
    QStringList assignments;
    for (const QString& column : insertColumns())
        assignments.append(column + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE attempts SET ") + assignments.join(QStringLiteral(", ")) +
           QStringLiteral(" WHERE id = ?");
}

void bindRecord(QSqlQuery& query, const AttemptRecord& r, int offset)
{
    // Placeholder i of this row is offset + i.
    struct Offset
    {
        QSqlQuery& query;
        int offset;
        void bindValue(int i, const QVariant& v) { query.bindValue(offset + i, v); }
    } q{query, offset};
    q.bindValue(0, text(r.attemptId));
    q.bindValue(1, r.startedMs);
    q.bindValue(2, text(r.operatorName));
    q.bindValue(3, text(r.reference));
    q.bindValue(4, text(r.maskedMobile));
    q.bindValue(5, text(r.maskedName));
    q.bindValue(6, text(r.maskedIdNumber));
    q.bindValue(7, identity::paramTypeName(r.paramType));
    q.bindValue(8, api::signatureSchemeName(r.scheme));
    q.bindValue(9, text(r.endpoint));
    q.bindValue(10, r.sandbox ? 1 : 0);
    q.bindValue(11, optionalInt(r.httpStatus));
    q.bindValue(12, text(r.code));
    q.bindValue(13, text(r.message));
    q.bindValue(14, text(r.requestId));
    q.bindValue(15, text(r.bizCode));
    q.bindValue(16, text(r.subCode));
    q.bindValue(17, text(r.ispName));
    q.bindValue(18, r.billed ? QVariant(*r.billed ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(19, r.latencyMs);
    q.bindValue(20, r.sends);
    q.bindValue(21, optionalText(r.errorKind));
    q.bindValue(22, api::ResultCatalogue::roleId(r.role));
    q.bindValue(23, optionalText(r.batch.batchId));
    q.bindValue(24, optionalInt(r.batch.row));
    q.bindValue(25, optionalInt64(r.fingerprints.mobile));
    q.bindValue(26, optionalInt64(r.fingerprints.name));
    q.bindValue(27, optionalInt64(r.fingerprints.idNumber));
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

} // namespace tricheck::history::sql
