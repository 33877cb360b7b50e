#include "api/signaturev1.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

namespace {

// Example A / B of the spec sign ECS calls whose common parameters differ from what signV1 adds
// (RegionId, no SecurityToken …), so they are reproduced with the building blocks.
QByteArray signParams(const QByteArray& method, const QueryItems& params, const QString& secret)
{
    return v1Signature(secret, v1StringToSign(method, canonicalQueryString(params)));
}

QueryItems exampleB()
{
    return {{QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
            {QStringLiteral("Format"), QStringLiteral("XML")},
            {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
            {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
            {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
            {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
            {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
            {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")}};
}

V1Request exampleC()
{
    V1Request r;
    r.action = QStringLiteral("Mobile3MetaVerifyIntl");
    r.version = QStringLiteral("2022-08-09");
    r.format = QStringLiteral("JSON");
    r.timestamp = QStringLiteral("2025-01-01T00:00:00Z");
    r.nonce = QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    r.accessKeyId = QStringLiteral("testid");
    r.accessKeySecret = QStringLiteral("testsecret");
    r.params = {{QStringLiteral("ProductCode"), QStringLiteral("MOBILE_3META")},
                {QStringLiteral("ParamType"), QStringLiteral("normal")},
                {QStringLiteral("IdentifyNum"), QStringLiteral("11010519491231002X")},
                {QStringLiteral("UserName"), QStringLiteral("张三")},
                {QStringLiteral("Mobile"), QStringLiteral("13800138000")}};
    return r;
}

} // namespace

class TestSignatureV1 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void officialExampleA()
    {
        // DOC-RPC DescribeDedicatedHosts, GET (alibaba-api.md §2.3 A)
        const QueryItems params{{QStringLiteral("Action"), QStringLiteral("DescribeDedicatedHosts")},
                                {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
                                {QStringLiteral("Format"), QStringLiteral("JSON")},
                                {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
                                {QStringLiteral("SignatureNonce"), QStringLiteral("edb2b34af0af9a6d14deaf7c1a5315eb")},
                                {QStringLiteral("Timestamp"), QStringLiteral("2023-03-13T08:34:30Z")},
                                {QStringLiteral("RegionId"), QStringLiteral("cn-beijing")},
                                {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
                                {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")}};
        const QByteArray canonical = canonicalQueryString(params);
        QCOMPARE(canonical,
                 QByteArray("AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing"
                            "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb"
                            "&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26"));
        QCOMPARE(
            v1StringToSign("GET", canonical),
            QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId"
                       "%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a53"
                       "15eb%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-"
                       "05-26"));
        QCOMPARE(signParams("GET", params, QStringLiteral("testsecret")), QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk="));
        QCOMPARE(percentEncode(u"9NaGiOspFP5UPcwX8Iwt2YJXXuk="), QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D"));
    }

    void officialExampleB()
    {
        // DOC-SIGOLD DescribeRegions (alibaba-api.md §2.3 B), GET and POST
        QCOMPARE(
            v1StringToSign("GET", canonicalQueryString(exampleB())),
            QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod"
                       "%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1."
                       "0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"));
        QCOMPARE(signParams("GET", exampleB(), QStringLiteral("testsecret")),
                 QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
        QCOMPARE(signParams("POST", exampleB(), QStringLiteral("testsecret")),
                 QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk="));
    }

    void specExampleC()
    {
        // alibaba-api.md §2.3 C: this API, POST, GET and STS
        const V1Signed s = signV1(exampleC());
        QCOMPARE(s.canonicalQuery,
                 QByteArray("AccessKeyId=testid&Action=Mobile3MetaVerifyIntl&Format=JSON&IdentifyNum=11010519491231002X"
                            "&Mobile=13800138000&ParamType=normal&ProductCode=MOBILE_3META&SignatureMethod=HMAC-SHA1"
                            "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2025-"
                            "01-01T00%3A00%3A00Z&UserName=%E5%BC%A0%E4%B8%89&Version=2022-08-09"));
        QVERIFY(s.stringToSign.startsWith("POST&%2F&AccessKeyId%3Dtestid%26"));
        QVERIFY(s.stringToSign.contains("UserName%3D%25E5%25BC%25A0%25E4%25B8%2589"));
        QCOMPARE(s.signature, QByteArray("8sZytr0pQEhUkw6anYb5lCPHM3A="));

        V1Request get = exampleC();
        get.method = "GET";
        QCOMPARE(signV1(get).signature, QByteArray("EeOH4BIo8GT8K6XXYyaiaf5XPdU="));

        V1Request sts = exampleC();
        sts.securityToken = QStringLiteral("CAIS-test-token+/=");
        QCOMPARE(signV1(sts).signature, QByteArray("+aZE08zoN2GjLnbQBIQl3Sk5Bpo="));
    }

    void signatureIsPercentEncodedOnTheWire()
    {
        V1Request sts = exampleC();
        sts.securityToken = QStringLiteral("CAIS-test-token+/=");
        const V1Signed s = signV1(sts);
        // A raw '+' would be read back as a space: it must travel as %2B.
        QVERIFY(s.queryString.endsWith("&Signature=%2BaZE08zoN2GjLnbQBIQl3Sk5Bpo%3D"));
        QVERIFY(s.queryString.contains("SecurityToken=CAIS-test-token%2B%2F%3D"));
        QVERIFY(s.queryString.contains("UserName=%E5%BC%A0%E4%B8%89"));
        QVERIFY(!s.queryString.contains('+'));
        QVERIFY(!s.queryString.contains(' '));
        const QueryItems back = parseQuery(s.queryString);
        QCOMPARE(back.last(), (std::pair{QStringLiteral("Signature"), QStringLiteral("+aZE08zoN2GjLnbQBIQl3Sk5Bpo=")}));
    }
};

QTEST_GUILESS_MAIN(TestSignatureV1)
#include "testsignaturev1.moc"
