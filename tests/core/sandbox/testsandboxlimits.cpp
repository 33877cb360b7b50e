// What the sandbox holds for its clients is bounded (ConnectionLimits): long nonces get the
// gateway's InvalidParameter and are not remembered; the nonce cache stays within its bytes; a
// connection over the limit is answered 503 and closed, and a slot freed serves again; clients
// that leave replies unread, or trickle large requests over many connections, are closed, each
// limit on its own and all connections together, while well-behaved clients keep being served.
#include "sandboxfixture.h"
#include "testenv.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace tricheck::sandbox;
using namespace tricheck::test;
using tricheck::api::QueryItems;

namespace {

const QString kMobile = QStringLiteral("13800138000");
const QString kName = QStringLiteral("张三");
const QString kId = QStringLiteral("11010519491231002X");

// A V1 request whose signature is wrong and whose reply is therefore about `padding` bytes
// larger: the gateway's SignatureDoesNotMatch message repeats the string to sign.
QByteArray bigReplyRequest(const QUrl& url, int padding)
{
    const auto request = v1Request(AccessKey::demo(), {{QStringLiteral("Padding"), QString(padding, u'x')}});
    auto signature = tricheck::api::signV1(request);
    signature.queryString.replace("&Signature=", "&Signature=x");
    return rawV1(hostHeader(url), request, signature);
}

// A sandbox that keeps connections open after bigReplyRequest()'s large requests, so that one
// client can send several of them.
std::unique_ptr<SandboxServer> startKeepingLargeRequestsAlive()
{
    auto server = startSandbox();
    if (server) {
        ConnectionLimits limits;
        limits.maxKeepAliveRequestBytes = limits.maxRequestBytes;
        server->setConnectionLimits(limits);
    }
    return server;
}

// A connected client socket that takes its time: it reads nothing unless asked.
std::unique_ptr<QTcpSocket> connectIdle(const QUrl& url)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->setReadBufferSize(1); // Qt stops reading from the kernel: the client "does not read"
    socket->connectToHost(url.host(), quint16(url.port()));
    return socket;
}

// Waits with the event loop running, so that the sandbox in this thread accepts meanwhile.
bool waitConnected(const std::vector<std::unique_ptr<QTcpSocket>>& sockets)
{
    return QTest::qWaitFor(
        [&sockets] {
            return std::all_of(sockets.begin(), sockets.end(), [](const auto& s) {
                return s->state() == QAbstractSocket::ConnectedState;
            });
        },
        20000);
}

bool connectTo(QTcpSocket& socket, const QUrl& url)
{
    socket.connectToHost(url.host(), quint16(url.port()));
    return QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000);
}

// The size of bigReplyRequest()'s whole reply (status line, headers and body).
qint64 bigReplySize(const QUrl& url, int padding)
{
    const HttpResult r = sendRaw(url, bigReplyRequest(url, padding));
    qint64 size = r.body.size() + qstrlen("HTTP/1.1 400 Bad Request\r\n\r\n");
    for (const auto& [name, value] : r.headers)
        size += name.size() + 2 + value.size() + 2;
    return size;
}

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    bool servesNormally(const QUrl& url)
    {
        return sendV3(m_nam, url, v3Request(url, AccessKey::demo(), businessParams(kMobile, kName, kId))).subCode() ==
               u"101";
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void defaultsAreTheDocumentedOnes()
    {
        const ConnectionLimits limits;
        QCOMPARE(limits.maxConnections, 256);
        QCOMPARE(limits.maxRequestBytes, qint64(1024) * 1024);
        QCOMPARE(kMaxNonceLength, 64);
        QCOMPARE(NonceCache().byteCapacity(), qint64(32) * 1024 * 1024);
    }

    // Over HTTP, in the gateway's error body; nothing is remembered.
    void longNoncesGetTheGatewaysInvalidParameter()
    {
        const auto server = startSandbox();
        QVERIFY(server);
        auto request = v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId));
        request.nonce = QString(100000, u'n');
        const HttpResult r = sendV3(m_nam, server->url(), request);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("InvalidParameter"));
        QCOMPARE(r.json().value(QStringLiteral("Message")).toString(),
                 QStringLiteral("The specified value of parameter \"x-acs-signature-nonce\" is not valid."));
        QCOMPARE(r.json().value(QStringLiteral("HostId")).toString(), hostHeader(server->url()));
        QCOMPARE(server->nonceBytes(), qint64(0));

        auto v1 = v1Request(AccessKey::demo(), businessParams(kMobile, kName, kId));
        v1.nonce = QString(kMaxNonceLength + 1, u'n');
        QCOMPARE(sendV1(m_nam, server->url(), v1).code(), QStringLiteral("InvalidParameter"));
        v1.nonce = QString(kMaxNonceLength, u'n');
        QCOMPARE(sendV1(m_nam, server->url(), v1).subCode(), QStringLiteral("101"));
        QVERIFY(server->nonceBytes() > 0);
    }

    void nonceCacheStaysWithinItsBytes()
    {
        // One request per second of sandbox time: when the cache is full it forgets the entry
        // closest to expiry and refuses requests no newer than it (InvalidTimeStamp.Expired).
        ManualClock clock;
        SandboxSetup setup;
        setup.clock = clock.clock();
        setup.qps = 0;
        const auto server = startSandbox(setup);
        QVERIFY(server);
        const qint64 capacity = 8192;
        server->setNonceByteCapacity(capacity);
        for (int i = 0; i < 60; ++i) {
            clock.advanceMs(1000);
            auto request =
                v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId), clock.now());
            request.nonce = QString::number(i).leftJustified(kMaxNonceLength, u'n');
            QCOMPARE(sendV3(m_nam, server->url(), request).status, 200);
            QVERIFY(server->nonceBytes() <= capacity);
        }
        QVERIFY(server->nonceBytes() > capacity / 2);
    }

    // The 257th connection gets a whole 503 ServiceUnavailable in the gateway's shape, with
    // Connection: close, and then the end of the stream; once a slot is free, requests are
    // served again.
    void connectionsOverTheLimitAreRefusedPolitely()
    {
        const auto server = startSandbox();
        QVERIFY(server);
        const QUrl url = server->url();
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        idle.reserve(256);
        for (int i = 0; i < 256; ++i)
            idle.push_back(connectIdle(url));
        QVERIFY(waitConnected(idle));
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 256, 20000);

        const auto request = v3Request(url, AccessKey::demo(), businessParams(kMobile, kName, kId));
        QTcpSocket extra;
        QByteArray received;
        bool closed = false;
        connect(&extra, &QTcpSocket::readyRead, this, [&] { received += extra.readAll(); });
        connect(&extra, &QTcpSocket::disconnected, this, [&] { closed = true; });
        QVERIFY(connectTo(extra, url));
        extra.write(rawV3(request, tricheck::api::signV3(request)));
        QTRY_VERIFY_WITH_TIMEOUT(closed, 10000);
        QVERIFY2(received.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), received.constData());
        QVERIFY(received.contains("\r\nConnection: close\r\n"));
        QVERIFY(received.contains("\r\nContent-Type: application/json; charset=UTF-8\r\n"));
        const QByteArray body = received.mid(received.indexOf("\r\n\r\n") + 4);
        QVERIFY(body.startsWith("{\"RequestId\":"));
        QVERIFY(body.contains("\"Code\":\"ServiceUnavailable\""));
        QCOMPARE(server->limitCounts().refusedConnections, quint64(1));
        QCOMPARE(server->requestCount(), quint64(0));
        QCOMPARE(server->connectionCount(), 256);

        idle.pop_back();
        QTRY_COMPARE(server->connectionCount(), 255);
        QVERIFY(servesNormally(url));
        idle.clear();
        QTRY_COMPARE(server->connectionCount(), 1); // the one QNetworkAccessManager keeps
    }

    void aLowerConnectionLimitApplies()
    {
        const auto server = startSandbox();
        QVERIFY(server);
        ConnectionLimits limits;
        limits.maxConnections = 2;
        server->setConnectionLimits(limits);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        idle.push_back(connectIdle(server->url()));
        idle.push_back(connectIdle(server->url()));
        QVERIFY(waitConnected(idle));
        QTRY_COMPARE(server->connectionCount(), 2);
        const HttpResult refused = sendRaw(server->url(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.code(), QStringLiteral("ServiceUnavailable"));
        QCOMPARE(refused.header("connection"), QByteArray("close"));
        idle.clear();
        QTRY_COMPARE(server->connectionCount(), 0);
        QVERIFY(servesNormally(server->url()));
    }

    // Qt's HTTP server keeps a connection's last request in memory while the connection stays
    // open: after a large one the sandbox closes it (Connection: close), after a small one not.
    void largeRequestsEndTheirConnection()
    {
        const auto server = startSandbox();
        QVERIFY(server);
        const QUrl url = server->url();
        const HttpResult large = sendRaw(url, bigReplyRequest(url, 100000));
        QCOMPARE(large.code(), QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(large.header("connection"), QByteArray("close"));
        const HttpResult small = sendRaw(url, bigReplyRequest(url, 1000));
        QCOMPARE(small.code(), QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(small.header("connection"), QByteArray("keep-alive"));

        QTcpSocket client;
        bool closed = false;
        connect(&client, &QTcpSocket::disconnected, this, [&] { closed = true; });
        connect(&client, &QTcpSocket::readyRead, this, [&] { client.readAll(); });
        QVERIFY(connectTo(client, url));
        client.write(bigReplyRequest(url, 100000));
        QTRY_VERIFY(closed);
        QCOMPARE(server->limitCounts().slowReaders, quint64(0));
    }

    // The gateway's echo of its string to sign is what makes replies large: it is cut at 64 KiB,
    // so no reply is much larger than that whatever the request (V1 encodes the query twice:
    // echoed whole, a 1 MiB request of escaped bytes would get a reply of about 5 MB).
    void repliesStayBounded()
    {
        const auto server = startSandbox();
        QVERIFY(server);
        const QUrl url = server->url();
        const auto request =
            v1Request(AccessKey::demo(), {{QStringLiteral("Padding"), QString(100000, QChar(0x6838))}});
        auto signature = tricheck::api::signV1(request);
        signature.queryString.replace("&Signature=", "&Signature=x");
        const QByteArray bytes = rawV1(hostHeader(url), request, signature);
        QVERIFY(bytes.size() > 900000);
        const HttpResult r = sendRaw(url, bytes);
        QCOMPARE(r.code(), QStringLiteral("SignatureDoesNotMatch"));
        const QString message = r.json().value(QStringLiteral("Message")).toString();
        QVERIFY(message.startsWith(
            u"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&"));
        QVERIFY(message.endsWith(u"..."));
        QVERIFY(r.body.size() < GatewayError::kMaxEchoedStringToSign + 1024);
        // A normal request's string to sign is echoed whole.
        const HttpResult small = sendRaw(url, bigReplyRequest(url, 100));
        QVERIFY(small.json().value(QStringLiteral("Message")).toString().endsWith(u"%26Version%3D2022-08-09"));
    }

    // A client that sends request after request and never reads the replies: once the replies
    // waiting in the socket pass the backlog limit, the sandbox closes the connection.
    void clientsThatDoNotReadAreClosed()
    {
        const auto server = startKeepingLargeRequestsAlive();
        QVERIFY(server);
        const QUrl url = server->url();
        QSignalSpy handled(server.get(), &SandboxServer::requestHandled);
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        clients.push_back(connectIdle(url));
        QVERIFY(waitConnected(clients));
        QTcpSocket* client = clients.front().get();
        QTRY_COMPARE(server->connectionCount(), 1);
        int sent = 0;
        // Each reply is about 64 KB; the kernel's buffers hold a few MB at most.
        while (server->limitCounts().slowReaders == 0 && sent < 1000) {
            client->write(bigReplyRequest(url, 70000));
            ++sent;
            // One request at a time, so the server parses each on its own.
            QTRY_COMPARE_WITH_TIMEOUT(handled.count(), sent, 10000);
        }
        QTRY_COMPARE(server->connectionCount(), 0);
        QCOMPARE(server->limitCounts().slowReaders, quint64(1));
        QCOMPARE(server->events().constLast().code, QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(servesNormally(url));
    }

    // Replies held back by --latency-ms count too: a client that keeps sending while they wait
    // is closed as soon as a reply would take it past the limit, and not before.
    void delayedRepliesCountTowardsTheBacklog()
    {
        const auto server = startKeepingLargeRequestsAlive();
        QVERIFY(server);
        const QUrl url = server->url();
        const qint64 reply = bigReplySize(url, 100000);
        const int fit = int(server->connectionLimits().maxBacklogBytes / reply);
        QVERIFY2(fit >= 2, qPrintable(QString::number(reply)));
        FaultOptions slow;
        slow.latencyMinMs = slow.latencyMaxMs = 600000;
        server->setFaults(slow);
        QSignalSpy handled(server.get(), &SandboxServer::requestHandled);
        QTcpSocket client;
        QVERIFY(connectTo(client, url));
        for (int i = 1; i <= fit; ++i) {
            client.write(bigReplyRequest(url, 100000));
            QTRY_COMPARE(handled.count(), i);
            QCOMPARE(server->connectionCount(), 1);
        }
        QCOMPARE(server->limitCounts().slowReaders, quint64(0));
        client.write(bigReplyRequest(url, 100000)); // one more does not fit
        QTRY_COMPARE(handled.count(), fit + 1);
        QTRY_COMPARE(server->connectionCount(), 0);
        QCOMPARE(server->limitCounts().slowReaders, quint64(1));
        QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);
    }

    // All connections together: the one holding the most goes, the others stay.
    void theConnectionHoldingTheMostGoesFirst()
    {
        const auto server = startKeepingLargeRequestsAlive();
        QVERIFY(server);
        const QUrl url = server->url();
        // Each connection holds its unread replies and its last request (counted twice).
        const qint64 reply = bigReplySize(url, 100000);
        const qint64 request = 2 * bigReplyRequest(url, 100000).size();
        ConnectionLimits limits = server->connectionLimits();
        limits.maxBacklogBytes = 3 * reply;
        limits.maxHeldBytes = (2 * reply + request) + (reply + request) + (reply + request) / 2;
        server->setConnectionLimits(limits);
        FaultOptions slow;
        slow.latencyMinMs = slow.latencyMaxMs = 600000;
        server->setFaults(slow);
        QSignalSpy handled(server.get(), &SandboxServer::requestHandled);
        QTcpSocket a;
        QTcpSocket b;
        QTcpSocket c;
        for (QTcpSocket* s : {&a, &b, &c})
            QVERIFY(connectTo(*s, url));
        QTRY_COMPARE(server->connectionCount(), 3);
        const auto send = [&](QTcpSocket& s) {
            const int before = int(handled.count());
            s.write(bigReplyRequest(url, 100000));
            return QTest::qWaitFor([&] { return handled.count() == before + 1; }, 10000);
        };
        QVERIFY(send(a));
        QVERIFY(send(a));
        QVERIFY(send(b));
        QCOMPARE(server->limitCounts().slowReaders, quint64(0));
        QVERIFY(send(c)); // too much in all: a, holding the most, is closed
        QCOMPARE(server->limitCounts().slowReaders, quint64(1));
        QTRY_VERIFY(a.state() == QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(server->connectionCount(), 2);
        QVERIFY(b.state() == QAbstractSocket::ConnectedState);
        QVERIFY(c.state() == QAbstractSocket::ConnectedState);
    }

    // Unfinished requests, all connections together: the one holding the most is closed, and the
    // request that was still arriving on another connection completes and is answered.
    void theLargestUnfinishedRequestGoesFirst()
    {
        const auto server = startSandbox();
        QVERIFY(server);
        const QUrl url = server->url();
        ConnectionLimits limits;
        limits.maxRequestBytes = qint64(200) * 1024;
        limits.maxPendingRequestBytes = qint64(256) * 1024;
        server->setConnectionLimits(limits);

        QTcpSocket hoarder;
        QVERIFY(connectTo(hoarder, url));
        hoarder.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 190000\r\n\r\n" + QByteArray(150000, 'h'));
        QTRY_VERIFY(server->pendingRequestBytes() > 150000);

        auto form = v3Request(url, AccessKey::demo(), {});
        form.body = tricheck::api::wireQueryString(businessParams(kMobile, kName, kId)) + '&' +
                    tricheck::api::wireQueryString({{QStringLiteral("Padding"), QString(120000, u'x')}});
        form.contentType = "application/x-www-form-urlencoded";
        const QByteArray bytes = rawV3(form, tricheck::api::signV3(form));
        QTcpSocket honest;
        QByteArray received;
        connect(&honest, &QTcpSocket::readyRead, this, [&] { received += honest.readAll(); });
        QVERIFY(connectTo(honest, url));
        honest.write(bytes.left(118000)); // more than 256 KiB unfinished in all
        QTRY_VERIFY(hoarder.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(server->limitCounts().oversizedRequests, quint64(1));
        QVERIFY(honest.state() == QAbstractSocket::ConnectedState);
        honest.write(bytes.mid(118000));
        QTRY_VERIFY(received.contains("\"SubCode\":\"101\""));
        QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        QTRY_COMPARE(server->pendingRequestBytes(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "testsandboxlimits.moc"
