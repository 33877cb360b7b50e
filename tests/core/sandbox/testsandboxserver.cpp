// The sandbox over real HTTP on loopback: requests signed by TriCheck's signers and sent with
// QNetworkAccessManager get every SubCode (V3 and V1, normal and md5, with and without STS); each
// tampered request gets the gateway's Code, HTTP status and error body; fault injection, the
// request counter and event log, robustness against hostile bytes, and start/stop.
#include "identity/digest.h"
#include "sandbox/responsebody.h"
#include "sandboxfixture.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tricheck::sandbox;
using namespace tricheck::test;
using tricheck::api::QueryItems;
using tricheck::identity::ParamType;

namespace {

// One person per answer: 张三 is active, 王芳 is "other".
const QString kMobile = QStringLiteral("13800138000");
const QString kName = QStringLiteral("张三");
const QString kId = QStringLiteral("11010519491231002X");

Registry testRegistry()
{
    return registryFromCsv("mobile,name,id_number,carrier,status\n"
                           "13800138000,张三,11010519491231002X,CMCC,active\n"
                           "13012345678,阿依古丽·买买提,650102199304050483,CUCC,active\n"
                           "18912345678,王芳,500103198709140407,CTCC,other\n");
}

AccessKey stsKey()
{
    return {QStringLiteral("STS.sandbox-test"),
            QStringLiteral("sts-secret"),
            QStringLiteral("CAIS-token+/="),
            true,
            {}};
}

SandboxSetup testSetup()
{
    SandboxSetup setup;
    setup.registry = testRegistry();
    setup.keys = {AccessKey::demo(), stsKey()};
    return setup;
}

bool isUpperUuid(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"));
    return uuid.match(text).hasMatch();
}

void verifyErrorBody(const HttpResult& r, const QString& host)
{
    QVERIFY(r.replied);
    QCOMPARE(r.header("content-type"), QByteArray("application/json; charset=UTF-8"));
    const QJsonObject body = r.json();
    QCOMPARE(body.keys(),
             (QStringList{QStringLiteral("Code"),
                          QStringLiteral("HostId"),
                          QStringLiteral("Message"),
                          QStringLiteral("Recommend"),
                          QStringLiteral("RequestId")}));
    QVERIFY(isUpperUuid(body.value(QStringLiteral("RequestId")).toString()));
    QCOMPARE(body.value(QStringLiteral("HostId")).toString(), host);
    QVERIFY(!body.value(QStringLiteral("Message")).toString().isEmpty());
    QVERIFY(body.value(QStringLiteral("Recommend")).toString().startsWith(u"https://"));
    QVERIFY(r.body.startsWith("{\"RequestId\":"));
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private slots:
    void initTestCase() { isolateEnvironment(); }

    void everySubCodeRoundTrips_data()
    {
        QTest::addColumn<bool>("useV1");
        QTest::addColumn<bool>("md5");
        QTest::addColumn<bool>("sts");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("bizCode");
        QTest::addColumn<QString>("subCode");
        QTest::addColumn<QString>("isp");
        struct Case
        {
            const char* tag;
            QString mobile, name, id;
            const char *bizCode, *subCode, *isp;
        };
        const QString otherId = QStringLiteral("110101199003074477");
        const QList<Case> cases = {
            {"101", kMobile, kName, kId, "1", "101", "CMCC"},
            {"101 minority name",
             QStringLiteral("13012345678"),
             QStringLiteral("阿依古丽·买买提"),
             QStringLiteral("650102199304050483"),
             "1",
             "101",
             "CUCC"},
            {"201", kMobile, QStringLiteral("李四"), otherId, "2", "201", "CMCC"},
            {"202", kMobile, kName, otherId, "2", "202", "CMCC"},
            {"203", kMobile, QStringLiteral("李四"), kId, "2", "203", "CMCC"},
            {"204",
             QStringLiteral("18912345678"),
             QStringLiteral("王芳"),
             QStringLiteral("500103198709140407"),
             "2",
             "204",
             "CTCC"},
            {"301", QStringLiteral("13900000000"), kName, kId, "3", "301", "CMCC"},
        };
        for (const bool useV1 : {false, true})
            for (const bool md5 : {false, true})
                for (const bool sts : {false, true})
                    for (const Case& c : cases)
                        QTest::addRow("%s %s %s %s",
                                      useV1 ? "v1" : "v3",
                                      md5 ? "md5" : "normal",
                                      sts ? "sts" : "ak",
                                      c.tag)
                            << useV1 << md5 << sts << c.mobile << c.name << c.id << QString::fromLatin1(c.bizCode)
                            << QString::fromLatin1(c.subCode)
                            << ((md5 && qstrcmp(c.subCode, "301") == 0) ? QString() : QString::fromLatin1(c.isp));
    }
    void everySubCodeRoundTrips()
    {
        QFETCH(bool, useV1);
        QFETCH(bool, md5);
        QFETCH(bool, sts);
        QFETCH(QString, mobile);
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, bizCode);
        QFETCH(QString, subCode);
        QFETCH(QString, isp);
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        const QUrl url = server->url();
        const AccessKey key = sts ? stsKey() : AccessKey::demo();
        const QueryItems params = businessParams(mobile, name, id, md5 ? ParamType::Md5 : ParamType::Normal);

        const HttpResult r =
            useV1 ? sendV1(m_nam, url, v1Request(key, params)) : sendV3(m_nam, url, v3Request(url, key, params));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.header("content-type"), QByteArray("application/json;charset=utf-8"));
        const QJsonObject body = r.json();
        QVERIFY(r.body.startsWith("{\"RequestId\":"));
        const QString requestId = body.value(QStringLiteral("RequestId")).toString();
        QVERIFY(isUpperUuid(requestId));
        QCOMPARE(r.header("x-acs-request-id"), requestId.toLatin1());
        QCOMPARE(body.value(QStringLiteral("Code")).toString(), QStringLiteral("Success"));
        QCOMPARE(body.value(QStringLiteral("Message")).toString(), QStringLiteral("success"));
        const QJsonObject result = body.value(QStringLiteral("Result")).toObject();
        QCOMPARE(result.value(QStringLiteral("BizCode")).toString(), bizCode);
        QCOMPARE(result.value(QStringLiteral("SubCode")).toString(), subCode);
        QCOMPARE(result.value(QStringLiteral("IspName")).toString(), isp);

        QCOMPARE(server->requestCount(), quint64(1));
        const SandboxEvent event = server->events().constFirst();
        QCOMPARE(event.scheme, useV1 ? QStringLiteral("v1") : QStringLiteral("v3"));
        QCOMPARE(event.subCode, subCode);
        QCOMPARE(event.accessKeyId, key.id);
        QCOMPARE(event.paramType, md5 ? QStringLiteral("md5") : QStringLiteral("normal"));
    }

    void requestIdsAreFresh()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        QSet<QString> ids;
        for (int i = 0; i < 5; ++i) {
            const HttpResult r =
                sendV3(m_nam,
                       server->url(),
                       v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId)));
            QCOMPARE(r.status, 200);
            ids.insert(r.json().value(QStringLiteral("RequestId")).toString());
        }
        QCOMPARE(ids.size(), 5);
    }

    void getAndFormBodiesWork()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        const QUrl url = server->url();
        auto get = v3Request(url, AccessKey::demo(), businessParams(kMobile, kName, kId));
        get.method = "GET";
        QCOMPARE(sendV3(m_nam, url, get).subCode(), QStringLiteral("101"));
        auto getV1 = v1Request(AccessKey::demo(), businessParams(kMobile, kName, kId));
        getV1.method = "GET";
        QCOMPARE(sendV1(m_nam, url, getV1).subCode(), QStringLiteral("101"));

        auto form = v3Request(url, AccessKey::demo(), {});
        form.body =
            tricheck::api::wireQueryString(businessParams(kMobile, kName, QStringLiteral("110101199003074477")));
        form.contentType = "application/x-www-form-urlencoded";
        QCOMPARE(sendV3(m_nam, url, form).subCode(), QStringLiteral("202"));
    }

    // Qt adds "Content-Type: application/x-www-form-urlencoded" to a bodyless post() (spec §3.5):
    // unsigned, the service refuses it; signed, it passes.
    void qtsDefaultContentTypeMustBeSigned()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        const QUrl url = server->url();
        for (const bool signContentType : {false, true}) {
            auto request = v3Request(url, AccessKey::demo(), businessParams(kMobile, kName, kId));
            if (signContentType)
                request.contentType = "application/x-www-form-urlencoded";
            const auto s = tricheck::api::signV3(request);
            QUrl target = url;
            target.setPath(QStringLiteral("/"));
            target.setQuery(QString::fromLatin1(s.queryString), QUrl::StrictMode);
            QNetworkRequest qr(target);
            for (const auto& [name, value] : s.headers) {
                if (name != "content-type")
                    qr.setRawHeader(name, value);
            }
            QNetworkReply* reply = m_nam.post(qr, QByteArray());
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            QCOMPARE(body.value(QStringLiteral("Code")).toString(),
                     signContentType ? QStringLiteral("Success") : QStringLiteral("IncompleteSignature"));
        }
    }

    void tamperedRequests_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("changed parameter")
            << QByteArray("Mobile=13800138000") << QByteArray("Mobile=13800138001") << "SignatureDoesNotMatch" << 400;
        QTest::newRow("changed signed header")
            << QByteArray("x-acs-version: 2022-08-09") << QByteArray("x-acs-version: 2022-08-10")
            << "SignatureDoesNotMatch" << 400;
        QTest::newRow("unsigned x-acs header")
            << QByteArray("\r\nContent-Length:") << QByteArray("\r\nx-acs-retry-attempts: 1\r\nContent-Length:")
            << "IncompleteSignature" << 400;
        QTest::newRow("malformed authorization")
            << QByteArray(",Signature=") << QByteArray(",Sig=") << "IncompleteSignature" << 400;
        QTest::newRow("unknown key") << QByteArray("Credential=sandbox-access-key-id")
                                     << QByteArray("Credential=someone-else") << "InvalidAccessKeyId.NotFound" << 404;
        QTest::newRow("product code") << QByteArray("ProductCode=MOBILE_3META")
                                      << QByteArray("ProductCode=MOBILE_2META") << "SignatureDoesNotMatch" << 400;
    }
    void tamperedRequests()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, code);
        QFETCH(int, status);
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        const auto request = v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId));
        QByteArray bytes = rawV3(request, tricheck::api::signV3(request));
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        const HttpResult r = sendRaw(server->url(), bytes);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        verifyErrorBody(r, hostHeader(server->url()));
    }

    void credentialAndClockErrors()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        const QUrl url = server->url();
        const QueryItems params = businessParams(kMobile, kName, kId);
        const auto check = [&](const HttpResult& r, const char* code, int status) {
            QCOMPARE(r.code(), QLatin1String(code));
            QCOMPARE(r.status, status);
            verifyErrorBody(r, hostHeader(url));
        };

        AccessKey wrongSecret = AccessKey::demo();
        wrongSecret.secret = QStringLiteral("guess");
        check(sendV3(m_nam, url, v3Request(url, wrongSecret, params)), "SignatureDoesNotMatch", 400);
        check(sendV1(m_nam, url, v1Request(wrongSecret, params)), "SignatureDoesNotMatch", 400);

        const AccessKey unknown{QStringLiteral("unknown"), QStringLiteral("secret"), {}, true, {}};
        check(sendV3(m_nam, url, v3Request(url, unknown, params)), "InvalidAccessKeyId.NotFound", 404);
        check(sendV1(m_nam, url, v1Request(unknown, params)), "InvalidAccessKeyId.NotFound", 404);

        AccessKey badToken = stsKey();
        badToken.securityToken = QStringLiteral("CAIS-forged");
        check(sendV3(m_nam, url, v3Request(url, badToken, params)), "InvalidSecurityToken.MismatchWithAccessKey", 400);
        check(sendV1(m_nam, url, v1Request(badToken, params)), "InvalidSecurityToken.MismatchWithAccessKey", 400);

        const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-16LL * 60);
        check(sendV3(m_nam, url, v3Request(url, AccessKey::demo(), params, stale)), "InvalidTimeStamp.Expired", 400);
        check(sendV1(m_nam, url, v1Request(AccessKey::demo(), params, stale)), "InvalidTimeStamp.Expired", 400);

        // The same signed request twice: the nonce is spent.
        const auto once = v3Request(url, AccessKey::demo(), params);
        QCOMPARE(sendV3(m_nam, url, once).status, 200);
        check(sendV3(m_nam, url, once), "SignatureNonceUsed", 400);
        const auto onceV1 = v1Request(AccessKey::demo(), params);
        QCOMPARE(sendV1(m_nam, url, onceV1).status, 200);
        check(sendV1(m_nam, url, onceV1), "SignatureNonceUsed", 400);
    }

    void businessErrors_data()
    {
        QTest::addColumn<QueryItems>("params");
        QTest::addColumn<QString>("code");
        QueryItems missing = businessParams(kMobile, kName, kId);
        missing.removeLast();
        QTest::newRow("missing UserName") << missing << "MissingParameter";
        QueryItems product = businessParams(kMobile, kName, kId);
        product[3].second = QStringLiteral("MOBILE_2META");
        QTest::newRow("product code") << product << "InvalidParameter";
        QueryItems paramType = businessParams(kMobile, kName, kId);
        paramType[2].second = QStringLiteral("sm3");
        QTest::newRow("param type") << paramType << "InvalidParameter";
        QueryItems md5 = businessParams(kMobile, kName, kId, ParamType::Md5);
        md5[1].second = md5[1].second.toUpper();
        QTest::newRow("md5 upper case") << md5 << "InvalidParameter";
    }
    void businessErrors()
    {
        QFETCH(QueryItems, params);
        QFETCH(QString, code);
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        for (const bool useV1 : {false, true}) {
            const HttpResult r =
                useV1 ? sendV1(m_nam, server->url(), v1Request(AccessKey::demo(), params))
                      : sendV3(m_nam, server->url(), v3Request(server->url(), AccessKey::demo(), params));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), code);
            verifyErrorBody(r, hostHeader(server->url()));
        }
    }

    void throttlingSendsRetryAfter()
    {
        SandboxSetup setup = testSetup();
        ManualClock clock;
        setup.clock = clock.clock();
        setup.qps = 2;
        const auto server = startSandbox(setup);
        QVERIFY(server);
        const QUrl url = server->url();
        const QueryItems params = businessParams(kMobile, kName, kId);
        QCOMPARE(sendV3(m_nam, url, v3Request(url, AccessKey::demo(), params, clock.now())).status, 200);
        QCOMPARE(sendV1(m_nam, url, v1Request(AccessKey::demo(), params, clock.now())).status, 200);
        clock.advanceMs(250);
        const HttpResult throttled = sendV3(m_nam, url, v3Request(url, AccessKey::demo(), params, clock.now()));
        QCOMPARE(throttled.status, 403);
        QCOMPARE(throttled.code(), QStringLiteral("Throttling.Api"));
        QCOMPARE(throttled.header("x-acs-retry-after"), QByteArray("750"));
        verifyErrorBody(throttled, hostHeader(url));
        // Other keys are not affected; the budget comes back after the window.
        QCOMPARE(sendV3(m_nam, url, v3Request(url, stsKey(), params, clock.now())).status, 200);
        clock.advanceMs(750);
        QCOMPARE(sendV3(m_nam, url, v3Request(url, AccessKey::demo(), params, clock.now())).status, 200);
    }

    void dateHeaderFollowsTheSandboxClock()
    {
        SandboxSetup setup = testSetup();
        ManualClock clock(QDateTime(QDate(2025, 1, 15), QTime(8, 30, 5), Qt::UTC));
        setup.clock = clock.clock();
        const auto server = startSandbox(setup);
        QVERIFY(server);
        const QUrl url = server->url();
        const QueryItems params = businessParams(kMobile, kName, kId);
        const HttpResult now = sendV3(m_nam, url, v3Request(url, AccessKey::demo(), params));
        QCOMPARE(now.code(), QStringLiteral("InvalidTimeStamp.Expired"));
        QCOMPARE(now.header("date"), QByteArray("Wed, 15 Jan 2025 08:30:05 GMT"));
        QCOMPARE(sendV3(m_nam, url, v3Request(url, AccessKey::demo(), params, clock.now())).subCode(),
                 QStringLiteral("101"));
    }

    void v1WithoutFormatAnswersXml()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        for (const char* format : {"", "XML"}) {
            auto request = v1Request(AccessKey::demo(), businessParams(kMobile, kName, kId));
            request.format = QLatin1String(format);
            auto s = tricheck::api::signV1(request);
            if (request.format.isEmpty()) {
                // signV1 always sends Format; re-sign without it, as an old client would.
                QueryItems params = s.signedParams;
                params.removeIf([](const auto& item) { return item.first == u"Format"; });
                s.signature = tricheck::api::v1Signature(
                    request.accessKeySecret,
                    tricheck::api::v1StringToSign("POST", tricheck::api::canonicalQueryString(params)));
                params.append({QStringLiteral("Signature"), QString::fromLatin1(s.signature)});
                s.queryString = tricheck::api::wireQueryString(params);
            }
            const HttpResult r = sendRaw(server->url(), rawV1(hostHeader(server->url()), request, s));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("content-type"), QByteArray("text/xml;charset=utf-8"));
            QXmlStreamReader xml(r.body);
            QString root;
            QString subCode;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (root.isEmpty())
                    root = xml.name().toString();
                if (xml.name() == u"SubCode")
                    subCode = xml.readElementText();
            }
            QVERIFY(!xml.hasError());
            QCOMPARE(root, QStringLiteral("Mobile3MetaVerifyIntlResponse"));
            QCOMPARE(subCode, QStringLiteral("101"));
        }
    }

    void failRateAnswers503()
    {
        SandboxSetup setup = testSetup();
        setup.faults.failRate = 1;
        const auto server = startSandbox(setup);
        QVERIFY(server);
        const auto request = v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId));
        const HttpResult r = sendV3(m_nam, server->url(), request);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), QStringLiteral("ServiceUnavailable"));
        verifyErrorBody(r, hostHeader(server->url()));
        QCOMPARE(server->events().constLast().fault, QStringLiteral("unavailable"));
        // The request was not processed: its nonce is still good once the fault is gone.
        server->setFaults({});
        QCOMPARE(sendV3(m_nam, server->url(), request).status, 200);
    }

    void dropRateClosesWithoutReply()
    {
        SandboxSetup setup = testSetup();
        setup.faults.dropRate = 1;
        const auto server = startSandbox(setup);
        QVERIFY(server);
        const auto request = v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId));
        const HttpResult raw = sendRaw(server->url(), rawV3(request, tricheck::api::signV3(request)));
        QVERIFY(!raw.replied);
        const HttpResult viaQt = sendV3(m_nam, server->url(), request);
        QVERIFY(!viaQt.replied);
        QCOMPARE(viaQt.error, QNetworkReply::RemoteHostClosedError);
        // Qt 6.4's QNetworkAccessManager silently sends a request again, once, when the connection
        // closes before any reply: the sandbox saw this signed POST twice. A client must know (a
        // processed request is billed), and the sandbox must count what really arrived.
        QCOMPARE(server->requestCount(), quint64(3));
        QCOMPARE(server->events().constLast().fault, QStringLiteral("drop"));
        QCOMPARE(server->events().constLast().httpStatus, 0);
    }

    void malformedRateBreaksTheBody()
    {
        SandboxSetup setup = testSetup();
        setup.faults.malformedRate = 1;
        const auto server = startSandbox(setup);
        QVERIFY(server);
        const HttpResult r = sendV3(m_nam,
                                    server->url(),
                                    v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-length").toInt(), r.body.size());
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(server->events().constLast().fault, QStringLiteral("malformed"));
    }

    void latencyDelaysReplies()
    {
        SandboxSetup setup = testSetup();
        setup.faults.latencyMinMs = setup.faults.latencyMaxMs = 300;
        const auto server = startSandbox(setup);
        QVERIFY(server);
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = sendV3(m_nam,
                                    server->url(),
                                    v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId)));
        QCOMPARE(r.status, 200);
        QVERIFY(timer.elapsed() >= 300); // a lower bound: it can only be slower
        QCOMPARE(server->events().constLast().latencyMs, 300);

        FaultOptions range;
        range.latencyMinMs = 20;
        range.latencyMaxMs = 60;
        server->setFaults(range);
        server->setRandomSeed(7);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(sendV3(m_nam,
                            server->url(),
                            v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId)))
                         .status,
                     200);
            const int latency = server->events().constLast().latencyMs;
            QVERIFY(latency >= 20 && latency <= 60);
        }
    }

    // Two requests on one connection, the first delayed longer than the second: the replies
    // still come back in request order.
    void delayedRepliesKeepTheirOrder()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        const QUrl url = server->url();
        const auto first = v3Request(url, AccessKey::demo(), businessParams(kMobile, kName, kId));
        const auto second =
            v3Request(url, AccessKey::demo(), businessParams(QStringLiteral("13900000000"), kName, kId));
        FaultOptions slowThenFast;
        slowThenFast.latencyMinMs = 0;
        slowThenFast.latencyMaxMs = 400;
        server->setFaults(slowThenFast);
        // Find a seed whose first latency is longer than its second.
        quint32 seed = 0;
        for (;; ++seed) {
            QRandomGenerator probe(seed);
            const int a = probe.bounded(0, 401);
            const int b = probe.bounded(0, 401);
            if (a > b + 100)
                break;
        }
        server->setRandomSeed(seed);

        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(url.host(), quint16(url.port()));
        QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
        socket.write(rawV3(first, tricheck::api::signV3(first)) + rawV3(second, tricheck::api::signV3(second)));
        QTRY_COMPARE_WITH_TIMEOUT(received.count("HTTP/1.1 200 OK"), 2, 10000);
        QTRY_VERIFY(received.count("\"SubCode\":") == 2);
        QVERIFY(server->events().at(0).latencyMs > server->events().at(1).latencyMs);
        QVERIFY(received.indexOf("\"SubCode\":\"101\"") < received.indexOf("\"SubCode\":\"301\""));
    }

    void seededFaultsAreReproducible()
    {
        const auto run = [](quint32 seed) {
            SandboxSetup setup = testSetup();
            setup.faults.failRate = 0.3;
            setup.faults.dropRate = 0.2;
            setup.faults.malformedRate = 0.2;
            const auto server = startSandbox(setup);
            server->setRandomSeed(seed);
            QStringList faults;
            for (int i = 0; i < 20; ++i) {
                const auto request = v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId));
                sendRaw(server->url(), rawV3(request, tricheck::api::signV3(request)));
                faults.append(server->events().constLast().fault);
            }
            return faults;
        };
        const QStringList a = run(42);
        QCOMPARE(run(42), a);
        QVERIFY(a.contains(QStringLiteral("drop")));
        QVERIFY(a.contains(QStringLiteral("unavailable")));
        QVERIFY(a.contains(QStringLiteral("malformed")));
        QVERIFY(a.contains(QString()));
    }

    void countsRequestsAndLogsNoPersonalData()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        QSignalSpy handled(server.get(), &SandboxServer::requestHandled);
        const QueryItems params = businessParams(kMobile, kName, kId);
        sendV3(m_nam, server->url(), v3Request(server->url(), AccessKey::demo(), params));
        sendV1(m_nam, server->url(), v1Request(AccessKey::demo(), params));
        sendRaw(server->url(), "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(server->requestCount(), quint64(3));
        QCOMPARE(handled.count(), 3);
        QCOMPARE(server->events().size(), 3);
        QCOMPARE(server->events().at(2).code, QStringLiteral("InvalidApi.NotFound"));
        QCOMPARE(server->events().at(2).httpStatus, 404);
        QByteArray log;
        for (const SandboxEvent& e : server->events())
            log += QJsonDocument(e.toJson()).toJson();
        for (const QString& secret : {kMobile, kName, kId, tricheck::identity::md5Hex(kMobile)})
            QVERIFY(!log.contains(secret.toUtf8()));
        QCOMPARE(server->events().constFirst().sequence, quint64(1));
        server->clearEvents();
        QVERIFY(server->events().isEmpty());
        QCOMPARE(server->requestCount(), quint64(3));
    }

    // Events name the person asked about only as a subject: the same within a run, whatever the
    // answer or an injected fault, and unrelated after a restart. Successes carry the BizCode.
    void eventsCarrySubjectsAndBizCodes()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        const QueryItems zhangSan = businessParams(kMobile, kName, kId);
        const QueryItems other = businessParams(QStringLiteral("13900000000"), kName, kId);
        sendV3(m_nam, server->url(), v3Request(server->url(), AccessKey::demo(), zhangSan));
        sendV1(m_nam, server->url(), v1Request(AccessKey::demo(), zhangSan));
        sendV3(m_nam, server->url(), v3Request(server->url(), AccessKey::demo(), other));
        FaultOptions failing;
        failing.failRate = 1;
        server->setFaults(failing);
        sendV3(m_nam, server->url(), v3Request(server->url(), AccessKey::demo(), zhangSan));
        server->setFaults({});
        sendRaw(server->url(), "GET /?Signature=x HTTP/1.1\r\nHost: x\r\n\r\n");

        const QList<SandboxEvent> events = server->events();
        QCOMPARE(events.size(), 5);
        const QString subject = events.at(0).subject;
        QCOMPARE(subject.size(), 64);
        QCOMPARE(events.at(1).subject, subject);
        QVERIFY(events.at(2).subject != subject);
        QCOMPARE(events.at(3).subject, subject);
        QCOMPARE(events.at(3).fault, QStringLiteral("unavailable"));
        QVERIFY(events.at(4).subject.isEmpty());
        QCOMPARE(events.at(0).bizCode, QStringLiteral("1"));
        QCOMPARE(events.at(2).bizCode, QStringLiteral("3"));
        QVERIFY(events.at(3).bizCode.isEmpty());
        QCOMPARE(events.at(0).toJson().value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(events.at(0).toJson().value(QStringLiteral("bizCode")).toString(), QStringLiteral("1"));
        QVERIFY(!events.at(4).toJson().contains(QStringLiteral("subject")));

        server->stop();
        QVERIFY(server->start());
        sendV3(m_nam, server->url(), v3Request(server->url(), AccessKey::demo(), zhangSan));
        QCOMPARE(server->events().constLast().code, QStringLiteral("Success"));
        QVERIFY(server->events().constLast().subject != subject);
    }

    void survivesHostileBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("\x00\xff\r\n\r\nGARBAGE", 13);
        QTest::newRow("no host, no signature") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("http/1.0") << QByteArray("GET /?Signature=x HTTP/1.0\r\n\r\n");
        QTest::newRow("huge content-length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                                           "9223372036854775807\r\n\r\nabc");
        QTest::newRow("2 GB content-length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                                           "2147483000\r\n\r\nabc");
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("absolute target") << QByteArray("POST http://evil.example/?a=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("invalid utf-8 query") << QByteArray("GET /?Signature=\xff\xfe&AccessKeyId=%zz HTTP/1.1\r\n"
                                                           "Host: x\r\n\r\n");
        QTest::newRow("websocket upgrade") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                                                         "Connection: Upgrade\r\n\r\n");
        QTest::newRow("bad authorization") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nAuthorization: ACS3-HMAC-"
                                                         "SHA256 ,,,==;;\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("long header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nx-acs-a: " + QByteArray(200000, 'a') +
                                                   "\r\n\r\n");
    }
    void survivesHostileBytes()
    {
        QFETCH(QByteArray, bytes);
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        sendRaw(server->url(), bytes, 2000);
        // Still serving.
        QCOMPARE(sendV3(m_nam,
                        server->url(),
                        v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId)))
                     .status,
                 200);
    }

    void oversizedRequestsAreCut()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        server->stop();
        server->setMaxRequestBytes(64LL * 1024);
        QVERIFY(server->start());
        const QByteArray body(qsizetype(256) * 1024, 'a');
        const HttpResult r = sendRaw(
            server->url(),
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(!r.replied);
        QCOMPARE(server->requestCount(), quint64(0));
        // A request just under the limit is still answered.
        auto form = v3Request(server->url(), AccessKey::demo(), {});
        form.body = tricheck::api::wireQueryString(businessParams(kMobile, kName, kId)) + '&' +
                    tricheck::api::wireQueryString({{QStringLiteral("Padding"), QString(30000, u'x')}});
        form.contentType = "application/x-www-form-urlencoded";
        QCOMPARE(sendV3(m_nam, server->url(), form).subCode(), QStringLiteral("101"));
    }

    void startsOnLoopbackOnlyAndStops()
    {
        SandboxServer server;
        QVERIFY(!server.isListening());
        QVERIFY(server.url().isEmpty());
        for (const auto& address : {QHostAddress(QHostAddress::Any), QHostAddress(QStringLiteral("192.0.2.1"))}) {
            const auto refused = server.start(address, 0);
            QVERIFY(!refused);
            QVERIFY(refused.error().contains(QStringLiteral("loopback")));
        }
        QVERIFY(!server.isListening());

        const auto started = server.start();
        QVERIFY(started);
        QCOMPARE(started->scheme(), QStringLiteral("http"));
        QCOMPARE(started->host(), QStringLiteral("127.0.0.1"));
        QVERIFY(started->port() > 0);
        QCOMPARE(server.port(), quint16(started->port()));
        QCOMPARE(server.start().value(), started.value()); // idempotent
        // The GUI's default: demo key, demo registry.
        QCOMPARE(server.keys().size(), 1);
        QCOMPARE(server.keys().constFirst().id, QStringLiteral("sandbox-access-key-id"));
        QVERIFY(server.registry().size() >= 30);
        const Person& demoPerson = server.registry().people().constFirst();
        const HttpResult r = sendV3(m_nam,
                                    *started,
                                    v3Request(*started,
                                              AccessKey::demo(),
                                              businessParams(demoPerson.mobile, demoPerson.name, demoPerson.idNumber)));
        QCOMPARE(r.subCode(), QStringLiteral("101"));

        server.stop();
        QVERIFY(!server.isListening());
        QVERIFY(server.url().isEmpty());
        QVERIFY(!sendRaw(*started, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 2000).replied);
        QVERIFY(server.start());
        QVERIFY(server.isListening());
    }

    void listensOnIpv6Loopback()
    {
        SandboxServer server;
        const auto started = server.start(QHostAddress(QHostAddress::LocalHostIPv6));
        if (!started)
            QSKIP("No IPv6 loopback here");
        QCOMPARE(started->toString(), QStringLiteral("http://[::1]:%1").arg(started->port()));
        const QueryItems params = businessParams(kMobile, kName, kId);
        auto request = v3Request(*started, AccessKey::demo(), params);
        request.host = QStringLiteral("[::1]:%1").arg(started->port());
        QCOMPARE(sendV3(m_nam, *started, request).status, 200);
    }

    void stopFromAHandlerIsSafe()
    {
        const auto server = startSandbox(testSetup());
        QVERIFY(server);
        connect(server.get(), &SandboxServer::requestHandled, server.get(), [&server] { server->stop(); });
        const HttpResult r = sendV3(m_nam,
                                    server->url(),
                                    v3Request(server->url(), AccessKey::demo(), businessParams(kMobile, kName, kId)));
        QVERIFY(!r.replied);
        QVERIFY(!server->isListening());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "testsandboxserver.moc"
