#pragma once

#include "verifyoutcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace tricheck::api {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>; // as received (any case)

// A reply is never trusted to be small: bodies above this are refused (and downloads aborted).
inline constexpr qsizetype kMaxReplyBytes = qsizetype(1024) * 1024;

// One complete HTTP reply as received.
struct HttpReply
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QDateTime receivedUtc; // this computer's clock when it arrived, for the clock-offset hint
};

using ParsedReply = std::variant<VerifyResult, ApiError>;

// Pure function from a reply to a verification result or an error. It branches on the service's
// Code, not on the HTTP status (the documented statuses disagree between Alibaba's pages):
//   Success + Result{BizCode…}                     -> VerifyResult (whatever the HTTP status)
//   Throttling* or an x-acs-retry-after header     -> Throttled (with the advertised wait)
//   signature / AccessKey / token / time / nonce   -> Authentication
//   Forbidden* / NoPermission                      -> Permission
//   Missing/InvalidParameter, InvalidApi, Version  -> InvalidRequest
//   InternalError / ServiceUnavailable / 5xx       -> Server
//   3xx                                            -> Configuration (redirects are never followed)
//   not JSON, truncated, too large, wrong shape    -> MalformedReply
// HTTP 200 with any Code other than Success is an error. Codes may be strings or numbers; unknown
// keys are ignored. Server messages are redacted (see redaction.h), also of `sensitiveValues`.
ParsedReply parseReply(const HttpReply& reply, const QStringList& sensitiveValues = {});

// The kind for a service Code (exposed for tests and for the sandbox). An unknown code falls back
// on the HTTP status: 5xx Server, 401/403/429 Permission, other InvalidRequest.
ErrorKind errorKindForCode(QStringView code, int httpStatus);

// x-acs-retry-after in milliseconds when present and a positive integer.
std::optional<int> retryAfterMs(const HttpHeaders& headers);

// The value of a header (case-insensitive name), or a null array.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);

// An HTTP Date header (IMF-fixdate, RFC 7231 §7.1.1.1) in UTC; invalid when it does not parse.
QDateTime parseHttpDate(QByteArrayView value);

} // namespace tricheck::api
