#include "guardedtcpserver.h"

#include "common/logging.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace tricheck::sandbox {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits,
                                   LimitCounts& counts,
                                   RefusalReply refusal,
                                   QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_counts(counts)
    , m_refusal(std::move(refusal))
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* tls = new QSslSocket(this);
        tls->setSslConfiguration(*m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // The handshake runs in the event loop; what is written before it ends (a refusal, a reply)
    // waits in the socket and goes encrypted. A failed handshake closes the connection.
    if (auto* tls = qobject_cast<QSslSocket*>(socket))
        tls->startServerEncryption();
    if (connectionCount() >= m_limits.maxConnections) {
        refuse(socket);
        return;
    }
    m_connections.insert(socket, {});
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    // Connected before the HTTP server's own slot, so it sees the bytes first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received(socket); });
    addPendingConnection(socket);
}

qint64 GuardedTcpServer::requestCompleted(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return 0;
    const qint64 bytes = it->pendingBytes;
    m_pendingTotal -= bytes;
    it->pendingBytes = 0;
    return bytes;
}

void GuardedTcpServer::received(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->closing)
        return;
    const qint64 arrived = socket->bytesAvailable();
    it->pendingBytes += arrived;
    m_pendingTotal += arrived;
    if (it->pendingBytes > m_limits.maxRequestBytes) {
        qCInfo(lcSandbox,
               "Closing a connection that sent more than %lld bytes for one request",
               static_cast<long long>(m_limits.maxRequestBytes));
        cut(socket);
        return;
    }
    // Over the budget of all connections together, the one holding the most goes: a client
    // trickling large requests over many connections, not the one that happened to send last.
    while (m_pendingTotal > m_limits.maxPendingRequestBytes) {
        const auto largest =
            std::max_element(m_connections.begin(), m_connections.end(), [](const Connection& a, const Connection& b) {
                return a.pendingBytes < b.pendingBytes;
            });
        if (largest == m_connections.end() || largest->pendingBytes == 0)
            break;
        qCInfo(lcSandbox,
               "Closing the connection with the largest unfinished request: together they passed %lld bytes",
               static_cast<long long>(m_limits.maxPendingRequestBytes));
        cut(largest.key());
    }
}

void GuardedTcpServer::refuse(QTcpSocket* socket)
{
    ++m_counts.refusedConnections;
    qCInfo(lcSandbox, "Refusing a connection: %d are open", m_limits.maxConnections);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(m_refusal());
    // Closes once the reply is written; a few hundred bytes always fit in a new socket's buffer.
    socket->disconnectFromHost();
}

void GuardedTcpServer::cut(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->closing)
        return;
    ++m_counts.oversizedRequests;
    m_pendingTotal -= it->pendingBytes;
    it->pendingBytes = 0;
    it->closing = true;
    // At once, so the bytes go now rather than after every other socket has had its turn (a
    // burst on hundreds of connections would otherwise all be read in first). The HTTP server's
    // slot for this readyRead, still to come, would read a closed socket: it no longer runs.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket->abort();
}

void GuardedTcpServer::forget(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    m_pendingTotal -= it->pendingBytes;
    m_connections.erase(it);
}

} // namespace tricheck::sandbox
