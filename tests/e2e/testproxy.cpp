// The client through a real local HTTP proxy (Debian's tinyproxy on loopback) to the sandbox: no
// authentication, and Basic authentication with a wrong and a right password.
#include "api/apiclient.h"
#include "api/errortext.h"
#include "network/proxysettings.h"
#include "sandboxfixture.h"
#include "testenv.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A tinyproxy of this test's own, on 127.0.0.1, stopped when the object goes.
class Tinyproxy
{
public:
    bool start(const QString& dir, const QString& basicAuth)
    {
        m_port = freePort();
        m_log = dir + QStringLiteral("/tinyproxy.log");
        const QString conf = dir + QStringLiteral("/tinyproxy.conf");
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\nMaxClients 20\n"
                               "LogFile \"%2\"\nLogLevel Info\n%3\n")
                    .arg(m_port)
                    .arg(m_log, basicAuth.isEmpty() ? QString() : QStringLiteral("BasicAuth ") + basicAuth)
                    .toUtf8());
        f.close();
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
        if (exe.isEmpty())
            return false;
        m_process.start(exe, {QStringLiteral("-d"), QStringLiteral("-c"), conf});
        if (!m_process.waitForStarted(10000))
            return false;
        // Ready when it accepts connections.
        return QTest::qWaitFor(
            [this] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_port);
                return s.waitForConnected(200);
            },
            15000);
    }
    ~Tinyproxy()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    quint16 port() const { return m_port; }
    QByteArray log() const
    {
        QFile f(m_log);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

api::VerifyOutcome verifyThrough(const network::ProxySettings& proxy, const QUrl& sandbox)
{
    QNetworkAccessManager network;
    network::applyProxy(&network, proxy);
    api::ApiClient client(&network);
    api::VerifyRequest r;
    r.identity = *identity::prepareIdentity(
        identity::checkIdentity(
            {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")},
            identity::ParamType::Md5),
        identity::ParamType::Md5);
    r.credentials = {QStringLiteral("sandbox-access-key-id"), QStringLiteral("sandbox-access-key-secret"), {}, {}};
    r.endpoint = *api::Endpoint::fromUrl(sandbox);
    api::VerifyCall* call = client.verify(r);
    QSignalSpy finished(call, &api::VerifyCall::finished);
    if (!finished.wait(30000))
        return {};
    return call->outcome();
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        if (QStandardPaths::findExecutable(QStringLiteral("tinyproxy")).isEmpty())
            QFAIL("tinyproxy is not installed (installer/quickstart.sh test installs it)");
    }

    void settings()
    {
        QCOMPARE(network::ProxySettings::parse(QStringLiteral("system"))->mode, network::ProxySettings::Mode::System);
        QCOMPARE(network::ProxySettings::parse(QString())->mode, network::ProxySettings::Mode::System);
        QCOMPARE(network::ProxySettings::parse(QStringLiteral("none"))->mode, network::ProxySettings::Mode::None);
        const auto http =
            network::ProxySettings::parse(QStringLiteral("http://proxy.corp:3128"), QStringLiteral("kyc"));
        QVERIFY(http.hasValue());
        QCOMPARE(http->mode, network::ProxySettings::Mode::Http);
        QCOMPARE(http->port, quint16(3128));
        QVERIFY(http->needsPassword());
        QCOMPARE(http->setting(), QStringLiteral("http://proxy.corp:3128"));
        QCOMPARE(network::ProxySettings::parse(QStringLiteral("socks5://10.0.0.1:1080"))->proxy().type(),
                 QNetworkProxy::Socks5Proxy);
        for (const char* bad : {"ftp://p:21", "http://p", "http://user:pw@p:3128", "proxy"})
            QVERIFY2(!network::ProxySettings::parse(QLatin1String(bad)).hasValue(), bad);
    }

    void openProxy()
    {
        QTemporaryDir dir;
        Tinyproxy proxy;
        QVERIFY(proxy.start(dir.path(), {}));
        auto server = test::startSandbox();
        QVERIFY(server);
        network::ProxySettings settings;
        settings.mode = network::ProxySettings::Mode::Http;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = proxy.port();
        settings.loopbackThroughProxy = true; // the sandbox is on loopback too
        const api::VerifyOutcome o = verifyThrough(settings, server->url());
        QVERIFY2(o.isResult(), o.error() ? qPrintable(api::ErrorText::message(*o.error())) : "no outcome");
        QCOMPARE(o.result()->subCode, QStringLiteral("101"));
        QVERIFY(proxy.log().contains("POST")); // it really went through the proxy
    }

    void authenticatingProxy()
    {
        QTemporaryDir dir;
        Tinyproxy proxy;
        QVERIFY(proxy.start(dir.path(), QStringLiteral("tricheck s3cret-pass")));
        auto server = test::startSandbox();
        QVERIFY(server);
        network::ProxySettings settings;
        settings.mode = network::ProxySettings::Mode::Http;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = proxy.port();
        settings.loopbackThroughProxy = true; // the sandbox is on loopback too
        settings.user = QStringLiteral("tricheck");

        settings.password = QStringLiteral("wrong");
        const api::VerifyOutcome refused = verifyThrough(settings, server->url());
        QVERIFY(refused.error());
        QVERIFY2(refused.error()->kind == api::ErrorKind::ProxyAuthentication,
                 qPrintable(refused.error()->cause + u' ' + QString::number(refused.error()->httpStatus)));
        QVERIFY(!refused.error()->mayBeBilled);
        QVERIFY(!api::ErrorText::message(*refused.error()).isEmpty());
        QCOMPARE(server->requestCount(), 0); // nothing reached the service

        settings.password = QStringLiteral("s3cret-pass");
        const api::VerifyOutcome accepted = verifyThrough(settings, server->url());
        QVERIFY2(accepted.isResult(), accepted.error() ? qPrintable(api::ErrorText::message(*accepted.error())) : "");
        QCOMPARE(server->requestCount(), 1);
    }

    void systemProxyExemptsThisComputer()
    {
        // A corporate proxy from the environment is used for the real service but never for the
        // sandbox on loopback, which it could not reach.
        qputenv("http_proxy", "http://127.0.0.1:9");
        qputenv("https_proxy", "http://127.0.0.1:9");
        qunsetenv("no_proxy");
        auto server = test::startSandbox();
        QVERIFY(server);
        network::ProxySettings settings; // System
        QNetworkAccessManager network;
        network::applyProxy(&network, settings);
        const QList<QNetworkProxy> remote = network.proxyFactory()->queryProxy(
            QNetworkProxyQuery(QUrl(QStringLiteral("https://cloudauth-intl.cn-hongkong.aliyuncs.com/"))));
        QVERIFY(!remote.isEmpty());
        QCOMPARE(remote.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(remote.first().port(), quint16(9));
        const api::VerifyOutcome o = verifyThrough(settings, server->url());
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
        QVERIFY2(o.isResult(), o.error() ? qPrintable(api::ErrorText::message(*o.error())) : "no outcome");
    }

    void manualProxyExemptsThisComputer()
    {
        // An operator behind a corporate proxy still reaches the in-process sandbox.
        auto server = test::startSandbox();
        QVERIFY(server);
        network::ProxySettings settings;
        settings.mode = network::ProxySettings::Mode::Http;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = 9; // nothing listens there
        QNetworkAccessManager network;
        network::applyProxy(&network, settings);
        const QList<QNetworkProxy> remote = network.proxyFactory()->queryProxy(
            QNetworkProxyQuery(QUrl(QStringLiteral("https://cloudauth-intl.cn-hongkong.aliyuncs.com/"))));
        QCOMPARE(remote.value(0).type(), QNetworkProxy::HttpProxy);
        QCOMPARE(remote.value(0).port(), quint16(9));
        const api::VerifyOutcome o = verifyThrough(settings, server->url());
        QVERIFY2(o.isResult(), o.error() ? qPrintable(api::ErrorText::message(*o.error())) : "no outcome");
    }

    void noProxyGoesDirect()
    {
        auto server = test::startSandbox();
        QVERIFY(server);
        network::ProxySettings settings;
        settings.mode = network::ProxySettings::Mode::None;
        QVERIFY(verifyThrough(settings, server->url()).isResult());
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "testproxy.moc"
