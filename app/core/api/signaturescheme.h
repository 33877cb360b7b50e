#pragma once

#include <QString>

#include <optional>

namespace tricheck::api {

// V3 (ACS3-HMAC-SHA256) is the default of Alibaba's SDKs; V1 (RPC HMAC-SHA1) is kept for accounts
// and gateways that need it.
enum class SignatureScheme {
    V3,
    V1
};

inline QString signatureSchemeName(SignatureScheme scheme)
{
    return scheme == SignatureScheme::V1 ? QStringLiteral("v1") : QStringLiteral("v3");
}

inline std::optional<SignatureScheme> signatureSchemeFromName(QStringView name)
{
    if (name.compare(u"v3", Qt::CaseInsensitive) == 0)
        return SignatureScheme::V3;
    if (name.compare(u"v1", Qt::CaseInsensitive) == 0)
        return SignatureScheme::V1;
    return std::nullopt;
}

} // namespace tricheck::api
