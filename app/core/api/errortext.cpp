#include "errortext.h"

#include <QNetworkReply>

#include <cmath>

namespace tricheck::api {

namespace {

bool is(const ApiError& e, const char* code)
{
    return e.code.compare(QLatin1String(code), Qt::CaseInsensitive) == 0;
}

bool startsWith(const ApiError& e, const char* prefix)
{
    return e.code.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

int secondsFor(int ms)
{
    return int(std::ceil(ms / 1000.0));
}

} // namespace

QString ErrorText::title(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Validation:
        return tr("Input rejected");
    case ErrorKind::Configuration:
        return tr("Configuration problem");
    case ErrorKind::Network:
        return tr("Network error");
    case ErrorKind::Timeout:
        return tr("Outcome unknown");
    case ErrorKind::Tls:
        return tr("Secure connection failed");
    case ErrorKind::Throttled:
        return tr("Too many requests");
    case ErrorKind::Authentication:
        return tr("Authentication failed");
    case ErrorKind::Permission:
        return tr("Not permitted");
    case ErrorKind::InvalidRequest:
        return tr("Request rejected");
    case ErrorKind::Server:
        return tr("Service error");
    case ErrorKind::MalformedReply:
        return tr("Unreadable reply");
    case ErrorKind::Cancelled:
        return tr("Cancelled");
    case ErrorKind::ProxyAuthentication:
        return tr("Proxy authentication required");
    case ErrorKind::InFlight:
        return tr("Waiting for the answer");
    case ErrorKind::OutcomeUnknown:
        return tr("Outcome unknown");
    }
    return tr("Error");
}

QString ErrorText::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Validation:
        return tr("Input rejected");
    case ErrorKind::Configuration:
        return tr("Configuration error");
    case ErrorKind::Network:
        return tr("Network error");
    case ErrorKind::Timeout:
        return tr("Timed out (outcome unknown)");
    case ErrorKind::Tls:
        return tr("TLS error");
    case ErrorKind::Throttled:
        return tr("Throttled");
    case ErrorKind::Authentication:
        return tr("Authentication failed");
    case ErrorKind::Permission:
        return tr("Permission denied");
    case ErrorKind::InvalidRequest:
        return tr("Invalid request");
    case ErrorKind::Server:
        return tr("Server error");
    case ErrorKind::MalformedReply:
        return tr("Malformed reply");
    case ErrorKind::Cancelled:
        return tr("Cancelled");
    case ErrorKind::ProxyAuthentication:
        return tr("Proxy authentication failed");
    case ErrorKind::InFlight:
        return tr("In flight (may be billed)");
    case ErrorKind::OutcomeUnknown:
        return tr("Outcome unknown — may have been billed");
    }
    return tr("Error");
}

QString ErrorText::networkErrorText(int networkError)
{
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return tr("the server's name was not found (DNS)");
    case QNetworkReply::TimeoutError:
        return tr("the connection timed out");
    case QNetworkReply::OperationCanceledError:
        return tr("the connection was cancelled");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the secure connection could not be set up");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("this computer is not connected to a network");
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("the system does not allow network access now");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("the server redirected the request");
    case QNetworkReply::ProxyConnectionRefusedError:
        return tr("the proxy refused the connection");
    case QNetworkReply::ProxyConnectionClosedError:
        return tr("the proxy closed the connection");
    case QNetworkReply::ProxyNotFoundError:
        return tr("the proxy's name was not found (DNS)");
    case QNetworkReply::ProxyTimeoutError:
        return tr("the proxy did not answer in time");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy asks for a user name and password");
    case QNetworkReply::UnknownProxyError:
        return tr("the proxy failed");
    default:
        break;
    }
    return tr("network error %1").arg(networkError);
}

QString ErrorText::transportText(const ApiError& error)
{
    return error.networkError != 0 ? networkErrorText(error.networkError) : error.detail;
}

QString ErrorText::clockOffsetText(qint64 serverMinusLocalSeconds)
{
    // Positive: the service is ahead, so this computer's clock is behind.
    const qint64 magnitude = qAbs(serverMinusLocalSeconds);
    const bool behind = serverMinusLocalSeconds > 0;
    if (magnitude < 120) {
        const int s = int(magnitude);
        return behind ? tr("%1 s behind").arg(s) : tr("%1 s ahead").arg(s);
    }
    if (magnitude < 2 * qint64(3600)) {
        const int m = int((magnitude + 30) / 60);
        return behind ? tr("about %1 min behind").arg(m) : tr("about %1 min ahead").arg(m);
    }
    const int h = int((magnitude + 1800) / 3600);
    return behind ? tr("about %1 h behind").arg(h) : tr("about %1 h ahead").arg(h);
}

bool ErrorText::nothingSent(const ApiError& e)
{
    switch (e.kind) {
    case ErrorKind::Validation:
    case ErrorKind::Network:
    case ErrorKind::Tls:
        return true;
    case ErrorKind::Configuration:
        return e.cause != u"redirect";
    default:
        return false;
    }
}

QString ErrorText::attemptsText(const VerifyOutcome& outcome)
{
    if (outcome.attempts <= 1)
        return {};
    if (const ApiError* e = outcome.error(); e && nothingSent(*e))
        return tr("%n attempt(s) to reach the service", nullptr, outcome.attempts);
    return tr("%n request(s), the service asked to retry", nullptr, outcome.attempts);
}

QString ErrorText::message(const ApiError& e)
{
    const QString code = e.code.isEmpty() ? QString() : e.code;
    switch (e.kind) {
    case ErrorKind::Validation:
        return e.detail.isEmpty() ? tr("The input was rejected before anything was sent.")
                                  : tr("The input was rejected before anything was sent: %1").arg(e.detail);

    case ErrorKind::Configuration:
        if (e.cause == u"redirect")
            return tr("The endpoint answered with a redirect (HTTP %1). Signed requests are never forwarded to "
                      "another address: check the endpoint URL.")
                .arg(e.httpStatus);
        if (e.cause == u"insecure-http")
            return tr("Plain http:// is only allowed to this computer (the sandbox). Nothing was sent: use an "
                      "https:// endpoint.");
        if (e.cause == u"random")
            return tr("The secure random number generator failed, so no request could be signed. Nothing was sent.");
        if (e.cause == u"credentials")
            return e.detail.isEmpty() ? tr("No usable AccessKey. Nothing was sent.")
                                      : tr("No usable AccessKey: %1 Nothing was sent.").arg(e.detail);
        return e.detail.isEmpty()
                   ? tr("TriCheck is not set up to send this request. Nothing was sent.")
                   : tr("TriCheck is not set up to send this request: %1 Nothing was sent.").arg(e.detail);

    case ErrorKind::Network:
        if (e.cause == u"connect-timeout")
            return tr("Could not connect to the endpoint within %1 s. Nothing was sent, so nothing was billed. "
                      "Check the network, the proxy and the endpoint.")
                .arg(secondsFor(e.timeoutMs));
        return transportText(e).isEmpty()
                   ? tr("Could not reach the endpoint. Nothing was sent, so nothing was billed. Check the network, "
                        "the proxy and the endpoint.")
                   : tr("Could not reach the endpoint (%1). Nothing was sent, so nothing was billed. Check the "
                        "network, the proxy and the endpoint.")
                         .arg(transportText(e));

    case ErrorKind::Timeout:
        if (e.cause == u"reply-timeout")
            return tr("No answer within %1 s after the request was sent. The outcome is unknown — the check may "
                      "have been billed. Do not simply repeat it: look for it in the Alibaba Cloud console first.")
                .arg(secondsFor(e.timeoutMs));
        if (e.cause == u"transport-resend")
            return tr("The connection was lost after the request was sent, and the service refused the network "
                      "layer's automatic resend as a replay. The outcome is unknown — the check may have been "
                      "billed. Look for it in the Alibaba Cloud console before repeating it.");
        return tr("The connection was lost after the request was sent. The outcome is unknown — the check may have "
                  "been billed. Look for it in the Alibaba Cloud console before repeating it.");

    case ErrorKind::Tls:
        return e.detail.isEmpty()
                   ? tr("The server's certificate could not be verified, so the connection was closed. Nothing was "
                        "sent in clear and nothing was billed. Check the endpoint, this computer's date and any "
                        "proxy that intercepts HTTPS: its certificate authority can be trusted in Settings → Network "
                        "(tricheck-cli: --ca-certificates).")
                   : tr("The server's certificate could not be verified (%1), so the connection was closed. Nothing "
                        "was sent in clear and nothing was billed. Check the endpoint, this computer's date and any "
                        "proxy that intercepts HTTPS: its certificate authority can be trusted in Settings → Network "
                        "(tricheck-cli: --ca-certificates).")
                         .arg(e.detail);

    case ErrorKind::Throttled:
        if (e.retryAfterMs)
            return tr("The service is limiting the request rate (%1). Retry after %2 s. Throttled requests are not "
                      "billed.")
                .arg(code.isEmpty() ? QStringLiteral("HTTP %1").arg(e.httpStatus) : code)
                .arg(secondsFor(*e.retryAfterMs));
        return tr("The service is limiting the request rate (%1); the account's limit is shared by all its users. "
                  "Wait a moment and retry. Throttled requests are not billed.")
            .arg(code.isEmpty() ? QStringLiteral("HTTP %1").arg(e.httpStatus) : code);

    case ErrorKind::Authentication:
        if (startsWith(e, "InvalidTimeStamp")) {
            if (e.clockOffsetSeconds)
                return tr("The service rejected the request time: this computer's clock is %1. Set the clock "
                          "right (turn on automatic network time) and retry.")
                    .arg(clockOffsetText(*e.clockOffsetSeconds));
            return tr("The service rejected the request time: this computer's clock is off by more than a few "
                      "minutes. Set the clock right (turn on automatic network time) and retry.");
        }
        if (is(e, "SignatureNonceUsed"))
            return tr("The service had already seen this request: an earlier copy of it reached the service and may "
                      "have been processed (and billed). Look for it in the Alibaba Cloud console before repeating "
                      "it.");
        if (startsWith(e, "InvalidAccessKeyId.Inactive"))
            return tr("This AccessKey is disabled. Enable it in the RAM console or use another AccessKey.");
        if (startsWith(e, "InvalidAccessKeyId"))
            return tr("Alibaba Cloud does not know this AccessKey ID. Check the AccessKey ID of the profile.");
        if (startsWith(e, "InvalidSecurityToken.Expired"))
            return tr("The STS security token has expired. Get a new token and update the credentials.");
        if (startsWith(e, "InvalidSecurityToken") || is(e, "MissingSecurityToken"))
            return tr("The STS security token is invalid or does not belong to this AccessKey. Check the token.");
        return tr("The service rejected the request signature (%1). Check the AccessKey secret, and that this "
                  "computer's clock is correct.")
            .arg(code);

    case ErrorKind::Permission:
        if (is(e, "Forbidden.RAMUserAccessDenied"))
            return tr("This RAM user may not use ID Verification. Grant it the AliyunAntCloudAuthFullAccess policy.");
        if (is(e, "Forbidden.AccountAccessDenied"))
            return tr("ID Verification is not activated for this account, or the account has an overdue payment.");
        if (is(e, "Forbidden.ExceptionRepeatedInvoke"))
            return tr("The service blocked repeated failing calls. Fix the cause before trying again, and wait a "
                      "while.");
        return tr("The account or RAM user is not allowed to make this call (%1). Check its RAM permissions.")
            .arg(code.isEmpty() ? QStringLiteral("HTTP %1").arg(e.httpStatus) : code);

    case ErrorKind::InvalidRequest:
        if (startsWith(e, "InvalidApi") || startsWith(e, "InvalidAction") || is(e, "InvalidVersion"))
            return tr("The endpoint does not offer Mobile3MetaVerifyIntl (version 2022-08-09) (%1). Check the "
                      "endpoint.")
                .arg(code);
        if (!e.serverMessage.isEmpty())
            return tr("The service rejected the request (%1): %2").arg(code, e.serverMessage);
        return tr("The service rejected the request (%1).").arg(code);

    case ErrorKind::Server:
        if (e.mayBeBilled && code.isEmpty())
            return tr("The service or a gateway in front of it failed (HTTP %1). The outcome is unknown — the "
                      "check may have been billed. Look for it in the Alibaba Cloud console before repeating it.")
                .arg(e.httpStatus);
        if (e.mayBeBilled)
            return tr("The service reported an internal problem (%1, HTTP %2). The outcome is unknown — the check "
                      "may have been billed. Look for it in the Alibaba Cloud console before repeating it.")
                .arg(code)
                .arg(e.httpStatus);
        return tr("The service reported an internal problem (%1). Retry later.")
            .arg(code.isEmpty() ? QStringLiteral("HTTP %1").arg(e.httpStatus) : code);

    case ErrorKind::MalformedReply: {
        QString text;
        if (e.cause == u"too-large")
            text = tr("The reply was larger than 1 MiB and was refused.");
        else if (e.cause == u"unexpected-code" && !e.serverMessage.isEmpty())
            text = tr("The service answered HTTP %1 with the code %2 instead of a result: %3")
                       .arg(e.httpStatus)
                       .arg(code, e.serverMessage);
        else if (e.cause == u"unexpected-code")
            text = tr("The service answered HTTP %1 with the code %2 instead of a result.").arg(e.httpStatus).arg(code);
        else
            text = tr("The reply could not be read (HTTP %1).").arg(e.httpStatus);
        if (e.mayBeBilled)
            text += u' ' + tr("The service may have processed the check, so it may have been billed.");
        return text;
    }

    case ErrorKind::Cancelled:
        return e.mayBeBilled ? tr("Cancelled while the request was on its way. It may have reached the service: "
                                  "the outcome is unknown — the check may have been billed.")
                             : tr("Cancelled. Nothing was billed.");

    case ErrorKind::ProxyAuthentication:
        return tr("The proxy (or a gateway in front of the service) refused TriCheck's credentials. Check the proxy "
                  "user name and password in the settings. Nothing reached the service.");

    case ErrorKind::InFlight:
        return tr("The request was sent and its answer has not been stored yet. It may be billed.");

    case ErrorKind::OutcomeUnknown:
        return tr("TriCheck ended while the request was on its way (the program was stopped or the computer went "
                  "down). The outcome is unknown — the check may have been billed. Look for it in the Alibaba Cloud "
                  "console before repeating it.");
    }
    return tr("Unknown error.");
}

} // namespace tricheck::api
