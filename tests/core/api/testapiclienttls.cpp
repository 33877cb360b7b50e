// TLS and plain-http policy, against a real HTTPS server on 127.0.0.1 whose self-signed
// certificate is generated for this run with the openssl command-line tool.
#include "api/apiclient.h"
#include "api/endpoint.h"
#include "api/errortext.h"
#include "apitestutil.h"
#include "network/trustedcertificates.h"
#include "scriptedserver.h"
#include "selfsigned.h"
#include "testenv.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::api;
using namespace tricheck::test;

class TestApiClientTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_certificateFile;
    QString m_keyFile;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslConfiguration m_originalDefault;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ScriptedServer> m_server;

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        const SelfSigned made = makeSelfSigned(m_dir.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        const QString& cert = made.certificate;
        const QString& key = made.key;
        m_certificateFile = cert;
        m_keyFile = key;
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&certFile, QSsl::Pem);
        m_key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        QVERIFY(!m_certificate.isNull());
        QVERIFY(!m_key.isNull());
        m_originalDefault = QSslConfiguration::defaultConfiguration();
    }

    void init()
    {
        QSslConfiguration::setDefaultConfiguration(m_originalDefault);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        m_client->setOptions(fastOptions());
        m_server = std::make_unique<ScriptedServer>();
        m_server->useTls(m_certificate, m_key);
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
        QSslConfiguration::setDefaultConfiguration(m_originalDefault);
    }

    void untrustedCertificateFailsClosed()
    {
        const auto o = runVerify(*m_client, verifyRequest(m_server->url()));
        QVERIFY(o && o->error());
        QCOMPARE(o->error()->kind, ErrorKind::Tls);
        QVERIFY(!o->error()->mayBeBilled);
        QCOMPARE(o->billed(), std::optional<bool>(false));
        QCOMPARE(o->attempts, 1); // a certificate problem is never retried
        QCOMPARE(m_server->requestCount(), 0);
        const QString text = ErrorText::message(*o->error());
        QVERIFY2(text.contains(u"certificate") && text.contains(u"Nothing was sent in clear"), qPrintable(text));
        QVERIFY2(o->error()->detail.contains(u"self signed", Qt::CaseInsensitive) ||
                     o->error()->detail.contains(u"self-signed", Qt::CaseInsensitive),
                 qPrintable(o->error()->detail));
    }

    void ignoringErrorsElsewhereInTheAppDoesNotOpenTheDoor()
    {
        // Another part of the application tries to wave certificate errors through on the shared
        // QNetworkAccessManager: the client still closes before a single request byte.
        connect(m_nam.get(),
                &QNetworkAccessManager::sslErrors,
                this,
                [](QNetworkReply* reply, const QList<QSslError>&) { reply->ignoreSslErrors(); });
        const auto o = runVerify(*m_client, verifyRequest(m_server->url()));
        QVERIFY(o && o->error());
        QCOMPARE(o->error()->kind, ErrorKind::Tls);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void trustedCertificateWorks()
    {
        // Positive control: the same server and certificate, trusted as a CA, gives a result, so
        // the failures above are about trust, not about a broken server.
        QSslConfiguration trusting = m_originalDefault;
        trusting.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto o = runVerify(*m_client, verifyRequest(m_server->url()));
        QVERIFY(o);
        QVERIFY2(o->isResult(), o->error() ? qPrintable(ErrorText::message(*o->error())) : "");
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(verifySignature(m_server->requests().first(), kSecret), QString());
        QVERIFY(!o->sandbox || o->endpoint.startsWith(u"https://127.0.0.1"));
    }

    void certificatesTrustedFromAFileWork()
    {
        // A company's CA in a PEM file (the CaCertificates setting), not in the system's store.
        QString problem;
        const auto extra = network::TrustedCertificates::read(m_certificateFile, &problem);
        QVERIFY2(extra, qPrintable(problem));
        QCOMPARE(extra->size(), 1);
        m_client->setTlsConfiguration(network::TrustedCertificates::configuration(*extra));
        const auto o = runVerify(*m_client, verifyRequest(m_server->url()));
        QVERIFY(o);
        QVERIFY2(o->isResult(), o->error() ? qPrintable(ErrorText::message(*o->error())) : "");
        QCOMPARE(m_server->requestCount(), 1);
        // Only this client trusts it: the process's default configuration is untouched.
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(m_certificate));

        // Verification stays on: the file's CA does not vouch for another name.
        QUrl url = m_server->url();
        url.setHost(QStringLiteral("localhost"));
        const auto other = runVerify(*m_client, verifyRequest(url));
        QVERIFY(other && other->error());
        QCOMPARE(other->error()->kind, ErrorKind::Tls);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void certificatesTrustedFromAFileKeepTheSystemStore()
    {
        // Qt stops looking system CAs up on demand once one is added: they must all be listed, or
        // the real service's certificate would no longer be trusted.
        const QSslConfiguration tls = network::TrustedCertificates::configuration({m_certificate});
        const QList<QSslCertificate> trusted = tls.caCertificates();
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY2(!system.isEmpty(), "this machine has no system CA certificates (ca-certificates)");
        for (const QSslCertificate& c : system)
            QVERIFY2(trusted.contains(c), qPrintable(c.subjectDisplayName()));
        QVERIFY(trusted.contains(m_certificate));
        // No file: the default configuration, looked up on demand as before.
        QCOMPARE(network::TrustedCertificates::configuration({}), QSslConfiguration::defaultConfiguration());
    }

    void certificateFilesThatCannotBeUsed()
    {
        QString problem;
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(!network::TrustedCertificates::read(missing, &problem));
        QVERIFY2(problem.contains(missing), qPrintable(problem));

        QVERIFY(!network::TrustedCertificates::read(m_keyFile, &problem));
        QVERIFY2(problem.contains(QStringLiteral("no PEM certificate")), qPrintable(problem));

        // The certificate is made valid for two days: in a hundred years none is.
        const QDateTime later = QDateTime::currentDateTimeUtc().addYears(100);
        QVERIFY(!network::TrustedCertificates::read(m_certificateFile, &problem, later));
        QVERIFY2(problem.contains(QStringLiteral("valid today")), qPrintable(problem));
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(!network::TrustedCertificates::read(m_certificateFile, &problem, earlier));
    }

    void trustedCertificateForAnotherNameFailsClosed()
    {
        // The certificate names 127.0.0.1 only; reached as "localhost" it does not match.
        QSslConfiguration trusting = m_originalDefault;
        trusting.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        QUrl url = m_server->url();
        url.setHost(QStringLiteral("localhost"));
        const auto o = runVerify(*m_client, verifyRequest(url));
        QVERIFY(o && o->error());
        QCOMPARE(o->error()->kind, ErrorKind::Tls);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void plainHttpToAnotherHostIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("public IP") << "http://192.0.2.10/";
        QTest::newRow("host name") << "http://cloudauth-intl.cn-hongkong.aliyuncs.com/";
        QTest::newRow("looks local") << "http://localhost.example.com:8080/";
        QTest::newRow("private network") << "http://10.0.0.1:80/";
        QTest::newRow("dotted loopback lookalike") << "http://127.0.0.1.nip.io/";
    }
    void plainHttpToAnotherHostIsRefused()
    {
        // An Endpoint, the only thing ApiClient sends to, cannot even be made for these URLs.
        QFETCH(QString, url);
        const auto endpoint = Endpoint::parse(url);
        QVERIFY(!endpoint.hasValue());
        QVERIFY2(endpoint.error().contains(u"https://"), qPrintable(endpoint.error()));
    }
};

QTEST_GUILESS_MAIN(TestApiClientTls)
#include "testapiclienttls.moc"
