#include "sandboxserver.h"

#include "common/logging.h"
#include "guardedtcpserver.h"
#include "httpwire.h"
#include "responsebody.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace tricheck::sandbox {

// QAbstractHttpServer rather than QHttpServer: its handleRequest() hands over the socket, which
// fault injection needs (drop a connection without a reply, delay a reply, send a broken one).
// Replies are written to the socket directly, in request order, for the same reason.
class HttpFrontend final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;

    HttpFrontend(Handler handler, QObject* parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    { }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override { socket->abort(); }

private:
    Handler m_handler;
};

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt's own qt.httpserver* debug output prints whole request URLs, and the sandbox's URLs carry
// identity values in their query. Those categories stay off whatever the logging rules say.
void keepHttpServerDebugOff(QLoggingCategory* category)
{
    if (g_previousFilter != nullptr)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

void installLoggingGuard()
{
    static const bool installed = [] {
        g_previousFilter = QLoggingCategory::installFilter(keepHttpServerDebugOff);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_random(QRandomGenerator::global()->generate())
{
    qRegisterMetaType<tricheck::sandbox::SandboxEvent>();
    installLoggingGuard();
}

SandboxServer::~SandboxServer()
{
    stop();
    // Now rather than in ~QObject, which runs after the members the front ends call into are gone.
    qDeleteAll(findChildren<QAbstractHttpServer*>(Qt::FindDirectChildrenOnly));
}

Expected<QUrl, QString> SandboxServer::start(const QHostAddress& address, quint16 port)
{
    if (m_http)
        return m_url;
    if (!address.isLoopback())
        return Expected<QUrl, QString>::failure(
            tr("The sandbox listens on loopback addresses only (127.0.0.1, ::1); %1 is not one.")
                .arg(address.toString()));

    auto* http = new HttpFrontend([this](const QHttpServerRequest& r, QTcpSocket* s) { handle(r, s); }, this);
    auto* tcp = new GuardedTcpServer(
        m_limits,
        m_limitCounts,
        [this] { return refusalReply(); },
        http);
    // Qt's default of 50 would make a burst of clients wait for SYN retries (seconds) even
    // though the sandbox would serve them all.
    tcp->setListenBacklogSize(std::max(50, m_limits.maxConnections));
    tcp->setTls(m_tls);
    if (!tcp->listen(address, port)) {
        const QString error =
            tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        delete http;
        return Expected<QUrl, QString>::failure(error);
    }
    http->bind(tcp);
    m_http = http;
    m_tcp = tcp;
    m_subjects.renewKey();

    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(tcp->serverPort());
    m_url = url;
    qCDebug(lcSandbox, "Sandbox listening on %s", qPrintable(m_url.toString()));
    return m_url;
}

void SandboxServer::stop()
{
    if (!m_http)
        return;
    const QList<QTcpServer*> servers = m_http->servers();
    for (QTcpServer* server : servers) {
        server->close();
        const QList<QTcpSocket*> sockets = server->findChildren<QTcpSocket*>();
        for (QTcpSocket* socket : sockets)
            socket->abort();
    }
    m_replies.clear();
    // Later, not now: stop() may run inside one of the server's own request handlers.
    m_http->deleteLater();
    m_http = nullptr;
    m_tcp = nullptr;
    qCDebug(lcSandbox, "Sandbox stopped (%s)", qPrintable(m_url.toString()));
    m_url.clear();
}

bool SandboxServer::isListening() const
{
    return m_http != nullptr;
}

QUrl SandboxServer::url() const
{
    return m_url;
}

quint16 SandboxServer::port() const
{
    return m_http ? quint16(m_url.port()) : 0;
}

void SandboxServer::setKeys(const QList<AccessKey>& keys)
{
    m_simulator.setKeys(keys);
}

QList<AccessKey> SandboxServer::keys() const
{
    return m_simulator.keys();
}

void SandboxServer::setRegistry(const Registry& registry)
{
    m_simulator.setRegistry(registry);
}

const Registry& SandboxServer::registry() const
{
    return m_simulator.registry();
}

void SandboxServer::setClock(Clock clock)
{
    m_simulator.setClock(std::move(clock));
}

QDateTime SandboxServer::now() const
{
    return m_simulator.now();
}

void SandboxServer::setMaxSkewSeconds(int seconds)
{
    m_simulator.setMaxSkewSeconds(seconds);
}

int SandboxServer::maxSkewSeconds() const
{
    return m_simulator.maxSkewSeconds();
}

void SandboxServer::setQps(int qps)
{
    m_simulator.setQps(qps);
}

int SandboxServer::qps() const
{
    return m_simulator.qps();
}

void SandboxServer::setNonceCapacity(int capacity)
{
    m_simulator.setNonceCapacity(capacity);
}

void SandboxServer::setNonceByteCapacity(qint64 bytes)
{
    m_simulator.setNonceByteCapacity(bytes);
}

qint64 SandboxServer::nonceBytes() const
{
    return m_simulator.nonces().bytes();
}

void SandboxServer::setFaults(const FaultOptions& faults)
{
    m_faults = faults;
    m_faults.latencyMinMs = std::max(0, m_faults.latencyMinMs);
    m_faults.latencyMaxMs = std::max(m_faults.latencyMinMs, m_faults.latencyMaxMs);
    m_faults.failRate = std::clamp(m_faults.failRate, 0.0, 1.0);
    m_faults.dropRate = std::clamp(m_faults.dropRate, 0.0, 1.0);
    m_faults.malformedRate = std::clamp(m_faults.malformedRate, 0.0, 1.0);
}

void SandboxServer::setRandomSeed(quint32 seed)
{
    m_random.seed(seed);
}

void SandboxServer::setMaxRequestBytes(qint64 bytes)
{
    m_limits.maxRequestBytes = std::max<qint64>(1024, bytes);
}

void SandboxServer::setConnectionLimits(const ConnectionLimits& limits)
{
    m_limits = limits;
    m_limits.maxConnections = std::max(1, limits.maxConnections);
    m_limits.maxRequestBytes = std::max<qint64>(1024, limits.maxRequestBytes);
    m_limits.maxPendingRequestBytes = std::max(m_limits.maxRequestBytes, limits.maxPendingRequestBytes);
    m_limits.maxBacklogBytes = std::max<qint64>(0, limits.maxBacklogBytes);
    m_limits.maxHeldBytes = std::max(m_limits.maxBacklogBytes, limits.maxHeldBytes);
}

int SandboxServer::connectionCount() const
{
    return m_tcp ? m_tcp->connectionCount() : 0;
}

qint64 SandboxServer::pendingRequestBytes() const
{
    return m_tcp ? m_tcp->pendingRequestBytes() : 0;
}

QByteArray SandboxServer::refusalReply() const
{
    const GatewayError error = GatewayError::serviceUnavailable();
    Reply reply;
    reply.status = error.httpStatus;
    reply.contentType = contentTypeFor(true, ResponseFormat::Json);
    reply.requestId = newRequestId();
    reply.body = errorBody(reply.requestId, m_url.authority(), error, ResponseFormat::Json);
    return httpResponse(reply, m_simulator.now(), true, false);
}

void SandboxServer::resetState()
{
    m_simulator.resetState();
}

QList<SandboxEvent> SandboxServer::events() const
{
    return QList<SandboxEvent>(m_events.begin(), m_events.end());
}

int SandboxServer::pickLatency()
{
    if (m_faults.latencyMaxMs <= 0)
        return 0;
    if (m_faults.latencyMinMs >= m_faults.latencyMaxMs)
        return m_faults.latencyMaxMs;
    return m_random.bounded(m_faults.latencyMinMs, m_faults.latencyMaxMs + 1);
}

bool SandboxServer::roll(double rate)
{
    return rate > 0 && m_random.generateDouble() < rate;
}

void SandboxServer::handle(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 requestBytes = m_tcp ? m_tcp->requestCompleted(socket) : 0;
    ++m_requestCount;

    const ReceivedRequest received = toReceivedRequest(request);
    const QDateTime now = m_simulator.now();
    // After a large request the connection is closed: Qt's HTTP server keeps each connection's
    // last request (URL, headers, body) until the next one arrives, so hundreds of idle
    // keep-alive connections that each sent one large request would hold hundreds of MB.
    const bool close =
        received.header("connection").toLower().contains("close") || requestBytes > m_limits.maxKeepAliveRequestBytes;
    QString hostId = QString::fromUtf8(received.header("host").trimmed());
    if (hostId.isEmpty())
        hostId = m_url.authority();

    SandboxEvent event;
    event.sequence = m_requestCount;
    event.receivedUtc = QDateTime::currentDateTimeUtc();
    event.method = QString::fromLatin1(received.method);
    event.latencyMs = pickLatency();
    event.subject = m_subjects.subjectOf(received);
    if (m_http)
        m_replies.setRequestBytes(socket, requestBytes);

    PendingReply pending;
    pending.close = close;
    Reply reply;
    reply.requestId = newRequestId();
    event.requestId = reply.requestId;

    if (roll(m_faults.dropRate)) {
        pending.drop = true;
        event.fault = QStringLiteral("drop");
    } else if (roll(m_faults.failRate)) {
        const GatewayError error = GatewayError::serviceUnavailable();
        reply.status = error.httpStatus;
        reply.contentType = contentTypeFor(true, ResponseFormat::Json);
        reply.body = errorBody(reply.requestId, hostId, error, ResponseFormat::Json);
        event.fault = QStringLiteral("unavailable");
        event.code = error.code;
    } else {
        const Verdict verdict = m_simulator.decide(received);
        if (verdict.scheme)
            event.scheme = api::signatureSchemeName(*verdict.scheme);
        event.accessKeyId = verdict.accessKeyId;
        if (verdict.error) {
            reply.status = verdict.error->httpStatus;
            reply.contentType = contentTypeFor(true, verdict.format);
            reply.body = errorBody(reply.requestId, hostId, *verdict.error, verdict.format);
            reply.retryAfterMs = verdict.retryAfterMs;
            event.code = verdict.error->code;
        } else {
            reply.contentType = contentTypeFor(false, verdict.format);
            reply.body = successBody(reply.requestId, verdict.answer, verdict.format);
            event.code = QStringLiteral("Success");
            event.subCode = verdict.answer.subCode;
            event.bizCode = verdict.answer.bizCode;
            event.paramType = identity::paramTypeName(verdict.paramType);
        }
        if (roll(m_faults.malformedRate)) {
            reply.body.truncate(reply.body.size() / 2);
            event.fault = QStringLiteral("malformed");
        }
    }
    if (!pending.drop) {
        event.httpStatus = reply.status;
        pending.bytes = httpResponse(reply, now, close, received.method == "HEAD");
    }

    qCDebug(lcSandbox,
            "%s -> %d %s (%lld ms)",
            received.method.constData(),
            event.httpStatus,
            qPrintable(reply.requestId),
            static_cast<long long>(elapsed.elapsed()));
    record(event);
    if (m_http) // not stopped from a requestHandled() slot
        m_replies.enqueue(socket, std::move(pending), event.latencyMs);
}

void SandboxServer::record(const SandboxEvent& event)
{
    m_events.push_back(event);
    while (int(m_events.size()) > maxEvents())
        m_events.pop_front();
    emit requestHandled(event);
}

} // namespace tricheck::sandbox
