// Signed verifications per second that the sandbox serves on loopback with the client keeping 8
// requests in flight. The sandbox runs in its own thread, the client in the main thread, as two
// processes would on a two-core machine.
//
// Two clients, two rows:
// - "served": a lean HTTP/1.1 client over 8 keep-alive sockets. Every request is signed afresh
//   with TriCheck's V3 signer (new nonce and date, the header set ApiClient sends) and every reply
//   goes through TriCheck's response parser, so the sandbox does all of its work per request. This
//   row measures the sandbox, and carries the target.
// - "end to end": TriCheck's ApiClient over QNetworkAccessManager. On two cores QNAM's own HTTP
//   thread, the main thread and the sandbox compete for the CPUs, so this row measures the client
//   stack as much as the sandbox; it is reported without a target.
#include "api/apiclient.h"
#include "api/responseparser.h"
#include "api/signaturev3.h"
#include "benchmark.h"
#include "identity/identityinput.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

using namespace tricheck;

namespace {

constexpr int kConcurrency = 8;

// The sandbox in a thread of its own, started and stopped from the benchmark's thread.
class SandboxThread
{
public:
    SandboxThread()
    {
        m_thread.setObjectName(QStringLiteral("sandbox"));
        m_anchor.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] {
                m_server = new sandbox::SandboxServer;
                m_server->setQps(0);
                const auto started = m_server->start(QHostAddress::LocalHost, 0);
                if (started)
                    m_url = started.value();
            },
            Qt::BlockingQueuedConnection);
    }
    ~SandboxThread()
    {
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] { delete m_server; },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(SandboxThread)

    QUrl url() const { return m_url; }

private:
    QThread m_thread;
    QObject m_anchor; // lives in the server thread: what invokeMethod runs the server's code on
    sandbox::SandboxServer* m_server = nullptr;
    QUrl m_url;
};

identity::IdentityParams benchIdentity()
{
    return *identity::prepareIdentity(
        identity::checkIdentity(
            {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")},
            identity::ParamType::Normal),
        identity::ParamType::Normal);
}

struct Tally
{
    qint64 started = 0;
    qint64 results = 0;
    qint64 errors = 0;
};

// One keep-alive connection sending signed requests one after another and reading the replies.
class LeanConnection
{
public:
    LeanConnection(const QUrl& url,
                   const identity::IdentityParams& identity,
                   Tally* tally,
                   qint64 total,
                   QEventLoop* loop)
        : m_url(url)
        , m_identity(identity)
        , m_tally(tally)
        , m_total(total)
        , m_loop(loop)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onReadyRead(); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket, [this] {
            ++m_tally->errors;
            m_loop->quit();
        });
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] { sendNext(); });
        m_socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    }

    void sendNext()
    {
        if (m_tally->started >= m_total)
            return;
        ++m_tally->started;
        api::V3Request r;
        r.host = m_url.authority();
        r.query = {{QStringLiteral("ProductCode"), api::ApiClient::productCode()},
                   {QStringLiteral("ParamType"), identity::paramTypeName(m_identity.paramType)},
                   {QStringLiteral("IdentifyNum"), m_identity.idNumber},
                   {QStringLiteral("UserName"), m_identity.name},
                   {QStringLiteral("Mobile"), m_identity.mobile}};
        r.action = api::ApiClient::action();
        r.version = api::ApiClient::apiVersion();
        r.date = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        r.nonce = QString::number(quintptr(this), 16) + QLatin1Char('-') + QString::number(++m_sequence);
        r.accessKeyId = QStringLiteral("sandbox-access-key-id");
        r.accessKeySecret = QStringLiteral("sandbox-access-key-secret");
        const api::V3Signed s = api::signV3(r);

        QByteArray out = "POST /?" + s.queryString + " HTTP/1.1\r\nHost: " + r.host.toLatin1() + "\r\n";
        for (const auto& [name, value] : s.headers)
            out += name + ": " + value + "\r\n";
        out +=
            "user-agent: " + api::ApiClient::userAgent() + "\r\naccept: application/json\r\ncontent-length: 0\r\n\r\n";
        m_socket.write(out);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            api::HttpReply reply;
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            reply.status = lines.value(0).mid(9, 3).toInt();
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
                reply.headers.append({name, value});
            }
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            reply.body = m_buffer.mid(headerEnd + 4, length);
            reply.receivedUtc = QDateTime::currentDateTimeUtc();
            m_buffer.remove(0, headerEnd + 4 + length);
            const api::ParsedReply parsed = api::parseReply(reply);
            std::holds_alternative<api::VerifyResult>(parsed) ? ++m_tally->results : ++m_tally->errors;
            if (m_tally->results + m_tally->errors >= m_total) {
                m_loop->quit();
                return;
            }
            sendNext();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QUrl m_url;
    identity::IdentityParams m_identity;
    Tally* m_tally;
    qint64 m_total;
    QEventLoop* m_loop;
    qint64 m_sequence = 0;
};

void reportRate(bench::Context& context, const QString& what, const Tally& tally, double seconds, bench::Goal goal)
{
    context.report(what,
                   double(tally.results) / seconds,
                   QStringLiteral("/s"),
                   goal,
                   goal == bench::Goal::None ? 0 : 3000);
    context.report(what + QStringLiteral(": errors"),
                   double(tally.errors),
                   QStringLiteral("requests"),
                   bench::Goal::AtMost,
                   0);
}

} // namespace

TRICHECK_BENCHMARK(sandbox, "Sandbox: signed verifications per second at concurrency 8")
{
    const SandboxThread sandbox;
    if (sandbox.url().isEmpty()) {
        context.note(QStringLiteral("the sandbox did not start"));
        return;
    }
    const identity::IdentityParams identity = benchIdentity();
    const qint64 total = context.size(20000, 1000);

    {
        Tally tally;
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        std::vector<std::unique_ptr<LeanConnection>> connections;
        connections.reserve(kConcurrency);
        for (int i = 0; i < kConcurrency; ++i)
            connections.push_back(std::make_unique<LeanConnection>(sandbox.url(), identity, &tally, total, &loop));
        loop.exec(); // each connection starts sending once connected
        reportRate(context,
                   QStringLiteral("verifications served (8 keep-alive connections)"),
                   tally,
                   double(t.nsecsElapsed()) / 1e9,
                   bench::Goal::AtLeast);
    }

    {
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        api::VerifyRequest request;
        request.identity = identity;
        request.credentials = {QStringLiteral("sandbox-access-key-id"),
                               QStringLiteral("sandbox-access-key-secret"),
                               {},
                               {}};
        request.endpoint = *api::Endpoint::fromUrl(sandbox.url());

        Tally tally;
        QEventLoop loop;
        std::function<void()> launch = [&] {
            ++tally.started;
            api::VerifyCall* call = client.verify(request);
            QObject::connect(call, &api::VerifyCall::finished, &loop, [&, call](const api::VerifyOutcome& o) {
                o.isResult() ? ++tally.results : ++tally.errors;
                call->deleteLater();
                if (tally.started < total)
                    launch();
                else if (tally.results + tally.errors == total)
                    loop.quit();
            });
        };
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kConcurrency; ++i)
            launch();
        loop.exec();
        reportRate(context,
                   QStringLiteral("end to end through ApiClient (QNAM, 8 in flight)"),
                   tally,
                   double(t.nsecsElapsed()) / 1e9,
                   bench::Goal::None);
    }
}
