#include "gatewayerror.h"

namespace tricheck::sandbox {

GatewayError GatewayError::missingSignature()
{
    return {QStringLiteral("MissingSignature"), 400, QStringLiteral("Signature is required.")};
}

GatewayError GatewayError::incompleteSignature(const QString& detail)
{
    QString message = QStringLiteral("The request signature does not conform to Aliyun standards.");
    if (!detail.isEmpty())
        message += u' ' + detail;
    return {QStringLiteral("IncompleteSignature"), 400, message};
}

GatewayError GatewayError::signatureDoesNotMatch(const QByteArray& serverStringToSign)
{
    // Percent-encoded twice in V1, the string to sign can be five times the size of the query:
    // echoed whole, a 1 MiB request would get a 5 MB reply (the real gateway refuses such
    // requests long before). The part a client needs to compare fits easily.
    QString echoed = QString::fromUtf8(serverStringToSign.left(kMaxEchoedStringToSign));
    if (serverStringToSign.size() > kMaxEchoedStringToSign)
        echoed += QStringLiteral("...");
    return {QStringLiteral("SignatureDoesNotMatch"),
            400,
            QStringLiteral("Specified signature is not matched with our calculation. server string to sign is:") +
                echoed};
}

GatewayError GatewayError::payloadHashMismatch()
{
    return {QStringLiteral("SignatureDoesNotMatch"),
            400,
            QStringLiteral("Specified signature is not matched with our calculation. The x-acs-content-sha256 "
                           "header is not the SHA-256 of the request body.")};
}

GatewayError GatewayError::accessKeyNotFound()
{
    return {QStringLiteral("InvalidAccessKeyId.NotFound"), 404, QStringLiteral("Specified access key is not found.")};
}

GatewayError GatewayError::accessKeyInactive()
{
    return {QStringLiteral("InvalidAccessKeyId.Inactive"), 400, QStringLiteral("Specified access key is disabled.")};
}

GatewayError GatewayError::securityTokenMismatch()
{
    return {QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
            400,
            QStringLiteral("Specified SecurityToken mismatch with the AccessKey.")};
}

GatewayError GatewayError::securityTokenExpired()
{
    return {QStringLiteral("InvalidSecurityToken.Expired"), 400, QStringLiteral("Specified SecurityToken is expired.")};
}

GatewayError GatewayError::timestampFormat()
{
    return {QStringLiteral("InvalidTimeStamp.Format"),
            400,
            QStringLiteral("Specified time stamp or date value is not well formatted.")};
}

GatewayError GatewayError::timestampExpired()
{
    return {QStringLiteral("InvalidTimeStamp.Expired"),
            400,
            QStringLiteral("Specified time stamp or date value is expired.")};
}

GatewayError GatewayError::nonceUsed()
{
    return {QStringLiteral("SignatureNonceUsed"), 400, QStringLiteral("Specified signature nonce was used already.")};
}

GatewayError GatewayError::apiNotFound()
{
    return {QStringLiteral("InvalidApi.NotFound"),
            404,
            QStringLiteral("Specified api is not found,please check your url and method.")};
}

GatewayError GatewayError::invalidVersion()
{
    return {QStringLiteral("InvalidVersion"), 400, QStringLiteral("Specified parameter Version is not valid.")};
}

GatewayError GatewayError::throttling()
{
    return {QStringLiteral("Throttling.Api"), 403, QStringLiteral("Request was denied due to api flow control.")};
}

GatewayError GatewayError::missingParameter(const QString& name)
{
    return {QStringLiteral("MissingParameter"),
            400,
            QStringLiteral("The input parameter \"%1\" that is mandatory for processing this request is not supplied.")
                .arg(name)};
}

GatewayError GatewayError::invalidParameter(const QString& name)
{
    return {QStringLiteral("InvalidParameter"),
            400,
            QStringLiteral("The specified value of parameter \"%1\" is not valid.").arg(name)};
}

GatewayError GatewayError::serviceUnavailable()
{
    return {QStringLiteral("ServiceUnavailable"),
            503,
            QStringLiteral("The request has failed due to a temporary failure of the server.")};
}

} // namespace tricheck::sandbox
