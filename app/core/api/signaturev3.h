#pragma once

#include "percentencoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tricheck::api {

// ACS3-HMAC-SHA256, the default signature of Alibaba Cloud's OpenAPI (spec §3). Pure functions:
// the caller injects the date and the nonce, so every step can be checked against the vectors.
using HeaderList = QList<std::pair<QByteArray, QByteArray>>; // lower-case name, value

struct V3Request
{
    QByteArray method = "POST";
    QString host; // exactly the Host header sent, with ":port" when the port is not the default
    QString path = QStringLiteral("/");
    QueryItems query;       // business parameters (wire order)
    QByteArray body;        // empty for the SDK's shape (everything in the query)
    QByteArray contentType; // sent (and signed) only when not empty
    QString action;
    QString version;
    QString date;  // x-acs-date, yyyy-MM-ddTHH:mm:ssZ (UTC)
    QString nonce; // x-acs-signature-nonce
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken;      // STS: adds x-acs-security-token and x-acs-accesskey-id
    HeaderList extraAcsHeaders; // further x-acs-* headers to send and sign (the SDK's credentials-provider)
};

struct V3Signed
{
    QByteArray payloadHash; // x-acs-content-sha256
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;     // lower-case hex
    QByteArray signedHeaders; // "host;x-acs-action;…"
    QByteArray authorization; // the Authorization header value
    QByteArray queryString;   // the request line's query (wire order, RFC 3986)
    HeaderList headers;       // every header to send except Host, including Authorization
};

// Builds the canonical request from already-collected header values. Names must be lower case;
// they are sorted here. Shared by the signer and by the sandbox's verifier.
QByteArray v3CanonicalRequest(const QByteArray& method,
                              const QByteArray& canonicalUri,
                              const QByteArray& canonicalQuery,
                              HeaderList signedHeaderValues,
                              const QByteArray& payloadHash);
QByteArray v3StringToSign(const QByteArray& canonicalRequest);
QByteArray v3Signature(const QString& accessKeySecret, const QByteArray& stringToSign);
QByteArray v3Authorization(const QString& accessKeyId, const QByteArray& signedHeaders, const QByteArray& signature);

V3Signed signV3(const V3Request& request);

} // namespace tricheck::api
