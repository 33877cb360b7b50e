#include "historycolumns.h"

#include "api/errortext.h"

#include <QDateTime>

#include <array>

namespace tricheck::history {

namespace {

constexpr std::array<const char16_t*, kHistoryColumnCount> kIds{
    u"time",    u"maskedMobile", u"maskedName", u"maskedIdNumber", u"reference", u"paramType", u"result",
    u"carrier", u"billing",      u"requestId",  u"operator",       u"endpoint",  u"status",    u"subCode",
    u"bizCode", u"billed",       u"httpStatus", u"code",           u"message",   u"errorKind", u"latencyMs",
    u"sandbox", u"scheme",       u"sends",      u"attemptId",      u"batchId",   u"batchRow",
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void put2(QChar*& p, int v)
{
    *p++ = QChar(u'0' + v / 10);
    *p++ = QChar(u'0' + v % 10);
}

} // namespace

QList<HistoryColumn> HistoryColumns::all()
{
    QList<HistoryColumn> out;
    for (int i = 0; i < kHistoryColumnCount; ++i)
        out.append(HistoryColumn(i));
    return out;
}

QList<HistoryColumn> HistoryColumns::defaults()
{
    return all().mid(0, kHistoryDefaultColumnCount);
}

QString HistoryColumns::id(HistoryColumn column)
{
    return QString::fromUtf16(kIds.at(std::size_t(column)));
}

std::optional<HistoryColumn> HistoryColumns::fromId(QStringView id)
{
    for (int i = 0; i < kHistoryColumnCount; ++i) {
        if (id == QStringView(kIds.at(std::size_t(i))))
            return HistoryColumn(i);
    }
    return std::nullopt;
}

QString HistoryColumns::title(HistoryColumn column)
{
    switch (column) {
    case HistoryColumn::Time:
        return tr("Time");
    case HistoryColumn::MaskedMobile:
        return tr("Mobile (masked)");
    case HistoryColumn::MaskedName:
        return tr("Name (masked)");
    case HistoryColumn::MaskedIdNumber:
        return tr("ID number (masked)");
    case HistoryColumn::Reference:
        return tr("Reference");
    case HistoryColumn::ParamType:
        return tr("ParamType");
    case HistoryColumn::Result:
        return tr("Result");
    case HistoryColumn::Carrier:
        return tr("Carrier");
    case HistoryColumn::Billing:
        return tr("BizCode / billing");
    case HistoryColumn::RequestId:
        return tr("RequestId");
    case HistoryColumn::Operator:
        return tr("Operator");
    case HistoryColumn::Endpoint:
        return tr("Endpoint");
    case HistoryColumn::Status:
        return tr("Status");
    case HistoryColumn::SubCode:
        return tr("SubCode");
    case HistoryColumn::BizCode:
        return tr("BizCode");
    case HistoryColumn::Billed:
        return tr("Billed");
    case HistoryColumn::HttpStatus:
        return tr("HTTP status");
    case HistoryColumn::Code:
        return tr("Code");
    case HistoryColumn::Message:
        return tr("Message");
    case HistoryColumn::ErrorKind:
        return tr("Error");
    case HistoryColumn::LatencyMs:
        return tr("Latency (ms)");
    case HistoryColumn::Sandbox:
        return tr("Service");
    case HistoryColumn::Scheme:
        return tr("Signature");
    case HistoryColumn::Sends:
        return tr("Requests sent");
    case HistoryColumn::AttemptId:
        return tr("Attempt ID");
    case HistoryColumn::BatchId:
        return tr("Batch");
    case HistoryColumn::BatchRow:
        return tr("Batch row");
    }
    return {};
}

QList<HistoryColumn> HistoryColumns::exported(const QList<HistoryColumn>& chosen)
{
    if (chosen.isEmpty())
        return all();
    QList<HistoryColumn> columns = chosen;
    if (!columns.contains(HistoryColumn::Sandbox))
        columns.append(HistoryColumn::Sandbox);
    return columns;
}

QString HistoryColumns::errorKindText(const QString& errorKindId)
{
    const auto kind = api::errorKindFromId(errorKindId);
    if (!kind)
        return errorKindId.isEmpty() ? QString() : tr("Error (%1)").arg(errorKindId);
    return api::ErrorText::kindName(*kind); // the one wording of error kinds
}

QString HistoryColumns::sandboxText(bool sandbox)
{
    return sandbox ? tr("Sandbox") : tr("Real service");
}

HistoryFormatter::HistoryFormatter(TimeStyle style)
    : m_style(style)
{ }

void HistoryFormatter::clear()
{
    m_results.clear();
    m_errors.clear();
    m_carriers.clear();
    m_billing.clear();
    m_roles = {};
    m_billed = {};
    m_sandbox = {};
    m_paramTypes = {};
    m_endpoints.clear();
}

int HistoryFormatter::localOffsetSeconds(qint64 ms)
{
    // Every UTC offset in use is a multiple of 15 minutes and zones change offset only at such
    // boundaries, so the offset is constant within a 15-minute slot; asking the time-zone
    // database once per slot keeps million-row exports fast.
    const qint64 slot = floorDiv(ms, qint64(15) * 60 * 1000);
    if (slot != m_offsetSlot) {
        m_offsetSlot = slot;
        m_offsetSeconds = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc();
    }
    return m_offsetSeconds;
}

QString HistoryFormatter::time(const QDateTime& utc)
{
    return utc.isValid() ? time(utc.toMSecsSinceEpoch()) : QString();
}

QString HistoryFormatter::time(qint64 ms)
{
    return timeView(ms).toString();
}

QStringView HistoryFormatter::timeView(qint64 ms)
{
    const int offset = localOffsetSeconds(ms);
    const qint64 localSeconds = floorDiv(ms, 1000) + offset;
    const qint64 days = floorDiv(localSeconds, 86400);
    const int secondOfDay = int(localSeconds - days * 86400);
    // Written by hand rather than with QDateTime::toString(): this runs once per exported row.
    const QDate date = QDate::fromJulianDay(days + 2440588); // 1970-01-01 is Julian day 2440588
    const int year = date.year();
    if (year < 0 || year > 9999) {
        m_scratch = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
        return m_scratch;
    }
    QChar* const start = m_buffer.data();
    QChar* p = start;
    put2(p, year / 100);
    put2(p, year % 100);
    *p++ = u'-';
    put2(p, date.month());
    *p++ = u'-';
    put2(p, date.day());
    *p++ = m_style == TimeStyle::IsoWithOffset ? u'T' : u' ';
    put2(p, secondOfDay / 3600);
    *p++ = u':';
    put2(p, secondOfDay / 60 % 60);
    *p++ = u':';
    put2(p, secondOfDay % 60);
    if (m_style == TimeStyle::IsoWithOffset) {
        *p++ = offset < 0 ? u'-' : u'+';
        const int a = std::abs(offset) / 60;
        put2(p, a / 60);
        *p++ = u':';
        put2(p, a % 60);
    }
    return QStringView(start, p - start);
}

QStringView HistoryFormatter::number(qint64 n)
{
    QChar* const end = m_buffer.data() + m_buffer.size();
    QChar* p = end;
    const bool negative = n < 0;
    quint64 v = negative ? quint64(0) - quint64(n) : quint64(n);
    do {
        *--p = QChar(u'0' + int(v % 10));
        v /= 10;
    } while (v != 0);
    if (negative)
        *--p = u'-';
    return QStringView(p, end - p);
}

QString HistoryFormatter::text(HistoryColumn column, const AttemptRecord& r)
{
    return view(column, r).toString();
}

QStringView
HistoryFormatter::cached(QHash<QString, QString>& cache, const QString& key, const std::function<QString()>& make)
{
    auto it = cache.constFind(key);
    if (it == cache.cend())
        it = cache.insert(key, make());
    return *it;
}

QStringView HistoryFormatter::view(HistoryColumn column, const AttemptRecord& r)
{
    switch (column) {
    case HistoryColumn::Time:
        return timeView(r.startedMs);
    case HistoryColumn::MaskedMobile:
        return r.maskedMobile;
    case HistoryColumn::MaskedName:
        return r.maskedName;
    case HistoryColumn::MaskedIdNumber:
        return r.maskedIdNumber;
    case HistoryColumn::Reference:
        return r.reference;
    case HistoryColumn::ParamType: {
        QString& text = m_paramTypes[r.paramType == identity::ParamType::Md5 ? 1 : 0];
        if (text.isNull())
            text = api::ResultCatalogue::paramTypeText(r.paramType);
        return text;
    }
    case HistoryColumn::Result:
        if (r.isError() && !r.billed && r.errorKind == u"cancelled") {
            // Cancelled after the request left (Ctrl+C, a batch stopped at once): like an attempt
            // whose process ended, its outcome is unknown.
            return cached(m_errors, QStringLiteral("cancelled/unknown"), [] {
                return HistoryColumns::tr("Cancelled in flight — outcome unknown, may have been billed");
            });
        }
        if (r.isError())
            return cached(m_errors, r.errorKind, [&r] { return HistoryColumns::errorKindText(r.errorKind); });
        return cached(m_results, r.subCode, [&r] { return api::ResultCatalogue::subCode(r.subCode).shortText; });
    case HistoryColumn::Carrier:
        if (r.ispName.isEmpty())
            return {};
        return cached(m_carriers, r.ispName, [&r] { return api::ResultCatalogue::carrierName(r.ispName); });
    case HistoryColumn::Billing: {
        auto it = m_billing.find(r.bizCode);
        if (it == m_billing.end())
            it = m_billing.insert(r.bizCode, {});
        QString& text = (*it)[r.sandbox ? 3 : r.billed ? (*r.billed ? 0 : 1) : 2];
        if (text.isNull()) {
            const QString billed = api::ResultCatalogue::billingText(r.billed, r.sandbox);
            text = r.bizCode.isEmpty() ? billed : tr("%1 · %2").arg(r.bizCode, billed);
        }
        return text;
    }
    case HistoryColumn::RequestId:
        return r.requestId;
    case HistoryColumn::Operator:
        return r.operatorName;
    case HistoryColumn::Endpoint:
        return cached(m_endpoints, r.endpoint, [&r] { return api::ResultCatalogue::endpointText(r.endpoint); });
    case HistoryColumn::Status: {
        QString& text = m_roles[std::size_t(r.role)];
        if (text.isNull())
            text = api::ResultCatalogue::roleName(r.role);
        return text;
    }
    case HistoryColumn::SubCode:
        return r.subCode;
    case HistoryColumn::BizCode:
        return r.bizCode;
    case HistoryColumn::Billed: {
        QString& text = m_billed[r.sandbox ? 3 : r.billed ? (*r.billed ? 0 : 1) : 2];
        if (text.isNull())
            text = api::ResultCatalogue::billingText(r.billed, r.sandbox);
        return text;
    }
    case HistoryColumn::HttpStatus:
        return r.httpStatus ? number(*r.httpStatus) : QStringView();
    case HistoryColumn::Code:
        return r.code;
    case HistoryColumn::Message:
        return r.message;
    case HistoryColumn::ErrorKind:
        if (!r.isError())
            return {};
        return cached(m_errors, r.errorKind, [&r] { return HistoryColumns::errorKindText(r.errorKind); });
    case HistoryColumn::LatencyMs:
        return number(r.latencyMs);
    case HistoryColumn::Sandbox: {
        QString& text = m_sandbox[r.sandbox ? 1 : 0];
        if (text.isNull())
            text = HistoryColumns::sandboxText(r.sandbox);
        return text;
    }
    case HistoryColumn::Scheme:
        return r.scheme == api::SignatureScheme::V1 ? u"V1" : u"V3";
    case HistoryColumn::Sends:
        return number(r.sends);
    case HistoryColumn::AttemptId:
        return r.attemptId;
    case HistoryColumn::BatchId:
        return r.batch.batchId;
    case HistoryColumn::BatchRow:
        return r.batch.row ? number(*r.batch.row) : QStringView();
    }
    return {};
}

QVariant HistoryFormatter::raw(HistoryColumn column, const AttemptRecord& r)
{
    const auto optionalInt = [](const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case HistoryColumn::Time:
        return r.startedUtc();
    case HistoryColumn::ParamType:
        return identity::paramTypeName(r.paramType);
    case HistoryColumn::Result:
        return r.isError() ? r.errorKind : r.subCode;
    case HistoryColumn::Carrier:
        return r.ispName;
    case HistoryColumn::Endpoint:
        return r.endpoint;
    case HistoryColumn::Billing:
        return r.bizCode;
    case HistoryColumn::Status:
        return api::ResultCatalogue::roleId(r.role);
    case HistoryColumn::Billed:
        return r.billed ? QVariant(*r.billed) : QVariant();
    case HistoryColumn::HttpStatus:
        return optionalInt(r.httpStatus);
    case HistoryColumn::ErrorKind:
        return r.errorKind;
    case HistoryColumn::LatencyMs:
        return r.latencyMs;
    case HistoryColumn::Sandbox:
        return r.sandbox;
    case HistoryColumn::Scheme:
        return api::signatureSchemeName(r.scheme);
    case HistoryColumn::Sends:
        return r.sends;
    case HistoryColumn::BatchRow:
        return optionalInt(r.batch.row);
    default:
        break;
    }
    // The remaining columns are stored text shown as is.
    HistoryFormatter plain;
    return plain.text(column, r);
}

} // namespace tricheck::history
