#include "signedrequest.h"

#include "api/signaturev1.h"
#include "api/signaturev3.h"

#include <QSslConfiguration>
#include <QUrl>

namespace tricheck::api {

namespace {

QString timestampText(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

// What both signature schemes sign alike: the action, its version, the nonce and the credentials.
template <typename Request>
Request signable(const credentials::Credentials& c, const QString& nonce)
{
    Request r;
    r.method = "POST";
    r.action = ApiClient::action();
    r.version = ApiClient::apiVersion();
    r.nonce = nonce;
    r.accessKeyId = c.accessKeyId;
    r.accessKeySecret = c.accessKeySecret;
    r.securityToken = c.securityToken;
    return r;
}

} // namespace

QNetworkRequest signedVerifyRequest(const VerifyRequest& verify,
                                    const QDateTime& now,
                                    const QString& nonce,
                                    int transferTimeoutMs,
                                    const std::optional<QSslConfiguration>& tls)
{
    const identity::IdentityParams& id = verify.identity;
    const credentials::Credentials& c = verify.credentials;
    const QueryItems business{{QStringLiteral("ProductCode"), ApiClient::productCode()},
                              {QStringLiteral("ParamType"), identity::paramTypeName(id.paramType)},
                              {QStringLiteral("IdentifyNum"), id.idNumber},
                              {QStringLiteral("UserName"), id.name},
                              {QStringLiteral("Mobile"), id.mobile}};

    QUrl url = verify.endpoint.url();
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    QNetworkRequest request;
    QByteArray query;
    if (verify.scheme == SignatureScheme::V3) {
        auto r = signable<V3Request>(c, nonce);
        r.host = verify.endpoint.hostHeader();
        r.path = url.path();
        r.query = business;
        r.date = timestampText(now);
        const V3Signed s = signV3(r);
        query = s.queryString;
        for (const auto& [name, value] : s.headers)
            request.setRawHeader(name, value);
    } else {
        auto r = signable<V1Request>(c, nonce);
        r.params = business;
        r.timestamp = timestampText(now);
        query = signV1(r).queryString;
    }
    // The query is already RFC 3986 encoded exactly as signed; StrictMode keeps QUrl from
    // re-encoding it (QUrlQuery's encoding differs from Alibaba's).
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    request.setUrl(url);

    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setRawHeader("accept", "application/json");
    // The body is empty. An explicit Content-Length and no Content-Type: with post() Qt would add an
    // unsigned "Content-Type: application/x-www-form-urlencoded" (spec §3.5), so the request goes
    // out through sendCustomRequest() without a body device.
    request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: requestSent() (what tells "never sent" from "maybe processed") is reliable there,
    // and it is what Alibaba's SDKs speak.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // No AuthenticationReuseAttribute=Manual: it also stops Qt from answering a proxy's 407 with the
    // credentials of the configured QNetworkProxy (tests/e2e/testproxy.cpp). The service
    // itself never asks for HTTP authentication; its signature is in the request.
    // Our own timers decide; Qt's inactivity timeout (which a shared QNetworkAccessManager may set
    // shorter) only backs them up.
    request.setTransferTimeout(transferTimeoutMs + 5000);
    if (verify.endpoint.isTls()) {
        QSslConfiguration configuration = tls.value_or(QSslConfiguration::defaultConfiguration());
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(configuration);
    }
    return request;
}

} // namespace tricheck::api
