// Drives ApiClient against a real loopback HTTP server (QAbstractHttpServer) that scripts every
// kind of reply, and checks the outcome and what reached the server: how many requests, with which
// headers, nonces and signatures.
#include "api/apiclient.h"
#include "api/errortext.h"
#include "apitestutil.h"
#include "scriptedserver.h"
#include "testenv.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUuid>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::api;
using namespace tricheck::test;

Q_DECLARE_METATYPE(tricheck::api::ErrorKind)

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ScriptedServer> m_server;
    int m_clockTicks = 0;

    std::optional<VerifyOutcome> verify(SignatureScheme scheme = SignatureScheme::V3,
                                        bool sts = false,
                                        identity::ParamType type = identity::ParamType::Normal)
    {
        return runVerify(*m_client, verifyRequest(m_server->url(), scheme, sts, type));
    }

    static const ApiError* errorOf(const std::optional<VerifyOutcome>& o) { return o ? o->error() : nullptr; }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get());
        m_client->setOptions(fastOptions());
        // A clock that moves one second per reading, so every attempt has its own timestamp.
        m_clockTicks = 0;
        m_client->setClock(
            [this] { return QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(m_clockTicks++); });
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void successForEachSubCode_data()
    {
        QTest::addColumn<QByteArray>("bizCode");
        QTest::addColumn<QByteArray>("subCode");
        QTest::addColumn<QByteArray>("isp");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("billed");
        QTest::newRow("101") << QByteArray("1") << QByteArray("101") << QByteArray("CMCC") << int(StatusRole::Pass)
                             << true;
        QTest::newRow("201") << QByteArray("2") << QByteArray("201") << QByteArray("CUCC") << int(StatusRole::Mismatch)
                             << true;
        QTest::newRow("202") << QByteArray("2") << QByteArray("202") << QByteArray("CTCC")
                             << int(StatusRole::PartialMismatch) << true;
        QTest::newRow("203") << QByteArray("2") << QByteArray("203") << QByteArray("CMCC")
                             << int(StatusRole::PartialMismatch) << true;
        QTest::newRow("204") << QByteArray("2") << QByteArray("204") << QByteArray("CMCC") << int(StatusRole::Mismatch)
                             << true;
        QTest::newRow("301") << QByteArray("3") << QByteArray("301") << QByteArray("") << int(StatusRole::NoRecord)
                             << false;
    }
    void successForEachSubCode()
    {
        QFETCH(QByteArray, bizCode);
        QFETCH(QByteArray, subCode);
        QFETCH(QByteArray, isp);
        QFETCH(int, role);
        QFETCH(bool, billed);
        m_server->enqueue(ScriptedReply::success(bizCode.constData(), subCode.constData(), isp.constData()));
        const auto o = verify();
        QVERIFY(o);
        QVERIFY2(o->isResult(), o->error() ? qPrintable(ErrorText::message(*o->error())) : "");
        QCOMPARE(o->result()->requestId, QStringLiteral("D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD"));
        QCOMPARE(o->result()->code, QStringLiteral("Success"));
        QCOMPARE(o->result()->bizCode, QString::fromLatin1(bizCode));
        QCOMPARE(o->result()->subCode, QString::fromLatin1(subCode));
        QCOMPARE(o->result()->ispName, QString::fromLatin1(isp));
        QCOMPARE(int(o->role()), role);
        QCOMPARE(o->billed(), std::optional<bool>(billed));
        QCOMPARE(o->attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void requestOnTheWire_data()
    {
        QTest::addColumn<SignatureScheme>("scheme");
        QTest::addColumn<bool>("sts");
        QTest::addColumn<bool>("md5");
        QTest::newRow("v3") << SignatureScheme::V3 << false << false;
        QTest::newRow("v3 sts") << SignatureScheme::V3 << true << false;
        QTest::newRow("v3 md5") << SignatureScheme::V3 << false << true;
        QTest::newRow("v1") << SignatureScheme::V1 << false << false;
        QTest::newRow("v1 sts") << SignatureScheme::V1 << true << false;
        QTest::newRow("v1 md5") << SignatureScheme::V1 << false << true;
    }
    void requestOnTheWire()
    {
        QFETCH(SignatureScheme, scheme);
        QFETCH(bool, sts);
        QFETCH(bool, md5);
        const auto type = md5 ? identity::ParamType::Md5 : identity::ParamType::Normal;
        const auto o = verify(scheme, sts, type);
        QVERIFY(o && o->isResult());
        QCOMPARE(m_server->requestCount(), 1);
        const ReceivedRequest& r = m_server->requests().first();

        // The gateway's own check: the signature verifies against what actually arrived.
        QCOMPARE(verifySignature(r, kSecret), QString());

        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.body.isEmpty());
        // Spec §3.5: Qt must not add an unsigned Content-Type to the empty POST.
        QVERIFY2(!r.hasHeader("content-type"), r.header("content-type").constData());
        QCOMPARE(r.header("content-length"), QByteArray("0"));
        QCOMPARE(r.header("accept"), QByteArray("application/json"));
        QCOMPARE(r.header("host"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()).toLatin1());
        static const QRegularExpression ua(
            QStringLiteral(R"(^AlibabaCloud \([A-Za-z]+; [\w-]+\) TriCheck/\d+\.\d+\.\d+ Qt/6\.\d+\.\d+$)"));
        QVERIFY2(ua.match(QString::fromLatin1(r.header("user-agent"))).hasMatch(), r.header("user-agent").constData());

        const identity::IdentityParams id = identityParams(type);
        QCOMPARE(r.queryValue(QStringLiteral("ProductCode")), QStringLiteral("MOBILE_3META"));
        QCOMPARE(r.queryValue(QStringLiteral("ParamType")), md5 ? QStringLiteral("md5") : QStringLiteral("normal"));
        QCOMPARE(r.queryValue(QStringLiteral("IdentifyNum")), id.idNumber);
        QCOMPARE(r.queryValue(QStringLiteral("UserName")), id.name);
        QCOMPARE(r.queryValue(QStringLiteral("Mobile")), id.mobile);
        if (md5) {
            // Nothing in plaintext left the machine, in any encoding.
            const QByteArray all = r.target + r.body + r.header("authorization");
            for (const QString& plain : {kMobile, kName, kIdNumber}) {
                QVERIFY(!all.contains(plain.toUtf8()));
                QVERIFY(!all.contains(percentEncode(plain)));
            }
        }

        if (scheme == SignatureScheme::V3) {
            QCOMPARE(r.header("x-acs-action"), QByteArray("Mobile3MetaVerifyIntl"));
            QCOMPARE(r.header("x-acs-version"), QByteArray("2022-08-09"));
            QVERIFY(r.header("authorization")
                        .startsWith(QByteArray("ACS3-HMAC-SHA256 Credential=" + kAccessKeyId.toLatin1())));
            QCOMPARE(r.header("x-acs-security-token"), sts ? kStsToken.toLatin1() : QByteArray());
            QVERIFY(r.queryValue(QStringLiteral("Action")).isEmpty()); // V3: Action travels in a header
        } else {
            QCOMPARE(r.queryValue(QStringLiteral("Action")), QStringLiteral("Mobile3MetaVerifyIntl"));
            QCOMPARE(r.queryValue(QStringLiteral("Version")), QStringLiteral("2022-08-09"));
            QCOMPARE(r.queryValue(QStringLiteral("Format")), QStringLiteral("JSON"));
            QCOMPARE(r.queryValue(QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
            QCOMPARE(r.queryValue(QStringLiteral("SignatureVersion")), QStringLiteral("1.0"));
            QCOMPARE(r.queryValue(QStringLiteral("SecurityToken")), sts ? kStsToken : QString());
            QVERIFY(!r.hasHeader("authorization"));
        }
        QCOMPARE(r.date(), QStringLiteral("2025-01-01T00:00:01Z"));
        static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
        QVERIFY(hex32.match(r.nonce()).hasMatch());
    }

    void injectedNonceIsSent()
    {
        m_client->setNonceSource([] { return QStringLiteral("0123456789abcdef0123456789abcdef"); });
        QVERIFY(verify());
        QCOMPARE(m_server->requests().first().nonce(), QStringLiteral("0123456789abcdef0123456789abcdef"));
    }

    void failingRandomSourceSendsNothing()
    {
        m_client->setNonceSource([] { return QString(); });
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Configuration);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void outcomeDescribesTheAttempt()
    {
        const auto o = verify(SignatureScheme::V1, false, identity::ParamType::Md5);
        QVERIFY(o);
        QVERIFY(!QUuid::fromString(o->attemptId).isNull());
        QCOMPARE(o->startedUtc, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(o->endpoint, m_server->url().toString());
        QVERIFY(o->sandbox);
        QCOMPARE(o->scheme, SignatureScheme::V1);
        QCOMPARE(o->paramType, identity::ParamType::Md5);
        QCOMPARE(o->maskedMobile, QStringLiteral("138****8000"));
        QCOMPARE(o->maskedName, QStringLiteral("张*"));
        QCOMPARE(o->maskedIdNumber, QStringLiteral("110***********002X"));
        QCOMPARE(o->reference, QStringLiteral("case-42"));
        QVERIFY(o->latencyMs >= 0);
        QCOMPARE(o->attempts, 1);
        QCOMPARE(o->transportResends, 0);
    }

    void gatewayErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("hint"); // a word the translated message must contain
        // spec §4.3 (gateway)
        QTest::newRow("SignatureDoesNotMatch") << 400 << QByteArray("SignatureDoesNotMatch")
                                               << QByteArray("Specified signature is not matched with our calculation.")
                                               << ErrorKind::Authentication << "clock";
        QTest::newRow("IncompleteSignature")
            << 400 << QByteArray("IncompleteSignature")
            << QByteArray("The request signature does not conform to Aliyun standards. server string to sign is: ****")
            << ErrorKind::Authentication << "secret";
        QTest::newRow("InvalidAccessKeyId.NotFound")
            << 404 << QByteArray("InvalidAccessKeyId.NotFound") << QByteArray("Specified access key is not found.")
            << ErrorKind::Authentication << "AccessKey ID";
        QTest::newRow("InvalidAccessKeyId.Inactive")
            << 400 << QByteArray("InvalidAccessKeyId.Inactive") << QByteArray("Specified access key is disabled.")
            << ErrorKind::Authentication << "disabled";
        QTest::newRow("InvalidSecurityToken.Expired")
            << 400 << QByteArray("InvalidSecurityToken.Expired") << QByteArray("Specified SecurityToken is expired.")
            << ErrorKind::Authentication << "expired";
        QTest::newRow("InvalidSecurityToken.Malformed")
            << 400 << QByteArray("InvalidSecurityToken.Malformed")
            << QByteArray("Specified SecurityToken is malformed.") << ErrorKind::Authentication << "token";
        QTest::newRow("InvalidSecurityToken.MismatchWithAccessKey")
            << 400 << QByteArray("InvalidSecurityToken.MismatchWithAccessKey")
            << QByteArray("Specified SecurityToken mismatch with the AccessKey.") << ErrorKind::Authentication
            << "token";
        QTest::newRow("SignatureNonceUsed")
            << 400 << QByteArray("SignatureNonceUsed") << QByteArray("Specified signature nonce was used already.")
            << ErrorKind::Authentication << "billed";
        QTest::newRow("InvalidTimeStamp.Expired")
            << 400 << QByteArray("InvalidTimeStamp.Expired")
            << QByteArray("Specified time stamp or date value is expired.") << ErrorKind::Authentication << "clock";
        QTest::newRow("InvalidTimeStamp.Format")
            << 400 << QByteArray("InvalidTimeStamp.Format")
            << QByteArray("Specified time stamp or date value is not well formatted.") << ErrorKind::Authentication
            << "clock";
        QTest::newRow("MissingSignature")
            << 400 << QByteArray("MissingSignature") << QByteArray("Signature is required.")
            << ErrorKind::Authentication << "signature";
        QTest::newRow("InvalidVersion") << 400 << QByteArray("InvalidVersion")
                                        << QByteArray("Specified parameter Version is not valid.")
                                        << ErrorKind::InvalidRequest << "endpoint";
        QTest::newRow("InvalidApi.NotFound")
            << 404 << QByteArray("InvalidApi.NotFound")
            << QByteArray("Specified api is not found,please check your url and method.") << ErrorKind::InvalidRequest
            << "endpoint";
        QTest::newRow("MissingParameter")
            << 400 << QByteArray("MissingParameter")
            << QByteArray(
                   R"(The input parameter \"Mobile\" that is mandatory for processing this request is not supplied.)")
            << ErrorKind::InvalidRequest << "MissingParameter";
        QTest::newRow("InvalidParameter")
            << 400 << QByteArray("InvalidParameter")
            << QByteArray(R"(The specified value of parameter \"IdentifyNum\" is not valid.)")
            << ErrorKind::InvalidRequest << "IdentifyNum";
        QTest::newRow("Forbidden") << 403 << QByteArray("Forbidden")
                                   << QByteArray("User not authorized to operate on the specified resource.")
                                   << ErrorKind::Permission << "RAM";
        QTest::newRow("Forbidden.RAM") << 403 << QByteArray("Forbidden.RAM")
                                       << QByteArray("User not authorized to operate on the specified resource.")
                                       << ErrorKind::Permission << "RAM";
        QTest::newRow("NoPermission") << 403 << QByteArray("NoPermission")
                                      << QByteArray("User not authorized to operate on the specified resource.")
                                      << ErrorKind::Permission << "RAM";
        QTest::newRow("InternalError")
            << 500 << QByteArray("InternalError")
            << QByteArray("The request processing has failed due to some unknown error, exception or failure.")
            << ErrorKind::Server << "may have been billed";
        QTest::newRow("ServiceUnavailable")
            << 503 << QByteArray("ServiceUnavailable")
            << QByteArray("The request has failed due to a temporary failure of the server.") << ErrorKind::Server
            << "may have been billed";
        // spec §4.4 (ID Verification), with the statuses of DOC-CODES and of DOC-M2 swapped round
        QTest::newRow("InvalidParameter 401") << 401 << QByteArray("InvalidParameter") << QByteArray("invalid")
                                              << ErrorKind::InvalidRequest << "InvalidParameter";
        QTest::newRow("TransactionIdInvalid") << 400 << QByteArray("TransactionIdInvalid") << QByteArray("invalid")
                                              << ErrorKind::InvalidRequest << "TransactionIdInvalid";
        QTest::newRow("Forbidden.ExceptionRepeatedInvoke")
            << 401 << QByteArray("Forbidden.ExceptionRepeatedInvoke") << QByteArray("repeated") << ErrorKind::Permission
            << "repeated";
        QTest::newRow("Forbidden.ExceptionRepeatedInvoke 400")
            << 400 << QByteArray("Forbidden.ExceptionRepeatedInvoke") << QByteArray("repeated") << ErrorKind::Permission
            << "repeated";
        QTest::newRow("Forbidden.RAMUserAccessDenied")
            << 403 << QByteArray("Forbidden.RAMUserAccessDenied") << QByteArray("denied") << ErrorKind::Permission
            << "AliyunAntCloudAuthFullAccess";
        QTest::newRow("Forbidden.AccountAccessDenied") << 403 << QByteArray("Forbidden.AccountAccessDenied")
                                                       << QByteArray("denied") << ErrorKind::Permission << "activated";
        QTest::newRow("SuspiciousActivity") << 429 << QByteArray("SuspiciousActivity") << QByteArray("policy")
                                            << ErrorKind::Permission << "SuspiciousActivity";
        QTest::newRow("ProcessNotCompleted") << 404 << QByteArray("ProcessNotCompleted") << QByteArray("not done")
                                             << ErrorKind::InvalidRequest << "ProcessNotCompleted";
        // HTTP 200 with a Code other than Success is an error, and its outcome is unknown: the service
        // answered (the mainland product's own success is Code 200, and billed).
        QTest::newRow("200 InvalidParameter") << 200 << QByteArray("InvalidParameter") << QByteArray("invalid")
                                              << ErrorKind::MalformedReply << "InvalidParameter";
        QTest::newRow("200 mainland code 200")
            << 200 << QByteArray("200") << QByteArray("success") << ErrorKind::MalformedReply << "200";
    }
    void gatewayErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, message);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, hint);
        m_server->setFallback(ScriptedReply::gatewayError(status, code.constData(), message));
        const auto o = verify();
        QVERIFY(errorOf(o));
        const ApiError& e = *o->error();
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, QString::fromLatin1(code));
        QCOMPARE(e.requestId, QStringLiteral("886024CB-30A3-4945-AC3D-D52F706B65A0"));
        QCOMPARE(e.hostId, QStringLiteral("127.0.0.1"));
        QVERIFY(e.recommend.startsWith(u"https://api.aliyun.com/troubleshoot"));
        const QString text = ErrorText::message(e);
        QVERIFY2(text.contains(hint, Qt::CaseInsensitive), qPrintable(text));
        // Nothing but throttling is retried.
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(o->attempts, 1);
        QCOMPARE(o->billed(), e.mayBeBilled ? std::nullopt : std::optional<bool>(false));
    }

    void echoedStringToSignIsRedacted()
    {
        // A 2023 capture: the gateway echoes its string-to-sign, which holds every V1 parameter.
        const QByteArray echo = "Specified signature is not matched with our calculation. server string to sign "
                                "is:POST&%2F&AccessKeyId%3D" +
                                kAccessKeyId.toLatin1() +
                                "%26Action%3DMobile3MetaVerifyIntl%26IdentifyNum%3D11010519491231002X%26Mobile%"
                                "3D13800138000%26UserName%3D%25E5%25BC%25A0%25E4%25B8%2589%26Version%3D2022-08-09";
        m_server->setFallback(ScriptedReply::gatewayError(400, "SignatureDoesNotMatch", echo));
        const auto o = verify(SignatureScheme::V1);
        QVERIFY(errorOf(o));
        const QString stored = o->error()->serverMessage + ErrorText::message(*o->error());
        QVERIFY(stored.contains(u"not matched with our calculation"));
        for (const QString& secret : {kIdNumber, kMobile, kName, QStringLiteral("%25E5%25BC"), kSecret})
            QVERIFY2(!stored.contains(secret), qPrintable(stored));
    }

    void invalidTimeStampReportsTheClockOffset()
    {
        // The service's Date is 17 minutes after this (injected) clock: the computer is behind.
        const QDateTime serverNow = QDateTime(QDate(2025, 1, 1), QTime(0, 17, 2), QTimeZone::utc());
        m_server->setFallback(ScriptedReply::json(
            400,
            R"({"RequestId":"R1","Code":"InvalidTimeStamp.Expired","Message":"Specified time stamp or date value is expired."})",
            {{"Date",
              QLocale::c().toString(serverNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()}}));
        const auto o = verify();
        QVERIFY(errorOf(o));
        QVERIFY(o->error()->clockOffsetSeconds);
        QVERIFY(qAbs(*o->error()->clockOffsetSeconds - 17LL * 60) < 5);
        const QString text = ErrorText::message(*o->error());
        QVERIFY2(text.contains(u"about 17 min behind"), qPrintable(text));
    }

    void serverFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("mayBeBilled");
        // Any 5xx may come after the service processed the request (issue 17).
        QTest::newRow("500 InternalError") << 500 << QByteArray(R"({"RequestId":"R","Code":"InternalError"})") << true;
        QTest::newRow("503 html") << 503 << QByteArray("<html><body>Service Unavailable</body></html>") << true;
        QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << true;
        QTest::newRow("504 empty") << 504 << QByteArray() << true;
        QTest::newRow("500 empty object") << 500 << QByteArray("{}") << true;
    }
    void serverFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, mayBeBilled);
        m_server->setFallback(ScriptedReply::json(status, body, {{"Content-Type", "text/html"}}));
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Server);
        QCOMPARE(o->error()->httpStatus, status);
        QCOMPARE(o->error()->mayBeBilled, mayBeBilled);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void unreadableReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("mayBeBilled");
        QTest::newRow("200 html") << 200 << QByteArray("<html>hello</html>") << true;
        QTest::newRow("200 truncated json")
            << 200 << QByteArray("{\"RequestId\":\"R\",\"Code\":\"Success\",\"Result\":{\"BizCo") << true;
        QTest::newRow("200 array") << 200 << QByteArray("[1,2,3]") << true;
        QTest::newRow("200 mainland shape")
            << 200 << QByteArray(R"({"Code":"Success","ResultObject":{"BizCode":"1"}})") << true;
        QTest::newRow("200 Result not an object") << 200 << QByteArray(R"({"Code":"Success","Result":"1"})") << true;
        QTest::newRow("200 no BizCode") << 200 << QByteArray(R"({"Code":"Success","Result":{"SubCode":"101"}})")
                                        << true;
        QTest::newRow("200 empty") << 200 << QByteArray() << true;
        QTest::newRow("400 html") << 400 << QByteArray("<html>bad</html>") << false;
        QTest::newRow("404 no Code") << 404 << QByteArray(R"({"message":"no route"})") << false;
    }
    void unreadableReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, mayBeBilled);
        m_server->setFallback(ScriptedReply::json(status, body));
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::MalformedReply);
        QCOMPARE(o->error()->mayBeBilled, mayBeBilled);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(!ErrorText::message(*o->error()).isEmpty());
    }

    void codesMayBeNumbersAndUnknownKeysAreIgnored()
    {
        m_server->setFallback(ScriptedReply::json(
            200,
            R"({"RequestId":"R2","Code":"Success","Message":"success","Extra":{"a":[1]},"Result":{"BizCode":2,"SubCode":204,"IspName":"CBN","Future":true}})"));
        const auto o = verify();
        QVERIFY(o && o->isResult());
        QCOMPARE(o->result()->bizCode, QStringLiteral("2"));
        QCOMPARE(o->result()->subCode, QStringLiteral("204"));
        QCOMPARE(o->result()->ispName, QStringLiteral("CBN"));
    }

    void bodyOverOneMiBIsRefused_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        QTest::newRow("chunked, no length") << true;
    }
    void bodyOverOneMiBIsRefused()
    {
        QFETCH(bool, chunked);
        const QByteArray filler(qsizetype(64) * 1024, 'a');
        if (chunked) {
            // QHttpServer cannot stream an endless chunked body; raw bytes on the socket can.
            ScriptedReply r;
            r.kind = ScriptedReply::Kind::Raw;
            r.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (int i = 0; i < 24; ++i)
                r.raw += QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n";
            r.raw += "0\r\n\r\n";
            m_server->setFallback(r);
        } else {
            m_server->setFallback(
                ScriptedReply::json(200, QByteArray("{\"Code\":\"Success\",\"x\":\"") + filler.repeated(20)));
        }
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::MalformedReply);
        QCOMPARE(o->error()->cause, QStringLiteral("too-large"));
        QVERIFY(o->error()->mayBeBilled);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(ErrorText::message(*o->error()).contains(u"1 MiB"));
    }

    void slowReplyTimesOutAndIsNotRetried()
    {
        ClientOptions options = fastOptions();
        options.transferTimeoutMs = 300;
        m_client->setOptions(options);
        ScriptedReply slow = ScriptedReply::success("1", "101");
        slow.delayMs = 5000;
        m_server->setFallback(slow);
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Timeout);
        QCOMPARE(o->error()->cause, QStringLiteral("reply-timeout"));
        QVERIFY(o->error()->mayBeBilled);
        QCOMPARE(o->billed(), std::nullopt);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(o->attempts, 1);
        const QString text = ErrorText::message(*o->error());
        QVERIFY2(text.contains(u"outcome is unknown") && text.contains(u"may have been billed"), qPrintable(text));
    }

    void connectionClosedMidReply()
    {
        ScriptedReply r;
        r.kind = ScriptedReply::Kind::Raw;
        r.raw =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"RequestId\":\"R3\",";
        m_server->setFallback(r);
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Timeout);
        QCOMPARE(o->error()->cause, QStringLiteral("connection-lost"));
        QVERIFY(o->error()->mayBeBilled);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void connectionClosedWithoutReplyIsNeverResigned()
    {
        ScriptedReply close;
        close.kind = ScriptedReply::Kind::CloseWithoutReply;
        m_server->setFallback(close);
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Timeout);
        QVERIFY(o->error()->mayBeBilled);
        QCOMPARE(o->attempts, 1);
        // Qt 6.4 resends once by itself after such a close. Every copy that reached the server is
        // the same request, same nonce: a gateway refuses the copy as a replay, nobody pays twice.
        QVERIFY(m_server->requestCount() >= 1 && m_server->requestCount() <= 2);
        for (const ReceivedRequest& r : m_server->requests())
            QCOMPARE(r.nonce(), m_server->requests().first().nonce());
        QCOMPARE(o->transportResends, m_server->requestCount() - 1);
    }

    void transportResendRefusedAsReplayIsOutcomeUnknown()
    {
        ScriptedReply close;
        close.kind = ScriptedReply::Kind::CloseWithoutReply;
        m_server->enqueue(close);
        m_server->setFallback(
            ScriptedReply::gatewayError(400, "SignatureNonceUsed", "Specified signature nonce was used already."));
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Timeout);
        QVERIFY(o->error()->mayBeBilled);
        if (m_server->requestCount() == 2) {
            QCOMPARE(o->transportResends, 1);
            QCOMPARE(o->error()->cause, QStringLiteral("transport-resend"));
            QCOMPARE(m_server->requests().at(0).nonce(), m_server->requests().at(1).nonce());
            QVERIFY(ErrorText::message(*o->error()).contains(u"replay"));
        }
    }

    void throttlingIsRetriedWithAFreshNonceAndTimestamp()
    {
        const ScriptedReply throttled = ScriptedReply::json(
            400,
            R"({"RequestId":"T","Code":"Throttling.User","Message":"Request was denied due to user flow control."})",
            {{"x-acs-retry-after", "30"}});
        m_server->enqueue(throttled);
        m_server->enqueue(throttled);
        auto request = verifyRequest(m_server->url());
        VerifyCall* call = m_client->verify(request);
        QSignalSpy retries(call, &VerifyCall::retryScheduled);
        QSignalSpy finished(call, &VerifyCall::finished);
        QVERIFY(finished.wait(10000));
        const VerifyOutcome o = call->outcome();
        QVERIFY(o.isResult());
        QCOMPARE(o.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries.at(0).at(1).toInt(), 30);
        QSet<QString> nonces;
        QSet<QString> dates;
        for (const ReceivedRequest& r : m_server->requests()) {
            QCOMPARE(verifySignature(r, kSecret), QString());
            nonces.insert(r.nonce());
            dates.insert(r.date());
        }
        QCOMPARE(nonces.size(), 3);
        QCOMPARE(dates.size(), 3);
    }

    // Issue 17: every row of the retry rules against the wire. The scripted reply comes once, then
    // the service answers BizCode 1: a reply that is retried costs a second request (and then is a
    // billed result), one that is not retried is the outcome. x-acs-retry-after is on every reply.
    void retryRulesOnTheWire_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("requests");     // on the wire
        QTest::addColumn<QString>("kind");     // "result" or errorKindId()
        QTest::addColumn<bool>("mayBeBilled"); // of the error
        QTest::addColumn<int>("billed");       // VerifyOutcome::billed(): 1 true, 0 false, -1 unknown
        const QByteArray success =
            R"({"RequestId":"R","Code":"Success","Message":"success","Result":{"BizCode":"1","SubCode":"101","IspName":"CMCC"}})";
        const QByteArray noRecord =
            R"({"RequestId":"R","Code":"Success","Message":"success","Result":{"BizCode":"3","SubCode":"301","IspName":""}})";
        // 2xx: a result (or outcome unknown), whatever its headers; never sent again.
        QTest::newRow("200 BizCode 1") << 200 << success << 1 << "result" << false << 1;
        QTest::newRow("200 BizCode 3") << 200 << noRecord << 1 << "result" << false << 0;
        QTest::newRow("200 unreadable") << 200 << QByteArray("<html>busy</html>") << 1 << "malformed_reply" << true
                                        << -1;
        QTest::newRow("200 Code Throttling.User") << 200 << QByteArray(R"({"RequestId":"R","Code":"Throttling.User"})")
                                                  << 1 << "malformed_reply" << true << -1;
        QTest::newRow("200 Code InvalidParameter")
            << 200 << QByteArray(R"({"RequestId":"R","Code":"InvalidParameter"})") << 1 << "malformed_reply" << true
            << -1;
        // 3xx: never followed.
        QTest::newRow("302") << 302 << QByteArray() << 1 << "configuration" << false << 0;
        // 4xx: throttling only by Code (or 429); the header alone is no throttling.
        QTest::newRow("403 Throttling.Api")
            << 403 << QByteArray(R"({"RequestId":"T","Code":"Throttling.Api"})") << 2 << "result" << false << 1;
        QTest::newRow("400 Throttling.User")
            << 400 << QByteArray(R"({"RequestId":"T","Code":"Throttling.User"})") << 2 << "result" << false << 1;
        QTest::newRow("429 without a Code") << 429 << QByteArray("{}") << 2 << "result" << false << 1;
        QTest::newRow("429 html") << 429 << QByteArray("<html>slow down</html>") << 2 << "result" << false << 1;
        QTest::newRow("429 SuspiciousActivity")
            << 429 << QByteArray(R"({"RequestId":"T","Code":"SuspiciousActivity"})") << 1 << "permission" << false << 0;
        QTest::newRow("400 InvalidParameter") << 400 << QByteArray(R"({"RequestId":"T","Code":"InvalidParameter"})")
                                              << 1 << "invalid_request" << false << 0;
        QTest::newRow("400 without a Code") << 400 << QByteArray("{}") << 1 << "malformed_reply" << false << 0;
        QTest::newRow("400 SignatureNonceUsed") << 400 << QByteArray(R"({"RequestId":"T","Code":"SignatureNonceUsed"})")
                                                << 1 << "authentication" << true << -1;
        // 5xx: may have been billed, never sent again, unless the Code proves it was not processed.
        QTest::newRow("503 Throttling.Api")
            << 503 << QByteArray(R"({"RequestId":"T","Code":"Throttling.Api"})") << 2 << "result" << false << 1;
        QTest::newRow("500 InternalError")
            << 500 << QByteArray(R"({"RequestId":"T","Code":"InternalError"})") << 1 << "server" << true << -1;
        QTest::newRow("503 ServiceUnavailable")
            << 503 << QByteArray(R"({"RequestId":"T","Code":"ServiceUnavailable"})") << 1 << "server" << true << -1;
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << 1 << "server" << true << -1;
        QTest::newRow("504 empty") << 504 << QByteArray() << 1 << "server" << true << -1;
    }
    void retryRulesOnTheWire()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, requests);
        QFETCH(QString, kind);
        QFETCH(bool, mayBeBilled);
        QFETCH(int, billed);
        m_server->enqueue(ScriptedReply::json(status, body, {{"x-acs-retry-after", "100"}}));
        m_server->setFallback(ScriptedReply::success("1", "101"));
        const auto o = verify();
        QVERIFY(o);
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(o->attempts, requests);
        QCOMPARE(o->isResult() ? QStringLiteral("result") : errorKindId(o->error()->kind), kind);
        if (const ApiError* e = o->error()) {
            QCOMPARE(e->mayBeBilled, mayBeBilled);
            QCOMPARE(e->httpStatus, status);
            QVERIFY(!ErrorText::message(*e).isEmpty());
        }
        QCOMPARE(o->billed(), billed < 0 ? std::nullopt : std::optional<bool>(billed == 1));
        // Whatever was sent again was signed again.
        if (requests == 2)
            QVERIFY(m_server->requests().at(0).nonce() != m_server->requests().at(1).nonce());
    }

    // Issue 17: with more requests than Qt opens connections to a host (6 for HTTP/1.1), the rest
    // wait; waiting is not connecting. Replies take twice the connect limit: a request whose connect
    // limit ran while it waited for a connection would be reported as a connect timeout.
    void requestsWaitingForAConnectionNeverTimeOut()
    {
        ClientOptions options = fastOptions();
        options.connectTimeoutMs = 1000;
        options.transferTimeoutMs = 20000;
        m_client->setOptions(options);
        ScriptedReply slow = ScriptedReply::success("1", "101");
        slow.delayMs = 2000;
        m_server->setFallback(slow);
        const int concurrent = 8;
        QList<VerifyCall*> calls;
        QList<std::shared_ptr<QSignalSpy>> finished;
        for (int i = 0; i < concurrent; ++i) {
            calls.append(m_client->verify(verifyRequest(m_server->url())));
            finished.append(std::make_shared<QSignalSpy>(calls.last(), &VerifyCall::finished));
        }
        for (const auto& spy : std::as_const(finished))
            QVERIFY(!spy->isEmpty() || spy->wait(60000));
        for (VerifyCall* call : std::as_const(calls)) {
            const VerifyOutcome& o = call->outcome();
            const ApiError* e = o.error();
            // QVERIFY2 evaluates its message whatever the outcome.
            const QString what = e ? errorKindId(e->kind) + u' ' + e->cause + u' ' + ErrorText::message(*e) : QString();
            QVERIFY2(o.isResult(), qPrintable(what));
            QCOMPARE(o.attempts, 1);
        }
        QCOMPARE(m_server->requestCount(), concurrent);
        qDeleteAll(calls);
    }

    // A request still waiting for a connection has not left: cancelling it is free.
    void cancelWhileWaitingForAConnectionIsFree()
    {
        ScriptedReply slow = ScriptedReply::success("1", "101");
        slow.delayMs = 1000;
        m_server->setFallback(slow);
        QSignalSpy received(m_server.get(), &ScriptedServer::requestReceived);
        QList<VerifyCall*> calls;
        for (int i = 0; i < 7; ++i)
            calls.append(m_client->verify(verifyRequest(m_server->url())));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 6, 20000);
        VerifyCall* waiting = calls.takeLast();
        QSignalSpy cancelled(waiting, &VerifyCall::finished);
        QSignalSpy sent(waiting, &VerifyCall::requestSent);
        waiting->cancel();
        QTRY_COMPARE(cancelled.count(), 1);
        QCOMPARE(waiting->outcome().error()->kind, ErrorKind::Cancelled);
        QVERIFY(!waiting->outcome().error()->mayBeBilled);
        QCOMPARE(waiting->outcome().billed(), std::optional<bool>(false));
        QCOMPARE(waiting->outcome().attempts, 0);
        QCOMPARE(sent.count(), 0);
        for (VerifyCall* call : std::as_const(calls)) {
            QSignalSpy done(call, &VerifyCall::finished);
            QVERIFY(call->isFinished() || done.wait(20000));
            QVERIFY(call->outcome().isResult());
        }
        QCOMPARE(m_server->requestCount(), 6);
        qDeleteAll(calls);
        delete waiting;
    }

    // A call may outlive its client (VerificationService reparents calls). One still waiting for a
    // connection then finishes as cancelled, and free: it never left.
    void callWaitingWhenTheClientGoesIsCancelledFree()
    {
        ScriptedReply slow = ScriptedReply::success("1", "101");
        slow.delayMs = 1000;
        m_server->setFallback(slow);
        QSignalSpy received(m_server.get(), &ScriptedServer::requestReceived);
        for (int i = 0; i < ApiClient::kMaxInFlightPerHost; ++i)
            m_client->verify(verifyRequest(m_server->url()));
        std::unique_ptr<VerifyCall> waiting(m_client->verify(verifyRequest(m_server->url())));
        waiting->setParent(nullptr);
        QSignalSpy finished(waiting.get(), &VerifyCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), ApiClient::kMaxInFlightPerHost, 20000);
        m_client.reset(); // deletes the calls in flight with it
        QVERIFY(finished.wait(10000));
        QCOMPARE(waiting->outcome().error()->kind, ErrorKind::Cancelled);
        QCOMPARE(waiting->outcome().billed(), std::optional<bool>(false));
        QCOMPARE(waiting->outcome().attempts, 0);
        QCOMPARE(m_server->requestCount(), ApiClient::kMaxInFlightPerHost);
    }

    void throttlingSignals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("Throttling.Api 403, backoff") << 403 << QByteArray("Throttling.Api") << QByteArray();
        QTest::newRow("Throttling.User 400, backoff") << 400 << QByteArray("Throttling.User") << QByteArray();
        QTest::newRow("Throttling 400") << 400 << QByteArray("Throttling") << QByteArray();
        QTest::newRow("header without body code") << 429 << QByteArray() << QByteArray("20");
    }
    void throttlingSignals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, retryAfter);
        RawHeaders headers;
        if (!retryAfter.isEmpty())
            headers.append({"x-acs-retry-after", retryAfter});
        const QByteArray body =
            code.isEmpty() ? QByteArray("{}") : QByteArray("{\"RequestId\":\"T\",\"Code\":\"") + code + "\"}";
        m_server->enqueue(ScriptedReply::json(status, body, headers));
        const auto o = verify();
        QVERIFY(o && o->isResult());
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(m_server->requests().at(0).nonce() != m_server->requests().at(1).nonce());
    }

    void throttlingGivesUpAfterThreeRetries()
    {
        m_server->setFallback(
            ScriptedReply::json(403, R"({"RequestId":"T","Code":"Throttling.Api"})", {{"x-acs-retry-after", "10"}}));
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Throttled);
        QCOMPARE(o->error()->retryAfterMs, std::optional<int>(10));
        QCOMPARE(o->attempts, 4);
        QCOMPARE(m_server->requestCount(), 4);
        QCOMPARE(o->billed(), std::optional<bool>(false));
    }

    void longAdvertisedWaitIsReportedNotWaited()
    {
        m_server->setFallback(ScriptedReply::json(400,
                                                  R"({"RequestId":"T","Code":"Throttling.User"})",
                                                  {{"x-acs-retry-after", "60000"}}));
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Throttled);
        QCOMPARE(m_server->requestCount(), 1);
        const QString text = ErrorText::message(*o->error());
        QVERIFY2(text.contains(u"Retry after 60 s"), qPrintable(text));
    }

    void connectionRefusedIsRetriedThenReported()
    {
        // A port that was just free: nothing listens, the connection is refused before any byte.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl url = m_server->url();
        url.setPort(probe.serverPort());
        probe.close();
        VerifyCall* call = m_client->verify(verifyRequest(url));
        QSignalSpy retries(call, &VerifyCall::retryScheduled);
        QSignalSpy sent(call, &VerifyCall::requestSent);
        QSignalSpy finished(call, &VerifyCall::finished);
        QVERIFY(finished.wait(20000));
        const VerifyOutcome o = call->outcome();
        QVERIFY(o.error());
        QCOMPARE(o.error()->kind, ErrorKind::Network);
        QVERIFY(!o.error()->mayBeBilled);
        QCOMPARE(o.billed(), std::optional<bool>(false));
        QCOMPARE(o.attempts, 4);
        QCOMPARE(retries.count(), 3);
        QCOMPARE(sent.count(), 0);
        QVERIFY(ErrorText::message(*o.error()).contains(u"Nothing was sent"));
    }

    void redirectIsNotFollowed()
    {
        m_server->enqueue(
            ScriptedReply::json(302, {}, {{"Location", m_server->url(QStringLiteral("/elsewhere")).toEncoded()}}));
        const auto o = verify();
        QVERIFY(errorOf(o));
        QCOMPARE(o->error()->kind, ErrorKind::Configuration);
        QCOMPARE(o->error()->cause, QStringLiteral("redirect"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void cancelAfterSendingMayBeBilled()
    {
        ScriptedReply silent;
        silent.kind = ScriptedReply::Kind::Silent;
        m_server->setFallback(silent);
        VerifyCall* call = m_client->verify(verifyRequest(m_server->url()));
        QSignalSpy received(m_server.get(), &ScriptedServer::requestReceived);
        QSignalSpy finished(call, &VerifyCall::finished);
        QVERIFY(received.wait(10000));
        call->cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(call->outcome().error()->kind, ErrorKind::Cancelled);
        QVERIFY(call->outcome().error()->mayBeBilled);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void cancelInFlightIsNeverCalledFree()
    {
        // Cancelled at once: the network thread may already have written the request, so the
        // outcome never claims that nothing was billed.
        VerifyCall* call = m_client->verify(verifyRequest(m_server->url()));
        QSignalSpy finished(call, &VerifyCall::finished);
        call->cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(call->outcome().error()->kind, ErrorKind::Cancelled);
        QVERIFY(call->outcome().error()->mayBeBilled);
        QVERIFY(m_server->requestCount() <= 1);
    }

    void cancelDuringARetryWaitIsFree()
    {
        m_server->setFallback(
            ScriptedReply::json(403, R"({"RequestId":"T","Code":"Throttling.Api"})", {{"x-acs-retry-after", "5000"}}));
        VerifyCall* call = m_client->verify(verifyRequest(m_server->url()));
        QSignalSpy retry(call, &VerifyCall::retryScheduled);
        QSignalSpy finished(call, &VerifyCall::finished);
        QVERIFY(retry.wait(10000));
        call->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->outcome().error()->kind, ErrorKind::Cancelled);
        QVERIFY(!call->outcome().error()->mayBeBilled);
        QCOMPARE(call->outcome().billed(), std::optional<bool>(false));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(ErrorText::message(*call->outcome().error()).contains(u"Nothing was billed"));
    }

    void finishedIsNeverEmittedInsideVerify()
    {
        VerifyRequest request = verifyRequest(m_server->url());
        request.credentials.accessKeySecret.clear();
        VerifyCall* call = m_client->verify(request);
        QSignalSpy finished(call, &VerifyCall::finished);
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(call->outcome().error()->kind, ErrorKind::Configuration);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void deletingACallInFlightAbortsIt()
    {
        ScriptedReply silent;
        silent.kind = ScriptedReply::Kind::Silent;
        m_server->setFallback(silent);
        QPointer<VerifyCall> call = m_client->verify(verifyRequest(m_server->url()));
        QSignalSpy received(m_server.get(), &ScriptedServer::requestReceived);
        QVERIFY(received.wait(10000));
        delete call.data();
        QVERIFY(call.isNull());
        QTest::qWait(50); // let the aborted reply's events run: nothing may touch the deleted call
        QCOMPARE(m_server->requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "testapiclient.moc"
