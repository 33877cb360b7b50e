#pragma once

#include "connectionlimits.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <deque>

class QTcpSocket;

namespace tricheck::sandbox {

// One reply of the sandbox, decided and waiting for its turn on its connection.
struct PendingReply
{
    QByteArray bytes;
    bool drop = false;  // close the connection instead of replying
    bool close = false; // close after replying (Connection: close)
};

// The sandbox's replies, per connection: written in request order, each when its injected latency
// has passed, and within the connection limits: a client that leaves too many reply bytes unread,
// or that holds the most when all together hold too much, loses its connection.
class ReplyQueues : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyQueues)

public:
    // `limits` and `counts` are the server's: they may change while connections are open. A member
    // of its server, with the server as parent as well, so that it goes along to another thread.
    ReplyQueues(const ConnectionLimits& limits, LimitCounts& counts, QObject* parent = nullptr);
    ~ReplyQueues() override;

    // The size on the wire of the connection's last request, which Qt's HTTP server holds.
    void setRequestBytes(QTcpSocket* socket, qint64 bytes);
    // Queues `reply` behind the connection's earlier ones; it goes out after `latencyMs`.
    void enqueue(QTcpSocket* socket, PendingReply reply, int latencyMs);
    void clear();

private:
    struct Queued
    {
        quint64 id = 0;
        PendingReply reply;
        bool ready = false;
    };
    // What a connection makes the sandbox hold: its replies not yet taken by the client, and
    // its last request, which Qt's HTTP server keeps (URL, headers and body, the URL's query
    // twice over as UTF-16: about twice the request's bytes) for as long as it stays open.
    struct Client
    {
        std::deque<Queued> replies; // in request order
        qint64 requestBytes = 0;    // the last request's size on the wire
    };
    static constexpr qint64 kRequestCopies = 2;

    Client& clientOf(QTcpSocket* socket);       // created on first use, forgotten when the socket goes
    qint64 backlogOf(QTcpSocket* socket) const; // reply bytes the client has not taken yet
    qint64 heldFor(QTcpSocket* socket) const;   // backlog and the last request
    bool admitReply(QTcpSocket* socket, qint64 replyBytes);
    void cutSlowReader(QTcpSocket* socket);
    void flush(QTcpSocket* socket);

    const ConnectionLimits& m_limits;
    LimitCounts& m_limitCounts;
    quint64 m_nextId = 0;
    QHash<QTcpSocket*, Client> m_clients;
};

} // namespace tricheck::sandbox
