#pragma once

#include <QByteArray>
#include <QString>

namespace tricheck::sandbox {

// One error the sandbox answers with, as the Alibaba Cloud API gateway does (spec §4.2–§4.4):
// the Code, the HTTP status and the Message. Messages are the service's own fixed English texts
// (clients match on them and on Code), so they are deliberately not translated.
struct GatewayError
{
    QString code;
    int httpStatus = 400;
    QString message;

    static GatewayError missingSignature();
    static GatewayError incompleteSignature(const QString& detail = {});
    // The real gateway appends its string-to-sign to help debugging; so does the sandbox, up to
    // kMaxEchoedStringToSign bytes (then "...").
    static GatewayError signatureDoesNotMatch(const QByteArray& serverStringToSign);
    static constexpr qsizetype kMaxEchoedStringToSign = qsizetype(64) * 1024;
    static GatewayError payloadHashMismatch();
    static GatewayError accessKeyNotFound();
    static GatewayError accessKeyInactive();
    static GatewayError securityTokenMismatch();
    static GatewayError securityTokenExpired();
    static GatewayError timestampFormat();
    static GatewayError timestampExpired();
    static GatewayError nonceUsed();
    static GatewayError apiNotFound();
    static GatewayError invalidVersion();
    static GatewayError throttling();
    static GatewayError missingParameter(const QString& name);
    static GatewayError invalidParameter(const QString& name);
    static GatewayError serviceUnavailable();
};

} // namespace tricheck::sandbox
