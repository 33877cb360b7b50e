#include "api/errortext.h"
#include "api/responseparser.h"
#include "api/retryrules.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

Q_DECLARE_METATYPE(tricheck::api::ErrorKind)
Q_DECLARE_METATYPE(tricheck::api::Exchange)
Q_DECLARE_METATYPE(tricheck::api::Processing)
Q_DECLARE_METATYPE(tricheck::api::Retry)

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

    QSet<QString> m_rulesSeen;

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
        QTest::newRow("Throttling 503") << 503 << QByteArray("Throttling") << ErrorKind::Throttled;
        QTest::newRow("SignatureDoesNotMatch 403 (old table)")
            << 403 << QByteArray("SignatureDoesNotMatch") << ErrorKind::Authentication;
        QTest::newRow("InvalidAccessKeyId.NotFound 400 (some tables)")
            << 400 << QByteArray("InvalidAccessKeyId.NotFound") << ErrorKind::Authentication;
        QTest::newRow("InvalidParameter 401 (DOC-M2)")
            << 401 << QByteArray("InvalidParameter") << ErrorKind::InvalidRequest;
        QTest::newRow("Forbidden.ExceptionRepeatedInvoke 400 (DOC-M2)")
            << 400 << QByteArray("Forbidden.ExceptionRepeatedInvoke") << ErrorKind::Permission;
        QTest::newRow("InternalError 500") << 500 << QByteArray("InternalError") << ErrorKind::Server;
        QTest::newRow("SuspiciousActivity 429") << 429 << QByteArray("SuspiciousActivity") << ErrorKind::Permission;
        QTest::newRow("unknown 429") << 429 << QByteArray("Whatever") << ErrorKind::Throttled;
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

    // The retry rules, row by row (retryrules.cpp): which row an exchange falls under, and what that
    // row says. Every row of the table must be reached by some case here (everyRetryRuleIsCovered).
    void retryRules_data()
    {
        QTest::addColumn<Exchange>("exchange");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Processing>("processing");
        QTest::addColumn<Retry>("retry");
        const auto row =
            [](const char* name, Exchange e, int status, const char* code, const char* rule, Processing p, Retry r) {
                QTest::newRow(name) << e << status << QString::fromLatin1(code) << QString::fromLatin1(rule) << p << r;
            };
        row("refused", Exchange::Refused, 0, "", "refused", Processing::No, Retry::AfterBackoff);
        row("connect timeout", Exchange::ConnectTimeout, 0, "", "connect-timeout", Processing::No, Retry::Never);
        row("stopped", Exchange::Stopped, 0, "", "stopped-before-sending", Processing::No, Retry::Never);
        row("no reply", Exchange::NoReply, 0, "", "no-reply", Processing::Maybe, Retry::Never);
        row("302", Exchange::Reply, 302, "", "3xx", Processing::No, Retry::Never);
        row("302 Success", Exchange::Reply, 302, "Success", "3xx", Processing::No, Retry::Never);
        row("200 Success", Exchange::Reply, 200, "Success", "success", Processing::Answered, Retry::Never);
        row("400 Success", Exchange::Reply, 400, "Success", "success", Processing::Answered, Retry::Never);
        row("200 no Code", Exchange::Reply, 200, "", "2xx", Processing::Answered, Retry::Never);
        row("200 Throttling.User", Exchange::Reply, 200, "Throttling.User", "2xx", Processing::Answered, Retry::Never);
        row("204 InternalError", Exchange::Reply, 204, "InternalError", "2xx", Processing::Answered, Retry::Never);
        row("400 Throttling.User",
            Exchange::Reply,
            400,
            "Throttling.User",
            "4xx-throttling",
            Processing::No,
            Retry::AfterRetryAfter);
        row("403 Throttling.Api",
            Exchange::Reply,
            403,
            "Throttling.Api",
            "4xx-throttling",
            Processing::No,
            Retry::AfterRetryAfter);
        row("429 Throttling",
            Exchange::Reply,
            429,
            "Throttling",
            "4xx-throttling",
            Processing::No,
            Retry::AfterRetryAfter);
        row("400 SignatureNonceUsed",
            Exchange::Reply,
            400,
            "SignatureNonceUsed",
            "4xx-nonce-used",
            Processing::Maybe,
            Retry::Never);
        row("429 no Code", Exchange::Reply, 429, "", "429", Processing::No, Retry::AfterRetryAfter);
        row("429 unknown Code", Exchange::Reply, 429, "Whatever", "429", Processing::No, Retry::AfterRetryAfter);
        row("429 SuspiciousActivity", Exchange::Reply, 429, "SuspiciousActivity", "4xx", Processing::No, Retry::Never);
        row("400 InvalidParameter", Exchange::Reply, 400, "InvalidParameter", "4xx", Processing::No, Retry::Never);
        row("404 no Code", Exchange::Reply, 404, "", "4xx", Processing::No, Retry::Never);
        row("503 Throttling.Api",
            Exchange::Reply,
            503,
            "Throttling.Api",
            "5xx-throttling",
            Processing::No,
            Retry::AfterRetryAfter);
        row("500 InternalError", Exchange::Reply, 500, "InternalError", "5xx", Processing::Maybe, Retry::Never);
        row("503 ServiceUnavailable",
            Exchange::Reply,
            503,
            "ServiceUnavailable",
            "5xx",
            Processing::Maybe,
            Retry::Never);
        row("502 no Code", Exchange::Reply, 502, "", "5xx", Processing::Maybe, Retry::Never);
        row("504 no Code", Exchange::Reply, 504, "", "5xx", Processing::Maybe, Retry::Never);
        row("no status", Exchange::Reply, 0, "", "other-status", Processing::Maybe, Retry::Never);
        row("101", Exchange::Reply, 101, "", "other-status", Processing::Maybe, Retry::Never);
        row("600 Throttling", Exchange::Reply, 600, "Throttling", "other-status", Processing::Maybe, Retry::Never);
    }
    void retryRules()
    {
        QFETCH(Exchange, exchange);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, rule);
        QFETCH(Processing, processing);
        QFETCH(Retry, retry);
        const RetryRule& r = retryRule(exchange, status, code);
        QCOMPARE(QString::fromLatin1(r.id), rule);
        QCOMPARE(r.processing, processing);
        QCOMPARE(r.retry, retry);
        // Only what was provably not processed is ever sent again.
        QVERIFY(r.retry == Retry::Never || !r.mayBeBilled());
        m_rulesSeen.insert(rule);
    }
    void everyRetryRuleIsCovered()
    {
        QSet<QString> ids;
        for (const RetryRule& r : tricheck::api::retryRules()) {
            QVERIFY2(!ids.contains(QString::fromLatin1(r.id)), r.id);
            ids.insert(QString::fromLatin1(r.id));
        }
        QCOMPARE(m_rulesSeen, ids);
    }

    // What the parser makes of each combination of status, body and x-acs-retry-after (issue 17).
    void repliesWithRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind"); // "result" or errorKindId()
        QTest::addColumn<bool>("mayBeBilled");
        QTest::addColumn<int>("retryAfter"); // -1: none
        const QByteArray success = R"({"RequestId":"R","Code":"Success","Result":{"BizCode":"1","SubCode":"101"}})";
        QTest::newRow("200 Success BizCode 1") << 200 << success << "result" << false << -1;
        QTest::newRow("200 not JSON") << 200 << QByteArray("busy") << "malformed_reply" << true << -1;
        QTest::newRow("200 Throttling.User")
            << 200 << QByteArray(R"({"Code":"Throttling.User"})") << "malformed_reply" << true << -1;
        QTest::newRow("302") << 302 << QByteArray() << "configuration" << false << -1;
        QTest::newRow("400 Throttling.User")
            << 400 << QByteArray(R"({"Code":"Throttling.User"})") << "throttled" << false << 100;
        QTest::newRow("403 Throttling.Api")
            << 403 << QByteArray(R"({"Code":"Throttling.Api"})") << "throttled" << false << 100;
        QTest::newRow("429 no body") << 429 << QByteArray() << "throttled" << false << 100;
        QTest::newRow("400 InvalidParameter")
            << 400 << QByteArray(R"({"Code":"InvalidParameter"})") << "invalid_request" << false << -1;
        QTest::newRow("400 no Code") << 400 << QByteArray("{}") << "malformed_reply" << false << -1;
        QTest::newRow("503 Throttling.Api")
            << 503 << QByteArray(R"({"Code":"Throttling.Api"})") << "throttled" << false << 100;
        QTest::newRow("503 ServiceUnavailable")
            << 503 << QByteArray(R"({"Code":"ServiceUnavailable"})") << "server" << true << -1;
        QTest::newRow("500 InternalError")
            << 500 << QByteArray(R"({"Code":"InternalError"})") << "server" << true << -1;
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << "server" << true << -1;
        QTest::newRow("504 empty") << 504 << QByteArray() << "server" << true << -1;
    }
    void repliesWithRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(bool, mayBeBilled);
        QFETCH(int, retryAfter);
        const ParsedReply parsed = parseReply(reply(status, body, {{"X-Acs-Retry-After", "100"}}));
        const auto* e = std::get_if<ApiError>(&parsed);
        QCOMPARE(e ? errorKindId(e->kind) : QStringLiteral("result"), kind);
        if (!e)
            return;
        QCOMPARE(e->mayBeBilled, mayBeBilled);
        QCOMPARE(e->retryAfterMs, retryAfter < 0 ? std::nullopt : std::optional<int>(retryAfter));
        QVERIFY(!ErrorText::message(*e).isEmpty());
        // Without the header nothing changes but the advertised wait.
        const ParsedReply bare = parseReply(reply(status, body));
        QCOMPARE(errorKindId(std::get<ApiError>(bare).kind), kind);
        QCOMPARE(std::get<ApiError>(bare).mayBeBilled, mayBeBilled);
        QCOMPARE(std::get<ApiError>(bare).retryAfterMs, std::nullopt);
    }

    void retryAfterValues()
    {
        QCOMPARE(retryAfterMs({{"x-acs-retry-after", "1500"}}), std::optional<int>(1500));
        // Not a positive integer: ignored.
        QCOMPARE(retryAfterMs({{"x-acs-retry-after", "-5"}}), std::nullopt);
        QCOMPARE(retryAfterMs({{"x-acs-retry-after", "soon"}}), std::nullopt);
        QCOMPARE(retryAfterMs({{"x-acs-retry-after", "0"}}), std::nullopt);
    }

    void unexpectedCodeOnA2xxIsOutcomeUnknown()
    {
        const ParsedReply parsed =
            parseReply(reply(200, R"({"RequestId":"R9","Code":"InvalidParameter","Message":"bad Mobile"})"));
        const auto& e = std::get<ApiError>(parsed);
        QCOMPARE(e.kind, ErrorKind::MalformedReply);
        QCOMPARE(e.cause, QStringLiteral("unexpected-code"));
        QCOMPARE(e.code, QStringLiteral("InvalidParameter"));
        QCOMPARE(e.requestId, QStringLiteral("R9"));
        QVERIFY(e.mayBeBilled);
        const QString text = ErrorText::message(e);
        QVERIFY2(text.contains(u"InvalidParameter") && text.contains(u"bad Mobile") && text.contains(u"billed"),
                 qPrintable(text));
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
