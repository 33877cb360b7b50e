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

// Pure function from a reply to a verification result or an error. Whether the service may have
// processed the request (mayBeBilled) and whether it is throttling (ErrorKind::Throttled, the only
// reply the client sends again) come from the retry rules (retryrules.h), never from headers alone:
//   Code Success + Result{BizCode…}                -> VerifyResult (whatever the HTTP status)
//   any other 2xx (another Code, not JSON …)       -> MalformedReply, may have been billed
//   3xx                                            -> Configuration (redirects are never followed)
//   4xx with Throttling*, 429, 5xx with Throttling* -> Throttled (with x-acs-retry-after as the wait)
//   other 5xx                                      -> Server, may have been billed
//   4xx: signature / AccessKey / token / time / nonce -> Authentication
//        Forbidden* / NoPermission / SuspiciousActivity -> Permission
//        Missing/InvalidParameter, InvalidApi, Version  -> InvalidRequest
//        a proxy's challenge                            -> ProxyAuthentication
//        no Code, not JSON                              -> MalformedReply
// Codes may be strings or numbers; unknown keys are ignored. Server messages are redacted (see
// redaction.h), also of `sensitiveValues`.
ParsedReply parseReply(const HttpReply& reply, const QStringList& sensitiveValues = {});

// The kind of a Code the service documents (spec §4.3-§4.4), Throttling* included; nullopt for
// an unknown Code.
std::optional<ErrorKind> knownErrorKind(QStringView code);

// The kind for a service Code on a 4xx or 5xx reply. An unknown code falls back on the HTTP
// status: 5xx Server, 429 Throttled, 401/403 Permission, other InvalidRequest.
ErrorKind errorKindForCode(QStringView code, int httpStatus);

// x-acs-retry-after in milliseconds when present and a positive integer.
std::optional<int> retryAfterMs(const HttpHeaders& headers);

// The value of a header (case-insensitive name), or a null array.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);

// An HTTP Date header (IMF-fixdate, RFC 7231 §7.1.1.1) in UTC; invalid when it does not parse.
QDateTime parseHttpDate(QByteArrayView value);

} // namespace tricheck::api
