// tricheck-cli under a monthly budget, against the sandbox (whose simulated checks rehearse the
// budget): a batch that could go past it is refused (exit 6, the JSON says how many rows fit),
// --within-budget stops exactly at the hard cap, --over-budget sends past a soft budget and is
// audited, and a single check past the hard stop is refused before anything is sent.

#include "batchtestutil.h"
#include "clitestutil.h"
#include "history/historystore.h"
#include "sandboxfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using tricheck::test::CliRun;

namespace {

constexpr int kRows = 30;

// Every row is a person the sandbox knows: each answer is consistent (BizCode 1), billed.
QByteArray registryCsv()
{
    QByteArray csv = "mobile,name,id_number,carrier\n";
    for (int i = 0; i < kRows; ++i)
        csv += QByteArray("139") + QByteArray::number(10000000 + i).right(8) + ",张三,11010519491231002X,CMCC\n";
    return csv;
}

QByteArray batchCsv(int rows)
{
    QList<QByteArray> lines{"mobile,name,id_number,reference"};
    for (int i = 0; i < rows; ++i)
        lines.append(tricheck::test::syntheticRow(i));
    return tricheck::test::utf8Csv(lines);
}

QJsonObject lastJson(const CliRun& run)
{
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

// Billed attempts in the history (the sandbox's: every attempt here is one).
int billedIn(const QString& historyPath)
{
    int billed = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("budget-check"));
        db.setDatabaseName(historyPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE billed = 1 OR billed IS NULL")) && q.next())
                billed = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("budget-check"));
    return billed;
}

} // namespace

class TestCliBudget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;

    QProcessEnvironment environment(const QByteArray& policy) const
    {
        const QString path = m_dir.filePath(QStringLiteral("policy-%1.ini").arg(qHash(policy)));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(policy);
        QProcessEnvironment env = test::cliEnvironment();
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-access-key-id"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-access-key-secret"));
        env.insert(QStringLiteral("TRICHECK_POLICY_FILE"), path);
        return env;
    }

    QStringList batchArgs(const QString& history, const QString& input) const
    {
        return {QStringLiteral("batch"),
                QStringLiteral("--input"),
                input,
                QStringLiteral("--history"),
                history,
                QStringLiteral("--endpoint"),
                m_sandbox->url().toString()};
    }

    QString file(const QString& name, const QByteArray& bytes) const
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::SandboxSetup setup;
        setup.qps = 0;
        setup.registry = test::registryFromCsv(registryCsv());
        m_sandbox = test::startSandbox(setup);
        QVERIFY(m_sandbox);
    }

    void aHardCapRefusesTheBatchThenStopsExactlyAtIt()
    {
        const QProcessEnvironment env =
            environment("[Policy]\nMonthlyBudget=12\nBudgetHardStop=true\nLocked=MonthlyBudget,BudgetHardStop\n");
        const QString history = m_dir.filePath(QStringLiteral("hard.sqlite"));
        const QString input = file(QStringLiteral("hard.csv"), batchCsv(kRows));
        const quint64 before = m_sandbox->requestCount();

        // Counting every row as billable, 30 rows do not fit in 12: refused, nothing sent.
        const CliRun refused = test::runCli(batchArgs(history, input), env);
        QCOMPARE(refused.exitCode, 6);
        QCOMPARE(m_sandbox->requestCount(), before);
        const QJsonObject error = lastJson(refused).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("budget"));
        QCOMPARE(error.value(QStringLiteral("rows")).toInt(), kRows);
        QCOMPARE(error.value(QStringLiteral("rowsThatFit")).toInt(), 12);
        QCOMPARE(error.value(QStringLiteral("limit")).toInt(), 12);
        QCOMPARE(error.value(QStringLiteral("hardStop")).toBool(), true);
        QVERIFY2(refused.err.contains("--within-budget"), refused.err.constData());

        // The hard stop cannot be overridden.
        const CliRun over = test::runCli(batchArgs(history, input) << QStringLiteral("--over-budget"), env);
        QCOMPARE(over.exitCode, 6);
        QCOMPARE(m_sandbox->requestCount(), before);

        // Only what fits: the run stops when 12 checks are billed, the rest stays pending.
        const CliRun within = test::runCli(batchArgs(history, input) << QStringLiteral("--within-budget"), env);
        QVERIFY2(within.exitCode == 6, within.err.constData());
        const QJsonObject summary = lastJson(within);
        QCOMPARE(summary.value(QStringLiteral("billed")).toInt(), 12);
        QCOMPARE(summary.value(QStringLiteral("sent")).toInt(), 12);
        QCOMPARE(billedIn(history), 12);
        QCOMPARE(m_sandbox->requestCount(), before + 12);
        QVERIFY2(within.err.contains("budget is reached"), within.err.constData());
        QVERIFY2(within.err.contains("--resume"), within.err.constData());

        // The budget is used up: a single check is refused before anything is sent.
        const CliRun verify = test::runCli({QStringLiteral("verify"),
                                            QStringLiteral("--mobile"),
                                            QStringLiteral("13910000001"),
                                            QStringLiteral("--name"),
                                            QStringLiteral("张三"),
                                            QStringLiteral("--id"),
                                            QStringLiteral("11010519491231002X"),
                                            QStringLiteral("--history"),
                                            history,
                                            QStringLiteral("--endpoint"),
                                            m_sandbox->url().toString()},
                                           env);
        QCOMPARE(verify.exitCode, 6);
        QCOMPARE(verify.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("budget"));
        QVERIFY2(verify.err.contains("budget"), verify.err.constData());
        QCOMPARE(m_sandbox->requestCount(), before + 12);
        QCOMPARE(billedIn(history), 12);
    }

    void aSoftBudgetIsPassedOnlyOnRequestAndAudited()
    {
        const QProcessEnvironment env = environment("[Policy]\nMonthlyBudget=5\n");
        const QString history = m_dir.filePath(QStringLiteral("soft.sqlite"));
        const QString input = file(QStringLiteral("soft.csv"), batchCsv(8));
        const quint64 before = m_sandbox->requestCount();

        const CliRun asked = test::runCli(batchArgs(history, input), env);
        QCOMPARE(asked.exitCode, 6);
        const QJsonObject error = lastJson(asked).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("budget"));
        QCOMPARE(error.value(QStringLiteral("rowsThatFit")).toInt(), 5);
        QCOMPARE(error.value(QStringLiteral("hardStop")).toBool(), false);
        QCOMPARE(m_sandbox->requestCount(), before);

        const CliRun over = test::runCli(batchArgs(history, input) << QStringLiteral("--over-budget"), env);
        QVERIFY2(over.exitCode == 0, over.err.constData());
        QCOMPARE(lastJson(over).value(QStringLiteral("billed")).toInt(), 8);
        QCOMPARE(m_sandbox->requestCount(), before + 8);

        const CliRun audit = test::runCli({QStringLiteral("history"),
                                           QStringLiteral("audit"),
                                           QStringLiteral("--json"),
                                           QStringLiteral("--history"),
                                           history},
                                          env);
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(audit.out.contains("\"budget_override\""), audit.out.constData());

        // Past a soft budget a single check is still sent.
        const CliRun verify = test::runCli({QStringLiteral("verify"),
                                            QStringLiteral("--mobile"),
                                            QStringLiteral("13910000001"),
                                            QStringLiteral("--name"),
                                            QStringLiteral("张三"),
                                            QStringLiteral("--id"),
                                            QStringLiteral("11010519491231002X"),
                                            QStringLiteral("--history"),
                                            history,
                                            QStringLiteral("--endpoint"),
                                            m_sandbox->url().toString()},
                                           env);
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QCOMPARE(m_sandbox->requestCount(), before + 9);
    }
};

QTEST_GUILESS_MAIN(TestCliBudget)
#include "testclibudget.moc"
