#include "verifyoutcome.h"

#include <array>

namespace tricheck::api {

namespace {

constexpr std::array kKinds{
    std::pair{ErrorKind::Validation, u"validation"},
    std::pair{ErrorKind::Configuration, u"configuration"},
    std::pair{ErrorKind::Network, u"network"},
    std::pair{ErrorKind::Timeout, u"timeout"},
    std::pair{ErrorKind::Tls, u"tls"},
    std::pair{ErrorKind::Throttled, u"throttled"},
    std::pair{ErrorKind::Authentication, u"authentication"},
    std::pair{ErrorKind::Permission, u"permission"},
    std::pair{ErrorKind::InvalidRequest, u"invalid_request"},
    std::pair{ErrorKind::Server, u"server"},
    std::pair{ErrorKind::MalformedReply, u"malformed_reply"},
    std::pair{ErrorKind::Cancelled, u"cancelled"},
    std::pair{ErrorKind::ProxyAuthentication, u"proxy_authentication"},
    std::pair{ErrorKind::InFlight, u"in_flight"},
    std::pair{ErrorKind::OutcomeUnknown, u"outcome_unknown"},
};

} // namespace

QString errorKindId(ErrorKind kind)
{
    for (const auto& [k, id] : kKinds) {
        if (k == kind)
            return QString::fromUtf16(id);
    }
    return QStringLiteral("unknown");
}

std::optional<ErrorKind> errorKindFromId(QStringView id)
{
    for (const auto& [k, name] : kKinds) {
        if (id == QStringView(name))
            return k;
    }
    return std::nullopt;
}

std::optional<bool> VerifyOutcome::billed() const
{
    if (const auto* r = result())
        return r->billed();
    // An error reply from the service is not billed; a request lost after sending might be.
    if (error()->mayBeBilled)
        return std::nullopt;
    return false;
}

} // namespace tricheck::api
