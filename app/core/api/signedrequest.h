#pragma once

#include "api/apiclient.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace tricheck::api {

// One attempt of `verify` as it goes on the wire: the business parameters signed with the
// request's scheme (V3 headers or a V1 query), with this attempt's time and nonce, and the
// transport settings every attempt shares (HTTP/1.1, no redirects, cookies or cache, verified
// TLS: `tls`, else the default configuration). The query is already encoded exactly as signed.
QNetworkRequest signedVerifyRequest(const VerifyRequest& verify,
                                    const QDateTime& now,
                                    const QString& nonce,
                                    int transferTimeoutMs,
                                    const std::optional<QSslConfiguration>& tls = std::nullopt);

} // namespace tricheck::api
