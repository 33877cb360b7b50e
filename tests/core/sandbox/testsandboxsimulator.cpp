// The gateway checks without sockets: every tampering of a request signed by TriCheck's signers
// gets the service's Code and HTTP status, in the documented order; the spec's own worked
// examples verify; nonces, rates and the clock behave; arbitrary bytes never crash the simulator.
#include "api/signaturev1.h"
#include "api/signaturev3.h"
#include "sandbox/noncecache.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/simulator.h"
#include "sandbox/subjecthasher.h"
#include "sandboxfixture.h"
#include "testenv.h"

#include <QRandomGenerator>
#include <QtTest>

#include <functional>

using namespace tricheck::sandbox;
using namespace tricheck::api;
using tricheck::identity::ParamType;
using tricheck::test::ManualClock;

namespace {

const QDateTime kNow(QDate(2025, 1, 15), QTime(8, 30), Qt::UTC);
const QString kHost = QStringLiteral("127.0.0.1:8080");

AccessKey demoKey()
{
    return AccessKey::demo();
}

AccessKey stsKey()
{
    return {QStringLiteral("STS.sandbox"), QStringLiteral("sts-secret"), QStringLiteral("sts-token+/="), true, {}};
}

Registry testRegistry()
{
    return tricheck::test::registryFromCsv("mobile,name,id_number,carrier,status\n"
                                           "13800138000,张三,11010519491231002X,CMCC,active\n"
                                           "13100000001,Li Si,99999919900101002X,CUCC,active\n"
                                           "18900000002,王小明,999999200012310033,CTCC,other\n");
}

QueryItems zhangSan(ParamType type = ParamType::Normal)
{
    return tricheck::test::businessParams(QStringLiteral("13800138000"),
                                          QStringLiteral("张三"),
                                          QStringLiteral("11010519491231002X"),
                                          type);
}

V3Request v3(const AccessKey& key = demoKey(), const QueryItems& params = zhangSan())
{
    V3Request r;
    r.host = kHost;
    r.query = params;
    r.action = QStringLiteral("Mobile3MetaVerifyIntl");
    r.version = QStringLiteral("2022-08-09");
    r.date = tricheck::test::timestamp(kNow);
    r.nonce = tricheck::test::freshNonce();
    r.accessKeyId = key.id;
    r.accessKeySecret = key.secret;
    r.securityToken = key.securityToken;
    return r;
}

ReceivedRequest received(const V3Request& r)
{
    const V3Signed s = signV3(r);
    ReceivedRequest rr;
    rr.method = r.method;
    rr.path = "/";
    rr.rawQuery = s.queryString;
    rr.headers.emplaceBack("host", r.host.toUtf8());
    rr.headers += s.headers;
    rr.body = r.body;
    return rr;
}

V1Request v1(const AccessKey& key = demoKey(), const QueryItems& params = zhangSan())
{
    V1Request r = tricheck::test::v1Request(key, params, kNow);
    return r;
}

ReceivedRequest received(const V1Request& r)
{
    const V1Signed s = signV1(r);
    ReceivedRequest rr;
    rr.method = r.method;
    rr.path = "/";
    rr.rawQuery = s.queryString;
    rr.headers.emplaceBack("host", kHost.toUtf8());
    return rr;
}

void setHeader(ReceivedRequest& r, const QByteArray& name, const QByteArray& value)
{
    for (auto& header : r.headers) {
        if (header.first == name) {
            header.second = value;
            return;
        }
    }
    r.headers.emplaceBack(name, value);
}

void removeHeader(ReceivedRequest& r, const QByteArray& name)
{
    r.headers.removeIf([&name](const auto& h) { return h.first == name; });
}

using Mutation = std::function<void(ReceivedRequest&)>;

QString codeOf(const Verdict& verdict)
{
    return verdict.error ? verdict.error->code : QStringLiteral("Success");
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestSandboxSimulator : public QObject
{
    Q_OBJECT

    ManualClock m_clock{kNow};

    Simulator makeSimulator()
    {
        Simulator simulator;
        simulator.setKeys({demoKey(), stsKey()});
        simulator.setRegistry(testRegistry());
        m_clock.set(kNow);
        simulator.setClock(m_clock.clock());
        return simulator;
    }

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void acceptsEverySchemeModeAndCredential_data()
    {
        QTest::addColumn<bool>("useV1");
        QTest::addColumn<bool>("md5");
        QTest::addColumn<bool>("sts");
        for (const bool useV1 : {false, true})
            for (const bool md5 : {false, true})
                for (const bool sts : {false, true})
                    QTest::addRow("%s %s %s", useV1 ? "v1" : "v3", md5 ? "md5" : "normal", sts ? "sts" : "ak")
                        << useV1 << md5 << sts;
    }
    void acceptsEverySchemeModeAndCredential()
    {
        QFETCH(bool, useV1);
        QFETCH(bool, md5);
        QFETCH(bool, sts);
        Simulator simulator = makeSimulator();
        const AccessKey key = sts ? stsKey() : demoKey();
        const QueryItems params = zhangSan(md5 ? ParamType::Md5 : ParamType::Normal);
        const Verdict verdict = simulator.decide(useV1 ? received(v1(key, params)) : received(v3(key, params)));
        QVERIFY2(verdict.isSuccess(), qPrintable(verdict.error ? verdict.error->message : QString()));
        QCOMPARE(verdict.scheme, useV1 ? SignatureScheme::V1 : SignatureScheme::V3);
        QCOMPARE(verdict.accessKeyId, key.id);
        QCOMPARE(verdict.paramType, md5 ? ParamType::Md5 : ParamType::Normal);
        QCOMPARE(verdict.answer.subCode, QStringLiteral("101"));
        QCOMPARE(verdict.answer.bizCode, QStringLiteral("1"));
        QCOMPARE(verdict.answer.ispName, QStringLiteral("CMCC"));
        QCOMPARE(verdict.format, ResponseFormat::Json);
    }

    void v3Tampering_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        const QString mismatch = QStringLiteral("SignatureDoesNotMatch");
        const QString incomplete = QStringLiteral("IncompleteSignature");
        const auto replaceInQuery = [](QByteArray from, QByteArray to) {
            return Mutation([from, to](ReceivedRequest& r) { r.rawQuery.replace(from, to); });
        };
        QTest::newRow("changed parameter") << replaceInQuery("13800138000", "13800138001") << mismatch << 400;
        QTest::newRow("changed name") << replaceInQuery("%E5%BC%A0", "%E6%9D%8E") << mismatch << 400;
        QTest::newRow("added parameter") << Mutation([](ReceivedRequest& r) { r.rawQuery += "&Extra=1"; }) << mismatch
                                         << 400;
        QTest::newRow("dropped parameter") << replaceInQuery("&ProductCode=MOBILE_3META", "") << mismatch << 400;
        QTest::newRow("changed signed header")
            << Mutation([](ReceivedRequest& r) { setHeader(r, "x-acs-signature-nonce", "another-nonce"); }) << mismatch
            << 400;
        QTest::newRow("changed date within the window") << Mutation([](ReceivedRequest& r) {
            setHeader(r, "x-acs-date", tricheck::test::timestamp(kNow.addSecs(60)).toUtf8());
        }) << mismatch << 400;
        QTest::newRow("changed host") << Mutation([](ReceivedRequest& r) { setHeader(r, "host", "127.0.0.1:8081"); })
                                      << mismatch << 400;
        QTest::newRow("changed method") << Mutation([](ReceivedRequest& r) { r.method = "GET"; }) << mismatch << 400;
        QTest::newRow("changed body") << Mutation([](ReceivedRequest& r) { r.body = "x"; }) << mismatch << 400;
        QTest::newRow("changed signature") << Mutation([](ReceivedRequest& r) {
            QByteArray auth = r.header("authorization");
            auth[auth.size() - 1] = auth.endsWith('0') ? '1' : '0';
            setHeader(r, "authorization", auth);
        }) << mismatch << 400;
        QTest::newRow("unsigned x-acs header")
            << Mutation([](ReceivedRequest& r) { r.headers.emplaceBack("x-acs-extra", "1"); }) << incomplete << 400;
        QTest::newRow("unsigned content-type") << Mutation([](ReceivedRequest& r) {
            r.headers.emplaceBack("content-type", "application/x-www-form-urlencoded");
        }) << incomplete << 400;
        QTest::newRow("signed header not sent")
            << Mutation([](ReceivedRequest& r) { removeHeader(r, "x-acs-version"); }) << incomplete << 400;
        QTest::newRow("mandatory header not signed") << Mutation([](ReceivedRequest& r) {
            setHeader(r, "authorization", r.header("authorization").replace("x-acs-date;", ""));
        }) << incomplete << 400;
        QTest::newRow("duplicate header")
            << Mutation([](ReceivedRequest& r) { r.headers.emplaceBack("x-acs-date", r.header("x-acs-date")); })
            << incomplete << 400;
        QTest::newRow("other algorithm") << Mutation([](ReceivedRequest& r) {
            setHeader(r, "authorization", r.header("authorization").replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3"));
        }) << incomplete << 400;
        QTest::newRow("no signature part") << Mutation([](ReceivedRequest& r) {
            QByteArray auth = r.header("authorization");
            setHeader(r, "authorization", auth.left(auth.indexOf(",Signature=")));
        }) << incomplete << 400;
        QTest::newRow("upper-case signed header name") << Mutation([](ReceivedRequest& r) {
            setHeader(r, "authorization", r.header("authorization").replace("host;", "Host;"));
        }) << incomplete << 400;
        QTest::newRow("garbage authorization")
            << Mutation([](ReceivedRequest& r) { setHeader(r, "authorization", "Bearer abc"); }) << incomplete << 400;
        QTest::newRow("accesskey-id header disagrees")
            << Mutation([](ReceivedRequest& r) { r.headers.emplaceBack("x-acs-accesskey-id", "someone-else"); })
            << incomplete << 400;
        QTest::newRow("unknown key") << Mutation([](ReceivedRequest& r) {
            setHeader(r,
                      "authorization",
                      r.header("authorization").replace("Credential=sandbox-access-key-id", "Credential=nobody"));
        }) << "InvalidAccessKeyId.NotFound"
                                     << 404;
        QTest::newRow("bad date format") << Mutation([](ReceivedRequest& r) {
            setHeader(r, "x-acs-date", "2025-01-15T08:30:00.000Z");
        }) << "InvalidTimeStamp.Format" << 400;
        QTest::newRow("duplicate parameter")
            << Mutation([](ReceivedRequest& r) { r.rawQuery += "&Mobile=13800138000"; }) << "InvalidParameter" << 400;
        QTest::newRow("wrong path") << Mutation([](ReceivedRequest& r) { r.path = "/x"; }) << "InvalidApi.NotFound"
                                    << 404;
        QTest::newRow("put") << Mutation([](ReceivedRequest& r) { r.method = "PUT"; }) << "InvalidApi.NotFound" << 404;
        QTest::newRow("no signature at all")
            << Mutation([](ReceivedRequest& r) { removeHeader(r, "authorization"); }) << "MissingSignature" << 400;
    }
    void v3Tampering()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, code);
        QFETCH(int, status);
        Simulator simulator = makeSimulator();
        ReceivedRequest request = received(v3());
        mutation(request);
        const Verdict verdict = simulator.decide(request);
        QVERIFY(verdict.error);
        QCOMPARE(verdict.error->code, code);
        QCOMPARE(verdict.error->httpStatus, status);
    }

    void v1Tampering_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        const QString mismatch = QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("changed parameter")
            << Mutation([](ReceivedRequest& r) { r.rawQuery.replace("11010519491231002X", "11010519491231003X"); })
            << mismatch << 400;
        QTest::newRow("changed method") << Mutation([](ReceivedRequest& r) { r.method = "GET"; }) << mismatch << 400;
        QTest::newRow("added parameter") << Mutation([](ReceivedRequest& r) { r.rawQuery += "&RegionId=cn-hongkong"; })
                                         << mismatch << 400;
        QTest::newRow("form parameter added") << Mutation([](ReceivedRequest& r) {
            r.headers.emplaceBack("content-type", "application/x-www-form-urlencoded");
            r.body = "RegionId=cn-hongkong";
        }) << mismatch << 400;
        QTest::newRow("unknown key") << Mutation([](ReceivedRequest& r) {
            r.rawQuery.replace("AccessKeyId=sandbox-access-key-id", "AccessKeyId=nobody");
        }) << "InvalidAccessKeyId.NotFound"
                                     << 404;
        QTest::newRow("missing nonce") << Mutation([](ReceivedRequest& r) {
            const qsizetype start = r.rawQuery.indexOf("&SignatureNonce=");
            r.rawQuery.remove(start, r.rawQuery.indexOf('&', start + 1) - start);
        }) << "MissingParameter" << 400;
        QTest::newRow("sha256 method") << Mutation([](ReceivedRequest& r) {
            r.rawQuery.replace("SignatureMethod=HMAC-SHA1", "SignatureMethod=HMAC-SHA256");
        }) << "IncompleteSignature" << 400;
        QTest::newRow("empty signature") << Mutation([](ReceivedRequest& r) {
            r.rawQuery.truncate(r.rawQuery.indexOf("&Signature=") + 11);
        }) << "MissingSignature" << 400;
        QTest::newRow("bad timestamp") << Mutation([](ReceivedRequest& r) {
            r.rawQuery.replace("Timestamp=2025-01-15T08%3A30%3A00Z", "Timestamp=2025-01-15+08%3A30%3A00");
        }) << "InvalidTimeStamp.Format" << 400;
        QTest::newRow("other action") << Mutation([](ReceivedRequest& r) {
            r.rawQuery.replace("Action=Mobile3MetaVerifyIntl", "Action=Mobile3MetaVerify");
        }) << mismatch << 400; // signed: changing it breaks the signature first
    }
    void v1Tampering()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, code);
        QFETCH(int, status);
        Simulator simulator = makeSimulator();
        ReceivedRequest request = received(v1());
        mutation(request);
        const Verdict verdict = simulator.decide(request);
        QVERIFY(verdict.error);
        QCOMPARE(verdict.error->code, code);
        QCOMPARE(verdict.error->httpStatus, status);
    }

    void credentialChecks_data()
    {
        QTest::addColumn<bool>("useV1");
        QTest::newRow("v3") << false;
        QTest::newRow("v1") << true;
    }
    void credentialChecks()
    {
        QFETCH(bool, useV1);
        const auto verdictFor = [useV1](Simulator& simulator, const AccessKey& signingKey) {
            return simulator.decide(useV1 ? received(v1(signingKey)) : received(v3(signingKey)));
        };
        Simulator simulator = makeSimulator();

        AccessKey wrongSecret = demoKey();
        wrongSecret.secret = QStringLiteral("not-the-secret");
        QCOMPARE(codeOf(verdictFor(simulator, wrongSecret)), QStringLiteral("SignatureDoesNotMatch"));

        AccessKey noToken = stsKey();
        noToken.securityToken.clear();
        QCOMPARE(codeOf(verdictFor(simulator, noToken)), QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
        AccessKey wrongToken = stsKey();
        wrongToken.securityToken = QStringLiteral("sts-token+/");
        QCOMPARE(codeOf(verdictFor(simulator, wrongToken)),
                 QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
        AccessKey tokenForPermanentKey = demoKey();
        tokenForPermanentKey.securityToken = QStringLiteral("x");
        QCOMPARE(codeOf(verdictFor(simulator, tokenForPermanentKey)),
                 QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));

        AccessKey expiring = stsKey();
        expiring.securityTokenExpiry = kNow.addSecs(-1);
        AccessKey disabled = demoKey();
        disabled.active = false;
        simulator.setKeys({disabled, expiring});
        const Verdict expired = verdictFor(simulator, stsKey());
        QCOMPARE(codeOf(expired), QStringLiteral("InvalidSecurityToken.Expired"));
        QCOMPARE(expired.error->httpStatus, 400);
        const Verdict inactive = verdictFor(simulator, demoKey());
        QCOMPARE(codeOf(inactive), QStringLiteral("InvalidAccessKeyId.Inactive"));
        QCOMPARE(inactive.error->httpStatus, 400);
    }

    void timestampWindow_data()
    {
        QTest::addColumn<bool>("useV1");
        QTest::addColumn<int>("offsetSeconds");
        QTest::addColumn<int>("windowSeconds");
        QTest::addColumn<bool>("accepted");
        for (const bool useV1 : {false, true}) {
            const char* s = useV1 ? "v1" : "v3";
            QTest::addRow("%s exactly 15 min old", s) << useV1 << -900 << 900 << true;
            QTest::addRow("%s 15 min 1 s old", s) << useV1 << -901 << 900 << false;
            QTest::addRow("%s 15 min 1 s ahead", s) << useV1 << 901 << 900 << false;
            QTest::addRow("%s 5 min old, 1 min window", s) << useV1 << -300 << 60 << false;
            QTest::addRow("%s 30 min old, 31 min window", s) << useV1 << -1800 << 1860 << true;
        }
    }
    void timestampWindow()
    {
        QFETCH(bool, useV1);
        QFETCH(int, offsetSeconds);
        QFETCH(int, windowSeconds);
        QFETCH(bool, accepted);
        Simulator simulator = makeSimulator();
        simulator.setMaxSkewSeconds(windowSeconds);
        // The request is signed at kNow; the sandbox's clock is moved instead.
        m_clock.set(kNow.addSecs(-offsetSeconds));
        const Verdict verdict = simulator.decide(useV1 ? received(v1()) : received(v3()));
        QCOMPARE(verdict.isSuccess(), accepted);
        if (!accepted)
            QCOMPARE(codeOf(verdict), QStringLiteral("InvalidTimeStamp.Expired"));
    }

    // With several faults at once, the first check in the documented order answers: AccessKey,
    // STS token, timestamp, nonce, signature, action/version, QPS, business parameters.
    void checksRunInTheDocumentedOrder()
    {
        Simulator simulator = makeSimulator();

        ReceivedRequest unknownKeyUnsignedHeader =
            received(v3(AccessKey{QStringLiteral("nobody"), QStringLiteral("x"), {}, true, {}}));
        unknownKeyUnsignedHeader.headers.emplaceBack("x-acs-extra", "1");
        QCOMPARE(codeOf(simulator.decide(unknownKeyUnsignedHeader)), QStringLiteral("InvalidAccessKeyId.NotFound"));

        AccessKey wrongToken = stsKey();
        wrongToken.securityToken = QStringLiteral("forged");
        V3Request staleWithWrongToken = v3(wrongToken);
        staleWithWrongToken.date = tricheck::test::timestamp(kNow.addSecs(-3600));
        QCOMPARE(codeOf(simulator.decide(received(staleWithWrongToken))),
                 QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));

        ReceivedRequest staleAndForged = received(staleWithWrongToken);
        staleAndForged.rawQuery.replace("13800138000", "13800138001");
        setHeader(staleAndForged, "x-acs-security-token", stsKey().securityToken.toUtf8());
        QCOMPARE(codeOf(simulator.decide(staleAndForged)), QStringLiteral("InvalidTimeStamp.Expired"));

        simulator.setQps(1);
        const V3Request genuine = v3(); // takes this second's only slot
        QVERIFY(simulator.decide(received(genuine)).isSuccess());
        ReceivedRequest replayedAndForged = received(genuine);
        replayedAndForged.rawQuery.replace("13800138000", "13800138001");
        replayedAndForged.headers.emplaceBack("x-acs-extra", "1");
        QCOMPARE(codeOf(simulator.decide(replayedAndForged)), QStringLiteral("SignatureNonceUsed"));

        V3Request wrongActionWhileThrottled = v3();
        wrongActionWhileThrottled.action = QStringLiteral("DescribeRegions");
        QCOMPARE(codeOf(simulator.decide(received(wrongActionWhileThrottled))), QStringLiteral("InvalidApi.NotFound"));
        QCOMPARE(codeOf(simulator.decide(received(v3()))), QStringLiteral("Throttling.Api"));
        QueryItems incomplete = zhangSan();
        incomplete.removeLast();
        QCOMPARE(codeOf(simulator.decide(received(v3(demoKey(), incomplete)))), QStringLiteral("Throttling.Api"));
        m_clock.advanceMs(1000);
        QCOMPARE(codeOf(simulator.decide(received(v3(demoKey(), incomplete)))), QStringLiteral("MissingParameter"));
    }

    void nonceIsSingleUseOnlyOnceSigned()
    {
        Simulator simulator = makeSimulator();
        const V3Request request = v3();
        ReceivedRequest forged = received(request);
        forged.rawQuery.replace("13800138000", "13800138001");
        // A forged request does not burn the nonce of the genuine one …
        QCOMPARE(codeOf(simulator.decide(forged)), QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(simulator.decide(received(request)).isSuccess());
        // … which cannot be replayed, not even with a new timestamp (different signature).
        QCOMPARE(codeOf(simulator.decide(received(request))), QStringLiteral("SignatureNonceUsed"));
        V3Request later = request;
        later.date = tricheck::test::timestamp(kNow.addSecs(5));
        QCOMPARE(codeOf(simulator.decide(received(later))), QStringLiteral("SignatureNonceUsed"));
        // Nonces belong to an AccessKey; V1 and V3 share them.
        V3Request otherKey = request;
        otherKey.accessKeyId = stsKey().id;
        otherKey.accessKeySecret = stsKey().secret;
        otherKey.securityToken = stsKey().securityToken;
        QVERIFY(simulator.decide(received(otherKey)).isSuccess());
        V1Request sameNonceV1 = v1();
        sameNonceV1.nonce = request.nonce;
        QCOMPARE(codeOf(simulator.decide(received(sameNonceV1))), QStringLiteral("SignatureNonceUsed"));
        // Once the window has passed, the timestamp check takes over.
        m_clock.advanceMs(901LL * 1000);
        QCOMPARE(codeOf(simulator.decide(received(request))), QStringLiteral("InvalidTimeStamp.Expired"));
    }

    // Every nonce is remembered for the whole window, so a long one is refused as the gateway
    // refuses a parameter out of range: InvalidParameter (400) naming it as the scheme does.
    // Characters count, not bytes: 64 CJK characters or emoji are as acceptable as 64 hex digits.
    void longNoncesAreRefused_data()
    {
        QTest::addColumn<bool>("useV1");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("code");
        const QString emoji = QStringLiteral("\U0001F600");
        QTest::newRow("v3 64 hex") << false << QString(64, u'a') << "Success";
        QTest::newRow("v3 65 hex") << false << QString(65, u'a') << "InvalidParameter";
        QTest::newRow("v3 1 MiB") << false << QString(qsizetype(1024) * 1024, u'a') << "InvalidParameter";
        QTest::newRow("v1 64 hex") << true << QString(64, u'b') << "Success";
        QTest::newRow("v1 65 hex") << true << QString(65, u'b') << "InvalidParameter";
        QTest::newRow("v1 64 cjk") << true << QString(64, QChar(0x6838)) << "Success";
        QTest::newRow("v1 65 cjk") << true << QString(65, QChar(0x6838)) << "InvalidParameter";
        QTest::newRow("v1 64 emoji") << true << emoji.repeated(64) << "Success";
        QTest::newRow("v1 65 emoji") << true << emoji.repeated(65) << "InvalidParameter";
    }
    void longNoncesAreRefused()
    {
        QFETCH(bool, useV1);
        QFETCH(QString, nonce);
        QFETCH(QString, code);
        Simulator simulator = makeSimulator();
        ReceivedRequest request;
        if (useV1) {
            V1Request r = v1();
            r.nonce = nonce;
            request = received(r);
        } else {
            V3Request r = v3();
            r.nonce = nonce;
            request = received(r);
        }
        const Verdict verdict = simulator.decide(request);
        QCOMPARE(codeOf(verdict), code);
        if (verdict.error) {
            QCOMPARE(verdict.error->httpStatus, 400);
            QCOMPARE(verdict.error->message,
                     QStringLiteral("The specified value of parameter \"%1\" is not valid.")
                         .arg(useV1 ? QStringLiteral("SignatureNonce") : QStringLiteral("x-acs-signature-nonce")));
            QCOMPARE(simulator.nonces().size(), 0);
        } else {
            QCOMPARE(simulator.nonces().size(), 1);
        }
    }

    void apiAndVersion()
    {
        Simulator simulator = makeSimulator();
        V3Request wrongAction = v3();
        wrongAction.action = QStringLiteral("Mobile3MetaSimpleVerify");
        const Verdict action = simulator.decide(received(wrongAction));
        QCOMPARE(codeOf(action), QStringLiteral("InvalidApi.NotFound"));
        QCOMPARE(action.error->httpStatus, 404);
        V3Request wrongVersion = v3();
        wrongVersion.version = QStringLiteral("2019-03-07");
        const Verdict version = simulator.decide(received(wrongVersion));
        QCOMPARE(codeOf(version), QStringLiteral("InvalidVersion"));
        QCOMPARE(version.error->httpStatus, 400);
        V1Request wrongV1Version = v1();
        wrongV1Version.version = QStringLiteral("2022-08-10");
        QCOMPARE(codeOf(simulator.decide(received(wrongV1Version))), QStringLiteral("InvalidVersion"));
    }

    void throttlingPerAccessKey()
    {
        Simulator simulator = makeSimulator();
        simulator.setQps(2);
        QVERIFY(simulator.decide(received(v3())).isSuccess());
        QVERIFY(simulator.decide(received(v1())).isSuccess());
        m_clock.advanceMs(400);
        const Verdict throttled = simulator.decide(received(v3()));
        QCOMPARE(codeOf(throttled), QStringLiteral("Throttling.Api"));
        QCOMPARE(throttled.error->httpStatus, 403);
        QCOMPARE(throttled.retryAfterMs, 600);
        // Another key has its own budget; a rejected call does not count.
        QVERIFY(simulator.decide(received(v3(stsKey()))).isSuccess());
        const AccessKey unknown{QStringLiteral("x"), QStringLiteral("y"), {}, true, {}};
        QCOMPARE(codeOf(simulator.decide(received(v3(unknown)))), QStringLiteral("InvalidAccessKeyId.NotFound"));
        m_clock.advanceMs(600);
        QVERIFY(simulator.decide(received(v3())).isSuccess());
    }

    void businessValidation_data()
    {
        QTest::addColumn<QueryItems>("params");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parameter");
        const auto without = [](const QString& name) {
            QueryItems items = zhangSan();
            items.removeIf([&name](const auto& item) { return item.first == name; });
            return items;
        };
        const auto with = [](const QString& name, const QString& value, ParamType type = ParamType::Normal) {
            QueryItems items = zhangSan(type);
            for (auto& item : items) {
                if (item.first == name)
                    item.second = value;
            }
            return items;
        };
        for (const char* name : {"ProductCode", "ParamType", "IdentifyNum", "UserName", "Mobile"}) {
            QTest::addRow("missing %s", name) << without(QLatin1String(name)) << "MissingParameter" << name;
            QTest::addRow("empty %s", name) << with(QLatin1String(name), QString()) << "MissingParameter" << name;
        }
        QTest::newRow("product code") << with(QStringLiteral("ProductCode"), QStringLiteral("MOBILE_2META"))
                                      << "InvalidParameter"
                                      << "ProductCode";
        QTest::newRow("param type") << with(QStringLiteral("ParamType"), QStringLiteral("MD5")) << "InvalidParameter"
                                    << "ParamType";
        QTest::newRow("param type sha") << with(QStringLiteral("ParamType"), QStringLiteral("sha256"))
                                        << "InvalidParameter"
                                        << "ParamType";
        QTest::newRow("id 17") << with(QStringLiteral("IdentifyNum"), QStringLiteral("11010519491231002"))
                               << "InvalidParameter"
                               << "IdentifyNum";
        QTest::newRow("mobile +86") << with(QStringLiteral("Mobile"), QStringLiteral("+8613800138000"))
                                    << "InvalidParameter"
                                    << "Mobile";
        QTest::newRow("name control") << with(QStringLiteral("UserName"), QStringLiteral("张\t三"))
                                      << "InvalidParameter"
                                      << "UserName";
        QTest::newRow("md5 upper") << with(QStringLiteral("Mobile"),
                                           QStringLiteral("7945BD83237335E5376FF44D62E4F0AE"),
                                           ParamType::Md5)
                                   << "InvalidParameter"
                                   << "Mobile";
        QTest::newRow("md5 plain text") << with(QStringLiteral("UserName"), QStringLiteral("张三"), ParamType::Md5)
                                        << "InvalidParameter"
                                        << "UserName";
        QTest::newRow("md5 short") << with(QStringLiteral("IdentifyNum"),
                                           QStringLiteral("ae05564031c21338aa8a2e7266e7855"),
                                           ParamType::Md5)
                                   << "InvalidParameter"
                                   << "IdentifyNum";
    }
    void businessValidation()
    {
        QFETCH(QueryItems, params);
        QFETCH(QString, code);
        QFETCH(QString, parameter);
        for (const bool useV1 : {false, true}) {
            Simulator simulator = makeSimulator();
            const Verdict verdict =
                simulator.decide(useV1 ? received(v1(demoKey(), params)) : received(v3(demoKey(), params)));
            QVERIFY(verdict.error);
            QCOMPARE(verdict.error->code, code);
            QCOMPARE(verdict.error->httpStatus, 400);
            QVERIFY2(verdict.error->message.contains(u'"' + parameter + u'"'), qPrintable(verdict.error->message));
        }
    }

    void formatOnlyForFictitiousNumbers()
    {
        // Area code 999999 does not exist and the check character is not verified: the gateway
        // checks formats only, and a lower-case x is accepted.
        Simulator simulator = makeSimulator();
        const Verdict verdict =
            simulator.decide(received(v3(demoKey(),
                                         tricheck::test::businessParams(QStringLiteral("13100000001"),
                                                                        QStringLiteral("Li Si"),
                                                                        QStringLiteral("99999919900101002x")))));
        QVERIFY(verdict.isSuccess());
        QCOMPARE(verdict.answer.subCode, QStringLiteral("101"));
        QCOMPARE(verdict.answer.ispName, QStringLiteral("CUCC"));
    }

    void formBodies()
    {
        Simulator simulator = makeSimulator();
        // V3: parameters in a signed form body, content-type signed.
        V3Request form = v3(demoKey(), {});
        form.body = wireQueryString(zhangSan());
        form.contentType = "application/x-www-form-urlencoded; charset=UTF-8";
        const Verdict v3Form = simulator.decide(received(form));
        QVERIFY2(v3Form.isSuccess(), qPrintable(v3Form.error ? v3Form.error->message : QString()));
        QCOMPARE(v3Form.answer.subCode, QStringLiteral("101"));

        // V1: business parameters in the body, common ones in the query; the body is signed too.
        V1Request split = v1(demoKey(), {});
        V1Request signing = split;
        signing.params = zhangSan();
        const V1Signed s = signV1(signing);
        QueryItems wire;
        QueryItems body;
        for (const auto& item : s.signedParams)
            (zhangSan().contains(item) ? body : wire).append(item);
        wire.append({QStringLiteral("Signature"), QString::fromLatin1(s.signature)});
        ReceivedRequest request;
        request.method = "POST";
        request.path = "/";
        request.rawQuery = wireQueryString(wire);
        request.headers = {{"host", kHost.toUtf8()}, {"content-type", "application/x-www-form-urlencoded"}};
        request.body = wireQueryString(body);
        const Verdict v1Form = simulator.decide(request);
        QVERIFY2(v1Form.isSuccess(), qPrintable(v1Form.error ? v1Form.error->message : QString()));

        // A body that is not a form is hashed (V3) but not read for parameters.
        V3Request json = v3(demoKey(), {});
        json.body = wireQueryString(zhangSan());
        json.contentType = "application/json";
        QCOMPARE(codeOf(simulator.decide(received(json))), QStringLiteral("MissingParameter"));
    }

    // The Python SDK signs every header it sends, accept and user-agent included: the server
    // verifies whatever SignedHeaders lists, beyond the mandatory ones.
    void extraSignedHeadersAreVerified()
    {
        Simulator simulator = makeSimulator();
        V3Request request = v3();
        request.extraAcsHeaders = {{"accept", "application/json"},
                                   {"user-agent", "AlibabaCloud (Linux; x86_64) Python/3.11.2 Core/0.3.0 TeaDSL/2"},
                                   {"x-acs-credentials-provider", "static_ak"}};
        ReceivedRequest signedAll = received(request);
        QVERIFY(signedAll.header("authorization").contains("SignedHeaders=accept;host;"));
        QVERIFY(simulator.decide(signedAll).isSuccess());

        request.nonce = tricheck::test::freshNonce();
        ReceivedRequest changedAgent = received(request);
        setHeader(changedAgent, "user-agent", "curl/7.88.1");
        QCOMPARE(codeOf(simulator.decide(changedAgent)), QStringLiteral("SignatureDoesNotMatch"));
    }

    void plusInQueryIsASpace()
    {
        // Python's SDK sends form-style queries ("Li+Si"); the signature covers "Li%20Si".
        Simulator simulator = makeSimulator();
        for (const bool useV1 : {false, true}) {
            const QueryItems params = tricheck::test::businessParams(QStringLiteral("13100000001"),
                                                                     QStringLiteral("Li Si"),
                                                                     QStringLiteral("99999919900101002X"));
            ReceivedRequest request = useV1 ? received(v1(demoKey(), params)) : received(v3(demoKey(), params));
            QVERIFY(request.rawQuery.contains("Li%20Si"));
            request.rawQuery.replace("Li%20Si", "Li+Si");
            const Verdict verdict = simulator.decide(request);
            QVERIFY2(verdict.isSuccess(), qPrintable(verdict.error ? verdict.error->message : QString()));
        }
    }

    void v1FormatSelectsXml()
    {
        Simulator simulator = makeSimulator();
        V1Request json = v1();
        json.format = QStringLiteral("json");
        QCOMPARE(simulator.decide(received(json)).format, ResponseFormat::Json);
        V1Request xml = v1();
        xml.format = QStringLiteral("XML");
        QCOMPARE(simulator.decide(received(xml)).format, ResponseFormat::Xml);
        // Without Format the service answers XML, errors included.
        ReceivedRequest none = received(v1());
        none.rawQuery.replace("&Format=JSON", "");
        const Verdict verdict = simulator.decide(none);
        QCOMPARE(verdict.format, ResponseFormat::Xml);
        QCOMPARE(codeOf(verdict), QStringLiteral("SignatureDoesNotMatch"));
    }

    // The spec's own worked examples for this API (§2.3 C, §3.4 a–c), signed by other
    // implementations than TriCheck's.
    void specExamples_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QList<QByteArray>>("headers"); // name, value, name, value …
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        const QByteArray params = "IdentifyNum=11010519491231002X&Mobile=13800138000&ParamType=normal&ProductCode="
                                  "MOBILE_3META&UserName=%E5%BC%A0%E4%B8%89";
        const QByteArray empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        const QList<QByteArray> common = {"host",
                                          "cloudauth-intl.cn-hongkong.aliyuncs.com",
                                          "x-acs-action",
                                          "Mobile3MetaVerifyIntl",
                                          "x-acs-version",
                                          "2022-08-09",
                                          "x-acs-date",
                                          "2025-01-01T00:00:00Z",
                                          "x-acs-signature-nonce",
                                          "3156853299f313e23d1673dc12e1703d"};
        const auto auth = [](const QByteArray& signedHeaders, const QByteArray& signature) {
            return QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=" + signedHeaders +
                              ",Signature=" + signature);
        };
        QTest::newRow("v3 a") << QByteArray("POST") << params
                              << common + QList<QByteArray>{"x-acs-content-sha256",
                                                            empty,
                                                            "authorization",
                                                            auth("host;x-acs-action;x-acs-content-sha256;x-acs-date;x-"
                                                                 "acs-signature-nonce;x-acs-version",
                                                                 "a5bfd3495199172083c04221328fe2775b67814e4a55c770a222"
                                                                 "937e66d3f50e")}
                              << QByteArray() << QString();
        QTest::newRow("v3 b sts") << QByteArray("POST") << params
                                  << common + QList<QByteArray>{"x-acs-content-sha256",
                                                                empty,
                                                                "x-acs-security-token",
                                                                "CAIS-test-token+/=",
                                                                "authorization",
                                                                auth("host;x-acs-action;x-acs-content-sha256;x-acs-"
                                                                     "date;x-acs-security-token;x-acs-signature-"
                                                                     "nonce;x-acs-version",
                                                                     "ac07b8628cb62fd0fc0c7e3cc4c0b6141fc025146caff8e"
                                                                     "926dabfc78a61ecee")}
                                  << QByteArray() << QStringLiteral("CAIS-test-token+/=");
        QTest::newRow("v3 c form")
            << QByteArray("POST") << QByteArray()
            << common + QList<QByteArray>{"content-type",
                                          "application/x-www-form-urlencoded",
                                          "x-acs-content-sha256",
                                          // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one digest, two lines
                                          "a249dd8e71d2a9dd0c347de46d3d99244dcdfa53021626bff6553"
                                          "01f3a7afad6",
                                          "authorization",
                                          auth("content-type;host;x-acs-action;x-acs-content-"
                                               "sha256;x-acs-date;x-acs-signature-nonce;x-acs-"
                                               "version",
                                               "6cec0a1d28041088cc97ecfbd38e50d913e65022c7149573a"
                                               "6b558d4ff95e95c")}
            << params << QString();
        const QByteArray v1Common = "AccessKeyId=testid&Action=Mobile3MetaVerifyIntl&Format=JSON&" + params +
                                    "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&"
                                    "SignatureVersion=1.0&Timestamp=2025-01-01T00%3A00%3A00Z&Version=2022-08-09";
        const QList<QByteArray> v1Host = {"host", "cloudauth-intl.cn-hongkong.aliyuncs.com"};
        QTest::newRow("v1 post") << QByteArray("POST") << v1Common + "&Signature=8sZytr0pQEhUkw6anYb5lCPHM3A%3D"
                                 << v1Host << QByteArray() << QString();
        QTest::newRow("v1 get") << QByteArray("GET") << v1Common + "&Signature=EeOH4BIo8GT8K6XXYyaiaf5XPdU%3D" << v1Host
                                << QByteArray() << QString();
        QTest::newRow("v1 sts") << QByteArray("POST")
                                << v1Common +
                                       "&SecurityToken=CAIS-test-token%2B%2F%3D&Signature=%2BaZE08zoN2GjLnbQBIQl3"
                                       "Sk5Bpo%3D"
                                << v1Host << QByteArray() << QStringLiteral("CAIS-test-token+/=");
    }
    void specExamples()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, query);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        Simulator simulator = makeSimulator();
        m_clock.set(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        const bool v1Example = query.contains("AccessKeyId=testid");
        simulator.setKeys({v1Example
                               ? AccessKey{QStringLiteral("testid"), QStringLiteral("testsecret"), token, true, {}}
                               : AccessKey{QStringLiteral("YourAccessKeyId"),
                                           QStringLiteral("YourAccessKeySecret"),
                                           token,
                                           true,
                                           {}}});
        ReceivedRequest request;
        request.method = method;
        request.path = "/";
        request.rawQuery = query;
        for (qsizetype i = 0; i + 1 < headers.size(); i += 2)
            request.headers.append({headers.at(i), headers.at(i + 1)});
        request.body = body;
        const Verdict verdict = simulator.decide(request);
        QVERIFY2(verdict.isSuccess(), qPrintable(verdict.error ? verdict.error->message : QString()));
        QCOMPARE(verdict.answer.subCode, QStringLiteral("101"));
    }

    void nonceCacheStaysBoundedAndFailsClosed()
    {
        NonceCache cache(3);
        const qint64 now = 1000000;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(cache.check(QByteArray::number(i), now + 100 + i, now), NonceCache::Check::Fresh);
            cache.remember(QByteArray::number(i), now + 100 + i, now);
        }
        QCOMPARE(cache.size(), 3);
        QCOMPARE(cache.check("1", now + 500, now), NonceCache::Check::Used);
        // Full: the entry closest to expiry ("0") is forgotten, and requests no newer than it are
        // refused from now on, so "0" can never be replayed.
        cache.remember("3", now + 200, now);
        QCOMPARE(cache.size(), 3);
        QCOMPARE(cache.check("0", now + 100, now), NonceCache::Check::BelowFloor);
        QCOMPARE(cache.check("new", now + 100, now), NonceCache::Check::BelowFloor);
        QCOMPARE(cache.check("new", now + 101, now), NonceCache::Check::Fresh);
        // Expired entries go by themselves.
        QCOMPARE(cache.check("1", now + 500, now + 150), NonceCache::Check::Fresh);
        QCOMPARE(cache.size(), 1);
    }

    // However long the keys, the cache never holds more than its byte capacity: the entries
    // closest to expiry go first and the floor rises, so none of them can be replayed.
    void nonceCacheIsBoundedInBytes()
    {
        const QByteArray longest(kMaxNonceLength + 32, 'n'); // the longest nonce and a long key ID
        const qint64 capacity = 20 * NonceCache::costOf(longest);
        NonceCache cache(1000000, capacity);
        QCOMPARE(cache.byteCapacity(), capacity);
        const qint64 now = 1000000;
        for (int i = 0; i < 100; ++i) {
            QByteArray key = QByteArray::number(i);
            key += longest.left(longest.size() - key.size());
            QCOMPARE(cache.check(key, now + 100 + i, now), NonceCache::Check::Fresh);
            cache.remember(key, now + 100 + i, now);
            QVERIFY(cache.bytes() <= capacity);
        }
        QCOMPARE(cache.size(), 20);
        QCOMPARE(cache.bytes(), 20 * NonceCache::costOf(longest));
        QByteArray first = "0" + longest.left(longest.size() - 1);
        QCOMPARE(cache.check(first, now + 100, now), NonceCache::Check::BelowFloor);
        QByteArray last = "99" + longest.left(longest.size() - 2);
        QCOMPARE(cache.check(last, now + 199, now), NonceCache::Check::Used);
        // Short keys cost less: more of them fit in the same bytes.
        cache.clear();
        QCOMPARE(cache.bytes(), qint64(0));
        for (int i = 0; i < 100; ++i)
            cache.remember(QByteArray::number(i), now + 100 + i, now);
        QVERIFY(cache.size() > 20);
        QVERIFY(cache.bytes() <= capacity);
        // Expiry gives the bytes back.
        QCOMPARE(cache.check("new", now + 1000, now + 1000), NonceCache::Check::Fresh);
        QCOMPARE(cache.bytes(), qint64(0));
    }

    // The subject of a request: the same for the same three values as received, different for
    // anything else (including the same person in md5 mode), unrelated under a new key.
    void subjectsStandForTheValuesReceived()
    {
        SubjectHasher hasher;
        const QString plain = hasher.subjectOf(received(v3()));
        QCOMPARE(plain.size(), 64);
        QVERIFY(std::all_of(plain.begin(), plain.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        }));
        QCOMPARE(hasher.subjectOf(received(v1())), plain); // another scheme, another nonce
        QCOMPARE(
            hasher.subject(QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")),
            plain);
        QVERIFY(hasher.subjectOf(received(v3(demoKey(), zhangSan(ParamType::Md5)))) != plain);
        QVERIFY(hasher.subject(QStringLiteral("13800138000"),
                               QStringLiteral("张三"),
                               QStringLiteral("11010519491231002x")) != plain);
        // The fields cannot run into each other.
        QVERIFY(hasher.subject(QStringLiteral("ab"), QStringLiteral("c"), QStringLiteral("d")) !=
                hasher.subject(QStringLiteral("a"), QStringLiteral("bc"), QStringLiteral("d")));
        // A form body counts as the query does.
        V3Request form = v3(demoKey(), {});
        form.body = wireQueryString(zhangSan());
        form.contentType = "application/x-www-form-urlencoded";
        QCOMPARE(hasher.subjectOf(received(form)), plain);
        // Without all three values, or with one of them twice, there is no subject.
        QueryItems incomplete = zhangSan();
        incomplete.removeIf([](const auto& item) { return item.first == u"UserName"; });
        QVERIFY(hasher.subjectOf(received(v3(demoKey(), incomplete))).isEmpty());
        ReceivedRequest twice = received(v3());
        twice.rawQuery += "&Mobile=13800138001";
        QVERIFY(hasher.subjectOf(twice).isEmpty());
        // Another key (another run, another hasher): unrelated subjects.
        QVERIFY(SubjectHasher().subjectOf(received(v3())) != plain);
        hasher.renewKey();
        QVERIFY(hasher.subjectOf(received(v3())) != plain);
    }

    void rateLimiterWindow()
    {
        RateLimiter limiter(3);
        QVERIFY(!limiter.admit(QStringLiteral("a"), 1000));
        QVERIFY(!limiter.admit(QStringLiteral("a"), 1100));
        QVERIFY(!limiter.admit(QStringLiteral("a"), 1200));
        QCOMPARE(limiter.admit(QStringLiteral("a"), 1300), std::optional<int>(700));
        QVERIFY(!limiter.admit(QStringLiteral("b"), 1300));
        QVERIFY(!limiter.admit(QStringLiteral("a"), 2000));
        limiter.setQps(0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(!limiter.admit(QStringLiteral("a"), 3000));
    }

    void parsesOnlyStrictTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << "2025-01-15T08:30:00Z" << true;
        QTest::newRow("leap day") << "2024-02-29T23:59:59Z" << true;
        QTest::newRow("no leap day") << "2025-02-29T00:00:00Z" << false;
        QTest::newRow("fraction") << "2025-01-15T08:30:00.5Z" << false;
        QTest::newRow("offset") << "2025-01-15T08:30:00+08:00" << false;
        QTest::newRow("lower z") << "2025-01-15T08:30:00z" << false;
        QTest::newRow("hour 24") << "2025-01-15T24:00:00Z" << false;
        QTest::newRow("space") << "2025-01-15 08:30:00Z" << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("٢٠٢٥-01-15T08:30:00Z") << false;
        QTest::newRow("empty") << "" << false;
    }
    void parsesOnlyStrictTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseUtcTimestamp(text).has_value(), valid);
    }

    // Arbitrary bytes in every part of a request: the simulator answers, it never crashes.
    void survivesArbitraryInput()
    {
        Simulator simulator = makeSimulator();
        QRandomGenerator random(20250115);
        const ReceivedRequest v3Base = received(v3());
        const ReceivedRequest v1Base = received(v1());
        const auto randomBytes = [&random](int max) {
            QByteArray bytes(random.bounded(max + 1), Qt::Uninitialized);
            for (char& c : bytes)
                c = char(random.bounded(256));
            return bytes;
        };
        const QByteArray alphabet = "%&=+;,: \t\r\n\"ACS3-HMAC-SHA256 Credential=SignedHeaders=Signature=x-acs-";
        const auto mutate = [&](QByteArray bytes) {
            const int edits = random.bounded(1, 6);
            for (int i = 0; i < edits; ++i) {
                const qsizetype at = bytes.isEmpty() ? 0 : random.bounded(bytes.size());
                switch (random.bounded(4)) {
                case 0:
                    bytes.insert(at, alphabet.mid(random.bounded(alphabet.size()), random.bounded(1, 12)));
                    break;
                case 1:
                    bytes.remove(at, random.bounded(1, 8));
                    break;
                case 2:
                    if (!bytes.isEmpty())
                        bytes[at] = char(random.bounded(256));
                    break;
                default:
                    bytes.insert(at, randomBytes(8));
                }
            }
            return bytes;
        };
        int answered = 0;
        for (int i = 0; i < 4000; ++i) {
            ReceivedRequest r = (i % 2) ? v1Base : v3Base;
            switch (random.bounded(5)) {
            case 0:
                r.rawQuery = mutate(r.rawQuery);
                break;
            case 1:
                for (auto& header : r.headers) {
                    if (random.bounded(3) == 0)
                        header.second = mutate(header.second);
                }
                break;
            case 2:
                r.headers.emplaceBack(mutate("x-acs-"), randomBytes(16));
                break;
            case 3:
                r.body = randomBytes(64);
                r.headers.emplaceBack("content-type", "application/x-www-form-urlencoded");
                break;
            default:
                r.method = mutate(r.method);
                r.path = mutate(r.path);
            }
            const Verdict verdict = simulator.decide(r);
            QVERIFY(verdict.isSuccess() || !verdict.error->code.isEmpty());
            ++answered;
        }
        QCOMPARE(answered, 4000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSimulator)
#include "testsandboxsimulator.moc"
