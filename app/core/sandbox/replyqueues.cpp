#include "replyqueues.h"

#include "common/logging.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace tricheck::sandbox {

ReplyQueues::ReplyQueues(const ConnectionLimits& limits, LimitCounts& counts, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_limitCounts(counts)
{ }

ReplyQueues::~ReplyQueues() = default;

void ReplyQueues::clear()
{
    m_clients.clear();
}

void ReplyQueues::setRequestBytes(QTcpSocket* socket, qint64 bytes)
{
    clientOf(socket).requestBytes = bytes;
}

ReplyQueues::Client& ReplyQueues::clientOf(QTcpSocket* socket)
{
    const auto it = m_clients.find(socket);
    if (it != m_clients.end())
        return it.value();
    connect(socket, &QObject::destroyed, this, [this, socket] { m_clients.remove(socket); });
    return m_clients[socket];
}

void ReplyQueues::enqueue(QTcpSocket* socket, PendingReply reply, int latencyMs)
{
    if (!admitReply(socket, reply.bytes.size()))
        return;
    const quint64 id = ++m_nextId;
    clientOf(socket).replies.push_back({id, std::move(reply), latencyMs <= 0});
    if (latencyMs > 0) {
        QTimer::singleShot(latencyMs, this, [this, guarded = QPointer<QTcpSocket>(socket), id] {
            if (!guarded || !m_clients.contains(guarded))
                return;
            for (Queued& queued : m_clients[guarded].replies) {
                if (queued.id == id)
                    queued.ready = true;
            }
            flush(guarded);
        });
    }
    flush(socket);
}

qint64 ReplyQueues::backlogOf(QTcpSocket* socket) const
{
    qint64 bytes = socket->bytesToWrite();
    const auto it = m_clients.constFind(socket);
    if (it != m_clients.cend()) {
        for (const Queued& queued : it->replies)
            bytes += queued.reply.bytes.size();
    }
    return bytes;
}

qint64 ReplyQueues::heldFor(QTcpSocket* socket) const
{
    const auto it = m_clients.constFind(socket);
    return backlogOf(socket) + (it == m_clients.cend() ? 0 : kRequestCopies * it->requestBytes);
}

void ReplyQueues::cutSlowReader(QTcpSocket* socket)
{
    ++m_limitCounts.slowReaders;
    Client& client = clientOf(socket);
    client.replies.clear();
    client.requestBytes = 0; // freed with the socket, which abort() sends to deleteLater()
    socket->abort();
}

bool ReplyQueues::admitReply(QTcpSocket* socket, qint64 replyBytes)
{
    const qint64 waiting = backlogOf(socket);
    if (waiting > 0 && waiting + replyBytes > m_limits.maxBacklogBytes) {
        qCInfo(lcSandbox,
               "Closing a connection whose client left more than %lld reply bytes unread",
               static_cast<long long>(m_limits.maxBacklogBytes));
        cutSlowReader(socket);
        return false;
    }
    // All connections together: the client holding the most goes first, so that one that reads
    // its replies keeps its connection while others hoard.
    for (;;) {
        qint64 total = replyBytes;
        QTcpSocket* largest = nullptr;
        qint64 largestBytes = 0;
        for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
            const qint64 bytes = heldFor(it.key());
            total += bytes;
            if (bytes > largestBytes) {
                largest = it.key();
                largestBytes = bytes;
            }
        }
        if (total <= m_limits.maxHeldBytes || largest == nullptr)
            return true;
        qCInfo(lcSandbox,
               "Closing the connection holding the most: all together passed %lld bytes",
               static_cast<long long>(m_limits.maxHeldBytes));
        cutSlowReader(largest);
        if (largest == socket)
            return false;
    }
}

void ReplyQueues::flush(QTcpSocket* socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    std::deque<Queued>& queue = it->replies;
    while (!queue.empty() && queue.front().ready) {
        const PendingReply reply = std::move(queue.front().reply);
        queue.pop_front();
        if (reply.drop) {
            queue.clear();
            socket->abort();
            return;
        }
        socket->write(reply.bytes);
        if (reply.close) {
            queue.clear();
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace tricheck::sandbox
