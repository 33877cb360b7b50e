#include "responseparser.h"

#include "redaction.h"

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

ApiError malformed(const HttpReply& reply, QString cause)
{
    ApiError e;
    e.kind = ErrorKind::MalformedReply;
    e.httpStatus = reply.status;
    e.cause = std::move(cause);
    // The service may have processed a request whose 2xx answer we cannot read.
    e.mayBeBilled = reply.status >= 200 && reply.status < 300;
    return e;
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

ErrorKind errorKindForCode(QStringView code, int httpStatus)
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
    if (startsWith(code, "Forbidden") || oneOf(code, {"NoPermission"}))
        return ErrorKind::Permission;
    if (oneOf(code,
              {"MissingParameter",
               "InvalidParameter",
               "InvalidApi.NotFound",
               "InvalidAction.NotFound",
               "InvalidVersion",
               "InvalidAction"}) ||
        startsWith(code, "MissingParameter.") || startsWith(code, "InvalidParameter.")) {
        return ErrorKind::InvalidRequest;
    }
    if (oneOf(code, {"InternalError", "ServiceUnavailable", "UnknownError"}) || startsWith(code, "InternalError.") ||
        startsWith(code, "ServiceUnavailable."))
        return ErrorKind::Server;
    if (httpStatus >= 500)
        return ErrorKind::Server;
    // An unknown code on 401/403/429 is a refusal (e.g. SuspiciousActivity, a security policy):
    // not something to retry.
    if (httpStatus == 401 || httpStatus == 403 || httpStatus == 429)
        return ErrorKind::Permission;
    return ErrorKind::InvalidRequest;
}

ParsedReply parseReply(const HttpReply& reply, const QStringList& sensitiveValues)
{
    if (reply.body.size() > kMaxReplyBytes)
        return malformed(reply, QStringLiteral("too-large"));

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject object = isObject ? document.object() : QJsonObject();

    ApiError error;
    error.httpStatus = reply.status;
    error.requestId = token(field(object, "RequestId", "requestId"));
    error.code = token(field(object, "Code", "code"));
    error.serverMessage = redactServerMessage(field(object, "Message", "message"), sensitiveValues);
    error.hostId = token(field(object, "HostId", "hostId"));
    error.recommend = redactServerMessage(field(object, "Recommend", "recommend"), sensitiveValues);

    // The SDK's current rule: an x-acs-retry-after header means throttling, whatever the Code.
    if (const auto wait = retryAfterMs(reply.headers)) {
        error.kind = ErrorKind::Throttled;
        error.retryAfterMs = wait;
        return error;
    }

    if (reply.status >= 300 && reply.status < 400) {
        error.kind = ErrorKind::Configuration;
        error.cause = QStringLiteral("redirect");
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

    if (!isObject) {
        if (reply.status >= 500) {
            error.kind = ErrorKind::Server;
            // A gateway that timed out upstream cannot say whether the service processed it.
            error.mayBeBilled = reply.status == 502 || reply.status == 504;
            return error;
        }
        return malformed(reply,
                         parseError.error != QJsonParseError::NoError ? QStringLiteral("not-json")
                                                                      : QStringLiteral("wrong-shape"));
    }

    if (error.code.compare(u"Success", Qt::CaseInsensitive) == 0) {
        const QJsonValue resultValue = object.value(QLatin1String("Result"));
        if (!resultValue.isObject())
            return malformed(reply, QStringLiteral("wrong-shape"));
        const QJsonObject result = resultValue.toObject();
        VerifyResult r;
        r.requestId = error.requestId;
        r.code = error.code;
        r.message = error.serverMessage;
        r.bizCode = scalarText(result.value(QLatin1String("BizCode")));
        r.subCode = scalarText(result.value(QLatin1String("SubCode")));
        r.ispName = scalarText(result.value(QLatin1String("IspName")));
        if (r.bizCode.isEmpty())
            return malformed(reply, QStringLiteral("wrong-shape"));
        // Codes are short tokens; anything else is not a reply of this API.
        for (const QString* value : {&r.bizCode, &r.subCode, &r.ispName}) {
            if (value->size() > 32)
                return malformed(reply, QStringLiteral("wrong-shape"));
        }
        return r;
    }

    if (error.code.isEmpty()) {
        if (reply.status >= 500) {
            error.kind = ErrorKind::Server;
            error.mayBeBilled = reply.status == 502 || reply.status == 504;
            return error;
        }
        return malformed(reply, QStringLiteral("wrong-shape"));
    }

    error.kind = errorKindForCode(error.code, reply.status);
    // TriCheck never reuses a nonce: the service saw an earlier copy of this very request (a
    // transport resend), which it may have processed.
    if (error.code.compare(u"SignatureNonceUsed", Qt::CaseInsensitive) == 0)
        error.mayBeBilled = true;
    if (error.code.startsWith(u"InvalidTimeStamp", Qt::CaseInsensitive))
        error.clockOffsetSeconds = clockOffset(reply);
    return error;
}

} // namespace tricheck::api
