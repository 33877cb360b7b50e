#include "retryrules.h"

#include "api/responseparser.h"

#include <array>

namespace tricheck::api {

namespace {

using C = CodeClass;
using E = Exchange;
using P = Processing;
using R = Retry;
using S = StatusClass;

// The rules, matched from the top. Only a row whose processing is No may retry. Headers play no
// part in choosing a row: x-acs-retry-after only sets the wait of a row that retries after it (the
// official SDK, too, reads it only on error replies, OPENAPI `main.tea`).
// clang-format off
constexpr std::array kRules{
    //        exchange           status      code             processing    retry               id
    RetryRule{E::Refused,        S::None,    C::Any,          P::No,        R::AfterBackoff,    "refused"},
    RetryRule{E::ConnectTimeout, S::None,    C::Any,          P::No,        R::Never,           "connect-timeout"},
    RetryRule{E::Stopped,        S::None,    C::Any,          P::No,        R::Never,           "stopped-before-sending"},
    RetryRule{E::NoReply,        S::None,    C::Any,          P::Maybe,     R::Never,           "no-reply"},
    // A redirect is never followed, so whatever it says was not processed by the service.
    RetryRule{E::Reply,          S::S3xx,    C::Any,          P::No,        R::Never,           "3xx"},
    // A body that is a result is one whatever the status: its BizCode says whether it was billed.
    RetryRule{E::Reply,          S::Any,     C::Success,      P::Answered,  R::Never,           "success"},
    // Whatever else a 2xx says (another Code, no JSON, x-acs-retry-after): it was answered.
    RetryRule{E::Reply,          S::S2xx,    C::Any,          P::Answered,  R::Never,           "2xx"},
    RetryRule{E::Reply,          S::S4xx,    C::Throttling,   P::No,        R::AfterRetryAfter, "4xx-throttling"},
    RetryRule{E::Reply,          S::S4xx,    C::NonceUsed,    P::Maybe,     R::Never,           "4xx-nonce-used"},
    RetryRule{E::Reply,          S::S429,    C::Unrecognised, P::No,        R::AfterRetryAfter, "429"},
    RetryRule{E::Reply,          S::S4xx,    C::Any,          P::No,        R::Never,           "4xx"},
    // A 5xx may come after the service processed the request (a gateway timing out upstream, a
    // failure while answering); only a Code that says it was turned away proves otherwise.
    RetryRule{E::Reply,          S::S5xx,    C::Throttling,   P::No,        R::AfterRetryAfter, "5xx-throttling"},
    RetryRule{E::Reply,          S::S5xx,    C::Any,          P::Maybe,     R::Never,           "5xx"},
    RetryRule{E::Reply,          S::Unknown, C::Any,          P::Maybe,     R::Never,           "other-status"},
};
// clang-format on

StatusClass statusClassOf(int status)
{
    if (status >= 200 && status < 300)
        return S::S2xx;
    if (status >= 300 && status < 400)
        return S::S3xx;
    if (status == 429)
        return S::S429;
    if (status >= 400 && status < 500)
        return S::S4xx;
    if (status >= 500 && status < 600)
        return S::S5xx;
    return S::Unknown;
}

bool statusMatches(StatusClass rule, StatusClass actual)
{
    return rule == S::Any || rule == actual || (rule == S::S4xx && actual == S::S429);
}

bool codeMatches(CodeClass rule, QStringView code)
{
    switch (rule) {
    case C::Any:
        return true;
    case C::Success:
        return code.compare(u"Success", Qt::CaseInsensitive) == 0;
    case C::Throttling:
        return code.startsWith(u"Throttling", Qt::CaseInsensitive);
    case C::NonceUsed:
        return code.compare(u"SignatureNonceUsed", Qt::CaseInsensitive) == 0;
    case C::Unrecognised:
        return !knownErrorKind(code).has_value() && code.compare(u"Success", Qt::CaseInsensitive) != 0;
    }
    return false;
}

} // namespace

const RetryRule& retryRule(Exchange exchange, int httpStatus, QStringView code)
{
    const StatusClass status = exchange == E::Reply ? statusClassOf(httpStatus) : S::None;
    for (const RetryRule& rule : kRules) {
        if (rule.exchange == exchange && statusMatches(rule.status, status) && codeMatches(rule.code, code))
            return rule;
    }
    // Unreachable: every exchange has a catch-all row. Should the table ever lose one, the
    // conservative answer is the last row's: may have been billed, never retried.
    return kRules.back();
}

QList<RetryRule> retryRules()
{
    return QList<RetryRule>(kRules.cbegin(), kRules.cend());
}

} // namespace tricheck::api
