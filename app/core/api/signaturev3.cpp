#include "signaturev3.h"

#include "common/crypto.h"

#include <algorithm>

namespace tricheck::api {

namespace {

constexpr QByteArrayView kAlgorithm = "ACS3-HMAC-SHA256";

} // namespace

QByteArray v3CanonicalRequest(const QByteArray& method,
                              const QByteArray& canonicalUri,
                              const QByteArray& canonicalQuery,
                              HeaderList signedHeaderValues,
                              const QByteArray& payloadHash)
{
    std::sort(signedHeaderValues.begin(), signedHeaderValues.end(), [](const auto& a, const auto& b) {
        return a.first < b.first;
    });
    QByteArray headers;
    QByteArray names;
    for (const auto& [name, value] : std::as_const(signedHeaderValues)) {
        headers += name + ':' + value.trimmed() + '\n';
        if (!names.isEmpty())
            names += ';';
        names += name;
    }
    // CanonicalHeaders already ends with '\n' and the template adds one more: the blank line the
    // official example shows before SignedHeaders.
    return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + headers + '\n' + names + '\n' + payloadHash;
}

QByteArray v3StringToSign(const QByteArray& canonicalRequest)
{
    return kAlgorithm.toByteArray() + '\n' + crypto::digest(crypto::Hash::Sha256, canonicalRequest).toHex();
}

namespace {

QByteArray payloadHash(const QByteArray& body)
{
    // Almost every request has an empty body (the SDK's shape); its hash is a constant.
    static const QByteArray kEmpty = crypto::digest(crypto::Hash::Sha256, {}).toHex();
    return body.isEmpty() ? kEmpty : crypto::digest(crypto::Hash::Sha256, body).toHex();
}

} // namespace

QByteArray v3Signature(const QString& accessKeySecret, const QByteArray& stringToSign)
{
    // V3 keys the HMAC with the raw secret (no "&", unlike V1) and prints lower-case hex.
    return crypto::hmac(crypto::Hash::Sha256, accessKeySecret.toUtf8(), stringToSign).toHex();
}

QByteArray v3Authorization(const QString& accessKeyId, const QByteArray& signedHeaders, const QByteArray& signature)
{
    return kAlgorithm.toByteArray() + " Credential=" + accessKeyId.toUtf8() + ",SignedHeaders=" + signedHeaders +
           ",Signature=" + signature;
}

V3Signed signV3(const V3Request& r)
{
    V3Signed s;
    s.payloadHash = payloadHash(r.body);
    const EncodedQuery query = encodeQuery(r.query);
    s.queryString = query.wire;

    // Signed: host, every x-acs-* header sent, and content-type when one is sent. Never the
    // transport headers (user-agent, accept-encoding …) that Qt or a proxy may rewrite.
    HeaderList acs{{"x-acs-action", r.action.toUtf8()},
                   {"x-acs-version", r.version.toUtf8()},
                   {"x-acs-date", r.date.toUtf8()},
                   {"x-acs-signature-nonce", r.nonce.toUtf8()},
                   {"x-acs-content-sha256", s.payloadHash}};
    if (!r.securityToken.isEmpty()) {
        acs.append({"x-acs-security-token", r.securityToken.toUtf8()});
        acs.append({"x-acs-accesskey-id", r.accessKeyId.toUtf8()});
    }
    for (const auto& [name, value] : r.extraAcsHeaders)
        acs.append({name.toLower(), value});

    HeaderList signedValues = acs;
    signedValues.append({"host", r.host.toUtf8()});
    if (!r.contentType.isEmpty())
        signedValues.append({"content-type", r.contentType});

    const QByteArray uri = r.path == u"/" ? QByteArray("/") : percentEncode(r.path).replace("%2F", "/");
    s.canonicalRequest = v3CanonicalRequest(r.method.toUpper(), uri, query.canonical, signedValues, s.payloadHash);
    s.hashedCanonicalRequest = crypto::digest(crypto::Hash::Sha256, s.canonicalRequest).toHex();
    s.stringToSign = v3StringToSign(s.canonicalRequest);
    s.signature = v3Signature(r.accessKeySecret, s.stringToSign);

    QList<QByteArray> names;
    for (const auto& header : std::as_const(signedValues))
        names.append(header.first);
    std::sort(names.begin(), names.end());
    s.signedHeaders = names.join(';');
    s.authorization = v3Authorization(r.accessKeyId, s.signedHeaders, s.signature);

    s.headers = acs;
    if (!r.contentType.isEmpty())
        s.headers.append({"content-type", r.contentType});
    s.headers.append({"authorization", s.authorization});
    return s;
}

} // namespace tricheck::api
