#include "responseparser.h"

#include "redaction.h"
#include "retryrules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace tricheck::api {

namespace {

// Codes, BizCodes and SubCodes arrive as strings in the SDK models but as numbers in some of
// Alibaba's examples: accept both, and nothing else.
QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Only integers a double holds exactly (|d| < 2^53) are printed as integers: converting
        // a larger or non-finite double to qint64 is undefined behaviour (found by fuzzing).
        constexpr double exactLimit = 9007199254740992.0; // 2^53
        if (std::isfinite(d) && std::abs(d) < exactLimit && std::trunc(d) == d)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

// The service writes RequestId/Code/Message; some gateways use lower-case keys.
QString field(const QJsonObject& object, const char* name, const char* altName)
{
    const QString value = scalarText(object.value(QLatin1String(name)));
    return value.isEmpty() ? scalarText(object.value(QLatin1String(altName))) : value;
}

// RequestId, Code and HostId are short tokens. Anything else in them (a gateway that puts a
// sentence there) is dropped rather than shown: a token never needs redaction.
QString token(const QString& value)
{
    if (value.isEmpty() || value.size() > 128)
        return {};
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
                             u == u'.' || u == u'_' || u == u':' || u == u'/' || u == u'-';
        if (!allowed)
            return {};
    }
    return value;
}

bool startsWith(QStringView code, const char* prefix)
{
    return code.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

bool oneOf(QStringView code, std::initializer_list<const char*> codes)
{
    for (const char* c : codes) {
        if (code.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// `error` keeps what could be read (RequestId, Code …); whether it may have been billed is the
// retry rules' answer for its status and Code (a 2xx that cannot be read: it may have been).
ApiError malformed(ApiError error, QString cause)
{
    error.kind = ErrorKind::MalformedReply;
    error.cause = std::move(cause);
    error.retryAfterMs.reset();
    return error;
}

std::optional<qint64> clockOffset(const HttpReply& reply)
{
    const QDateTime serverNow = parseHttpDate(headerValue(reply.headers, "date"));
    if (!serverNow.isValid() || !reply.receivedUtc.isValid())
        return std::nullopt;
    return reply.receivedUtc.secsTo(serverNow);
}

} // namespace

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<int> retryAfterMs(const HttpHeaders& headers)
{
    const QByteArray value = headerValue(headers, "x-acs-retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong ms = value.toLongLong(&ok);
    if (!ok || ms <= 0)
        return std::nullopt;
    return int(qMin<qlonglong>(ms, std::numeric_limits<int>::max()));
}

QDateTime parseHttpDate(QByteArrayView value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT". QDateTime's RFC 2822 parser accepts it, but not every
    // zone spelling; the C-locale pattern is the documented IMF-fixdate form.
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    QDateTime parsed = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (parsed.isValid()) {
        parsed.setTimeZone(QTimeZone::utc());
        return parsed;
    }
    parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

std::optional<ErrorKind> knownErrorKind(QStringView code)
{
    if (startsWith(code, "Throttling"))
        return ErrorKind::Throttled;
    if (oneOf(code,
              {"SignatureDoesNotMatch",
               "IncompleteSignature",
               "SignatureNonceUsed",
               "MissingSignature",
               "InvalidAccessKeyId",
               "MissingSecurityToken",
               "InvalidTimeStamp"}) ||
        startsWith(code, "InvalidAccessKeyId.") || startsWith(code, "InvalidSecurityToken.") ||
        startsWith(code, "InvalidTimeStamp.")) {
        return ErrorKind::Authentication;
    }
    // SuspiciousActivity (429): a security policy (DOC-CODES), not a rate limit to wait out.
    if (startsWith(code, "Forbidden") || oneOf(code, {"NoPermission", "SuspiciousActivity"}))
        return ErrorKind::Permission;
    if (oneOf(code,
              {"MissingParameter",
               "InvalidParameter",
               "InvalidApi.NotFound",
               "InvalidAction.NotFound",
               "InvalidVersion",
               "InvalidAction",
               "TransactionIdInvalid",
               "ProcessNotCompleted"}) ||
        startsWith(code, "MissingParameter.") || startsWith(code, "InvalidParameter.")) {
        return ErrorKind::InvalidRequest;
    }
    if (oneOf(code, {"InternalError", "ServiceUnavailable", "UnknownError"}) || startsWith(code, "InternalError.") ||
        startsWith(code, "ServiceUnavailable."))
        return ErrorKind::Server;
    return std::nullopt;
}

ErrorKind errorKindForCode(QStringView code, int httpStatus)
{
    if (const auto kind = knownErrorKind(code))
        return *kind;
    if (httpStatus >= 500)
        return ErrorKind::Server;
    if (httpStatus == 429)
        return ErrorKind::Throttled;
    // An unknown code on 401/403 is a refusal: not something to retry.
    if (httpStatus == 401 || httpStatus == 403)
        return ErrorKind::Permission;
    return ErrorKind::InvalidRequest;
}

ParsedReply parseReply(const HttpReply& reply, const QStringList& sensitiveValues)
{
    ApiError error;
    error.httpStatus = reply.status;
    if (reply.body.size() > kMaxReplyBytes) {
        error.mayBeBilled = retryRule(Exchange::Reply, reply.status).mayBeBilled();
        return malformed(error, QStringLiteral("too-large"));
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject object = isObject ? document.object() : QJsonObject();
    const QString notReadable =
        parseError.error != QJsonParseError::NoError ? QStringLiteral("not-json") : QStringLiteral("wrong-shape");

    error.requestId = token(field(object, "RequestId", "requestId"));
    error.code = token(field(object, "Code", "code"));
    error.serverMessage = redactServerMessage(field(object, "Message", "message"), sensitiveValues);
    error.hostId = token(field(object, "HostId", "hostId"));
    error.recommend = redactServerMessage(field(object, "Recommend", "recommend"), sensitiveValues);

    const RetryRule& rule = retryRule(Exchange::Reply, reply.status, error.code);
    error.mayBeBilled = rule.mayBeBilled();

    if (reply.status >= 300 && reply.status < 400) {
        error.kind = ErrorKind::Configuration;
        error.cause = QStringLiteral("redirect");
        return error;
    }

    if (isObject && error.code.compare(u"Success", Qt::CaseInsensitive) == 0) {
        const QJsonValue resultValue = object.value(QLatin1String("Result"));
        if (!resultValue.isObject())
            return malformed(error, QStringLiteral("wrong-shape"));
        const QJsonObject result = resultValue.toObject();
        VerifyResult r;
        r.requestId = error.requestId;
        r.code = error.code;
        r.message = error.serverMessage;
        r.bizCode = scalarText(result.value(QLatin1String("BizCode")));
        r.subCode = scalarText(result.value(QLatin1String("SubCode")));
        r.ispName = scalarText(result.value(QLatin1String("IspName")));
        if (r.bizCode.isEmpty())
            return malformed(error, QStringLiteral("wrong-shape"));
        // Codes are short tokens; anything else is not a reply of this API.
        for (const QString* value : {&r.bizCode, &r.subCode, &r.ispName}) {
            if (value->size() > 32)
                return malformed(error, QStringLiteral("wrong-shape"));
        }
        return r;
    }

    if (reply.status < 200 || reply.status >= 600)
        return malformed(error, QStringLiteral("not-http"));

    // A 2xx is the service's answer to this request, whatever else it carries: when it is no result
    // we cannot tell what the service did, so it may have been billed, and it is never sent again.
    if (reply.status >= 200 && reply.status < 300) {
        if (!isObject || error.code.isEmpty())
            return malformed(error, notReadable);
        return malformed(error, QStringLiteral("unexpected-code"));
    }

    if (rule.isThrottling()) {
        error.kind = ErrorKind::Throttled;
        error.retryAfterMs = retryAfterMs(reply.headers);
        return error;
    }

    // An authentication challenge that is not the service's JSON comes from something in between: a
    // proxy (407, or 401 from some proxies, e.g. tinyproxy after wrong credentials) or a gateway.
    // The service signs with AccessKeys and never challenges; nothing reached it.
    if (!isObject &&
        (reply.status == 407 || (reply.status == 401 && (!headerValue(reply.headers, "proxy-authenticate").isEmpty() ||
                                                         !headerValue(reply.headers, "www-authenticate").isEmpty())))) {
        error.kind = ErrorKind::ProxyAuthentication;
        error.cause = QStringLiteral("challenge");
        return error;
    }

    if (reply.status >= 500) {
        error.kind = ErrorKind::Server;
        return error;
    }

    if (!isObject || error.code.isEmpty())
        return malformed(error, notReadable);

    error.kind = errorKindForCode(error.code, reply.status);
    if (error.code.startsWith(u"InvalidTimeStamp", Qt::CaseInsensitive))
        error.clockOffsetSeconds = clockOffset(reply);
    return error;
}

} // namespace tricheck::api
