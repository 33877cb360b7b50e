#pragma once

#include <QtGlobal>

namespace tricheck::sandbox {

// What clients may make the sandbox hold, so that it stays small whatever they send or fail to
// read (the desktop app runs it in-process). Every limit closes connections; none slows the
// sandbox down or changes an answer. Together with the nonce cache's 32 MiB they keep a sandbox
// under any load well below 200 MB resident (tests/e2e/testsandboxsoak.cpp).
struct ConnectionLimits
{
    // Open connections; the next one is answered 503 ServiceUnavailable (Connection: close) and
    // closed.
    int maxConnections = 256;
    // Bytes one connection may send towards a single request; more and it is closed unanswered.
    qint64 maxRequestBytes = qint64(1024) * 1024;
    // A request larger than this is answered with Connection: close (Qt's HTTP server would keep
    // it in memory for as long as the connection stays open).
    qint64 maxKeepAliveRequestBytes = qint64(64) * 1024;
    // Bytes of requests still arriving, all connections together (Qt's HTTP parser holds each
    // request whole, and more than once, until it is complete). Above it, the connection holding
    // the most is closed.
    qint64 maxPendingRequestBytes = qint64(8) * 1024 * 1024;
    // Reply bytes waiting for one client that does not read them (in the socket's write buffer or
    // delayed by --latency-ms). A reply that would take a connection past it closes the
    // connection instead; one reply is always sent, however large, when nothing is waiting.
    qint64 maxBacklogBytes = qint64(256) * 1024;
    // What all connections together make the sandbox hold: their unread replies, and the last
    // request of each (Qt's HTTP server keeps it, about twice its size, while the connection is
    // open). A reply that would take the total past it first closes the connection holding the
    // most.
    qint64 maxHeldBytes = qint64(8) * 1024 * 1024;
};

// How many connections each limit has closed since the server was created.
struct LimitCounts
{
    quint64 refusedConnections = 0; // maxConnections
    quint64 oversizedRequests = 0;  // maxRequestBytes and maxPendingRequestBytes
    quint64 slowReaders = 0;        // maxBacklogBytes and maxHeldBytes
};

} // namespace tricheck::sandbox
