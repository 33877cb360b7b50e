// tricheck-cli sandbox as a process: the listening line, the port file, a signed round trip,
// clean exits on SIGTERM, SIGINT and --max-seconds, and refusals (non-loopback bind, malformed
// registry, bad flags) with the usage exit status and a translated message.
#include "identity/digest.h"
#include "sandboxfixture.h"
#include "selfsigned.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace tricheck::test;
using tricheck::sandbox::AccessKey;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environment(const QString& lang)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// tricheck-cli with `args` (the subcommand first).
Run runCliCommand(const QStringList& args, const QString& lang = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = environment(lang);
    // Under LeakSanitizer: a TLS handshake leaves OpenSSL's per-thread state (random generators,
    // error queue) on QNetworkAccessManager's thread, which OpenSSL frees when that thread ends.
    // Qt waits for the thread to finish, not for its thread-local destructors, so the exit check
    // sometimes runs first and reports that state (CRYPTO_zalloc from SSL_CTX_new_ex on
    // "QNetworkAccessManager thread": 1 run in 4 under load). The client's TLS code is checked for
    // leaks in process by testapiclienttls, where the thread is long gone at exit. The sandbox's
    // own runs (a TLS server on the main thread) keep the check.
    if (args.value(0) != u"sandbox" && env.contains(QStringLiteral("ASAN_OPTIONS")))
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), AccessKey::demo().id);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), AccessKey::demo().secret);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run runCli(const QStringList& args, const QString& lang = QStringLiteral("C.UTF-8"))
{
    return runCliCommand(QStringList{QStringLiteral("sandbox")} + args, lang);
}

// A sandbox process that is running until the test ends it.
class SandboxProcess
{
public:
    bool start(const QStringList& args)
    {
        m_process.setProcessEnvironment(environment(QStringLiteral("C.UTF-8")));
        m_process.start(cliPath(), QStringList{QStringLiteral("sandbox")} + args);
        // Blocking waits are fine here: the server is another process.
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(15000))
                return false;
        }
        m_firstLine = m_process.readLine();
        return true;
    }
    QByteArray firstLine() const { return m_firstLine; }
    QJsonObject listening() const { return QJsonDocument::fromJson(m_firstLine).object(); }
    QUrl url() const { return QUrl(listening().value(QStringLiteral("url")).toString()); }

    // Sends `signalNumber` and returns the exit code (-1 for a crash or a hang).
    int stop(int signalNumber)
    {
        ::kill(pid_t(m_process.processId()), signalNumber);
        if (!m_process.waitForFinished(15000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QByteArray remainingOutput() { return m_process.readAllStandardOutput(); }
    QByteArray errors() { return m_process.readAllStandardError(); }
    QProcess& process() { return m_process; }

    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    QByteArray m_firstLine;
};

QJsonObject lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}

} // namespace

class TestCliSandbox : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void listensAnswersAndStopsOnSigterm()
    {
        const QString portFile = m_dir.filePath(QStringLiteral("port"));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--port"),
                               QStringLiteral("0"),
                               QStringLiteral("--port-file"),
                               portFile,
                               QStringLiteral("--log-requests")}));
        // The documented line, keys in the documented order.
        QVERIFY2(sandbox.firstLine().startsWith("{\"event\":\"listening\",\"url\":\"http://127.0.0.1:"),
                 sandbox.firstLine().constData());
        const QUrl url = sandbox.url();
        QVERIFY(url.port() > 0);
        QCOMPARE(sandbox.listening().value(QStringLiteral("keys")).toArray(),
                 QJsonArray{QStringLiteral("sandbox-access-key-id")});
        QFile file(portFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().toInt(), url.port());
        file.close();

        // A demo person from docs/sandbox.md, through TriCheck's V3 signer.
        const HttpResult r = sendV3(m_nam,
                                    url,
                                    v3Request(url,
                                              AccessKey::demo(),
                                              businessParams(QStringLiteral("13800138000"),
                                                             QStringLiteral("张三"),
                                                             QStringLiteral("11010519491231002X"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.subCode(), QStringLiteral("101"));

        QCOMPARE(sandbox.stop(SIGTERM), 0);
        const QByteArray out = sandbox.remainingOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject request = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(request.value(QStringLiteral("event")).toString(), QStringLiteral("request"));
        QCOMPARE(request.value(QStringLiteral("subCode")).toString(), QStringLiteral("101"));
        QVERIFY(!lines.at(0).contains("13800138000"));
        const QJsonObject stopped = lastJsonLine(out);
        QCOMPARE(stopped.value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
        QCOMPARE(stopped.value(QStringLiteral("reason")).toString(), QStringLiteral("SIGTERM"));
        QCOMPARE(stopped.value(QStringLiteral("requests")).toInt(), 1);
        QVERIFY(!QFile::exists(portFile));
    }

    // --log-requests: one line per request with what a chaos run needs to count clean results
    // per person (status, fault, Code, BizCode, subject), and no value that was sent, not even
    // as an MD5 digest. Same person, same subject within a run; another run, another subject.
    void requestLinesCountSubjectsWithoutPersonalData()
    {
        const QString mobile = QStringLiteral("13800138000");
        const QString name = QStringLiteral("张三");
        const QString id = QStringLiteral("11010519491231002X");
        const auto run = [&](bool twice) -> QList<QJsonObject> {
            SandboxProcess sandbox;
            if (!sandbox.start({QStringLiteral("--log-requests")}))
                return {};
            const QUrl url = sandbox.url();
            sendV3(m_nam, url, v3Request(url, AccessKey::demo(), businessParams(mobile, name, id)));
            if (twice) {
                sendV1(m_nam, url, v1Request(AccessKey::demo(), businessParams(mobile, name, id)));
                sendV3(m_nam,
                       url,
                       v3Request(url, AccessKey::demo(), businessParams(QStringLiteral("13900000000"), name, id)));
            }
            if (sandbox.stop(SIGTERM) != 0)
                return {};
            const QByteArray out = sandbox.remainingOutput();
            for (const QString& value : {mobile, name, id}) {
                if (out.contains(value.toUtf8()) || out.contains(tricheck::identity::md5Hex(value).toUtf8()))
                    return {};
            }
            QList<QJsonObject> lines;
            for (const QByteArray& line : out.trimmed().split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.value(QStringLiteral("event")).toString() == u"request")
                    lines.append(o);
            }
            return lines;
        };
        const QList<QJsonObject> first = run(true);
        QCOMPARE(first.size(), 3);
        const QString subject = first.at(0).value(QStringLiteral("subject")).toString();
        QCOMPARE(subject.size(), 64);
        QCOMPARE(first.at(1).value(QStringLiteral("subject")).toString(), subject);
        QVERIFY(first.at(2).value(QStringLiteral("subject")).toString() != subject);
        for (const QJsonObject& line : first) {
            QCOMPARE(line.value(QStringLiteral("status")).toInt(), 200);
            QCOMPARE(line.value(QStringLiteral("code")).toString(), QStringLiteral("Success"));
            QVERIFY(!line.contains(QStringLiteral("fault")));
        }
        QCOMPARE(first.at(0).value(QStringLiteral("bizCode")).toString(), QStringLiteral("1"));
        QCOMPARE(first.at(1).value(QStringLiteral("bizCode")).toString(), QStringLiteral("1"));
        QCOMPARE(first.at(2).value(QStringLiteral("bizCode")).toString(), QStringLiteral("3"));

        const QList<QJsonObject> second = run(false);
        QCOMPARE(second.size(), 1);
        QVERIFY(second.at(0).value(QStringLiteral("subject")).toString() != subject);
    }

    // Injected faults are told apart from clean results, and still name the subject.
    void requestLinesNameInjectedFaults()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--log-requests"),
                               QStringLiteral("--fail-rate"),
                               QStringLiteral("0.3"),
                               QStringLiteral("--drop-rate"),
                               QStringLiteral("0.3"),
                               QStringLiteral("--malformed-rate"),
                               QStringLiteral("0.3"),
                               QStringLiteral("--seed"),
                               QStringLiteral("7"),
                               QStringLiteral("--qps"),
                               QStringLiteral("0")}));
        const QUrl url = sandbox.url();
        const auto params =
            businessParams(QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X"));
        for (int i = 0; i < 30; ++i) {
            const auto request = v3Request(url, AccessKey::demo(), params);
            sendRaw(url, rawV3(request, tricheck::api::signV3(request)));
        }
        QCOMPARE(sandbox.stop(SIGTERM), 0);
        QSet<QString> faults;
        QSet<QString> subjects;
        int clean = 0;
        for (const QByteArray& line : sandbox.remainingOutput().trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("event")).toString() != u"request")
                continue;
            subjects.insert(o.value(QStringLiteral("subject")).toString());
            const QString fault = o.value(QStringLiteral("fault")).toString();
            faults.insert(fault);
            if (fault == u"drop") {
                QCOMPARE(o.value(QStringLiteral("status")).toInt(), 0);
            } else if (fault == u"unavailable") {
                QCOMPARE(o.value(QStringLiteral("status")).toInt(), 503);
                QVERIFY(!o.contains(QStringLiteral("bizCode")));
            } else {
                QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
                QCOMPARE(o.value(QStringLiteral("bizCode")).toString(), QStringLiteral("1"));
                clean += fault.isEmpty() ? 1 : 0;
            }
        }
        QCOMPARE(faults,
                 (QSet<QString>{QString(),
                                QStringLiteral("drop"),
                                QStringLiteral("unavailable"),
                                QStringLiteral("malformed")}));
        QCOMPARE(subjects.size(), 1);
        QVERIFY(clean > 0);
    }

    void stopsOnSigint()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({}));
        QCOMPARE(sandbox.stop(SIGINT), 0);
        QCOMPARE(lastJsonLine(sandbox.remainingOutput()).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("SIGINT"));
    }

    void stopsAfterMaxSeconds()
    {
        const Run r = runCli({QStringLiteral("--max-seconds"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lastJsonLine(r.out).value(QStringLiteral("reason")).toString(), QStringLiteral("max-seconds"));
    }

    void customKeysRegistryAndFaults()
    {
        const QString registry =
            writeFile(QStringLiteral("people.csv"),
                      "mobile,name,id_number,carrier\n13100000001,Li Si,99999919900101002X,CUCC\n");
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--registry"),
                               registry,
                               QStringLiteral("--key"),
                               QStringLiteral("ops-key:ops-secret"),
                               QStringLiteral("--key"),
                               QStringLiteral("STS.ops:sts-secret:CAIS:token+/="),
                               QStringLiteral("--qps"),
                               QStringLiteral("5"),
                               QStringLiteral("--max-skew-seconds"),
                               QStringLiteral("60")}));
        const QUrl url = sandbox.url();
        QCOMPARE(sandbox.listening().value(QStringLiteral("keys")).toArray(),
                 (QJsonArray{QStringLiteral("ops-key"), QStringLiteral("STS.ops")}));
        const auto params = businessParams(QStringLiteral("13100000001"),
                                           QStringLiteral("Li Si"),
                                           QStringLiteral("99999919900101002X"));
        const AccessKey sts{QStringLiteral("STS.ops"),
                            QStringLiteral("sts-secret"),
                            QStringLiteral("CAIS:token+/="),
                            true,
                            {}};
        QCOMPARE(sendV1(m_nam, url, v1Request(sts, params)).subCode(), QStringLiteral("101"));
        QCOMPARE(sendV3(m_nam, url, v3Request(url, sts, params)).subCode(), QStringLiteral("101"));
        // The demo key is no longer accepted, and the window is 60 s.
        QCOMPARE(sendV3(m_nam, url, v3Request(url, AccessKey::demo(), params)).code(),
                 QStringLiteral("InvalidAccessKeyId.NotFound"));
        const AccessKey ops{QStringLiteral("ops-key"), QStringLiteral("ops-secret"), {}, true, {}};
        QCOMPARE(sendV3(m_nam, url, v3Request(url, ops, params, QDateTime::currentDateTimeUtc().addSecs(-120))).code(),
                 QStringLiteral("InvalidTimeStamp.Expired"));
        QCOMPARE(sandbox.stop(SIGTERM), 0);
    }

    // --tls-certificate/--tls-key: the same service over HTTPS. A client that trusts the
    // certificate gets its answer; one that does not is refused at the handshake, so the sandbox
    // never tempts anyone to turn verification off.
    void servesHttpsWithTheGivenCertificate()
    {
        const QTemporaryDir certDir;
        const SelfSigned made = makeSelfSigned(certDir.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tls-certificate"),
                               made.certificate,
                               QStringLiteral("--tls-key"),
                               made.key,
                               QStringLiteral("--log-requests")}));
        QVERIFY2(sandbox.firstLine().startsWith("{\"event\":\"listening\",\"url\":\"https://127.0.0.1:"),
                 sandbox.firstLine().constData());
        const QUrl url = sandbox.url();
        const auto params =
            businessParams(QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X"));

        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        {
            QNetworkAccessManager untrusting;
            const HttpResult refused = sendV3(untrusting, url, v3Request(url, AccessKey::demo(), params));
            QVERIFY(!refused.replied);
            QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        }
        QSslConfiguration trusting = original;
        QVERIFY(trusting.addCaCertificates(made.certificate, QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(trusting);
        HttpResult answered;
        {
            QNetworkAccessManager trustingNam;
            answered = sendV3(trustingNam, url, v3Request(url, AccessKey::demo(), params));
        }
        QSslConfiguration::setDefaultConfiguration(original);
        QCOMPARE(answered.status, 200);
        QCOMPARE(answered.subCode(), QStringLiteral("101"));

        QCOMPARE(sandbox.stop(SIGTERM), 0);
        // Only the request that got through the handshake reached the service.
        QCOMPARE(lastJsonLine(sandbox.remainingOutput()).value(QStringLiteral("requests")).toInt(), 1);
    }

    void verifyTrustsTheCertificatesItIsGiven()
    {
        // A private CA (here the sandbox's own certificate) trusted for one run with
        // --ca-certificates, as a company's TLS-inspecting proxy would need.
        const QTemporaryDir certDir;
        const SelfSigned made = makeSelfSigned(certDir.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--tls-certificate"), made.certificate, QStringLiteral("--tls-key"), made.key}));
        const QStringList verify{QStringLiteral("verify"),
                                 QStringLiteral("--endpoint"),
                                 sandbox.url().toString(),
                                 QStringLiteral("--no-history"),
                                 QStringLiteral("--mobile"),
                                 QStringLiteral("13800138000"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("张三"),
                                 QStringLiteral("--id"),
                                 QStringLiteral("11010519491231002X")};
        const auto lastObject = [](const Run& run) { return lastJsonLine(run.out); };

        const Run untrusted = runCliCommand(verify);
        QCOMPARE(untrusted.exitCode, 4);
        QCOMPARE(lastObject(untrusted).value(QStringLiteral("error"))[QStringLiteral("kind")].toString(),
                 QStringLiteral("tls"));

        const Run trusted = runCliCommand(verify + QStringList{QStringLiteral("--ca-certificates"), made.certificate});
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
        QCOMPARE(lastObject(trusted).value(QStringLiteral("subCode")).toString(), QStringLiteral("101"));

        // A file that cannot be used is a configuration error: nothing is sent.
        const Run notCertificates = runCliCommand(verify + QStringList{QStringLiteral("--ca-certificates"), made.key},
                                                  QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(notCertificates.exitCode, 2);
        const QJsonObject error = lastObject(notCertificates).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("configuration"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(made.key),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        QVERIFY2(QString::fromUtf8(notCertificates.err).contains(QStringLiteral("证书")),
                 notCertificates.err.constData());

        QCOMPARE(sandbox.stop(SIGTERM), 0);
        // The untrusting run never got past the handshake; the unusable file sent nothing.
        QCOMPARE(lastJsonLine(sandbox.remainingOutput()).value(QStringLiteral("requests")).toInt(), 1);
    }

    void refusesBadTlsFiles()
    {
        const QTemporaryDir certDir;
        const SelfSigned made = makeSelfSigned(certDir.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        const QDir other(certDir.path() + QStringLiteral("/other"));
        QVERIFY(QDir().mkpath(other.path()));
        const SelfSigned stranger = makeSelfSigned(other.path());
        QVERIFY2(stranger.error.isEmpty(), qPrintable(stranger.error));
        const QString cert = QStringLiteral("--tls-certificate");
        const QString key = QStringLiteral("--tls-key");
        const struct
        {
            QStringList args;
            QByteArray says;
        } cases[] = {
            {{cert, made.certificate}, "--tls-certificate and --tls-key go together"},
            {{key, made.key}, "--tls-certificate and --tls-key go together"},
            {{cert, made.certificate, key, stranger.key}, "does not belong to the certificate"},
            {{cert, made.key, key, made.key}, "holds no PEM certificate"},
            {{cert, made.certificate, key, made.certificate}, "holds no unencrypted PEM private key"},
            {{cert, certDir.path() + QStringLiteral("/missing.pem"), key, made.key}, "missing.pem"},
        };
        for (const auto& c : cases) {
            const Run r = runCli(c.args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.startsWith("tricheck-cli sandbox: ") && r.err.contains(c.says), r.err.constData());
        }
        // Translated like every other refusal.
        const Run zh = runCli({cert, made.certificate}, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(!zh.err.contains("go together"), zh.err.constData());
    }

    void faultFlagsApply()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--fail-rate"),
                               QStringLiteral("1"),
                               QStringLiteral("--latency-ms"),
                               QStringLiteral("10-20"),
                               QStringLiteral("--drop-rate"),
                               QStringLiteral("0"),
                               QStringLiteral("--malformed-rate"),
                               QStringLiteral("0"),
                               QStringLiteral("--seed"),
                               QStringLiteral("1")}));
        const QUrl url = sandbox.url();
        const HttpResult r = sendV3(m_nam,
                                    url,
                                    v3Request(url,
                                              AccessKey::demo(),
                                              businessParams(QStringLiteral("13800138000"),
                                                             QStringLiteral("张三"),
                                                             QStringLiteral("11010519491231002X"))));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), QStringLiteral("ServiceUnavailable"));
        QCOMPARE(sandbox.stop(SIGTERM), 0);
    }

    void refusesNonLoopbackBinds_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("any v4") << "0.0.0.0";
        QTest::newRow("any v6") << "::";
        QTest::newRow("lan") << "192.168.1.10";
        QTest::newRow("public v6") << "2001:db8::1";
        QTest::newRow("host name") << "example.com";
    }
    void refusesNonLoopbackBinds()
    {
        QFETCH(QString, address);
        const Run r = runCli({QStringLiteral("--bind"), address});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(address.toUtf8()), r.err.constData());
    }

    void acceptsLoopbackSpellings_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("127.0.0.1") << "127.0.0.1";
        QTest::newRow("127.0.0.2") << "127.0.0.2";
        QTest::newRow("localhost") << "localhost";
    }
    void acceptsLoopbackSpellings()
    {
        QFETCH(QString, address);
        const Run r = runCli({QStringLiteral("--bind"), address, QStringLiteral("--max-seconds"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("{\"event\":\"listening\",\"url\":\"http://127.0.0."));
    }

    void refusesMalformedRegistryWithLineNumber()
    {
        const QString registry = writeFile(QStringLiteral("bad.csv"),
                                           "mobile,name,id_number,carrier,status\n"
                                           "13800138000,张三,11010519491231002X,CMCC,active\n"
                                           "13800138001,李四,11010519491231002X,CMCC,asleep\n");
        const Run r = runCli({QStringLiteral("--registry"), registry});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("line 3"), r.err.constData());
        QVERIFY2(r.err.contains("status"), r.err.constData());

        const Run zh = runCli({QStringLiteral("--registry"), registry}, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(zh.err.contains("第 3 行"), zh.err.constData());
    }

    void refusesBadFlags_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("latency range") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("50-10")};
        QTest::newRow("latency text") << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("slow")};
        QTest::newRow("rate above 1") << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("1.5")};
        QTest::newRow("negative rate") << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("-0.1")};
        QTest::newRow("rate text") << QStringList{QStringLiteral("--malformed-rate"), QStringLiteral("often")};
        QTest::newRow("key without secret") << QStringList{QStringLiteral("--key"), QStringLiteral("only-an-id")};
        QTest::newRow("key empty token") << QStringList{QStringLiteral("--key"), QStringLiteral("id:secret:")};
        QTest::newRow("duplicate key") << QStringList{QStringLiteral("--key"),
                                                      QStringLiteral("a:b"),
                                                      QStringLiteral("--key"),
                                                      QStringLiteral("a:c")};
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("qps") << QStringList{QStringLiteral("--qps"), QStringLiteral("-1")};
        QTest::newRow("skew") << QStringList{QStringLiteral("--max-skew-seconds"), QStringLiteral("soon")};
        QTest::newRow("max seconds") << QStringList{QStringLiteral("--max-seconds"), QStringLiteral("0")};
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--tls")};
        QTest::newRow("positional") << QStringList{QStringLiteral("now")};
        QTest::newRow("missing registry")
            << QStringList{QStringLiteral("--registry"), QStringLiteral("/nonexistent.csv")};
    }
    void refusesBadFlags()
    {
        QFETCH(QStringList, args);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("tricheck-cli sandbox: "));
    }

    void busyPortFails()
    {
        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost));
        const Run r = runCli({QStringLiteral("--port"), QString::number(occupied.serverPort())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QByteArray::number(occupied.serverPort())));
    }

    void helpDocumentsEveryFlag()
    {
        const Run r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* flag : {"--bind",
                                 "--port ",
                                 "--port-file",
                                 "--registry",
                                 "--key",
                                 "--qps",
                                 "--max-skew-seconds",
                                 "--latency-ms",
                                 "--fail-rate",
                                 "--drop-rate",
                                 "--malformed-rate",
                                 "--max-seconds",
                                 "--tls-certificate",
                                 "--tls-key",
                                 "sandbox-access-key-id",
                                 "sandbox-access-key-secret",
                                 "Exit status"})
            QVERIFY2(r.out.contains(flag), flag);

        QProcess top;
        top.start(cliPath(), {QStringLiteral("--help")});
        QVERIFY(top.waitForFinished(30000));
        QVERIFY(top.readAllStandardOutput().contains("  sandbox "));
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "testclisandbox.moc"
