#include "api/responseparser.h"
#include "api/retryrules.h"
#include "api/signedrequest.h"
#include "apiclient.h"
#include "common/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QUuid>

#include <algorithm>

namespace tricheck::api {

namespace {

// Transport failures that happen before a connection carries any request byte. With
// QNetworkReply::requestSent() not yet emitted they prove the service never saw the request.
bool isPreSendFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

bool isTlsFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

// QNetworkReply's own codes: 1-99 are connection-level, 101-199 proxy-level; from 201 on they
// describe an HTTP status, whose body is still a reply to parse.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return code > 0 && code < 200;
}

ApiError errorOf(ErrorKind kind, QString cause = {})
{
    ApiError e;
    e.kind = kind;
    e.cause = std::move(cause);
    return e;
}

} // namespace

VerifyCall::VerifyCall(ApiClient* client, const VerifyRequest& request)
    : QObject(client)
    , m_client(client)
    , m_options(client->m_options)
    , m_request(request)
{
    m_outcome.attemptId =
        request.attemptId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.attemptId;
    m_outcome.endpoint = request.endpoint.id();
    m_outcome.sandbox = request.endpoint.isLoopback();
    m_outcome.scheme = request.scheme;
    m_outcome.paramType = request.identity.paramType;
    m_outcome.maskedMobile = request.identity.maskedMobile;
    m_outcome.maskedName = request.identity.maskedName;
    m_outcome.maskedIdNumber = request.identity.maskedIdNumber;
    m_outcome.reference = request.reference;
    m_outcome.attempts = 0;

    const credentials::Credentials& c = request.credentials;
    for (const QString& value : {request.identity.mobile,
                                 request.identity.name,
                                 request.identity.idNumber,
                                 c.accessKeySecret,
                                 c.securityToken,
                                 c.accessKeyId}) {
        if (!value.isEmpty())
            m_sensitive.append(value);
    }

    for (QTimer* timer : {&m_connectTimer, &m_transferTimer, &m_retryTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_sentCount == 0)
            abortReply(Abort::ConnectTimeout);
    });
    connect(&m_transferTimer, &QTimer::timeout, this, [this] { abortReply(Abort::TransferTimeout); });
    connect(&m_retryTimer, &QTimer::timeout, this, &VerifyCall::nextAttempt);
}

VerifyCall::~VerifyCall()
{
    leaveSlot();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void VerifyCall::start()
{
    m_elapsed.start();
    m_outcome.startedUtc = m_request.startedUtc.isValid() ? m_request.startedUtc : m_client->m_clock().toUTC();

    const Endpoint& endpoint = m_request.endpoint;
    const QString scheme = endpoint.url().scheme();
    if (scheme != u"https" && !(scheme == u"http" && endpoint.isLoopback())) {
        completeSoon(errorOf(ErrorKind::Configuration, QStringLiteral("insecure-http")));
        return;
    }
    if (!m_request.credentials.isComplete()) {
        completeSoon(errorOf(ErrorKind::Configuration, QStringLiteral("credentials")));
        return;
    }
    const identity::IdentityParams& id = m_request.identity;
    if (id.mobile.isEmpty() || id.name.isEmpty() || id.idNumber.isEmpty()) {
        completeSoon(errorOf(ErrorKind::Validation));
        return;
    }
    nextAttempt();
}

QString VerifyCall::hostKey() const
{
    // QNetworkAccessManager's connections are per scheme, host and port.
    const QUrl url = m_request.endpoint.url();
    return url.scheme() + u'|' + url.host() + u'|' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

void VerifyCall::nextAttempt()
{
    if (!m_client) {
        // The client is gone (and with it the network manager): nothing more is sent. Only a
        // request that was provably not processed ever waits for another attempt.
        complete(errorOf(ErrorKind::Cancelled));
        return;
    }
    m_client->requestSlot(this);
}

void VerifyCall::leaveSlot()
{
    if (m_client)
        m_client->releaseSlot(this);
    m_slot = Slot::None;
}

void VerifyCall::sendAttempt()
{
    ++m_attempt;
    m_outcome.attempts = m_attempt;
    m_abort = Abort::None;
    m_sentCount = 0;
    m_tlsDetail.clear();

    // Every attempt, retries included, gets its own nonce and timestamp, hence its own signature.
    const QDateTime now = m_client->m_clock();
    const QString nonce = m_client->m_nonceSource ? m_client->m_nonceSource() : QString();
    if (nonce.isEmpty() || !now.isValid()) {
        completeSoon(errorOf(ErrorKind::Configuration, QStringLiteral("random")));
        return;
    }
    m_sensitive.append(nonce);

    m_attemptElapsed.start();
    m_reply = m_client->m_network->sendCustomRequest(
        signedVerifyRequest(m_request, now, nonce, m_options.transferTimeoutMs, m_client->m_tls),
        "POST");
    watchReply();
    // The request holds one of the client's slots, so Qt gives it a connection at once: from here on
    // the limits measure the service and the network, never a wait in a queue (ApiClient::
    // kMaxInFlightPerHost says why the queue is ours and not Qt's).
    m_connectTimer.start(m_options.connectTimeoutMs);
    m_transferTimer.start(m_options.transferTimeoutMs);
}

void VerifyCall::watchReply()
{
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        ++m_sentCount;
        m_connectTimer.stop();
        if (m_sentCount == 1) {
            emit requestSent(m_attempt);
        } else {
            // Qt 6.4 resends a request by itself when the connection closes before any reply byte.
            // Same bytes, same nonce: the gateway refuses the copy as a replay.
            qCWarning(lcApi).noquote() << QStringLiteral("POST %1: the network layer resent attempt %2")
                                              .arg(m_request.endpoint.url().host())
                                              .arg(m_attempt);
        }
    });
    const auto checkSize = [this] {
        if (!m_reply || m_abort != Abort::None)
            return;
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (m_reply->bytesAvailable() > kMaxReplyBytes || (length.isValid() && length.toLongLong() > kMaxReplyBytes))
            abortReply(Abort::TooLarge);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(reply, &QNetworkReply::readyRead, this, checkSize);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored, whoever else is listening: record why, then close before any request byte.
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        texts.removeDuplicates();
        m_tlsDetail = texts.join(QStringLiteral("; "));
        abortReply(Abort::TlsErrors);
    });
    connect(reply, &QNetworkReply::finished, this, &VerifyCall::onReplyFinished);
}

void VerifyCall::abortReply(Abort reason)
{
    if (!m_reply || m_abort != Abort::None)
        return;
    m_abort = reason;
    m_reply->abort(); // emits finished(), handled by onReplyFinished()
}

int VerifyCall::backoffMs(int baseMs) const
{
    // Exponential with "equal jitter": half fixed, half random, so parallel clients spread out.
    const qint64 ceiling = qint64(baseMs) << qMin(m_retries, 16);
    const qint64 half = ceiling / 2;
    return int(qMin<qint64>(half + QRandomGenerator::global()->bounded(half + 1), m_options.maxRetryWaitMs));
}

bool VerifyCall::retryLater(int delayMs)
{
    if (m_retries >= m_options.maxRetries || delayMs > m_options.maxRetryWaitMs)
        return false;
    ++m_retries;
    qCInfo(lcApi).noquote() << QStringLiteral("POST %1: retrying in %2 ms (attempt %3)")
                                   .arg(m_request.endpoint.url().host())
                                   .arg(delayMs)
                                   .arg(m_attempt + 1);
    emit retryScheduled(m_attempt + 1, delayMs);
    m_retryTimer.start(delayMs);
    return true;
}

void VerifyCall::onReplyFinished()
{
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_connectTimer.stop();
    m_transferTimer.stop();
    leaveSlot(); // Qt's connection is free again

    const bool sent = m_sentCount > 0;
    if (m_sentCount > 1)
        m_outcome.transportResends += m_sentCount - 1;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QNetworkReply::NetworkError networkError = reply->error();

    ApiError e;
    e.httpStatus = status;
    switch (m_abort) {
    case Abort::Cancelled:
        e.kind = ErrorKind::Cancelled;
        // QNetworkAccessManager does HTTP in its own thread and reports requestSent() through a
        // queued signal: the request may be on the wire before this thread hears of it. Aborting
        // an attempt in flight therefore never proves that nothing reached the service.
        e.mayBeBilled = retryRule(Exchange::NoReply).mayBeBilled();
        logAttempt(status, {}, QStringLiteral("cancelled"));
        complete(e);
        return;
    case Abort::ConnectTimeout:
    case Abort::TransferTimeout:
        if (sent) {
            e.kind = ErrorKind::Timeout;
            e.cause = QStringLiteral("reply-timeout");
            e.timeoutMs = m_options.transferTimeoutMs;
            e.mayBeBilled = retryRule(Exchange::NoReply).mayBeBilled();
        } else {
            // Connecting took the whole budget: the request never left, but retrying would only
            // multiply the wait, so this is reported as it is. (requestSent() crosses from the
            // network thread as a queued signal; it would have to be written in the very instant
            // the deadline passed for this to be wrong. Cancelling, which the operator can do at
            // any moment, is treated conservatively instead.)
            e.kind = ErrorKind::Network;
            e.cause = QStringLiteral("connect-timeout");
            e.timeoutMs = m_abort == Abort::ConnectTimeout ? m_options.connectTimeoutMs : m_options.transferTimeoutMs;
            e.mayBeBilled = retryRule(Exchange::ConnectTimeout).mayBeBilled();
        }
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    case Abort::TooLarge:
        e.kind = ErrorKind::MalformedReply;
        e.cause = QStringLiteral("too-large");
        e.mayBeBilled = retryRule(Exchange::Reply, status).mayBeBilled();
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    case Abort::TlsErrors:
        e.kind = ErrorKind::Tls;
        e.cause = QStringLiteral("tls");
        e.detail = m_tlsDetail;
        e.mayBeBilled = retryRule(sent ? Exchange::NoReply : Exchange::Stopped).mayBeBilled();
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    case Abort::None:
        break;
    }

    if (isTlsFailure(networkError)) {
        e.kind = ErrorKind::Tls;
        e.cause = QStringLiteral("tls");
        e.detail = m_tlsDetail.isEmpty() ? reply->errorString() : m_tlsDetail;
        e.mayBeBilled = retryRule(sent ? Exchange::NoReply : Exchange::Stopped).mayBeBilled();
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    }
    // Qt's error when a proxy wants credentials it has none for; a challenge that comes back as the
    // reply (the configured credentials were refused) is recognised by parseReply().
    if (networkError == QNetworkReply::ProxyAuthenticationRequiredError) {
        e.kind = ErrorKind::ProxyAuthentication;
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    }
    if (networkError == QNetworkReply::OperationCanceledError) {
        // Aborted by someone else: as with cancel(), the request may be on the wire already.
        e.kind = ErrorKind::Cancelled;
        e.mayBeBilled = retryRule(Exchange::NoReply).mayBeBilled();
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    }
    if (isTransportError(networkError)) {
        e.networkError = int(networkError); // worded by ErrorText; Qt's English text stays the detail
        if (!sent && isPreSendFailure(networkError)) {
            const RetryRule& rule = retryRule(Exchange::Refused);
            e.kind = ErrorKind::Network;
            e.detail = reply->errorString();
            e.mayBeBilled = rule.mayBeBilled();
            logAttempt(status, {}, errorKindId(e.kind));
            if (rule.retry == Retry::AfterBackoff && retryLater(backoffMs(m_options.networkBackoffMs)))
                return;
            complete(e);
            return;
        }
        // Lost after the request was written (before or during the reply): the service may have
        // processed it. Never retried.
        e.kind = ErrorKind::Timeout;
        e.cause = QStringLiteral("connection-lost");
        e.detail = reply->errorString();
        e.mayBeBilled = retryRule(Exchange::NoReply).mayBeBilled();
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    }

    HttpReply http;
    http.status = status;
    http.headers = reply->rawHeaderPairs();
    http.body = reply->read(kMaxReplyBytes + 1);
    http.receivedUtc = m_client->m_clock().toUTC();
    if (status == 0) {
        e.kind = ErrorKind::MalformedReply;
        e.cause = QStringLiteral("not-http");
        e.mayBeBilled = sent && retryRule(Exchange::Reply, status).mayBeBilled();
        logAttempt(status, {}, errorKindId(e.kind));
        complete(e);
        return;
    }

    ParsedReply parsed = parseReply(http, m_sensitive);
    if (auto* error = std::get_if<ApiError>(&parsed)) {
        if (error->code.compare(u"SignatureNonceUsed", Qt::CaseInsensitive) == 0 && m_outcome.transportResends > 0) {
            // The copy the transport resent was refused as a replay of the first, which reached the
            // service: the honest answer is "outcome unknown".
            error->kind = ErrorKind::Timeout;
            error->cause = QStringLiteral("transport-resend");
            error->mayBeBilled = true;
        }
        logAttempt(status, error->requestId, errorKindId(error->kind) + u' ' + error->code);
        // Sent again only when the rules say that this reply proves the request was not processed
        // (the parser calls exactly those replies Throttled).
        const RetryRule& rule = retryRule(Exchange::Reply, status, error->code);
        if (error->kind == ErrorKind::Throttled && rule.retry == Retry::AfterRetryAfter) {
            const int wait = error->retryAfterMs ? *error->retryAfterMs : backoffMs(m_options.throttleBackoffMs);
            if (retryLater(wait))
                return;
        }
    } else {
        logAttempt(status, std::get<VerifyResult>(parsed).requestId, QStringLiteral("result"));
    }
    complete(std::move(parsed));
}

void VerifyCall::logAttempt(int httpStatus, const QString& requestId, const QString& what) const
{
    // Method, host, status, RequestId, elapsed time. Never the URL's query, headers or bodies.
    qCInfo(lcApi).noquote() << QStringLiteral("POST %1 attempt %2: HTTP %3, RequestId %4, %5, %6 ms")
                                   .arg(m_request.endpoint.url().host())
                                   .arg(m_attempt)
                                   .arg(httpStatus)
                                   .arg(requestId.isEmpty() ? QStringLiteral("-") : requestId, what)
                                   .arg(m_attemptElapsed.isValid() ? m_attemptElapsed.elapsed() : 0);
}

void VerifyCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortReply(Abort::Cancelled);
        return;
    }
    if (m_retryTimer.isActive() || m_slot == Slot::Waiting) {
        // Waiting for a retry or for a connection: nothing of this attempt left this process.
        m_retryTimer.stop();
        leaveSlot();
        ApiError e = errorOf(ErrorKind::Cancelled);
        e.mayBeBilled = retryRule(Exchange::Stopped).mayBeBilled();
        complete(e);
    }
}

void VerifyCall::completeSoon(ApiError error)
{
    QTimer::singleShot(0, this, [this, error = std::move(error)] { complete(error); });
}

void VerifyCall::complete(std::variant<VerifyResult, ApiError> value)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_transferTimer.stop();
    m_retryTimer.stop();
    leaveSlot();
    m_outcome.value = std::move(value);
    m_outcome.latencyMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    emit finished(m_outcome);
}

} // namespace tricheck::api
