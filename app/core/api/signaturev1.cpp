#include "signaturev1.h"

#include "common/crypto.h"

namespace tricheck::api {

QByteArray v1StringToSign(const QByteArray& method, const QByteArray& canonicalQuery)
{
    return method.toUpper() + '&' + percentEncode(u"/") + '&' + percentEncodeBytes(canonicalQuery);
}

QByteArray v1Signature(const QString& accessKeySecret, const QByteArray& stringToSign)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    return crypto::hmac(crypto::Hash::Sha1, key, stringToSign).toBase64();
}

V1Signed signV1(const V1Request& r)
{
    V1Signed s;
    s.signedParams = {{QStringLiteral("Action"), r.action},
                      {QStringLiteral("Format"), r.format},
                      {QStringLiteral("Version"), r.version},
                      {QStringLiteral("Timestamp"), r.timestamp},
                      {QStringLiteral("SignatureNonce"), r.nonce}};
    s.signedParams += r.params;
    if (!r.securityToken.isEmpty())
        s.signedParams.append({QStringLiteral("SecurityToken"), r.securityToken});
    s.signedParams.append({QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")});
    s.signedParams.append({QStringLiteral("SignatureVersion"), QStringLiteral("1.0")});
    s.signedParams.append({QStringLiteral("AccessKeyId"), r.accessKeyId});

    s.canonicalQuery = canonicalQueryString(s.signedParams);
    s.stringToSign = v1StringToSign(r.method, s.canonicalQuery);
    s.signature = v1Signature(r.accessKeySecret, s.stringToSign);

    QueryItems wire = s.signedParams;
    wire.append({QStringLiteral("Signature"), QString::fromLatin1(s.signature)});
    s.queryString = wireQueryString(wire);
    return s;
}

} // namespace tricheck::api
