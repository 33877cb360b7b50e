#pragma once

#include "percentencoding.h"

#include <QByteArray>
#include <QString>

namespace tricheck::api {

// RPC HMAC-SHA1 (SignatureVersion=1.0; "signature method V2" in Alibaba's current docs, spec §2):
// every parameter, common and business, in the query; the canonicalized query is percent-encoded a
// second time in the string to sign; the key is secret + "&"; Base64 signature.
struct V1Request
{
    QByteArray method = "POST";
    QueryItems params; // business parameters (wire order)
    QString action;
    QString version;
    QString format = QStringLiteral("JSON");
    QString timestamp; // yyyy-MM-ddTHH:mm:ssZ (UTC)
    QString nonce;
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // STS: adds SecurityToken
};

struct V1Signed
{
    QueryItems signedParams;   // every parameter except Signature, wire order
    QByteArray canonicalQuery; // CanonicalizedQueryString
    QByteArray stringToSign;
    QByteArray signature;   // Base64
    QByteArray queryString; // the request line's query, Signature percent-encoded last
};

QByteArray v1StringToSign(const QByteArray& method, const QByteArray& canonicalQuery);
QByteArray v1Signature(const QString& accessKeySecret, const QByteArray& stringToSign);

V1Signed signV1(const V1Request& request);

} // namespace tricheck::api
