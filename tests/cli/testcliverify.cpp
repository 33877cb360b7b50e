// tricheck-cli verify against a scripted loopback server running in this test process, with the
// credentials in the environment: the JSON contract, every exit status, nothing sent on bad input.
#include "apitestutil.h"
#include "clitestutil.h"
#include "scriptedserver.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

using namespace tricheck;
using namespace tricheck::test;

namespace {

const QString kEnvSecret = QStringLiteral("env-Secret+/=value");

QStringList triple(const QStringList& extra = {})
{
    return QStringList{QStringLiteral("verify"),
                       QStringLiteral("--mobile"),
                       QStringLiteral("+86 138-0013-8000"),
                       QStringLiteral("--name"),
                       QStringLiteral("张三"),
                       QStringLiteral("--id"),
                       QStringLiteral("11010519491231002x")} +
           extra;
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedServer> m_server;

    QProcessEnvironment envWithKeys() const
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIenvKeyId"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kEnvSecret);
        return env;
    }
    QStringList sandbox(const QStringList& extra = {}) const
    {
        return triple(
            QStringList{QStringLiteral("--endpoint"), m_server->url().toString(), QStringLiteral("--no-history")} +
            extra);
    }
    static QJsonObject errorOf(const CliRun& r) { return r.json.value(QStringLiteral("error")).toObject(); }
    static QString writePolicy(const QTemporaryDir& dir, const QString& body)
    {
        QString path = dir.filePath(QStringLiteral("policy.conf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("[Policy]\n" + body.toUtf8());
        return path;
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void identityFromStandardInput()
    {
        m_server->enqueue(ScriptedReply::success("1", "101", "CMCC"));
        const QStringList args{QStringLiteral("verify"),
                               QStringLiteral("--stdin"),
                               QStringLiteral("--endpoint"),
                               m_server->url().toString(),
                               QStringLiteral("--no-history")};
        const CliRun r =
            runCli(args,
                   envWithKeys(),
                   R"({"mobile":"13800138000","name":"张三","id":"11010519491231002X","reference":"case-9"})");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server->requests().size(), 1);
        const ReceivedRequest& req = m_server->requests().first();
        QCOMPARE(req.queryValue(QStringLiteral("Mobile")), QStringLiteral("13800138000"));
        QCOMPARE(req.queryValue(QStringLiteral("IdentifyNum")), QStringLiteral("11010519491231002X"));
        QCOMPARE(req.queryValue(QStringLiteral("UserName")), QStringLiteral("张三"));
    }

    void identityFromStandardInputRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("told");
        QTest::newRow("not json") << QStringList() << QByteArray("mobile=138") << "one JSON object";
        QTest::newRow("missing id") << QStringList() << QByteArray(R"({"mobile":"13800138000","name":"张三"})")
                                    << "\"id\" is missing";
        QTest::newRow("number") << QStringList() << QByteArray(R"({"mobile":13800138000,"name":"张三","id":"x"})")
                                << "\"mobile\" is missing or not a string";
        QTest::newRow("unknown key") << QStringList() << QByteArray(R"({"mobile":"1","name":"2","id":"3","phone":"4"})")
                                     << "unknown key";
        QTest::newRow("with flags") << QStringList{QStringLiteral("--mobile"), QStringLiteral("13800138000")}
                                    << QByteArray("{}") << "cannot be used with --mobile";
        QTest::newRow("too large") << QStringList() << QByteArray(qsizetype{70} * 1024, ' ') << "larger than 64 KiB";
    }

    void identityFromStandardInputRefusesBadInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, input);
        QFETCH(QString, told);
        const CliRun r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--stdin")} + extra +
                                    QStringList{QStringLiteral("--endpoint"), m_server->url().toString()},
                                envWithKeys(),
                                input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(told.toUtf8()), r.err.constData());
        QCOMPARE(errorOf(r).value(QStringLiteral("kind")).toString(), QStringLiteral("validation"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void withoutValuesOrATerminalNothingIsAsked()
    {
        const CliRun r =
            runCli({QStringLiteral("verify"), QStringLiteral("--endpoint"), m_server->url().toString()}, envWithKeys());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--stdin"));
    }

    void terminalAsksAndMasksTheIdNumber()
    {
        // A real pseudo-terminal: the CLI asks for the missing values; the ID number is echoed as
        // stars (a backspace takes one back) and never appears on the screen.
        m_server->enqueue(ScriptedReply::success("1", "101", "CMCC"));
        const QString script = QStringLiteral(R"PY(
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
out = b''
def more(timeout):
    global out
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return False
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        return False
    out += chunk
    return bool(chunk)
for prompt, answer in ((b'Mobile number: ', '13800138000\r'), (b'Name: ', '张三\r'),
                       (b'ID number: ', '11010519491231002Y\x7fX\r')):
    end = time.time() + 30
    while prompt not in out and time.time() < end:
        more(0.2)
    os.write(fd, answer.encode())
while more(30):
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.WEXITSTATUS(status))
)PY");
        QProcess p;
        p.setProcessEnvironment(envWithKeys());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 script,
                 cliPath(),
                 QStringLiteral("verify"),
                 QStringLiteral("--endpoint"),
                 m_server->url().toString(),
                 QStringLiteral("--no-history")});
        QVERIFY(finished.wait(60000));
        const QByteArray screen = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, screen.constData());
        QVERIFY(screen.contains("ID number: "));
        QVERIFY(!screen.contains("1101051949"));
        QVERIFY(screen.contains("******************"));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().queryValue(QStringLiteral("IdentifyNum")),
                 QStringLiteral("11010519491231002X"));
    }

    void resultIsOneJsonObjectWithTheContractKeys()
    {
        m_server->enqueue(ScriptedReply::success("1", "101", "CMCC"));
        const CliRun r = runCli(sandbox({QStringLiteral("--reference"), QStringLiteral("case-7")}), envWithKeys());
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines, 1);
        for (const char* key : {"requestId",
                                "code",
                                "message",
                                "bizCode",
                                "subCode",
                                "ispName",
                                "billed",
                                "paramType",
                                "signature",
                                "endpoint",
                                "latencyMs"}) {
            QVERIFY2(r.json.contains(QLatin1String(key)), key);
        }
        QCOMPARE(r.json.value(QStringLiteral("requestId")).toString(),
                 QStringLiteral("D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD"));
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("Success"));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("success"));
        QCOMPARE(r.json.value(QStringLiteral("bizCode")).toString(), QStringLiteral("1"));
        QCOMPARE(r.json.value(QStringLiteral("subCode")).toString(), QStringLiteral("101"));
        QCOMPARE(r.json.value(QStringLiteral("ispName")).toString(), QStringLiteral("CMCC"));
        QCOMPARE(r.json.value(QStringLiteral("billed")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("paramType")).toString(), QStringLiteral("normal"));
        QCOMPARE(r.json.value(QStringLiteral("signature")).toString(), QStringLiteral("v3"));
        QCOMPARE(r.json.value(QStringLiteral("endpoint")).toString(), m_server->url().toString());
        QVERIFY(r.json.value(QStringLiteral("latencyMs")).isDouble());
        QVERIFY(!r.err.isEmpty()); // the human summary

        // What arrived was normalised, signed with the environment's secret, and complete.
        QCOMPARE(m_server->requestCount(), 1);
        const ReceivedRequest& req = m_server->requests().first();
        QCOMPARE(verifySignature(req, kEnvSecret), QString());
        QCOMPARE(req.queryValue(QStringLiteral("Mobile")), QStringLiteral("13800138000"));
        QCOMPARE(req.queryValue(QStringLiteral("IdentifyNum")), QStringLiteral("11010519491231002X"));
        QCOMPARE(req.queryValue(QStringLiteral("UserName")), QStringLiteral("张三"));
        // Nothing on stdout reveals the plaintext.
        QVERIFY(!r.out.contains("13800138000"));
        QVERIFY(!r.out.contains("19491231"));
    }

    void noRecordIsAResultNotBilled()
    {
        m_server->enqueue(ScriptedReply::success("3", "301", ""));
        const CliRun r = runCli(sandbox(), envWithKeys());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("bizCode")).toString(), QStringLiteral("3"));
        QCOMPARE(r.json.value(QStringLiteral("billed")).toBool(true), false);
    }

    void v1AndMd5()
    {
        const CliRun r = runCli(sandbox({QStringLiteral("--signature"), QStringLiteral("v1"), QStringLiteral("--md5")}),
                                envWithKeys());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("signature")).toString(), QStringLiteral("v1"));
        QCOMPARE(r.json.value(QStringLiteral("paramType")).toString(), QStringLiteral("md5"));
        const ReceivedRequest& req = m_server->requests().first();
        QCOMPARE(verifySignature(req, kEnvSecret), QString());
        QCOMPARE(req.queryValue(QStringLiteral("SignatureVersion")), QStringLiteral("1.0"));
        QCOMPARE(req.queryValue(QStringLiteral("Mobile")), QStringLiteral("7945bd83237335e5376ff44d62e4f0ae"));
        QCOMPARE(req.queryValue(QStringLiteral("IdentifyNum")), QStringLiteral("ae05564031c21338aa8a2e7266e7855c"));
        QCOMPARE(req.queryValue(QStringLiteral("UserName")), QStringLiteral("615db57aa314529aaa0fbe95b3e95bd3"));
        QVERIFY(!req.target.contains("13800138000"));
    }

    void stsTokenFromTheEnvironment()
    {
        QProcessEnvironment env = envWithKeys();
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("CAIS-env-token"));
        QCOMPARE(runCli(sandbox(), env).exitCode, 0);
        QCOMPARE(m_server->requests().first().header("x-acs-security-token"), QByteArray("CAIS-env-token"));
    }

    void serviceErrorExitsThree()
    {
        m_server->setFallback(ScriptedReply::gatewayError(400,
                                                          "SignatureDoesNotMatch",
                                                          "Specified signature is not matched with our calculation."));
        const CliRun r = runCli(sandbox(), envWithKeys());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.lines, 1);
        const QJsonObject e = errorOf(r);
        for (const char* key : {"kind", "httpStatus", "code", "message", "requestId"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("authentication"));
        QCOMPARE(e.value(QStringLiteral("httpStatus")).toInt(), 400);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(e.value(QStringLiteral("requestId")).toString(),
                 QStringLiteral("886024CB-30A3-4945-AC3D-D52F706B65A0"));
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(u"clock"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void throttlingRetriedThenExitsThree()
    {
        m_server->setFallback(
            ScriptedReply::json(403, R"({"RequestId":"T","Code":"Throttling.Api"})", {{"x-acs-retry-after", "10"}}));
        const CliRun r = runCli(sandbox(), envWithKeys());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(errorOf(r).value(QStringLiteral("kind")).toString(), QStringLiteral("throttled"));
        QCOMPARE(m_server->requestCount(), 4);
        QCOMPARE(r.json.value(QStringLiteral("attempts")).toInt(), 4);
    }

    // Issue 17: x-acs-retry-after on a reply is not throttling by itself. A 2xx is a result, a 5xx
    // may have been billed; neither is sent again. The scripted reply comes once, then BizCode 1.
    void retryAfterHeaderOnlyHonouredForThrottling_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("kind");     // error kind, empty for a result
        QTest::addColumn<int>("billed");       // result's billed: 1 true, 0 false (results only)
        QTest::addColumn<bool>("mayBeBilled"); // error's mayBeBilled (errors only)
        QTest::newRow("200 BizCode 1")
            << 200
            << QByteArray(
                   R"({"RequestId":"R","Code":"Success","Message":"success","Result":{"BizCode":"1","SubCode":"101","IspName":"CMCC"}})")
            << 0 << 1 << QString() << 1 << false;
        QTest::newRow("200 BizCode 3")
            << 200
            << QByteArray(
                   R"({"RequestId":"R","Code":"Success","Message":"success","Result":{"BizCode":"3","SubCode":"301","IspName":""}})")
            << 0 << 1 << QString() << 0 << false;
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << 3 << 1 << "server" << 0 << true;
        QTest::newRow("504 empty") << 504 << QByteArray() << 3 << 1 << "server" << 0 << true;
        QTest::newRow("503 ServiceUnavailable")
            << 503 << QByteArray(R"({"RequestId":"T","Code":"ServiceUnavailable"})") << 3 << 1 << "server" << 0 << true;
        QTest::newRow("400 InvalidParameter") << 400 << QByteArray(R"({"RequestId":"T","Code":"InvalidParameter"})")
                                              << 3 << 1 << "invalid_request" << 0 << false;
        QTest::newRow("403 Throttling.Api, then a result")
            << 403 << QByteArray(R"({"RequestId":"T","Code":"Throttling.Api"})") << 0 << 2 << QString() << 1 << false;
    }
    void retryAfterHeaderOnlyHonouredForThrottling()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, exitCode);
        QFETCH(int, requests);
        QFETCH(QString, kind);
        QFETCH(int, billed);
        QFETCH(bool, mayBeBilled);
        m_server->enqueue(ScriptedReply::json(status, body, {{"x-acs-retry-after", "100"}}));
        m_server->setFallback(ScriptedReply::success("1", "101"));
        const CliRun r = runCli(sandbox(), envWithKeys());
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.lines, 1);
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(r.json.value(QStringLiteral("attempts")).toInt(), requests);
        if (kind.isEmpty()) {
            QCOMPARE(r.json.value(QStringLiteral("billed")).toBool(billed == 0), billed == 1);
        } else {
            const QJsonObject e = errorOf(r);
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), kind);
            QCOMPARE(e.value(QStringLiteral("httpStatus")).toInt(), status);
            QCOMPARE(e.value(QStringLiteral("mayBeBilled")).toBool(!mayBeBilled), mayBeBilled);
            QVERIFY(e.value(QStringLiteral("retryAfterMs")).isNull());
        }
    }

    void connectionRefusedExitsFour()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort());
        probe.close();
        const CliRun r = runCli(triple({QStringLiteral("--endpoint"), url}), envWithKeys());
        QCOMPARE(r.exitCode, 4);
        const QJsonObject e = errorOf(r);
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("network"));
        QVERIFY(e.value(QStringLiteral("httpStatus")).isNull());
        QCOMPARE(e.value(QStringLiteral("mayBeBilled")).toBool(true), false);
    }

    void timeoutExitsFourAndMayBeBilled()
    {
        ScriptedReply silent;
        silent.kind = ScriptedReply::Kind::Silent;
        m_server->setFallback(silent);
        const CliRun r = runCli(sandbox({QStringLiteral("--timeout-ms"), QStringLiteral("1000")}), envWithKeys());
        QCOMPARE(r.exitCode, 4);
        const QJsonObject e = errorOf(r);
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("timeout"));
        QCOMPARE(e.value(QStringLiteral("mayBeBilled")).toBool(), true);
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(u"may have been billed"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void interruptedWhileWaiting()
    {
        ScriptedReply silent;
        silent.kind = ScriptedReply::Kind::Silent;
        m_server->setFallback(silent);
        const CliRun r = runCli(sandbox(), envWithKeys(), {}, [this](QProcess& p) {
            QSignalSpy received(m_server.get(), &ScriptedServer::requestReceived);
            QVERIFY(received.wait(20000));
            ::kill(pid_t(p.processId()), SIGINT);
        });
        QCOMPARE(r.exitCode, 130);
        QCOMPARE(r.lines, 1);
        const QJsonObject e = errorOf(r);
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(e.value(QStringLiteral("mayBeBilled")).toBool(), true);
    }

    void usageAndValidationErrorsExitTwoAndSendNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing --id") << QStringList{QStringLiteral("verify"),
                                                     QStringLiteral("--mobile"),
                                                     QStringLiteral("13800138000"),
                                                     QStringLiteral("--name"),
                                                     QStringLiteral("张三")}
                                      << "validation";
        QTest::newRow("unknown flag") << triple({QStringLiteral("--frobnicate")}) << "validation";
        QTest::newRow("bad --signature") << triple({QStringLiteral("--signature"), QStringLiteral("v2")})
                                         << "validation";
        QTest::newRow("history and no-history")
            << triple({QStringLiteral("--history"), QStringLiteral("/tmp/h.db"), QStringLiteral("--no-history")})
            << "validation";
        QTest::newRow("bad timeout") << triple({QStringLiteral("--timeout-ms"), QStringLiteral("soon")})
                                     << "validation";
        QTest::newRow("stray argument") << triple({QStringLiteral("extra")}) << "validation";
        QTest::newRow("ID checksum") << QStringList{QStringLiteral("verify"),
                                                    QStringLiteral("--mobile"),
                                                    QStringLiteral("13800138000"),
                                                    QStringLiteral("--name"),
                                                    QStringLiteral("张三"),
                                                    QStringLiteral("--id"),
                                                    QStringLiteral("110105194912310021")}
                                     << "validation";
        QTest::newRow("bad mobile") << QStringList{QStringLiteral("verify"),
                                                   QStringLiteral("--mobile"),
                                                   QStringLiteral("12345"),
                                                   QStringLiteral("--name"),
                                                   QStringLiteral("张三"),
                                                   QStringLiteral("--id"),
                                                   QStringLiteral("11010519491231002X")}
                                    << "validation";
        QTest::newRow("http to another host")
            << triple({QStringLiteral("--endpoint"), QStringLiteral("http://192.0.2.1/")}) << "configuration";
        QTest::newRow("not an endpoint") << triple({QStringLiteral("--endpoint"), QStringLiteral("ftp://x")})
                                         << "configuration";
    }
    void usageAndValidationErrorsExitTwoAndSendNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kind);
        // The sandbox endpoint comes first, so a request would reach the scripted server.
        QStringList withEndpoint = args;
        if (!args.contains(QStringLiteral("--endpoint")))
            withEndpoint << QStringLiteral("--endpoint") << m_server->url().toString();
        const CliRun r = runCli(withEndpoint, envWithKeys());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.lines, 1);
        QCOMPARE(errorOf(r).value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!errorOf(r).value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void noCredentialsExitsFive_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nothing configured") << QStringList() << QStringList() << "ALIBABA_CLOUD_ACCESS_KEY_ID";
        QTest::newRow("secret missing") << QStringList{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI")}
                                        << QStringList() << "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
        QTest::newRow("unknown profile") << QStringList()
                                         << QStringList{QStringLiteral("--profile"), QStringLiteral("ghost")}
                                         << "ghost";
        QTest::newRow("unknown ALIBABA_CLOUD_PROFILE")
            << QStringList{QStringLiteral("ALIBABA_CLOUD_PROFILE=ghost")} << QStringList() << "ghost";
    }
    void noCredentialsExitsFive()
    {
        QFETCH(QStringList, environment);
        QFETCH(QStringList, extra);
        QFETCH(QString, mentions);
        QProcessEnvironment env = cliEnvironment();
        for (const QString& pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        const CliRun r = runCli(sandbox(extra), env);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.lines, 1);
        const QString message = errorOf(r).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void aliyunCliProfileFromTheHomeDirectory()
    {
        const QString dir = cliHome() + QStringLiteral("/.aliyun");
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"current":"main","profiles":[{"name":"main","mode":"AK","access_key_id":"LTAIcli","access_key_secret":"cli-secret-1"}]})");
        file.close();
        const CliRun r = runCli(sandbox(), cliEnvironment());
        QFile::remove(file.fileName());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(verifySignature(m_server->requests().first(), QStringLiteral("cli-secret-1")), QString());
    }

    void attemptsAreRecordedInTheHistory()
    {
        const QString db = cliHome() + QStringLiteral("/h.db");
        const QStringList withHistory{QStringLiteral("--endpoint"),
                                      m_server->url().toString(),
                                      QStringLiteral("--history"),
                                      db};
        QCOMPARE(runCli(triple(withHistory), envWithKeys()).exitCode, 0);
        QCOMPARE(runCli(triple(withHistory + QStringList{QStringLiteral("--md5")}), envWithKeys()).exitCode, 0);
        const CliRun list = runCli({QStringLiteral("history"),
                                    QStringLiteral("list"),
                                    QStringLiteral("--history"),
                                    db,
                                    QStringLiteral("--json")},
                                   cliEnvironment());
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.lines, 2); // one JSON line per attempt
        QVERIFY(list.out.contains("138****8000"));
        QVERIFY(!list.out.contains("13800138000"));
        // --no-history writes nothing.
        QCOMPARE(runCli(sandbox(), envWithKeys()).exitCode, 0);
        const CliRun again = runCli({QStringLiteral("history"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--history"),
                                     db,
                                     QStringLiteral("--json")},
                                    cliEnvironment());
        QCOMPARE(again.lines, 2);
    }

    void unusableHistoryStopsBeforeSending()
    {
        // A directory is no database: nothing is sent (and billed) that could not be recorded.
        const int before = m_server->requests().size();
        const CliRun r = runCli(
            triple({QStringLiteral("--endpoint"), m_server->url().toString(), QStringLiteral("--history"), cliHome()}),
            envWithKeys());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errorOf(r).value(QStringLiteral("kind")).toString(), QStringLiteral("history"));
        QCOMPARE(m_server->requests().size(), before);
    }

    // The administrator's policy wins over flags, and says so on stderr.
    void policyLocksOverrideFlags()
    {
        QTemporaryDir dir;
        const QString policyFile = writePolicy(dir,
                                               QStringLiteral("Endpoint=%1\nSignatureScheme=v1\nForceMd5=true\n"
                                                              "Locked=Endpoint,SignatureScheme,ForceMd5\n")
                                                   .arg(m_server->url().toString()));
        QProcessEnvironment env = envWithKeys();
        env.insert(QStringLiteral("TRICHECK_POLICY_FILE"), policyFile);
        const CliRun r = runCli(triple({QStringLiteral("--endpoint"),
                                        QStringLiteral("hongkong"),
                                        QStringLiteral("--signature"),
                                        QStringLiteral("v3"),
                                        QStringLiteral("--no-history")}),
                                env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("--endpoint is set by your administrator's policy"), r.err.constData());
        QVERIFY2(r.err.contains("--signature is set by your administrator's policy: using \"v1\""), r.err.constData());
        QVERIFY2(r.err.contains("ParamType md5 is required by your administrator's policy"), r.err.constData());
        QCOMPARE(m_server->requestCount(), 1); // it went to the locked endpoint, not to Hong Kong
        const ReceivedRequest& req = m_server->requests().first();
        QCOMPARE(verifySignature(req, kEnvSecret), QString());
        QCOMPARE(req.queryValue(QStringLiteral("SignatureVersion")), QStringLiteral("1.0"));
        QCOMPARE(req.queryValue(QStringLiteral("ParamType")), QStringLiteral("md5"));
        QCOMPARE(req.queryValue(QStringLiteral("Mobile")), QStringLiteral("7945bd83237335e5376ff44d62e4f0ae"));

        // The same flags as the policy: nothing to report.
        const CliRun same = runCli(sandbox({QStringLiteral("--signature"), QStringLiteral("v1")}), env);
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(!same.err.contains("administrator's policy: using"), same.err.constData());
    }

    void policyCanForbidTheSandbox()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = envWithKeys();
        env.insert(QStringLiteral("TRICHECK_POLICY_FILE"),
                   writePolicy(dir, QStringLiteral("SandboxAllowed=false\nLocked=SandboxAllowed\n")));
        const CliRun r = runCli(sandbox(), env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(errorOf(r).value(QStringLiteral("kind")).toString(), QStringLiteral("configuration"));
        QVERIFY2(r.err.contains("not allowed by your administrator's policy"), r.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void malformedPolicyIsReportedAndTurnsTheSandboxOff()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = envWithKeys();
        env.insert(QStringLiteral("TRICHECK_POLICY_FILE"),
                   writePolicy(dir, QStringLiteral("Endpoint\nNoSuchSetting=1\n")));
        const CliRun r = runCli(sandbox(), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot be read completely"), r.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void lockedHistoryOverrulesNoHistory()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("team-history.sqlite"));
        QProcessEnvironment env = envWithKeys();
        env.insert(QStringLiteral("TRICHECK_POLICY_FILE"),
                   writePolicy(dir, QStringLiteral("HistoryConnection=%1\nLocked=HistoryConnection\n").arg(db)));
        const CliRun r = runCli(sandbox(), env); // sandbox() passes --no-history
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("--no-history is overruled"), r.err.constData());
        QVERIFY(QFileInfo(db).size() > 0);
        const CliRun listed = runCli({QStringLiteral("history"),
                                      QStringLiteral("list"),
                                      QStringLiteral("--history"),
                                      db,
                                      QStringLiteral("--json")},
                                     env);
        QVERIFY2(listed.out.contains(r.json.value(QStringLiteral("attemptId")).toString().toUtf8()),
                 listed.out.constData());
    }

    void proxyFlag()
    {
        const CliRun bad = runCli(sandbox({QStringLiteral("--proxy"), QStringLiteral("proxy.corp")}), envWithKeys());
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(errorOf(bad).value(QStringLiteral("kind")).toString(), QStringLiteral("configuration"));
        QCOMPARE(m_server->requestCount(), 0);
        // An unreachable proxy from the environment is not used for this computer (the sandbox).
        QProcessEnvironment env = envWithKeys();
        env.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(runCli(sandbox({QStringLiteral("--proxy"), QStringLiteral("system")}), env).exitCode, 0);
        QCOMPARE(runCli(sandbox({QStringLiteral("--proxy"), QStringLiteral("none")}), envWithKeys()).exitCode, 0);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void helpDocumentsEveryFlagAndExitStatus()
    {
        const CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--help")}, cliEnvironment());
        QCOMPARE(r.exitCode, 0);
        for (const char* flag : {"--mobile",
                                 "--name",
                                 "--id",
                                 "--md5",
                                 "--signature",
                                 "--endpoint",
                                 "--profile",
                                 "--reference",
                                 "--timeout-ms",
                                 "--history",
                                 "--no-history",
                                 "--proxy"}) {
            QVERIFY2(r.out.contains(flag), flag);
        }
        for (const char* status : {"\n  0 ", "\n  2 ", "\n  3 ", "\n  4 ", "\n  5 "})
            QVERIFY2(r.out.contains(status), status);
        QVERIFY(r.out.contains("hongkong-vpc"));
        const CliRun top = runCli({QStringLiteral("--help")}, cliEnvironment());
        QVERIFY(top.out.contains("verify"));
        QVERIFY(top.out.contains("profile"));
        QCOMPARE(runCli({QStringLiteral("--version")}, cliEnvironment()).exitCode, 0);
    }

    void outputThatCannotBeWrittenFails()
    {
        // A result a script never receives (stdout on a full disk) is no success.
        m_server->enqueue(ScriptedReply::success("1", "101", "CMCC"));
        QProcess p;
        p.setProcessEnvironment(envWithKeys());
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(cliPath(), sandbox());
        QVERIFY(p.waitForStarted(10000));
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("could not be written"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void messagesFollowTheLocale()
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        const CliRun r = runCli(sandbox(), env);
        QCOMPARE(r.exitCode, 5);
        const QString message = errorOf(r).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("未找到")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "testcliverify.moc"
