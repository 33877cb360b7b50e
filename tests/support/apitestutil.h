#pragma once

#include "api/apiclient.h"
#include "identity/identityinput.h"
#include "scriptedserver.h"

#include <QSignalSpy>

#include <optional>

namespace tricheck::test {

inline const QString kAccessKeyId = QStringLiteral("LTAI5tTestAccessKeyId");
inline const QString kSecret = QStringLiteral("TestSecret+Do-Not/Leak=42");
inline const QString kStsToken = QStringLiteral("CAIS-test-token+/=Leak");
inline const QString kMobile = QStringLiteral("13800138000");
inline const QString kName = QStringLiteral("张三");
inline const QString kIdNumber = QStringLiteral("11010519491231002X");

inline identity::IdentityParams identityParams(identity::ParamType type = identity::ParamType::Normal)
{
    const auto check = identity::checkIdentity({kMobile, kName, kIdNumber}, type);
    return *identity::prepareIdentity(check, type);
}

inline api::VerifyRequest verifyRequest(const QUrl& url,
                                        api::SignatureScheme scheme = api::SignatureScheme::V3,
                                        bool sts = false,
                                        identity::ParamType type = identity::ParamType::Normal)
{
    api::VerifyRequest r;
    r.identity = identityParams(type);
    r.credentials.accessKeyId = kAccessKeyId;
    r.credentials.accessKeySecret = kSecret;
    if (sts)
        r.credentials.securityToken = kStsToken;
    r.endpoint = api::Endpoint::fromUrl(url).value();
    r.scheme = scheme;
    r.reference = QStringLiteral("case-42");
    return r;
}

// Runs one verification to its end on the event loop; nullopt if finished() never came.
inline std::optional<api::VerifyOutcome>
runVerify(api::ApiClient& client, const api::VerifyRequest& request, int timeoutMs = 30000)
{
    api::VerifyCall* call = client.verify(request);
    QSignalSpy spy(call, &api::VerifyCall::finished);
    if (!spy.wait(timeoutMs))
        return std::nullopt;
    api::VerifyOutcome outcome = call->outcome();
    delete call;
    return outcome;
}

// Test speed: retries wait milliseconds, not seconds.
inline api::ClientOptions fastOptions()
{
    api::ClientOptions o;
    o.throttleBackoffMs = 10;
    o.networkBackoffMs = 10;
    return o;
}

} // namespace tricheck::test
