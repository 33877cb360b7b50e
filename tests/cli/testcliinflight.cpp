// tricheck-cli verify against the sandbox as a process: the attempt is in the history, in flight,
// before the request reaches the service; a kill -9 after sending leaves it there, and the next
// look at the history shows it as "outcome unknown — may have been billed"; Ctrl+C after sending
// records the attempt with its outcome unknown too.
#include "clitestutil.h"
#include "history/historystore.h"
#include "sandboxprocess.h"
#include "testenv.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace tricheck;
using tricheck::test::CliRun;
using tricheck::test::SandboxProcess;

namespace {

QProcessEnvironment sandboxEnvironment()
{
    QProcessEnvironment env = test::cliEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-access-key-id"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-access-key-secret"));
    return env;
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : out.trimmed().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

class TestCliInFlight : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList verifyArgs(const SandboxProcess& sandbox, const QString& history, const QString& reference) const
    {
        return {QStringLiteral("verify"),
                QStringLiteral("--mobile"),
                QStringLiteral("13800138000"),
                QStringLiteral("--name"),
                QStringLiteral("张三"),
                QStringLiteral("--id"),
                QStringLiteral("11010519491231002X"),
                QStringLiteral("--reference"),
                reference,
                QStringLiteral("--endpoint"),
                sandbox.url().toString(),
                QStringLiteral("--history"),
                history};
    }

    static QList<QJsonObject> listed(const QString& history)
    {
        const CliRun list = test::runCli({QStringLiteral("history"),
                                          QStringLiteral("list"),
                                          QStringLiteral("--history"),
                                          history,
                                          QStringLiteral("--json")},
                                         test::cliEnvironment());
        if (list.exitCode != 0)
            return {};
        return jsonLines(list.out);
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void killedAfterSendingLeavesOneUnknownAttempt()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--qps"), QStringLiteral("0"), QStringLiteral("--latency-ms"), QStringLiteral("2000")}));
        const QString history = m_dir.filePath(QStringLiteral("killed.sqlite"));
        bool sawInFlight = false;
        const CliRun killed = test::runCli(verifyArgs(sandbox, history, QStringLiteral("KILL-1")),
                                           sandboxEnvironment(),
                                           {},
                                           [&](QProcess& p) {
                                               // The sandbox logs the request when it arrives; its answer waits two
                                               // seconds.
                                               QTRY_VERIFY_WITH_TIMEOUT(!sandbox.requests().isEmpty(), 30000);
                                               {
                                                   // Already on disk, in flight, and left alone by an open while its
                                                   // process runs.
                                                   history::HistoryStore::Options options;
                                                   options.path = history;
                                                   auto store = history::HistoryStore::open(options);
                                                   QVERIFY(store);
                                                   QCOMPARE((*store)->orphansSettledAtOpen(), 0);
                                                   const auto rows = (*store)->window({}, {}, {10, 0, {}, false});
                                                   QVERIFY(rows);
                                                   QCOMPARE(rows->size(), 1);
                                                   sawInFlight = rows->first().errorKind == u"in_flight";
                                               }
                                               ::kill(pid_t(p.processId()), SIGKILL);
                                           });
        QVERIFY(killed.finished);
        QCOMPARE(killed.exitCode, -1);
        QVERIFY(sawInFlight);
        QCOMPARE(sandbox.requests().size(), 1);

        const QList<QJsonObject> rows = listed(history);
        QCOMPARE(rows.size(), 1);
        const QJsonObject& r = rows.first();
        QCOMPARE(r.value(QStringLiteral("errorKind")).toString(), QStringLiteral("outcome_unknown"));
        QVERIFY(r.value(QStringLiteral("billed")).isNull()); // may have been billed
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(r.value(QStringLiteral("reference")).toString(), QStringLiteral("KILL-1"));
        QVERIFY(!r.value(QStringLiteral("time")).toString().isEmpty());
        // Masked, as every attempt: no plaintext identity.
        QCOMPARE(r.value(QStringLiteral("maskedMobile")).toString(), QStringLiteral("138****8000"));
        const QByteArray all = QJsonDocument(r).toJson();
        for (const char* plain : {"13800138000", "11010519491231002X", "张三"})
            QVERIFY2(!all.contains(plain), plain);

        // The table says so.
        const CliRun text =
            test::runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history"), history},
                         test::cliEnvironment());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Outcome unknown — may have been billed"), text.out.constData());
        QVERIFY(text.out.contains("KILL-1"));
        // Still exactly one: settled once, not again.
        QCOMPARE(listed(history).size(), 1);
    }

    void interruptedAfterSendingRecordsOutcomeUnknown()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--qps"), QStringLiteral("0"), QStringLiteral("--latency-ms"), QStringLiteral("2000")}));
        const QString history = m_dir.filePath(QStringLiteral("interrupted.sqlite"));
        const CliRun r = test::runCli(verifyArgs(sandbox, history, QStringLiteral("INT-1")),
                                      sandboxEnvironment(),
                                      {},
                                      [&](QProcess& p) {
                                          QTRY_VERIFY_WITH_TIMEOUT(!sandbox.requests().isEmpty(), 30000);
                                          ::kill(pid_t(p.processId()), SIGINT);
                                      });
        QCOMPARE(r.exitCode, 130);
        const QJsonObject error = r.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(error.value(QStringLiteral("mayBeBilled")).toBool(), true);

        const QList<QJsonObject> rows = listed(history);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(QStringLiteral("errorKind")).toString(), QStringLiteral("cancelled"));
        QVERIFY(rows.first().value(QStringLiteral("billed")).isNull());
        QCOMPARE(rows.first().value(QStringLiteral("attemptId")).toString(),
                 r.json.value(QStringLiteral("attemptId")).toString());
        const CliRun text =
            test::runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history"), history},
                         test::cliEnvironment());
        QVERIFY2(text.out.contains("outcome unknown, may have been billed"), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliInFlight)
#include "testcliinflight.moc"
