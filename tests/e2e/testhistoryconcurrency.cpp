// Many writers on one PostgreSQL history at once: four `tricheck-cli batch` processes against a
// `tricheck-cli sandbox` process, and a HistoryStore writing in this process meanwhile. Every
// attempt must be stored exactly once: no lost rows, no duplicate attempt ids, one row per
// request the sandbox answered.

#include "history/historylocation.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace tricheck;
using namespace tricheck::history;

namespace {

constexpr int kProcesses = 4;
constexpr int kRowsPerBatch = 60;
constexpr int kLocalWrites = 80;

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-access-key-id"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-access-key-secret"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tricheck.*=false"));
    return env;
}

// Distinct, valid rows (mobiles outside the demo registry: the sandbox answers 301 for each).
QByteArray batchFile(int process)
{
    QByteArray csv = "mobile,name,id,reference\r\n";
    for (int i = 0; i < kRowsPerBatch; ++i) {
        const int n = process * 1000 + i;
        csv += QByteArray("139") + QByteArray::number(20000000 + n) + ",张三,11010519491231002X,P" +
               QByteArray::number(process) + "-" + QByteArray::number(i) + "\r\n";
    }
    return csv;
}

qint64 scalar(const QString& connection, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestHistoryConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void batchesAndAModelWriterStoreEveryAttemptOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString url = tricheck::test::freshPgDatabase();

        // The sandbox, as its own process on a free port.
        const QString portFile = dir.filePath(QStringLiteral("sandbox.port"));
        QProcess sandbox;
        sandbox.setProcessEnvironment(cliEnvironment());
        sandbox.start(tricheck::test::cliPath(),
                      {QStringLiteral("sandbox"),
                       QStringLiteral("--port"),
                       QStringLiteral("0"),
                       QStringLiteral("--port-file"),
                       portFile,
                       QStringLiteral("--qps"),
                       QStringLiteral("0")});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(portFile).size() > 0, 30000);
        QFile port(portFile);
        QVERIFY(port.open(QIODevice::ReadOnly));
        const QString endpoint = QStringLiteral("http://127.0.0.1:") + QString::fromUtf8(port.readAll()).trimmed();

        // The history's schema is created by whoever comes first: start everyone at once.
        std::vector<std::unique_ptr<QProcess>> batches;
        for (int p = 0; p < kProcesses; ++p) {
            const QString input = dir.filePath(QStringLiteral("batch-%1.csv").arg(p));
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(batchFile(p));
            f.close();
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(cliEnvironment());
            process->start(tricheck::test::cliPath(),
                           {QStringLiteral("batch"),
                            QStringLiteral("--input"),
                            input,
                            QStringLiteral("--history"),
                            url,
                            QStringLiteral("--endpoint"),
                            endpoint,
                            QStringLiteral("--qps"),
                            QStringLiteral("0"),
                            QStringLiteral("--concurrency"),
                            QStringLiteral("4")});
            batches.push_back(std::move(process));
        }

        // Meanwhile, this process writes too (as the GUI's model does through its store).
        HistoryStore::Options options;
        options.path = url;
        auto opened = HistoryStore::open(options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        std::unique_ptr<HistoryStore> store = std::move(opened).value();
        QSet<QString> localIds;
        const QDateTime base = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < kLocalWrites; ++i) {
            const api::VerifyOutcome o = tricheck::test::resultOutcome(QStringLiteral("101"), base.addMSecs(i));
            localIds.insert(o.attemptId);
            const auto id = store->insert(o);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
            QCoreApplication::processEvents();
        }

        QSet<QString> batchIds;
        for (auto& process : batches) {
            QVERIFY(process->waitForFinished(240000));
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, err.constData());
            const QList<QByteArray> lines = process->readAllStandardOutput().trimmed().split('\n');
            const QJsonObject summary = QJsonDocument::fromJson(lines.constLast()).object();
            QCOMPARE(summary.value(QStringLiteral("sent")).toInt(), kRowsPerBatch);
            QCOMPARE(summary.value(QStringLiteral("norecord")).toInt(), kRowsPerBatch);
            batchIds.insert(summary.value(QStringLiteral("batchId")).toString());
        }
        QCOMPARE(batchIds.size(), kProcesses);

        // The sandbox answered exactly one request per batch row.
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(30000));
        const QList<QByteArray> sandboxLines = sandbox.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject stopped = QJsonDocument::fromJson(sandboxLines.constLast()).object();
        QCOMPARE(stopped.value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
        QCOMPARE(stopped.value(QStringLiteral("requests")).toInt(), kProcesses * kRowsPerBatch);

        // Every attempt exactly once.
        const QString c = store->connectionName();
        const qint64 total = kProcesses * kRowsPerBatch + kLocalWrites;
        QCOMPARE(*store->count({}), total);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(DISTINCT attempt_id) FROM attempts")), total);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(DISTINCT id) FROM attempts")), total);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(DISTINCT request_id) FROM attempts")), total);
        for (const QString& batchId : std::as_const(batchIds)) {
            HistoryFilter f;
            f.batchId = batchId;
            QCOMPARE(*store->count(f), qint64(kRowsPerBatch));
            QSqlQuery q(QSqlDatabase::database(c));
            q.prepare(QStringLiteral("SELECT COUNT(DISTINCT batch_row), COUNT(*) FROM batch_rows WHERE batch_id = ? "
                                     "AND state = 'answered'"));
            q.addBindValue(batchId);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), kRowsPerBatch);
            QCOMPARE(q.value(1).toInt(), kRowsPerBatch);
        }
        int localFound = 0;
        QVERIFY(store->forEach({}, {}, [&](const AttemptRecord& r) {
            if (localIds.contains(r.attemptId))
                ++localFound;
            return true;
        }));
        QCOMPARE(localFound, kLocalWrites);
        // Migrated once, by one of the five.
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM tricheck_schema")),
                 qint64(HistoryStore::schemaVersion()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryConcurrency)
#include "testhistoryconcurrency.moc"
