// Round trips: ApiClient (V3 and V1, normal and md5, with and without STS) against the sandbox,
// every SubCode; throttling answered by the sandbox is retried with a fresh signature; a client
// clock 20 minutes off gets an InvalidTimeStamp explanation; nothing personal reaches any log.
#include "api/apiclient.h"
#include "api/errortext.h"
#include "identity/identityinput.h"
#include "sandboxfixture.h"
#include "testenv.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::api;

Q_DECLARE_METATYPE(tricheck::identity::ParamType)
Q_DECLARE_METATYPE(tricheck::api::SignatureScheme)

namespace {

struct Person
{
    QString mobile, name, id;
};

VerifyOutcome runVerify(ApiClient& client, const VerifyRequest& request)
{
    VerifyCall* call = client.verify(request);
    QSignalSpy finished(call, &VerifyCall::finished);
    if (!finished.wait(20000))
        return {};
    VerifyOutcome outcome = call->outcome();
    call->deleteLater();
    return outcome;
}

VerifyRequest request(const QUrl& sandboxUrl,
                      const Person& p,
                      identity::ParamType type,
                      SignatureScheme scheme,
                      const credentials::Credentials& creds)
{
    const identity::IdentityCheck check = identity::checkIdentity({p.mobile, p.name, p.id}, type);
    VerifyRequest r;
    r.identity = *identity::prepareIdentity(check, type);
    r.credentials = creds;
    r.endpoint = *Endpoint::fromUrl(sandboxUrl);
    r.scheme = scheme;
    r.reference = QStringLiteral("CASE-1");
    return r;
}

credentials::Credentials demoCredentials()
{
    return {QStringLiteral("sandbox-access-key-id"), QStringLiteral("sandbox-access-key-secret"), {}, {}};
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

} // namespace

class TestClientSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void everySubCode_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("bizCode");
        QTest::addColumn<QString>("subCode");
        QTest::addColumn<QString>("isp");
        // Demo registry (resources/sandbox/registry.csv)
        QTest::newRow("101 consistent") << "13800138000" << QStringLiteral("张三") << "11010519491231002X"
                                        << "1"
                                        << "101"
                                        << "CMCC";
        QTest::newRow("201 neither matches") << "13912340001" << QStringLiteral("王伟") << "440106197803050317"
                                             << "2"
                                             << "201"
                                             << "CMCC";
        QTest::newRow("202 name matches") << "13912340001" << QStringLiteral("李娜") << "440106197803050317"
                                          << "2"
                                          << "202"
                                          << "CMCC";
        QTest::newRow("203 ID matches") << "13112340012" << QStringLiteral("王伟") << "230103199106020287"
                                        << "2"
                                        << "203"
                                        << "CUCC";
        QTest::newRow("204 status other") << "18212340007" << QStringLiteral("杨帆") << "320106197007210159"
                                          << "2"
                                          << "204"
                                          << "CMCC";
        QTest::newRow("301 no record") << "13700000000" << QStringLiteral("张三") << "11010519491231002X"
                                       << "3"
                                       << "301"
                                       << "";
        QTest::newRow("minority name, X check char")
            << "15512340014" << QStringLiteral("买买提·吐尔逊") << "65010219681208071X"
            << "1"
            << "101"
            << "CUCC";
        QTest::newRow("CTCC") << "18012340025" << QStringLiteral("韩梅梅") << "110105198309190420"
                              << "1"
                              << "101"
                              << "CTCC";
    }
    void everySubCode()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, bizCode);
        QFETCH(QString, subCode);
        QFETCH(QString, isp);

        const QString stsToken = QStringLiteral("sandbox-sts-token");
        sandbox::AccessKey sts{QStringLiteral("STS.sandbox-id"), QStringLiteral("sts-secret"), stsToken, true, {}};
        test::SandboxSetup setup;
        setup.keys = {sandbox::AccessKey::demo(), sts};
        auto server = test::startSandbox(setup);
        QVERIFY(server);
        QNetworkAccessManager network;
        ApiClient client(&network);

        for (const auto scheme : {SignatureScheme::V3, SignatureScheme::V1}) {
            for (const auto type : {identity::ParamType::Normal, identity::ParamType::Md5}) {
                for (const bool useSts : {false, true}) {
                    const credentials::Credentials creds =
                        useSts ? credentials::Credentials{sts.id, sts.secret, stsToken, {}} : demoCredentials();
                    const QString what = QStringLiteral("%1 %2 %3")
                                             .arg(signatureSchemeName(scheme),
                                                  identity::paramTypeName(type),
                                                  useSts ? QStringLiteral("sts") : QString());
                    const VerifyOutcome o =
                        runVerify(client, request(server->url(), {mobile, name, id}, type, scheme, creds));
                    QVERIFY2(o.isResult(),
                             qPrintable(what + u' ' + (o.error() ? ErrorText::message(*o.error()) : QString())));
                    QCOMPARE(o.result()->bizCode, bizCode);
                    QCOMPARE(o.result()->subCode, subCode);
                    if (!isp.isEmpty() && type == identity::ParamType::Normal)
                        QCOMPARE(o.result()->ispName, isp);
                    QCOMPARE(o.attempts, 1);
                    QVERIFY(o.sandbox);
                    QCOMPARE(o.scheme, scheme);
                    QCOMPARE(o.paramType, type);
                    QVERIFY(!o.result()->requestId.isEmpty());
                }
            }
        }
    }

    void throttlingIsRetriedWithAFreshSignature()
    {
        // The sandbox's clock moves 600 ms per request it handles, so the outcome does not depend on
        // how fast this machine is: of two requests at once, the second lands in the first's second
        // and is throttled (403 Throttling.Api with x-acs-retry-after); its retry, with a new nonce,
        // lands in the next second and is answered.
        test::ManualClock clock;
        test::SandboxSetup setup;
        setup.qps = 1;
        setup.clock = clock.clock();
        auto server = test::startSandbox(setup);
        QVERIFY(server);
        connect(server.get(), &sandbox::SandboxServer::requestHandled, this, [&clock] { clock.advanceMs(600); });
        QNetworkAccessManager network;
        ApiClient client(&network);
        const Person p{QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")};
        VerifyCall* a = client.verify(
            request(server->url(), p, identity::ParamType::Normal, SignatureScheme::V3, demoCredentials()));
        VerifyCall* b = client.verify(
            request(server->url(), p, identity::ParamType::Normal, SignatureScheme::V3, demoCredentials()));
        QSignalSpy fa(a, &VerifyCall::finished);
        QSignalSpy fb(b, &VerifyCall::finished);
        QVERIFY(fa.count() == 1 || fa.wait(20000));
        QVERIFY(fb.count() == 1 || fb.wait(20000));
        QVERIFY(a->outcome().isResult());
        QVERIFY(b->outcome().isResult());
        QCOMPARE(a->outcome().attempts + b->outcome().attempts, 3);
        QCOMPARE(server->requestCount(), 3);
    }

    void clockTwentyMinutesOffIsExplained()
    {
        auto server = test::startSandbox();
        QVERIFY(server);
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20LL * 60); });
        const VerifyOutcome o = runVerify(
            client,
            request(server->url(),
                    {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")},
                    identity::ParamType::Normal,
                    SignatureScheme::V3,
                    demoCredentials()));
        QVERIFY(o.error());
        QCOMPARE(o.error()->kind, ErrorKind::Authentication);
        QVERIFY(o.error()->code.startsWith(QStringLiteral("InvalidTimeStamp")));
        const QString message = ErrorText::message(*o.error());
        QVERIFY2(message.contains(QStringLiteral("clock"), Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(o.attempts, 1); // never retried
    }

    void wrongSecretIsASignatureError()
    {
        auto server = test::startSandbox();
        QVERIFY(server);
        QNetworkAccessManager network;
        ApiClient client(&network);
        credentials::Credentials creds = demoCredentials();
        creds.accessKeySecret = QStringLiteral("not-the-secret");
        for (const auto scheme : {SignatureScheme::V3, SignatureScheme::V1}) {
            const VerifyOutcome o = runVerify(
                client,
                request(server->url(),
                        {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")},
                        identity::ParamType::Normal,
                        scheme,
                        creds));
            QVERIFY(o.error());
            QCOMPARE(o.error()->code, QStringLiteral("SignatureDoesNotMatch"));
            QCOMPARE(o.error()->httpStatus, 400);
            // The sandbox echoes its string-to-sign, which for V1 holds every parameter: redacted.
            QVERIFY(!o.error()->serverMessage.contains(QStringLiteral("13800138000")));
            QVERIFY(!o.error()->serverMessage.contains(QStringLiteral("11010519491231002X")));
            QVERIFY(!o.error()->serverMessage.contains(QStringLiteral("%E5%BC%A0")));
        }
    }

    void nothingPersonalInAnyLog()
    {
        // Every category on, Qt's own included: what either side logs must not reveal the triple.
        QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        {
            auto server = test::startSandbox();
            QVERIFY(server);
            QNetworkAccessManager network;
            ApiClient client(&network);
            for (const auto scheme : {SignatureScheme::V3, SignatureScheme::V1}) {
                const VerifyOutcome o = runVerify(
                    client,
                    request(
                        server->url(),
                        {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")},
                        identity::ParamType::Normal,
                        scheme,
                        demoCredentials()));
                QVERIFY(o.isResult());
            }
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_log.isEmpty());
        const QString all = g_log.join(u'\n');
        for (const QString& secret : {QStringLiteral("13800138000"),
                                      QStringLiteral("张三"),
                                      QStringLiteral("%E5%BC%A0%E4%B8%89"),
                                      QStringLiteral("11010519491231002X"),
                                      QStringLiteral("sandbox-access-key-secret")}) {
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "testclientsandbox.moc"
