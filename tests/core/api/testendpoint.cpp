#include "api/endpoint.h"
#include "api/verifyoutcome.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void namedEndpoints()
    {
        const auto hk = Endpoint::parse(QStringLiteral("hongkong"));
        QVERIFY(hk.hasValue());
        QCOMPARE(hk->kind(), Endpoint::Kind::HongKong);
        QCOMPARE(hk->url().toString(), QStringLiteral("https://cloudauth-intl.cn-hongkong.aliyuncs.com/"));
        QCOMPARE(hk->hostHeader(), QStringLiteral("cloudauth-intl.cn-hongkong.aliyuncs.com"));
        QCOMPARE(hk->id(), QStringLiteral("hongkong"));
        const auto vpc = Endpoint::parse(QStringLiteral("HongKong-VPC"));
        QVERIFY(vpc.hasValue());
        QCOMPARE(vpc->hostHeader(), QStringLiteral("cloudauth-intl-vpc.cn-hongkong.aliyuncs.com"));
        QCOMPARE(vpc->id(), QStringLiteral("hongkong-vpc"));
        // The named endpoint's URL maps back to its name.
        QCOMPARE(Endpoint::parse(QStringLiteral("https://cloudauth-intl.cn-hongkong.aliyuncs.com"))->kind(),
                 Endpoint::Kind::HongKong);
    }

    void customHttps()
    {
        const auto e = Endpoint::parse(QStringLiteral("https://gateway.example.com:8443/"));
        QVERIFY(e.hasValue());
        QCOMPARE(e->kind(), Endpoint::Kind::Custom);
        QCOMPARE(e->hostHeader(), QStringLiteral("gateway.example.com:8443"));
        QVERIFY(e->isTls());
        QVERIFY(!e->isLoopback());
    }

    void loopbackHttpForTheSandbox_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:45413"
                                   << "127.0.0.1:45413";
        QTest::newRow("127.1.2.3") << "http://127.1.2.3:80/"
                                   << "127.1.2.3";
        QTest::newRow("localhost") << "http://localhost:8080"
                                   << "localhost:8080";
        QTest::newRow("::1") << "http://[::1]:9000/"
                             << "[::1]:9000";
    }
    void loopbackHttpForTheSandbox()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        const auto e = Endpoint::parse(url);
        QVERIFY2(e.hasValue(), e.hasValue() ? "" : qPrintable(e.error()));
        QVERIFY(e->isLoopback());
        QVERIFY(!e->isTls());
        QCOMPARE(e->hostHeader(), host);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http to a remote host") << "http://cloudauth-intl.cn-hongkong.aliyuncs.com/";
        QTest::newRow("http to a LAN address") << "http://192.168.1.10:8080/";
        QTest::newRow("ftp") << "ftp://127.0.0.1/";
        QTest::newRow("no host") << "https:///path";
        QTest::newRow("garbage") << "not a url at all";
    }
    void refused()
    {
        QFETCH(QString, url);
        const auto e = Endpoint::parse(url);
        QVERIFY(!e.hasValue());
        QVERIFY(!e.error().isEmpty());
    }

    void errorKindIdsRoundTrip()
    {
        for (int i = 0; i <= int(ErrorKind::ProxyAuthentication); ++i) {
            const auto kind = ErrorKind(i);
            QCOMPARE(errorKindFromId(errorKindId(kind)), std::optional<ErrorKind>(kind));
        }
        QCOMPARE(errorKindId(ErrorKind::Timeout), QStringLiteral("timeout"));
        QVERIFY(!errorKindFromId(u"nope").has_value());
    }

    void schemes()
    {
        QCOMPARE(signatureSchemeName(SignatureScheme::V3), QStringLiteral("v3"));
        QCOMPARE(signatureSchemeFromName(u"V1"), std::optional<SignatureScheme>(SignatureScheme::V1));
        QVERIFY(!signatureSchemeFromName(u"v2").has_value());
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "testendpoint.moc"
