#pragma once

#include "common/expected.h"
#include "connectionlimits.h"
#include "faultoptions.h"
#include "registry.h"
#include "replyqueues.h"
#include "sandboxevent.h"
#include "simulator.h"
#include "subjecthasher.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrl>

#include <deque>
#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace tricheck::sandbox {

class GuardedTcpServer;
class HttpFrontend;

// A local, faithful Mobile3MetaVerifyIntl endpoint (spec §9): a real HTTP server (QHttpServer) on
// a loopback address that verifies V3 and V1 signatures exactly as the service does and answers
// from a registry of fictitious people. Used in-process by the GUI's sandbox mode and by tests,
// and standalone by `tricheck-cli sandbox`.
//
//     SandboxServer sandbox;                 // demo key, demo registry, system clock
//     const auto url = sandbox.start();      // http://127.0.0.1:<free port>
//
// Every setting may change while it runs; it applies to the next request.
class SandboxServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Serve HTTPS with this certificate and key (see TlsIdentity::load) instead of plain HTTP;
    // set before start(). Clients must trust the certificate.
    void setTls(const QSslConfiguration& tls) { m_tls = tls; }

    // Listens on `address` (a loopback address; anything else is refused) and returns the base
    // URL, e.g. http://127.0.0.1:50123 (https:// after setTls()). Port 0 picks a free port. The
    // error text is translated.
    Expected<QUrl, QString> start(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost),
                                  quint16 port = 0);
    // Stops listening and closes every connection; replies not yet sent are dropped.
    void stop();
    bool isListening() const;
    QUrl url() const; // empty when not listening
    quint16 port() const;

    void setKeys(const QList<AccessKey>& keys); // default: AccessKey::demo()
    QList<AccessKey> keys() const;
    void setRegistry(const Registry& registry); // default: Registry::defaultRegistry()
    const Registry& registry() const;
    void setClock(Clock clock); // null: the system's UTC time. Also drives the QPS window.
    QDateTime now() const;
    void setMaxSkewSeconds(int seconds); // default 900 (15 min)
    int maxSkewSeconds() const;
    void setQps(int qps); // per AccessKey, default 50; 0 = no limit
    int qps() const;
    void setNonceCapacity(int capacity);     // default 100000 nonces
    void setNonceByteCapacity(qint64 bytes); // default 32 MiB, see NonceCache::costOf()
    qint64 nonceBytes() const;               // what the remembered nonces cost now
    void setFaults(const FaultOptions& faults);
    FaultOptions faults() const { return m_faults; }
    void setRandomSeed(quint32 seed); // reproducible fault injection
    // Bytes a client may send for one request before the connection is closed (default 1 MiB);
    // the same as ConnectionLimits::maxRequestBytes.
    void setMaxRequestBytes(qint64 bytes);
    // How many connections, and how many bytes of unfinished requests and unread replies, the
    // sandbox holds for its clients (see ConnectionLimits for the defaults).
    void setConnectionLimits(const ConnectionLimits& limits);
    ConnectionLimits connectionLimits() const { return m_limits; }
    // How often each limit closed a connection since construction.
    LimitCounts limitCounts() const { return m_limitCounts; }
    int connectionCount() const;        // open connections served (not those being refused)
    qint64 pendingRequestBytes() const; // bytes of requests still arriving, all connections
    void resetState();                  // forgets nonces and request rates

    // Complete HTTP requests received since construction, whatever became of them.
    quint64 requestCount() const { return m_requestCount; }
    // The most recent events (at most maxEvents()), oldest first.
    QList<SandboxEvent> events() const;
    static int maxEvents() { return 1000; }
    void clearEvents() { m_events.clear(); }

signals:
    // Emitted once per request when its answer is decided (before any injected latency).
    void requestHandled(const tricheck::sandbox::SandboxEvent& event);

private:
    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    QByteArray refusalReply() const;
    int pickLatency();
    bool roll(double rate);
    void record(const SandboxEvent& event);

    QPointer<HttpFrontend> m_http;
    QPointer<GuardedTcpServer> m_tcp;
    QUrl m_url;
    std::optional<QSslConfiguration> m_tls;
    Simulator m_simulator;
    SubjectHasher m_subjects; // a new key at every start()
    FaultOptions m_faults;
    QRandomGenerator m_random;
    ConnectionLimits m_limits;
    LimitCounts m_limitCounts;
    quint64 m_requestCount = 0;
    ReplyQueues m_replies{m_limits, m_limitCounts, this}; // after the limits it refers to
    std::deque<SandboxEvent> m_events;
};

} // namespace tricheck::sandbox
