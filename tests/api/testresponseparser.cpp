#include "api/errortext.h"
#include "api/responseparser.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

Q_DECLARE_METATYPE(tricheck::api::ErrorKind)

namespace {

HttpReply reply(int status, const QByteArray& body, HttpHeaders headers = {})
{
    HttpReply r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void specExampleSuccess()
    {
        const auto parsed = parseReply(reply(
            200,
            R"({"RequestId":"D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD","Code":"Success","Message":"success","Result":{"BizCode":"1","SubCode":"101","IspName":"CMCC"}})"));
        const auto* r = std::get_if<VerifyResult>(&parsed);
        QVERIFY(r);
        QCOMPARE(r->requestId, QStringLiteral("D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD"));
        QCOMPARE(r->message, QStringLiteral("success"));
        QCOMPARE(r->bizCode, QStringLiteral("1"));
        QCOMPARE(r->subCode, QStringLiteral("101"));
        QCOMPARE(r->ispName, QStringLiteral("CMCC"));
        QCOMPARE(r->billed(), std::optional<bool>(true));
    }

    void branchesOnCodeNotStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("Throttling.User 400") << 400 << QByteArray("Throttling.User") << ErrorKind::Throttled;
        QTest::newRow("Throttling.Api 403") << 403 << QByteArray("Throttling.Api") << ErrorKind::Throttled;
        QTest::newRow("Throttling 200") << 200 << QByteArray("Throttling") << ErrorKind::Throttled;
        QTest::newRow("SignatureDoesNotMatch 403 (old table)")
            << 403 << QByteArray("SignatureDoesNotMatch") << ErrorKind::Authentication;
        QTest::newRow("InvalidAccessKeyId.NotFound 400 (some tables)")
            << 400 << QByteArray("InvalidAccessKeyId.NotFound") << ErrorKind::Authentication;
        QTest::newRow("InvalidParameter 401 (DOC-M2)")
            << 401 << QByteArray("InvalidParameter") << ErrorKind::InvalidRequest;
        QTest::newRow("Forbidden.ExceptionRepeatedInvoke 400 (DOC-M2)")
            << 400 << QByteArray("Forbidden.ExceptionRepeatedInvoke") << ErrorKind::Permission;
        QTest::newRow("InternalError 200") << 200 << QByteArray("InternalError") << ErrorKind::Server;
        QTest::newRow("unknown 502") << 502 << QByteArray("Whatever") << ErrorKind::Server;
        QTest::newRow("unknown 400") << 400 << QByteArray("Whatever") << ErrorKind::InvalidRequest;
        QTest::newRow("unknown 403") << 403 << QByteArray("Whatever") << ErrorKind::Permission;
    }
    void branchesOnCodeNotStatus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(ErrorKind, kind);
        const auto parsed =
            parseReply(reply(status, QByteArray("{\"RequestId\":\"R\",\"Code\":\"") + code + "\",\"Message\":\"m\"}"));
        const auto* e = std::get_if<ApiError>(&parsed);
        QVERIFY(e);
        QCOMPARE(e->kind, kind);
        QCOMPARE(e->code, QString::fromLatin1(code));
        QCOMPARE(e->httpStatus, status);
    }

    void successWinsWhateverTheStatus()
    {
        const auto parsed =
            parseReply(reply(400, R"({"Code":"Success","Result":{"BizCode":"3","SubCode":"301","IspName":""}})"));
        QVERIFY(std::holds_alternative<VerifyResult>(parsed));
        QCOMPARE(std::get<VerifyResult>(parsed).billed(), std::optional<bool>(false));
    }

    void numbersAreAcceptedForCodes()
    {
        const auto parsed = parseReply(reply(200, R"({"Code":"Success","Result":{"BizCode":1,"SubCode":101.0}})"));
        const auto* r = std::get_if<VerifyResult>(&parsed);
        QVERIFY(r);
        QCOMPARE(r->bizCode, QStringLiteral("1"));
        QCOMPARE(r->subCode, QStringLiteral("101"));
        QCOMPARE(r->ispName, QString());
        const auto numericCode = parseReply(reply(400, R"({"Code":400,"Message":"bad"})"));
        QCOMPARE(std::get<ApiError>(numericCode).code, QStringLiteral("400"));
        // Numbers no integer type holds (found by fuzzing: converting them was undefined
        // behaviour) are kept as the number's text, never as a wrapped-around integer.
        const auto huge = parseReply(reply(400, R"({"Code":333333333333337333333333333333333333333})"));
        QCOMPARE(std::get<ApiError>(huge).code, QString()); // "3.33333e+38" is no code token
        const auto big =
            parseReply(reply(200, R"({"Code":"Success","Result":{"BizCode":1,"SubCode":-9223372036854775809e3}})"));
        QVERIFY(std::holds_alternative<VerifyResult>(big));
        QCOMPARE(std::get<VerifyResult>(big).subCode, QStringLiteral("-9.22337e+21"));
    }

    void lowerCaseKeysFromOtherGateways()
    {
        const auto parsed = parseReply(reply(400, R"({"requestId":"r","code":"InvalidParameter","message":"m"})"));
        const auto& e = std::get<ApiError>(parsed);
        QCOMPARE(e.requestId, QStringLiteral("r"));
        QCOMPARE(e.code, QStringLiteral("InvalidParameter"));
        QCOMPARE(e.serverMessage, QStringLiteral("m"));
    }

    void malformed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("cause");
        QTest::newRow("empty") << 200 << QByteArray() << "not-json";
        QTest::newRow("html") << 200 << QByteArray("<html/>") << "not-json";
        QTest::newRow("truncated") << 200 << QByteArray("{\"Code\":\"Succ") << "not-json";
        QTest::newRow("array") << 200 << QByteArray("[]") << "wrong-shape";
        QTest::newRow("string") << 200 << QByteArray(R"("Success")") << "not-json";
        QTest::newRow("no Code") << 200 << QByteArray(R"({"Result":{"BizCode":"1"}})") << "wrong-shape";
        QTest::newRow("Code is an object") << 200 << QByteArray(R"({"Code":{"a":1}})") << "wrong-shape";
        QTest::newRow("ResultObject") << 200 << QByteArray(R"({"Code":"Success","ResultObject":{"BizCode":"1"}})")
                                      << "wrong-shape";
        QTest::newRow("BizCode is an object")
            << 200 << QByteArray(R"({"Code":"Success","Result":{"BizCode":{}}})") << "wrong-shape";
        QTest::newRow("oversized SubCode")
            << 200
            << QByteArray("{\"Code\":\"Success\",\"Result\":{\"BizCode\":\"1\",\"SubCode\":\"" + QByteArray(40, '1') +
                          "\"}}")
            << "wrong-shape";
        QTest::newRow("over 1 MiB") << 200 << QByteArray(kMaxReplyBytes + 1, ' ') << "too-large";
    }
    void malformed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, cause);
        const auto parsed = parseReply(reply(status, body));
        const auto* e = std::get_if<ApiError>(&parsed);
        QVERIFY(e);
        QCOMPARE(e->kind, ErrorKind::MalformedReply);
        QCOMPARE(e->cause, cause);
        QVERIFY(e->mayBeBilled); // a 2xx answer that cannot be read may stand for a processed check
    }

    void challengesFromAProxy()
    {
        // 407 from any proxy; 401 with a challenge (tinyproxy after wrong credentials): not the service.
        for (const auto& r :
             {reply(407, "<html>Proxy Authentication Required</html>", {{"Proxy-Authenticate", "Basic"}}),
              reply(401, "<html>Unauthorized</html>", {{"WWW-Authenticate", "Basic realm=\"p\""}})}) {
            const ParsedReply parsed = parseReply(r);
            const auto& e = std::get<ApiError>(parsed);
            QCOMPARE(e.kind, ErrorKind::ProxyAuthentication);
            QVERIFY(!e.mayBeBilled);
        }
        // The service's own 401 (JSON with a Code) stays what its Code says.
        const ParsedReply service = parseReply(reply(401,
                                                     R"({"Code":"Forbidden.ExceptionRepeatedInvoke","RequestId":"R1"})",
                                                     {{"WWW-Authenticate", "x"}}));
        QCOMPARE(std::get<ApiError>(service).kind, ErrorKind::Permission);
    }

    void retryAfterHeaderMeansThrottlingWhateverTheCode()
    {
        const auto parsed = parseReply(reply(400, R"({"Code":"InvalidParameter"})", {{"X-Acs-Retry-After", "1500"}}));
        const auto& e = std::get<ApiError>(parsed);
        QCOMPARE(e.kind, ErrorKind::Throttled);
        QCOMPARE(e.retryAfterMs, std::optional<int>(1500));
        // Not a positive integer: ignored.
        QCOMPARE(retryAfterMs({{"x-acs-retry-after", "-5"}}), std::nullopt);
        QCOMPARE(retryAfterMs({{"x-acs-retry-after", "soon"}}), std::nullopt);
        QCOMPARE(retryAfterMs({{"x-acs-retry-after", "0"}}), std::nullopt);
    }

    void redirectIsAConfigurationError()
    {
        const auto parsed = parseReply(reply(301, {}, {{"Location", "https://elsewhere.example/"}}));
        const auto& e = std::get<ApiError>(parsed);
        QCOMPARE(e.kind, ErrorKind::Configuration);
        QCOMPARE(e.cause, QStringLiteral("redirect"));
        QVERIFY(ErrorText::message(e).contains(u"redirect"));
    }

    void tokensAreNeverFreeText()
    {
        // A RequestId or Code that is not a short token is dropped, not shown.
        const auto parsed = parseReply(reply(400, R"({"RequestId":"id 11010519491231002X","Code":"Bad code here"})"));
        const auto& e = std::get<ApiError>(parsed);
        QCOMPARE(e.requestId, QString());
        QVERIFY(e.code.isEmpty());
    }

    void messagesAreRedacted()
    {
        const auto parsed = parseReply(
            reply(400,
                  R"({"Code":"SignatureDoesNotMatch","Message":"no. server string to sign is:POST&IdentifyNum%3D1"})"),
            {QStringLiteral("张三")});
        QVERIFY(!std::get<ApiError>(parsed).serverMessage.contains(u"IdentifyNum"));
    }

    void httpDates()
    {
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
        QVERIFY(!parseHttpDate("yesterday").isValid());
        QVERIFY(!parseHttpDate("").isValid());
    }

    void clockOffsetOnlyForTimestampErrors()
    {
        HttpReply r = reply(400, R"({"Code":"InvalidTimeStamp.Expired"})", {{"Date", "Wed, 01 Jan 2025 00:00:00 GMT"}});
        r.receivedUtc = QDateTime(QDate(2025, 1, 1), QTime(0, 20), QTimeZone::utc());
        const ParsedReply parsed = parseReply(r);
        const auto& e = std::get<ApiError>(parsed);
        QCOMPARE(e.clockOffsetSeconds, std::optional<qint64>(-20 * 60));
        QVERIFY2(ErrorText::message(e).contains(u"about 20 min ahead"), qPrintable(ErrorText::message(e)));
        r.body = R"({"Code":"InvalidParameter"})";
        QCOMPARE(std::get<ApiError>(parseReply(r)).clockOffsetSeconds, std::nullopt);
    }

    void signatureNonceUsedMayBeBilled()
    {
        // TriCheck never reuses a nonce, so the service saw an earlier copy of this request.
        const ParsedReply parsed = parseReply(reply(400, R"({"Code":"SignatureNonceUsed"})"));
        const auto& e = std::get<ApiError>(parsed);
        QCOMPARE(e.kind, ErrorKind::Authentication);
        QVERIFY(e.mayBeBilled);
    }

    void everyKindHasAMessageAndTitle()
    {
        for (int k = int(ErrorKind::Validation); k <= int(ErrorKind::ProxyAuthentication); ++k) {
            ApiError e;
            e.kind = ErrorKind(k);
            QVERIFY(!ErrorText::message(e).isEmpty());
            QVERIFY(!ErrorText::title(e.kind).isEmpty());
            e.mayBeBilled = true;
            QVERIFY(!ErrorText::message(e).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "testresponseparser.moc"
