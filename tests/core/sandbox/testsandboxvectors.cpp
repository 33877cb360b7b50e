// The five official SDK captures of tests/data/signing-vectors.json, replayed to the sandbox as raw
// HTTP bytes exactly as the SDK sent them, with the sandbox clock set to each vector's date and a
// registry holding their (fictitious) people: every one is accepted with the SDK's answer, and a
// replay, a late replay or a one-byte change is refused.
#include "sandboxfixture.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace tricheck::sandbox;
using namespace tricheck::test;

namespace {

QJsonArray loadVectors()
{
    QFile file(testDataPath(QStringLiteral("signing-vectors.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

// The request exactly as captured: request line, headers in their order and spelling, body.
QByteArray wireBytes(const QJsonObject& vector)
{
    const QJsonObject wire = vector.value(QStringLiteral("wire")).toObject();
    QByteArray bytes = wire.value(QStringLiteral("requestLine")).toString().toUtf8() + "\r\n";
    for (const QJsonValue header : wire.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        bytes += pair.at(0).toString().toUtf8() + ": " + pair.at(1).toString().toUtf8() + "\r\n";
    }
    return bytes + "\r\n" + wire.value(QStringLiteral("body")).toString().toUtf8();
}

QDateTime vectorDate(const QJsonObject& vector)
{
    return QDateTime::fromString(vector[QStringLiteral("inputs")][QStringLiteral("date")].toString(), Qt::ISODate);
}

std::unique_ptr<SandboxServer> sandboxFor(const QJsonObject& vector, ManualClock& clock)
{
    const auto registry = Registry::fromFile(QStringLiteral(TRICHECK_SANDBOX_TEST_DATA) + u"/vectors-registry.csv");
    if (!registry)
        return nullptr;
    SandboxSetup setup;
    setup.registry = registry.value();
    setup.keys = {{QStringLiteral("testAccessKeyId"), QStringLiteral("testAccessKeySecret"), {}, true, {}},
                  {QStringLiteral("STS.testStsAccessKeyId"),
                   QStringLiteral("testStsAccessKeySecret"),
                   QStringLiteral("testSecurityToken"),
                   true,
                   {}}};
    clock.set(vectorDate(vector));
    setup.clock = clock.clock();
    return startSandbox(setup);
}

} // namespace

class TestSandboxVectors : public QObject
{
    Q_OBJECT

    static void vectorRows()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue v : loadVectors())
            QTest::newRow(qPrintable(v[QStringLiteral("id")].toString())) << v.toObject();
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QCOMPARE(loadVectors().size(), 5);
    }

    void acceptedAsTheServiceAnswered()
    {
        QFETCH(QJsonObject, vector);
        ManualClock clock;
        const auto server = sandboxFor(vector, clock);
        QVERIFY(server);
        const HttpResult r = sendRaw(server->url(), wireBytes(vector));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.header("content-type"), QByteArray("application/json;charset=utf-8"));
        const QJsonObject expected = vector[QStringLiteral("response")].toObject();
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QStringLiteral("Code")), expected.value(QStringLiteral("Code")));
        QCOMPARE(body.value(QStringLiteral("Message")), expected.value(QStringLiteral("Message")));
        QCOMPARE(body.value(QStringLiteral("Result")), expected.value(QStringLiteral("Result")));
        QCOMPARE(body.value(QStringLiteral("RequestId")).toString().size(),
                 expected.value(QStringLiteral("RequestId")).toString().size());
        const SandboxEvent event = server->events().constFirst();
        QCOMPARE(event.scheme, vector[QStringLiteral("signatureVersion")].toString().toLower());
        QCOMPARE(event.accessKeyId, vector[QStringLiteral("inputs")][QStringLiteral("accessKeyId")].toString());
    }
    void acceptedAsTheServiceAnswered_data() { vectorRows(); }

    void replayIsRefused()
    {
        QFETCH(QJsonObject, vector);
        ManualClock clock;
        const auto server = sandboxFor(vector, clock);
        QVERIFY(server);
        QCOMPARE(sendRaw(server->url(), wireBytes(vector)).status, 200);
        clock.advanceMs(60LL * 1000);
        const HttpResult replay = sendRaw(server->url(), wireBytes(vector));
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.code(), QStringLiteral("SignatureNonceUsed"));
    }
    void replayIsRefused_data() { vectorRows(); }

    void lateReplayIsRefused()
    {
        QFETCH(QJsonObject, vector);
        ManualClock clock;
        const auto server = sandboxFor(vector, clock);
        QVERIFY(server);
        clock.advanceMs((15LL * 60 + 1) * 1000);
        const HttpResult late = sendRaw(server->url(), wireBytes(vector));
        QCOMPARE(late.status, 400);
        QCOMPARE(late.code(), QStringLiteral("InvalidTimeStamp.Expired"));
        // The same instant one second earlier is still inside the 15-minute window.
        clock.advanceMs(-1000);
        QCOMPARE(sendRaw(server->url(), wireBytes(vector)).status, 200);
    }
    void lateReplayIsRefused_data() { vectorRows(); }

    void anyChangeToASignedPartIsRefused()
    {
        QFETCH(QJsonObject, vector);
        const bool v3 = vector[QStringLiteral("signatureVersion")].toString() == u"V3";
        const QByteArray original = wireBytes(vector);
        // Each signed element of the request, changed by one character.
        QList<std::pair<QByteArray, QByteArray>> changes = {{"ParamType=", "ParamType=x"},
                                                            {"ProductCode=MOBILE_3META", "ProductCode=MOBILE_3METB"}};
        if (v3)
            changes += {{"host: cloudauth-intl", "host: cloudauth-intm"},
                        {"x-acs-credentials-provider: static_", "x-acs-credentials-provider: Static_"},
                        {"POST /", "GET /"},
                        {"x-acs-action: Mobile3MetaVerifyIntl", "x-acs-action: Mobile3MetaVerifyIntk"}};
        else
            changes += {{"POST /", "GET /"}, {"Format=json", "Format=JSON"}, {"AccessKeyId=", "AccessKeyId=x"}};
        for (const auto& [from, to] : changes) {
            QVERIFY2(original.contains(from), from.constData());
            ManualClock clock;
            const auto server = sandboxFor(vector, clock);
            QVERIFY(server);
            const HttpResult r = sendRaw(server->url(), QByteArray(original).replace(from, to));
            QVERIFY2(r.status >= 400, from.constData());
            QVERIFY2(r.code() != u"Success", from.constData());
        }
    }
    void anyChangeToASignedPartIsRefused_data() { vectorRows(); }

    // Unsigned transport headers may change freely, as they do between HTTP stacks.
    void unsignedHeadersMayChange()
    {
        QFETCH(QJsonObject, vector);
        ManualClock clock;
        const auto server = sandboxFor(vector, clock);
        QVERIFY(server);
        QByteArray bytes = wireBytes(vector);
        bytes.replace("user-agent: AlibabaCloud (linux; x64) Node.js/v20.20.2", "user-agent: TriCheck/1.0 Qt/6.4.2");
        bytes.replace("Connection: keep-alive", "Connection: close\r\nAccept-Encoding: gzip");
        QCOMPARE(sendRaw(server->url(), bytes).status, 200);
    }
    void unsignedHeadersMayChange_data() { vectorRows(); }
};

QTEST_GUILESS_MAIN(TestSandboxVectors)
#include "testsandboxvectors.moc"
