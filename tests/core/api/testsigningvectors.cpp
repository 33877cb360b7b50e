// Replays every vector of tests/data/signing-vectors.json (produced by Alibaba's official Node.js
// SDK) through TriCheck's signers and compares each intermediate step byte for byte.
#include "api/signaturev1.h"
#include "api/signaturev3.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tricheck::api;

namespace {

QJsonArray loadVectors()
{
    QFile file(tricheck::test::testDataPath(QStringLiteral("signing-vectors.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QByteArray utf8(const QJsonValue& v)
{
    return v.toString().toUtf8();
}

// The SDK's business parameters in the order the generated client adds them.
QueryItems businessParams(const QJsonObject& params)
{
    QueryItems items;
    for (const char* name : {"IdentifyNum", "Mobile", "ParamType", "ProductCode", "UserName"})
        items.append({QLatin1String(name), params.value(QLatin1String(name)).toString()});
    return items;
}

QByteArray wireHeader(const QJsonObject& vector, const QByteArray& name)
{
    for (const QJsonValue h :
         vector.value(QStringLiteral("wire")).toObject().value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = h.toArray();
        if (pair.at(0).toString().toUtf8().toLower() == name)
            return utf8(pair.at(1));
    }
    return {};
}

} // namespace

class TestSigningVectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QCOMPARE(loadVectors().size(), 5);
    }

    void v3_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue v : loadVectors()) {
            if (v[QStringLiteral("signatureVersion")].toString() == u"V3")
                QTest::newRow(qPrintable(v[QStringLiteral("id")].toString())) << v.toObject();
        }
    }
    void v3()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject in = vector.value(QStringLiteral("inputs")).toObject();
        const QJsonObject expected = vector.value(QStringLiteral("expected")).toObject();

        V3Request r;
        r.method = utf8(in[QStringLiteral("method")]);
        r.host = in[QStringLiteral("host")].toString();
        r.path = in[QStringLiteral("path")].toString();
        r.action = in[QStringLiteral("action")].toString();
        r.version = in[QStringLiteral("version")].toString();
        r.date = in[QStringLiteral("date")].toString();
        r.nonce = in[QStringLiteral("nonce")].toString();
        r.accessKeyId = in[QStringLiteral("accessKeyId")].toString();
        r.accessKeySecret = in[QStringLiteral("accessKeySecret")].toString();
        r.securityToken = in[QStringLiteral("securityToken")].toString();
        r.query = businessParams(in[QStringLiteral("params")].toObject());
        // The SDK adds this header from @alicloud/credentials; it is an x-acs-* header, so signed.
        r.extraAcsHeaders = {{"x-acs-credentials-provider", wireHeader(vector, "x-acs-credentials-provider")}};

        const V3Signed s = signV3(r);
        QCOMPARE(s.payloadHash, utf8(expected[QStringLiteral("bodySha256")]));
        QCOMPARE(s.canonicalRequest, utf8(expected[QStringLiteral("canonicalRequest")]));
        QCOMPARE(s.hashedCanonicalRequest, utf8(expected[QStringLiteral("hashedCanonicalRequest")]));
        QCOMPARE(s.stringToSign, utf8(expected[QStringLiteral("stringToSign")]));
        QCOMPARE(s.signedHeaders, utf8(expected[QStringLiteral("signedHeaders")]));
        QCOMPARE(s.signature, utf8(expected[QStringLiteral("signature")]));
        QCOMPARE(s.authorization, utf8(expected[QStringLiteral("authorization")]));
        QCOMPARE(s.authorization, wireHeader(vector, "authorization"));
        // Every signed header we send carries the value the SDK sent.
        for (const auto& [name, value] : s.headers) {
            if (name != "authorization")
                QCOMPARE(value, wireHeader(vector, name));
        }
        // The wire query string of the captured request line, byte for byte.
        const QByteArray requestLine = utf8(vector[QStringLiteral("wire")].toObject()[QStringLiteral("requestLine")]);
        QCOMPARE(requestLine, QByteArray("POST /?" + s.queryString + " HTTP/1.1"));
    }

    void v1_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue v : loadVectors()) {
            if (v[QStringLiteral("signatureVersion")].toString() == u"V1")
                QTest::newRow(qPrintable(v[QStringLiteral("id")].toString())) << v.toObject();
        }
    }
    void v1()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject in = vector.value(QStringLiteral("inputs")).toObject();
        const QJsonObject expected = vector.value(QStringLiteral("expected")).toObject();
        const QJsonObject signedParams = expected[QStringLiteral("signedParams")].toObject();

        V1Request r;
        r.method = utf8(in[QStringLiteral("method")]);
        r.action = in[QStringLiteral("action")].toString();
        r.version = in[QStringLiteral("version")].toString();
        r.format = signedParams[QStringLiteral("Format")].toString(); // the SDK sends lower-case "json"
        r.timestamp = in[QStringLiteral("date")].toString();
        r.nonce = in[QStringLiteral("nonce")].toString();
        r.accessKeyId = in[QStringLiteral("accessKeyId")].toString();
        r.accessKeySecret = in[QStringLiteral("accessKeySecret")].toString();
        r.securityToken = in[QStringLiteral("securityToken")].toString();
        r.params = businessParams(in[QStringLiteral("params")].toObject());

        const V1Signed s = signV1(r);
        QCOMPARE(s.signedParams.size(), signedParams.size());
        for (const auto& [name, value] : s.signedParams)
            QCOMPARE(value, signedParams.value(name).toString());
        QCOMPARE(s.canonicalQuery, utf8(expected[QStringLiteral("canonicalizedQueryString")]));
        QCOMPARE(s.stringToSign, utf8(expected[QStringLiteral("stringToSign")]));
        QCOMPARE(s.signature, utf8(expected[QStringLiteral("signature")]));
        QCOMPARE(percentEncodeBytes(s.signature), utf8(expected[QStringLiteral("signatureOnWire")]));
        QVERIFY(s.queryString.endsWith(QByteArray("&Signature=" + utf8(expected[QStringLiteral("signatureOnWire")]))));
    }
};

QTEST_GUILESS_MAIN(TestSigningVectors)
#include "testsigningvectors.moc"
