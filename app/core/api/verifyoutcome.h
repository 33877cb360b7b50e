#pragma once

#include "api/resultcatalogue.h"
#include "api/signaturescheme.h"
#include "identity/identityinput.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>
#include <variant>

namespace tricheck::api {

// Why an attempt produced no verification result. The kind decides the message, the CLI exit
// status, what the history records and whether anything may be retried.
enum class ErrorKind {
    Validation,          // input rejected before sending (nothing sent, nothing billed)
    Configuration,       // no endpoint/credentials, http:// to a non-loopback host …
    Network,             // refused, DNS, reset before a reply: provably not processed
    Timeout,             // no complete reply in time after sending: outcome unknown, may be billed
    Tls,                 // certificate or handshake failure: fail closed
    Throttled,           // turned away unprocessed (Throttling.* on a 4xx/5xx, or 429), after the allowed retries
    Authentication,      // bad AccessKey, signature, STS token, timestamp, nonce
    Permission,          // Forbidden.* / NoPermission
    InvalidRequest,      // MissingParameter / InvalidParameter / InvalidApi / InvalidVersion
    Server,              // 5xx (InternalError, ServiceUnavailable, a gateway's page …): may have been billed
    MalformedReply,      // not JSON, truncated, wrong shape, too large
    Cancelled,           // cancelled by the operator (before or after sending)
    ProxyAuthentication, // the proxy refused our credentials
    // Only in the history (never the outcome of a call): an attempt committed before its request
    // left and not settled yet (its process still waits for the answer) …
    InFlight,
    // … and one whose process ended before it stored the outcome (killed, crashed, power lost):
    // the outcome is unknown and the check may have been billed.
    OutcomeUnknown,
};

QString errorKindId(ErrorKind kind); // stable id: "validation", "network", "timeout" …
std::optional<ErrorKind> errorKindFromId(QStringView id);

// A verification the service answered (Code == "Success"), whatever its BizCode.
struct VerifyResult
{
    QString requestId;
    QString code;    // "Success"
    QString message; // as sent by the service
    QString bizCode; // "1" | "2" | "3" | unknown
    QString subCode; // "101" … "301" | unknown
    QString ispName; // "CMCC" | "CUCC" | "CTCC" | "" …

    std::optional<bool> billed() const { return ResultCatalogue::bizCode(bizCode).billed; }
    StatusRole role() const { return ResultCatalogue::roleForSubCode(subCode); }
};

struct ApiError
{
    ErrorKind kind = ErrorKind::Network;
    int httpStatus = 0;    // 0 when there was no HTTP reply
    QString code;          // the service's Code, e.g. "SignatureDoesNotMatch" (empty when none)
    QString serverMessage; // the service's Message, redacted (never a string-to-sign)
    QString requestId;     // when the service sent one
    QString hostId;
    QString recommend;               // the service's diagnosis URL
    std::optional<int> retryAfterMs; // throttling hint
    bool mayBeBilled = false;        // the request may have been processed: the retry rules' answer (retryrules.h)
    QString detail;                  // extra non-personal context for the message (e.g. the TLS error text)
    // QNetworkReply::NetworkError of a transport failure (0: none). ErrorText words it in the
    // operator's language; Qt's own English text stays in `detail`, shown only as a detail.
    int networkError = 0;
    // Stable id of a cause found on this side ("redirect", "not-json", "too-large", "connect-timeout",
    // "reply-timeout", "connection-lost", "insecure-http", "tls" …); ErrorText words the message from it.
    QString cause;
    int timeoutMs = 0; // the limit that expired, for timeouts
    // Server clock minus this computer's clock, from the reply's Date header, when the service
    // rejected the timestamp (InvalidTimeStamp.*): the message tells the operator how far off it is.
    std::optional<qint64> clockOffsetSeconds;
};

// Everything known about one attempt: what was asked (masked), how, and what came back.
struct VerifyOutcome
{
    QString attemptId; // app-generated UUID, also in history
    QDateTime startedUtc;
    qint64 latencyMs = 0;
    QString endpoint; // Endpoint::id()
    bool sandbox = false;
    SignatureScheme scheme = SignatureScheme::V3;
    identity::ParamType paramType = identity::ParamType::Normal;
    QString maskedMobile;
    QString maskedName;
    QString maskedIdNumber;
    QString reference;
    int attempts = 1; // sends, counting throttling retries
    // Copies of a request that the HTTP stack sent again on its own (Qt 6.4 resends a request once
    // when the connection closes before any reply byte). They carry the same nonce, so the gateway
    // refuses them as replays; a non-zero count still means the first copy may have been processed.
    int transportResends = 0;
    std::variant<VerifyResult, ApiError> value;

    bool isResult() const { return std::holds_alternative<VerifyResult>(value); }
    const VerifyResult* result() const { return std::get_if<VerifyResult>(&value); }
    const ApiError* error() const { return std::get_if<ApiError>(&value); }
    StatusRole role() const { return isResult() ? result()->role() : StatusRole::Error; }
    std::optional<bool> billed() const;
};

} // namespace tricheck::api

Q_DECLARE_METATYPE(tricheck::api::VerifyOutcome)
