#pragma once

#include <QList>
#include <QStringView>

namespace tricheck::api {

// TriCheck's retry rules (issue 17, "never send again what may have been billed"). BizCode 1 and 2
// are billed and Mobile3MetaVerifyIntl has no idempotency token, so a request is signed and sent
// again only when the exchange proves that the service did not process it. What an exchange proves
// is decided here, in one table (kRetryRules in retryrules.cpp, the same table as docs/cli.md
// "Retry rules"); the response parser and the client both consult it.

// How far one attempt got.
enum class Exchange {
    Refused,        // connection refused, host not found, closed before the request was written
    ConnectTimeout, // no connection within the connect limit: nothing was written
    Stopped,        // stopped by TriCheck before anything was written (TLS not verified, proxy, cancel)
    NoReply,        // written, then timed out, lost or cancelled without a complete reply
    Reply,          // a complete HTTP reply arrived
};

// What an exchange proves about the request.
enum class Processing {
    No,       // provably not processed: not billed
    Answered, // the service answered: a result says itself whether it was billed; an unreadable one may be
    Maybe,    // may have been processed (and billed): the outcome is unknown
};

enum class Retry {
    Never,
    AfterBackoff,    // sign and send again after the client's network backoff
    AfterRetryAfter, // throttled: after x-acs-retry-after (ms) when the reply has it, else the throttling backoff
};

// Which replies a row is about.
enum class StatusClass {
    None, // no HTTP reply (the transport rows)
    Any,
    S2xx,    // 200-299
    S3xx,    // 300-399
    S4xx,    // 400-499, 429 included
    S429,    // 429 Too Many Requests only
    S5xx,    // 500-599
    Unknown, // anything else (no status, 1xx, 600 and above)
};

enum class CodeClass {
    Any,
    Success,      // "Success": the body is a result (or claims to be one)
    Throttling,   // starts with "Throttling" (Throttling, Throttling.User, Throttling.Api …)
    NonceUsed,    // SignatureNonceUsed: TriCheck never reuses a nonce, so an earlier copy got through
    Unrecognised, // no Code, or one that is not a documented Code of the service
};

struct RetryRule
{
    Exchange exchange;
    StatusClass status;
    CodeClass code;
    Processing processing;
    Retry retry;
    const char* id; // stable name of the row, for tests and logs

    bool mayBeBilled() const { return processing != Processing::No; }
    bool isThrottling() const { return retry == Retry::AfterRetryAfter; }
};

// The first row that matches. `httpStatus` and `code` (the reply's Code) matter for Exchange::Reply
// only. Every exchange matches some row.
const RetryRule& retryRule(Exchange exchange, int httpStatus = 0, QStringView code = {});

// All rows, in the order they are matched (for tests and documentation).
QList<RetryRule> retryRules();

} // namespace tricheck::api
