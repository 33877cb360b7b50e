// A batch of 5,000 rows against a sandbox that fails, drops and garbles 5 % of the requests each,
// killed with SIGKILL at three random moments and resumed each time (without --resend-unknown).
// Afterwards, from the sandbox's request log and the history: nobody was answered twice, every row
// has exactly one attempt (those in flight at a kill as "outcome unknown"), and the history's
// billed count is what the sandbox answered billably, short of at most the unknown ones.
#include "batchtestutil.h"
#include "clitestutil.h"
#include "history/historystore.h"
#include "sandboxprocess.h"
#include "testenv.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace tricheck;
using tricheck::test::CliRun;
using tricheck::test::SandboxProcess;

namespace {

constexpr int kRows = 5000;

QProcessEnvironment sandboxEnvironment()
{
    QProcessEnvironment env = test::cliEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-access-key-id"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-access-key-secret"));
    return env;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString batchIdOf(const QByteArray& out)
{
    for (const QByteArray& line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == u"started")
            return o.value(QStringLiteral("batchId")).toString();
    }
    return {};
}

} // namespace

class TestChaosBatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void killedThreeTimesAndResumed()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);

        // A registry where every row's number is known: three in four rows are billed answers
        // (BizCode 1, or 2 where the registry has another name), the rest "no record".
        QList<QByteArray> registry{"mobile,name,id_number,carrier,status"};
        QList<QByteArray> input{"mobile,name,id_number,reference"};
        for (int i = 0; i < kRows; ++i) {
            const QByteArray row = test::syntheticRow(i);
            input.append(row);
            const QList<QByteArray> cells = row.split(',');
            if (i % 4 == 3)
                continue;
            registry.append(cells.at(0) + ',' + (i % 4 == 2 ? QByteArray("李四") : cells.at(1)) + ',' + cells.at(2) +
                            ",CMCC,active");
        }
        const QString registryPath = writeFile(m_dir.filePath(QStringLiteral("registry.csv")), test::utf8Csv(registry));
        const QString inputPath = writeFile(m_dir.filePath(QStringLiteral("chaos.csv")), test::utf8Csv(input));
        const QString history = m_dir.filePath(QStringLiteral("chaos.sqlite"));

        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--registry"),
                               registryPath,
                               QStringLiteral("--qps"),
                               QStringLiteral("0"),
                               QStringLiteral("--fail-rate"),
                               QStringLiteral("0.05"),
                               QStringLiteral("--drop-rate"),
                               QStringLiteral("0.05"),
                               QStringLiteral("--malformed-rate"),
                               QStringLiteral("0.05"),
                               QStringLiteral("--latency-ms"),
                               QStringLiteral("0-100"),
                               QStringLiteral("--seed"),
                               QString::number(seed)}));
        const QStringList args{QStringLiteral("batch"),
                               QStringLiteral("--input"),
                               inputPath,
                               QStringLiteral("--history"),
                               history,
                               QStringLiteral("--endpoint"),
                               sandbox.url().toString(),
                               QStringLiteral("--qps"),
                               QStringLiteral("0"),
                               QStringLiteral("--concurrency"),
                               QStringLiteral("16")};

        // Three runs killed at random moments: after another 300 to 1,300 requests each.
        QString batchId;
        for (int kill = 0; kill < 3; ++kill) {
            const qsizetype killAt = sandbox.requests().size() + 300 + qsizetype(random.bounded(1000));
            QStringList run = args;
            if (!batchId.isEmpty())
                run << QStringLiteral("--resume") << batchId;
            const CliRun killed = test::runCli(run, sandboxEnvironment(), {}, [&](QProcess& p) {
                QTRY_VERIFY_WITH_TIMEOUT(sandbox.requests().size() >= killAt || p.state() == QProcess::NotRunning,
                                         120000);
                if (p.state() == QProcess::Running && p.processId() > 0)
                    ::kill(pid_t(p.processId()), SIGKILL);
            });
            QVERIFY2(killed.finished, killed.err.constData());
            if (batchId.isEmpty())
                batchId = batchIdOf(killed.out);
            QVERIFY(!batchId.isEmpty());
        }
        // Then resumed until it completes (a run may also stop on its own: three garbled or
        // refused answers in a row look like an access problem).
        int exitCode = -1;
        for (int resume = 0; resume < 10 && exitCode != 0; ++resume) {
            const CliRun done =
                test::runCli(args + QStringList{QStringLiteral("--resume"), batchId}, sandboxEnvironment());
            QVERIFY(done.finished);
            exitCode = done.exitCode;
        }
        QCOMPARE(exitCode, 0);
        QTest::qWait(300); // the last log lines

        // The sandbox's side: how often each person was answered with 200, and the billable answers.
        QHash<QString, int> answered;
        int cleanBillable = 0;
        for (const QJsonObject& e : sandbox.requests()) {
            if (e.value(QStringLiteral("status")).toInt() != 200)
                continue;
            ++answered[e.value(QStringLiteral("subject")).toString()];
            const QString biz = e.value(QStringLiteral("bizCode")).toString();
            if (e.value(QStringLiteral("code")).toString() == u"Success" &&
                e.value(QStringLiteral("fault")).toString().isEmpty() && (biz == u"1" || biz == u"2"))
                ++cleanBillable;
        }
        QVERIFY(!answered.isEmpty());
        for (auto it = answered.cbegin(); it != answered.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("subject %1 answered %2 times").arg(it.key()).arg(it.value())));

        // The history's side.
        history::HistoryStore::Options options;
        options.path = history;
        auto store = history::HistoryStore::open(options);
        QVERIFY(store);
        QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
        QVERIFY(q.prepare(
            QStringLiteral("SELECT batch_row, COUNT(*) FROM attempts WHERE batch_id = ? GROUP BY batch_row")));
        q.addBindValue(batchId);
        QVERIFY(q.exec());
        QHash<int, int> perRow;
        while (q.next())
            perRow.insert(q.value(0).toInt(), q.value(1).toInt());
        QCOMPARE(perRow.size(), kRows);
        for (int line = 2; line < kRows + 2; ++line)
            QVERIFY2(perRow.value(line) == 1,
                     qPrintable(QStringLiteral("line %1: %2 attempts").arg(line).arg(perRow.value(line))));
        const auto count = [&](const QString& condition) {
            QSqlQuery c(QSqlDatabase::database((*store)->connectionName()));
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE batch_id = ? AND ") + condition);
            c.addBindValue(batchId);
            return c.exec() && c.next() ? c.value(0).toInt() : -1;
        };
        QCOMPARE(count(QStringLiteral("error_kind = 'in_flight'")), 0);
        const int unknown = count(QStringLiteral("error_kind = 'outcome_unknown'"));
        const int billed = count(QStringLiteral("billed = 1"));
        qInfo("requests %d, billable answers %d, billed in the history %d, outcome unknown %d",
              int(sandbox.requests().size()),
              cleanBillable,
              billed,
              unknown);
        QVERIFY(unknown > 0); // rows were in flight at the kills
        QVERIFY(billed <= cleanBillable);
        QVERIFY(cleanBillable - billed <= unknown);
    }
};

QTEST_GUILESS_MAIN(TestChaosBatch)
#include "testchaosbatch.moc"
