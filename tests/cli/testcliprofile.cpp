// tricheck-cli profile … with the real gnome-keyring (this test's private D-Bus session is
// inherited by the CLI processes), and tricheck-cli verify using those profiles.
#include "apitestutil.h"
#include "clitestutil.h"
#include "scriptedserver.h"

#include <QDir>
#include <QJsonArray>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::test;

namespace {

QStringList verifyArgs(const QStringList& extra = {})
{
    return QStringList{QStringLiteral("verify"),
                       QStringLiteral("--mobile"),
                       QStringLiteral("13800138000"),
                       QStringLiteral("--name"),
                       QStringLiteral("张三"),
                       QStringLiteral("--id"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("--no-history")} +
           extra;
}

QByteArray settingsBytes()
{
    QFile file(cliHome() + QStringLiteral("/.config/TriCheck/TriCheck.conf"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList names(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue v : array)
        list.append(v.toObject().value(QStringLiteral("name")).toString().isEmpty()
                        ? v.toObject().value(QStringLiteral("profile")).toString()
                        : v.toObject().value(QStringLiteral("name")).toString());
    return list;
}

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private:
    ScriptedServer m_server;

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_server.start());
    }
    void init() { m_server.clear(); }

    void addListUseRemove()
    {
        const QString url = m_server.url().toString();
        const CliRun added = runCli({QStringLiteral("profile"),
                                     QStringLiteral("add"),
                                     QStringLiteral("prod"),
                                     QStringLiteral("--access-key-id"),
                                     QStringLiteral("LTAIprod"),
                                     QStringLiteral("--endpoint"),
                                     url,
                                     QStringLiteral("--default")},
                                    cliEnvironment(),
                                    "prod-Secret+/=1\n");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json.value(QStringLiteral("action")).toString(), QStringLiteral("added"));
        QCOMPARE(added.json.value(QStringLiteral("storage")).toString(), QStringLiteral("keychain"));
        QVERIFY(!added.out.contains("prod-Secret"));
        const QByteArray settings = settingsBytes();
        QVERIFY(settings.contains("LTAIprod"));
        QVERIFY(!settings.contains("prod-Secret"));

        const CliRun listed = runCli({QStringLiteral("profile"), QStringLiteral("list")}, cliEnvironment());
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(names(listed.json.value(QStringLiteral("profiles")).toArray()), QStringList{QStringLiteral("prod")});
        QCOMPARE(listed.json.value(QStringLiteral("default")).toString(), QStringLiteral("prod"));
        QVERIFY(!listed.out.contains("prod-Secret"));

        // No --profile, no --endpoint: the default profile, its endpoint, its secret from the keyring.
        const CliRun verified = runCli(verifyArgs(), cliEnvironment());
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json.value(QStringLiteral("endpoint")).toString(), url);
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(verifySignature(m_server.requests().first(), QStringLiteral("prod-Secret+/=1")), QString());

        const CliRun removed =
            runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("prod")}, cliEnvironment());
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.json.value(QStringLiteral("action")).toString(), QStringLiteral("removed"));
        const CliRun gone = runCli(verifyArgs({QStringLiteral("--profile"), QStringLiteral("prod")}), cliEnvironment());
        QCOMPARE(gone.exitCode, 5);
        QCOMPARE(m_server.requestCount(), 1);
        QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("prod")}, cliEnvironment())
                     .exitCode,
                 2);
    }

    void stsTokenIsReadAfterTheSecret()
    {
        const CliRun added = runCli({QStringLiteral("profile"),
                                     QStringLiteral("add"),
                                     QStringLiteral("sts"),
                                     QStringLiteral("--access-key-id"),
                                     QStringLiteral("STS.abc"),
                                     QStringLiteral("--sts-token")},
                                    cliEnvironment(),
                                    "sts-secret\nCAIS-cli-token\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY(!settingsBytes().contains("CAIS-cli-token"));
        const CliRun verified = runCli(verifyArgs({QStringLiteral("--profile"),
                                                   QStringLiteral("sts"),
                                                   QStringLiteral("--endpoint"),
                                                   m_server.url().toString()}),
                                       cliEnvironment());
        QCOMPARE(verified.exitCode, 0);
        const ReceivedRequest& r = m_server.requests().first();
        QCOMPARE(r.header("x-acs-security-token"), QByteArray("CAIS-cli-token"));
        QCOMPARE(verifySignature(r, QStringLiteral("sts-secret")), QString());
        QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("sts")}, cliEnvironment())
                     .exitCode,
                 0);
    }

    void addRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no secret on stdin")
            << QStringList{QStringLiteral("x"), QStringLiteral("--access-key-id"), QStringLiteral("LTAIx")}
            << QByteArray();
        QTest::newRow("token asked for but missing") << QStringList{QStringLiteral("x"),
                                                                    QStringLiteral("--access-key-id"),
                                                                    QStringLiteral("LTAIx"),
                                                                    QStringLiteral("--sts-token")}
                                                     << QByteArray("secret\n");
        QTest::newRow("bad name") << QStringList{QStringLiteral("a/b"),
                                                 QStringLiteral("--access-key-id"),
                                                 QStringLiteral("LTAIx")}
                                  << QByteArray("secret\n");
        QTest::newRow("no key id") << QStringList{QStringLiteral("x")} << QByteArray("secret\n");
        QTest::newRow("http endpoint elsewhere") << QStringList{QStringLiteral("x"),
                                                                QStringLiteral("--access-key-id"),
                                                                QStringLiteral("LTAIx"),
                                                                QStringLiteral("--endpoint"),
                                                                QStringLiteral("http://example.com/")}
                                                 << QByteArray("secret\n");
    }
    void addRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const CliRun r =
            runCli(QStringList{QStringLiteral("profile"), QStringLiteral("add")} + args, cliEnvironment(), input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        const CliRun listed = runCli({QStringLiteral("profile"), QStringLiteral("list")}, cliEnvironment());
        QVERIFY(listed.json.value(QStringLiteral("profiles")).toArray().isEmpty());
    }

    void withoutAKeychainNothingIsStored()
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tricheck-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        const CliRun r = runCli({QStringLiteral("profile"),
                                 QStringLiteral("add"),
                                 QStringLiteral("nokeyring"),
                                 QStringLiteral("--access-key-id"),
                                 QStringLiteral("LTAInk")},
                                env,
                                "nk-secret\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("No keychain service"), r.err.constData());
        QVERIFY(!settingsBytes().contains("nokeyring"));
        QVERIFY(!settingsBytes().contains("nk-secret"));
    }

    void importFromTheAliyunCli()
    {
        const QString path = cliHome() + QStringLiteral("/aliyun-config.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"current":"ak","profiles":[
            {"name":"ak","mode":"AK","access_key_id":"LTAIimported","access_key_secret":"imported-secret"},
            {"name":"tok","mode":"StsToken","access_key_id":"STS.imp","access_key_secret":"s2","sts_token":"t2"},
            {"name":"role","mode":"RamRoleArn","access_key_id":"x","access_key_secret":"y"}]})");
        file.close();
        const QStringList import{QStringLiteral("profile"),
                                 QStringLiteral("import-aliyun"),
                                 QStringLiteral("--file"),
                                 path};
        const CliRun r = runCli(import, cliEnvironment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(names(r.json.value(QStringLiteral("imported")).toArray()),
                 (QStringList{QStringLiteral("ak"), QStringLiteral("tok")}));
        const QJsonArray skipped = r.json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(names(skipped), QStringList{QStringLiteral("role")});
        QVERIFY(skipped.first().toObject().value(QStringLiteral("reason")).toString().contains(u"RamRoleArn"));
        QVERIFY(!settingsBytes().contains("imported-secret"));

        const CliRun verified = runCli(verifyArgs({QStringLiteral("--profile"),
                                                   QStringLiteral("ak"),
                                                   QStringLiteral("--endpoint"),
                                                   m_server.url().toString()}),
                                       cliEnvironment());
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verifySignature(m_server.requests().first(), QStringLiteral("imported-secret")), QString());

        // Existing profiles are kept unless --replace.
        const CliRun again = runCli(import, cliEnvironment());
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json.value(QStringLiteral("imported")).toArray().isEmpty());
        QCOMPARE(again.json.value(QStringLiteral("skipped")).toArray().size(), 3);
        const CliRun replaced = runCli(
            import + QStringList{QStringLiteral("--replace"), QStringLiteral("--profile"), QStringLiteral("tok")},
            cliEnvironment());
        QCOMPARE(replaced.exitCode, 0);
        QCOMPARE(replaced.json.value(QStringLiteral("imported"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("changed"));

        for (const QString& name : {QStringLiteral("ak"), QStringLiteral("tok")})
            QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("remove"), name}, cliEnvironment()).exitCode, 0);
    }

    void importReportsABrokenFile()
    {
        const QString path = cliHome() + QStringLiteral("/broken.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"profiles\": [ {\"name\": ");
        file.close();
        const CliRun r =
            runCli({QStringLiteral("profile"), QStringLiteral("import-aliyun"), QStringLiteral("--file"), path},
                   cliEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not valid JSON"), r.err.constData());
        QCOMPARE(runCli({QStringLiteral("profile"),
                         QStringLiteral("import-aliyun"),
                         QStringLiteral("--file"),
                         cliHome() + QStringLiteral("/missing.json")},
                        cliEnvironment())
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "testcliprofile.moc"
