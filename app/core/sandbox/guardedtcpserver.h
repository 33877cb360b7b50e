#pragma once

#include "connectionlimits.h"

#include <QByteArray>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace tricheck::sandbox {

// The sandbox's listener. It hands connections to the HTTP server and enforces the limits of
// ConnectionLimits that concern connections and incoming bytes: how many connections are open,
// and how many bytes of requests not yet complete each of them and all of them hold. Qt 6.4's
// HTTP parser buffers a whole request (and reserves its announced Content-Length) before the
// handler sees it, so this counts what each connection sends towards its next request, seeing
// the bytes before the HTTP server does.
class GuardedTcpServer final : public QTcpServer
{
public:
    // The bytes of the reply for a connection over the limit (a whole HTTP response).
    using RefusalReply = std::function<QByteArray()>;

    // `limits` and `counts` belong to the caller and outlive this server; changes to the limits
    // apply at once.
    GuardedTcpServer(const ConnectionLimits& limits, LimitCounts& counts, RefusalReply refusal, QObject* parent);

    // Serve HTTPS with this configuration (certificate and key) from the next connection on.
    void setTls(std::optional<QSslConfiguration> tls) { m_tls = std::move(tls); }

    int connectionCount() const { return int(m_connections.size()); }
    qint64 pendingRequestBytes() const { return m_pendingTotal; }
    // The request `socket` was sending is complete: its bytes no longer count. Returns them.
    qint64 requestCompleted(QTcpSocket* socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        qint64 pendingBytes = 0; // sent towards the next request
        bool closing = false;
    };

    void received(QTcpSocket* socket);
    void refuse(QTcpSocket* socket);
    void cut(QTcpSocket* socket);
    void forget(QTcpSocket* socket);

    const ConnectionLimits& m_limits;
    LimitCounts& m_counts;
    RefusalReply m_refusal;
    std::optional<QSslConfiguration> m_tls;
    QHash<QTcpSocket*, Connection> m_connections; // every connection handed to the HTTP server
    qint64 m_pendingTotal = 0;
};

} // namespace tricheck::sandbox
