#pragma once

#include <QtGlobal>

namespace tricheck::sandbox {

// What clients may make the sandbox hold, so that it stays small whatever they send or fail to
// read (the desktop app runs it in-process). Every limit closes connections; none slows the
// sandbox down or changes an answer. Together with the nonce cache's 32 MiB they keep a sandbox
// under any load well below 200 MB resident (tests/sandbox/testsandboxsoak.cpp).
struct ConnectionLimits
{
    // Open connections; the next one is answered 503 ServiceUnavailable (Connection: close) and
    // closed.
    int maxConnections = 256;
    // Bytes one connection may send towards a single request; more and it is closed unanswered.
    qint64 maxRequestBytes = qint64(1024) * 1024;
    // Bytes of requests still arriving, all connections together (Qt's HTTP parser holds each
    // request whole, and more than once, until it is complete). Above it, the connection holding
    // the most is closed.
    qint64 maxPendingRequestBytes = qint64(16) * 1024 * 1024;
    // Reply bytes waiting for one client that does not read them (in the socket's write buffer or
    // delayed by --latency-ms). A reply that would take a connection past it closes the
    // connection instead; one reply is always sent, however large, when nothing is waiting.
    qint64 maxBacklogBytes = qint64(256) * 1024;
    // The same, all connections together; above it, the connection with the most waiting is
    // closed.
    qint64 maxTotalBacklogBytes = qint64(16) * 1024 * 1024;
};

// How many connections each limit has closed since the server was created.
struct LimitCounts
{
    quint64 refusedConnections = 0; // maxConnections
    quint64 oversizedRequests = 0;  // maxRequestBytes and maxPendingRequestBytes
    quint64 slowReaders = 0;        // maxBacklogBytes and maxTotalBacklogBytes
};

} // namespace tricheck::sandbox
