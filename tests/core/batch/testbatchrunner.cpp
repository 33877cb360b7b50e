// The batch runner against the real sandbox and a real SQLite history: every row sent once, within
// the limits, through pause / resume / cancel, throttling and injected faults.
#include "batch/batchjournal.h"
#include "batch/batchreader.h"
#include "batch/batchresults.h"
#include "batch/batchrunner.h"
#include "batchtestutil.h"
#include "history/historyfeed.h"
#include "history/historystore.h"
#include "sandboxfixture.h"
#include "testenv.h"
#include "verification/earlieranswer.h"
#include "verification/verificationservice.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::batch;

namespace {

verification::ServiceTarget sandboxTarget(const QUrl& url)
{
    verification::ServiceTarget t;
    t.endpoint = *api::Endpoint::fromUrl(url);
    t.credentials = {QStringLiteral("sandbox-access-key-id"), QStringLiteral("sandbox-access-key-secret"), {}, {}};
    return t;
}

// A history, a client and a batch file; the batch journaled and claimed by this process.
class Harness
{
public:
    explicit Harness(const QByteArray& csv)
        : client(&network)
        , service(&client)
    {
        file = dir.filePath(QStringLiteral("batch.csv"));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(csv);
        f.close();
        history::HistoryStore::Options options;
        options.path = dir.filePath(QStringLiteral("history.sqlite"));
        auto opened = history::HistoryStore::open(options);
        if (opened)
            store.reset(std::move(opened).value().release());
        service.setHistory(store);
    }

    bool create()
    {
        const auto report = importBatchFile(file, {});
        if (!report || !store)
            return false;
        BatchInfo info;
        info.batchId = BatchJournal::newBatchId();
        info.sourceName = file;
        info.sourceDigest = report->sha256Hex();
        info.sourceBytes = report->bytes;
        info.settings = QJsonObject{{QStringLiteral("import"), ImportOptions{}.toJson()}};
        info.rowCount = report->rows;
        info.invalidCount = report->invalid;
        info.duplicateCount = report->duplicates;
        info.owner = BatchJournal::processOwner();
        BatchJournal journal(store.get());
        if (journal.create(info, report->validLines))
            return false;
        batchId = info.batchId;
        return true;
    }

    // Attempts per batch row, from the history.
    QMap<int, int> attemptsPerRow()
    {
        QMap<int, int> out;
        QSqlQuery q(QSqlDatabase::database(store->connectionName()));
        q.prepare(QStringLiteral("SELECT batch_row, COUNT(*) FROM attempts WHERE batch_id = ? GROUP BY batch_row"));
        q.addBindValue(batchId);
        if (q.exec()) {
            while (q.next())
                out.insert(q.value(0).toInt(), q.value(1).toInt());
        }
        return out;
    }

    BatchTally tally() { return BatchJournal(store.get()).tally(batchId).value(); }

    QTemporaryDir dir;
    QString file;
    std::shared_ptr<history::HistoryStore> store;
    QNetworkAccessManager network;
    api::ApiClient client;
    verification::VerificationService service;
    QString batchId;
};

// A sandbox without a rate limit that answers every request after `latencyMs`: rows stay in flight
// long enough to pause between them.
std::unique_ptr<sandbox::SandboxServer> startSlowSandbox(int latencyMs)
{
    test::SandboxSetup setup;
    setup.qps = 0;
    setup.faults.latencyMinMs = latencyMs;
    setup.faults.latencyMaxMs = latencyMs;
    return test::startSandbox(setup);
}

QByteArray demoCsv()
{
    QList<QByteArray> lines{"mobile,name,id_number,reference"};
    int i = 0;
    for (const auto& p : tricheck::test::demoRows())
        lines.append(QByteArray(p.mobile) + ',' + p.name + ',' + p.id + ",KYC-" + QByteArray::number(++i));
    lines.append("13800138000,张三,11010519491231002X,duplicate of line 2");
    lines.append("1380013800,张三,11010519491231002X,invalid");
    lines.append("13800138000,张三,11010519491231002X,\"=HYPERLINK(\"\"x\"\")\"");
    return tricheck::test::utf8Csv(lines);
}

QByteArray syntheticCsv(int rows)
{
    QList<QByteArray> lines{"mobile,name,id_number,reference"};
    for (int i = 0; i < rows; ++i)
        lines.append(tricheck::test::syntheticRow(i));
    return tricheck::test::utf8Csv(lines);
}

} // namespace

class TestBatchRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void completesEveryRowOnce()
    {
        auto sandbox = test::startSandbox();
        QVERIFY(sandbox);
        Harness h(demoCsv());
        QVERIFY(h.create());
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QSignalSpy rows(&runner, &BatchRunner::rowFinished);
        RunnerOptions options;
        options.qps = 0;
        options.concurrency = 4;
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(BatchRunner::isAnyRunning());
        // A second runner in the same process is refused: the QPS limit belongs to the account.
        BatchRunner second(&h.service);
        QVERIFY(second.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options).has_value());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        QVERIFY(!BatchRunner::isAnyRunning());

        const int toSend = int(tricheck::test::demoRows().size());
        QCOMPARE(rows.count(), toSend);
        QCOMPARE(int(sandbox->requestCount()), toSend);
        const QMap<int, int> attempts = h.attemptsPerRow();
        QCOMPARE(attempts.size(), toSend);
        for (auto it = attempts.cbegin(); it != attempts.cend(); ++it)
            QCOMPARE(it.value(), 1);
        // Each row's answer is the one the registry gives for it.
        QMap<int, QString> subCodes;
        for (const QList<QVariant>& r : std::as_const(rows))
            subCodes.insert(r.at(0).toInt(), r.at(1).value<api::VerifyOutcome>().result()->subCode);
        int line = 2;
        for (const auto& p : tricheck::test::demoRows())
            QCOMPARE(subCodes.value(line++), QString::fromLatin1(p.expectedSubCode));

        const BatchTally t = h.tally();
        QCOMPARE(t.rows, toSend + 3);
        QCOMPARE(t.invalid, 1);
        QCOMPARE(t.duplicates, 2);
        QCOMPARE(t.sent, toSend);
        QCOMPARE(t.pass, 5);
        QCOMPARE(t.mismatch, 3);
        QCOMPARE(t.noRecord, 1);
        QCOMPARE(t.errors + t.unknown + t.pending, 0);
        QCOMPARE(t.billed, 8);
        QCOMPARE((*BatchJournal(h.store.get()).find(h.batchId))->state, BatchState::Completed);

        // The results: one row per input row, masked, the history export's dialect.
        const QString out = h.dir.filePath(QStringLiteral("results.csv"));
        const auto written = BatchResults::writeFile(*h.store, h.batchId, h.file, out);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(*written, toSend + 3);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), toSend + 4);
        QVERIFY(!csv.contains("13800138000"));
        QVERIFY(!csv.contains("11010519491231002X"));
        QVERIFY(!csv.contains("张三"));
        QVERIFY(csv.contains("138****8000"));
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.at(1).startsWith("2,pass,138****8000,张*,"));
        QVERIFY(lines.at(10).startsWith("11,duplicate,138****8000,"));
        QVERIFY(lines.at(10).contains(",1,101,CMCC,")); // the result of line 2, repeated
        QVERIFY(lines.at(11).startsWith("12,invalid,"));
        QVERIFY(lines.at(11).contains("validation"));
        QVERIFY(lines.at(12).contains("\"'=HYPERLINK(\"\"x\"\")\"")); // formula guard
        QVERIFY((QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    }

    void rateLimitAgainstAnInjectedClock()
    {
        // The runner's time is a manual clock moved 1 ms at a time; the sandbox answers at once and
        // 64 requests may be in flight, so the token bucket alone decides when rows leave. Counted
        // on that clock: never more than 50 sends in any 1-second window, and no fewer than 48 in
        // each full second (49 per second with the 2 % headroom).
        test::SandboxSetup setup;
        setup.qps = 0;
        auto sandbox = test::startSandbox(setup);
        QVERIFY(sandbox);
        const int total = 160;
        Harness h(syntheticCsv(total));
        QVERIFY(h.create());
        ManualClock clock;
        BatchRunner runner(&h.service);
        runner.setClock(&clock);
        QList<double> sends;
        connect(&runner, &BatchRunner::rowSent, this, [&](int) { sends.append(clock.nowMs()); });
        QSignalSpy finished(&runner, &BatchRunner::finished);
        RunnerOptions options;
        options.qps = 50;
        options.concurrency = 64;
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        while (finished.isEmpty() && clock.nowMs() < 10000) {
            clock.advance(1);
            QTest::qWait(1);
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        QCOMPARE(sends.size(), total);
        QCOMPARE(int(sandbox->requestCount()), total);
        for (int i = 0; i + 50 < sends.size(); ++i)
            QVERIFY2(sends.at(i + 50) - sends.at(i) >= 1000,
                     qPrintable(QStringLiteral("51 sends within %1 ms").arg(sends.at(i + 50) - sends.at(i))));
        for (int s = 0; (s + 1) * 1000.0 <= sends.last(); ++s) {
            const double second = s * 1000.0;
            const auto inSecond = std::count_if(sends.cbegin(), sends.cend(), [second](double t) {
                return t >= second && t < second + 1000;
            });
            QVERIFY2(inSecond >= 48 && inSecond <= 50, qPrintable(QStringLiteral("%1 sends").arg(inSecond)));
        }

        // Without a limit the clock does not matter: every row leaves while it stands still.
        Harness unlimited(syntheticCsv(20));
        QVERIFY(unlimited.create());
        ManualClock frozen;
        BatchRunner fast(&unlimited.service);
        fast.setClock(&frozen);
        QSignalSpy fastFinished(&fast, &BatchRunner::finished);
        options.qps = 0;
        options.concurrency = 4;
        QCOMPARE(fast.start(unlimited.batchId, unlimited.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(fastFinished.wait(60000));
        QCOMPARE(fast.counts().answered, 20);
    }

    void pauseResumeCancel()
    {
        auto sandbox = startSlowSandbox(20);
        QVERIFY(sandbox);
        const int total = 30;
        Harness h(syntheticCsv(total));
        QVERIFY(h.create());
        RunnerOptions options;
        options.qps = 20;
        options.concurrency = 2;
        {
            BatchRunner runner(&h.service);
            QSignalSpy finished(&runner, &BatchRunner::finished);
            QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
            QTRY_VERIFY_WITH_TIMEOUT(runner.counts().answered >= 5, 60000);
            runner.pause();
            QCOMPARE(runner.state(), BatchRunner::State::Paused);
            QTRY_COMPARE_WITH_TIMEOUT(runner.counts().inFlight, 0, 30000);
            const quint64 sentWhilePaused = sandbox->requestCount();
            QCOMPARE(int(sentWhilePaused), runner.counts().answered);
            QTest::qWait(600); // paused: nothing may leave meanwhile
            QCOMPARE(sandbox->requestCount(), sentWhilePaused);
            QCOMPARE((*BatchJournal(h.store.get()).find(h.batchId))->state, BatchState::Paused);
            runner.resume();
            QTRY_VERIFY_WITH_TIMEOUT(runner.counts().answered >= 12, 60000);
            runner.cancel();
            QVERIFY(finished.count() == 1 || finished.wait(30000));
            QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Cancelled);
            QVERIFY(runner.counts().answered < total);
            QCOMPARE(int(sandbox->requestCount()), runner.counts().answered); // in flight ones answered too
        }
        BatchJournal journal(h.store.get());
        QCOMPARE((*journal.find(h.batchId))->state, BatchState::Cancelled);
        BatchTally t = h.tally();
        QVERIFY(t.pending > 0);
        QCOMPARE(t.unknown, 0);

        // Resumed: only the rest is sent.
        QVERIFY(journal.claim(h.batchId, BatchJournal::processOwner()));
        BatchRunner again(&h.service);
        QSignalSpy finished(&again, &BatchRunner::finished);
        QCOMPARE(again.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        QCOMPARE(int(sandbox->requestCount()), total);
        const QMap<int, int> attempts = h.attemptsPerRow();
        QCOMPARE(attempts.size(), total);
        for (auto it = attempts.cbegin(); it != attempts.cend(); ++it)
            QCOMPARE(it.value(), 1);
        t = h.tally();
        QCOMPARE(t.noRecord, total);
        QCOMPARE(t.pending, 0);
    }

    void theHeartbeatWaitsWhileRowsLeave()
    {
        // Each commit that marks a row in flight also proves the owner alive (heartbeat_ms), so the
        // heartbeat's own commit (durable: it waits for the disk on the runner's thread) is written
        // only after a whole interval without a row leaving, as while paused.
        auto sandbox = startSlowSandbox(20);
        QVERIFY(sandbox);
        Harness h(syntheticCsv(150));
        QVERIFY(h.create());
        // A heartbeat's own write moves heartbeat_ms alone; a row's mark moves updated_ms with it.
        QSqlQuery q(QSqlDatabase::database(h.store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE heartbeats (at_ms BIGINT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER heartbeat_only AFTER UPDATE OF heartbeat_ms ON batches "
                                      "WHEN new.updated_ms IS old.updated_ms "
                                      "BEGIN INSERT INTO heartbeats VALUES (new.heartbeat_ms); END")));
        const auto heartbeats = [&h] {
            QSqlQuery count(QSqlDatabase::database(h.store->connectionName()));
            return count.exec(QStringLiteral("SELECT COUNT(*) FROM heartbeats")) && count.next()
                       ? count.value(0).toInt()
                       : -1;
        };
        const int interval = 800;
        BatchRunner runner(&h.service);
        runner.setHeartbeatIntervalForTesting(interval);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        RunnerOptions options;
        options.qps = 0;
        options.concurrency = 1;
        QElapsedTimer flowing;
        flowing.start();
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(runner.counts().answered >= 100, 60000);
        QVERIFY(flowing.elapsed() >= 2LL * interval); // 20 ms a row: rows left through two intervals at least
        QCOMPARE(heartbeats(), 0);

        runner.pause();
        QTRY_COMPARE_WITH_TIMEOUT(runner.counts().inFlight, 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(heartbeats() >= 1, 10 * interval); // paused: the heartbeat alone proves it
        runner.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
    }

    void throttlingFromTheSandbox()
    {
        // The account allows 3 requests per second, the runner was told 20: the service throttles,
        // the client waits as told, the runner slows down and sends throttled rows again. Every row
        // still gets its answer, and none is answered (billed) twice.
        test::SandboxSetup setup;
        setup.qps = 3;
        auto sandbox = test::startSandbox(setup);
        QVERIFY(sandbox);
        int throttled = 0;
        int successes = 0;
        connect(sandbox.get(), &sandbox::SandboxServer::requestHandled, this, [&](const sandbox::SandboxEvent& e) {
            throttled += e.code == u"Throttling.Api" ? 1 : 0;
            successes += e.code == u"Success" ? 1 : 0;
        });
        const int total = 12;
        Harness h(syntheticCsv(total));
        QVERIFY(h.create());
        RunnerOptions options;
        options.qps = 20;
        options.concurrency = 4;
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        QVERIFY(throttled > 0);
        QCOMPARE(successes, total);
        const BatchTally t = h.tally();
        QCOMPARE(t.noRecord, total);
        QCOMPARE(t.errors + t.unknown + t.pending, 0);
        QVERIFY(runner.effectiveQps() < 20);
    }

    void faultsCountedAsErrors()
    {
        test::SandboxSetup setup;
        setup.qps = 0;
        setup.faults.failRate = 0.15;
        setup.faults.dropRate = 0.1;
        setup.faults.malformedRate = 0.1;
        auto sandbox = test::startSandbox(setup);
        QVERIFY(sandbox);
        sandbox->setRandomSeed(7);
        const int total = 40;
        Harness h(syntheticCsv(total));
        QVERIFY(h.create());
        RunnerOptions options;
        options.qps = 0;
        options.concurrency = 4;
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        const BatchTally t = h.tally();
        QCOMPARE(t.sent, total);
        QCOMPARE(t.pending, 0);
        QVERIFY(t.errors + t.unknown > 0);
        QVERIFY(t.noRecord > 0);
        QCOMPARE(t.noRecord + t.errors + t.unknown, total);
        QCOMPARE(runner.counts().answered, total);
        const QMap<int, int> attempts = h.attemptsPerRow();
        QCOMPARE(attempts.size(), total);
        for (auto it = attempts.cbegin(); it != attempts.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void stopsOnRepeatedNetworkFailure()
    {
        // Nothing listens there: every request is refused before it is sent.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        const int total = 20;
        Harness h(syntheticCsv(total));
        QVERIFY(h.create());
        api::ClientOptions clientOptions;
        clientOptions.maxRetries = 1;
        clientOptions.networkBackoffMs = 5;
        h.client.setOptions(clientOptions);
        RunnerOptions options;
        options.qps = 0;
        options.concurrency = 2;
        options.maxConsecutiveNetworkFailures = 4;
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(url), options), std::nullopt);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::StoppedNetwork);
        QVERIFY(!runner.stopReason().isEmpty());
        const BatchTally t = h.tally();
        QVERIFY(t.errors >= 4);
        QVERIFY(t.pending > 0); // the rest waits for a resume
        QCOMPARE((*BatchJournal(h.store.get()).find(h.batchId))->state, BatchState::Stopped);
    }

    // Issue 17: more rows in flight than Qt opens connections to a host (6). A row that waits for a
    // connection is no network failure: against a service slower than the connect limit, with the
    // stop rule at its tightest, the batch completes and every row is answered.
    void rowsWaitingForAConnectionAreNoNetworkFailures()
    {
        test::SandboxSetup setup;
        setup.qps = 0;
        setup.faults.latencyMinMs = 2000;
        setup.faults.latencyMaxMs = 2000;
        auto sandbox = test::startSandbox(setup);
        QVERIFY(sandbox);
        const int total = 8;
        Harness h(syntheticCsv(total));
        QVERIFY(h.create());
        api::ClientOptions clientOptions;
        clientOptions.connectTimeoutMs = 1000;
        clientOptions.transferTimeoutMs = 20000;
        h.client.setOptions(clientOptions);
        RunnerOptions options;
        options.qps = 0;
        options.concurrency = 8;
        options.maxConsecutiveNetworkFailures = 1;
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        const BatchTally t = h.tally();
        QCOMPARE(t.sent, total);
        QCOMPARE(t.errors, 0);
        QCOMPARE(t.unknown, 0);
        QCOMPARE(runner.counts().answered, total);
        const QMap<int, int> attempts = h.attemptsPerRow();
        for (auto it = attempts.cbegin(); it != attempts.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    // --concurrency bounds the requests out at the service: a row answered and waiting for its
    // commit takes no place, so the next row is marked in flight in the transaction that stores the
    // answer (one commit per row, not two).
    void theNextRowLeavesWithTheAnswerBeforeIt()
    {
        auto sandbox = test::startSandbox();
        QVERIFY(sandbox);
        const int total = 6;
        Harness h(syntheticCsv(total));
        QVERIFY(h.create());
        // At every settlement: how many of the batch's attempts the history holds, and how many
        // of them are still in flight.
        QList<QPair<int, int>> atSettlement;
        QObject watching;
        connect(h.store->feed(), &history::HistoryFeed::attemptsChanged, &watching, [&] {
            QSqlQuery q(QSqlDatabase::database(h.store->connectionName()));
            q.prepare(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN error_kind = 'in_flight' THEN 1 ELSE 0 END) "
                                     "FROM attempts WHERE batch_id = ?"));
            q.addBindValue(h.batchId);
            if (q.exec() && q.next())
                atSettlement.append({q.value(0).toInt(), q.value(1).toInt()});
        });
        RunnerOptions options;
        options.qps = 0;
        options.concurrency = 1;
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        QCOMPARE(int(sandbox->requestCount()), total);
        QCOMPARE(atSettlement.size(), total);
        for (int i = 0; i + 1 < total; ++i)
            QCOMPARE(atSettlement.at(i), qMakePair(i + 2, 1)); // row i + 1 settled, row i + 2 in flight
        QCOMPARE(atSettlement.last(), qMakePair(total, 0));
    }

    void skipsPeopleAnsweredBefore()
    {
        auto sandbox = test::startSandbox();
        QVERIFY(sandbox);
        Harness h(demoCsv());
        h.service.setFingerprintKey(QByteArray(32, 'k'));
        const int toSend = int(tricheck::test::demoRows().size());
        RunnerOptions options;
        options.qps = 0;
        options.skipVerifiedDays = 30;

        // Nothing answered yet: every row is sent.
        QVERIFY(h.create());
        const QString firstBatch = h.batchId;
        {
            BatchRunner runner(&h.service);
            QSignalSpy finished(&runner, &BatchRunner::finished);
            QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
            QVERIFY(finished.wait(60000));
            QCOMPARE(runner.counts().skipped, 0);
        }
        QCOMPARE(int(sandbox->requestCount()), toSend);
        QMap<int, QString> firstRequestIds;
        history::HistoryFilter firstRows;
        firstRows.batchId = firstBatch;
        QVERIFY(h.store->forEach(firstRows, {}, [&](const history::AttemptRecord& r) {
            firstRequestIds.insert(*r.batch.row, r.requestId);
            return true;
        }));
        QCOMPARE(firstRequestIds.size(), toSend);

        // The same people again: nothing is sent, every row points at its earlier answer.
        QVERIFY(h.create());
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QSignalSpy skipped(&runner, &BatchRunner::rowSkipped);
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<BatchRunner::Result>(), BatchRunner::Result::Completed);
        QCOMPARE(int(sandbox->requestCount()), toSend);
        QCOMPARE(skipped.count(), toSend);
        QCOMPARE(runner.counts().skipped, toSend);
        const BatchTally t = h.tally();
        QCOMPARE(t.skipped, toSend);
        QCOMPARE(t.sent + t.pending + t.billed + t.pass, 0);
        QCOMPARE((*BatchJournal(h.store.get()).find(h.batchId))->state, BatchState::Completed);
        QVERIFY(h.attemptsPerRow().isEmpty());

        // The results name the earlier RequestId of each row, and nothing is billed for them.
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        const auto written = BatchResults::write(*h.store, h.batchId, h.file, out);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        const QList<QByteArray> lines = out.data().split('\n');
        for (auto it = firstRequestIds.cbegin(); it != firstRequestIds.cend(); ++it) {
            const QByteArray& line = lines.at(it.key() - 1);
            QVERIFY2(line.startsWith(QByteArray(QByteArray::number(it.key()) + ",skipped,")), line.constData());
            QVERIFY2(line.contains(QByteArray(',' + it.value().toUtf8() + ',')), line.constData());
        }
        QVERIFY(lines.at(10).startsWith("11,duplicate,")); // repeats line 2's earlier answer
        QVERIFY(lines.at(10).contains(firstRequestIds.value(2).toUtf8()));
    }

    void earlierAnswersCountOnlyForTheSameServiceAndPeriod()
    {
        auto sandbox = test::startSandbox();
        QVERIFY(sandbox);
        Harness h(demoCsv());
        const QByteArray key(32, 'k');
        h.service.setFingerprintKey(key);
        QVERIFY(h.create());
        BatchRunner runner(&h.service);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        RunnerOptions options;
        options.qps = 0;
        QCOMPARE(runner.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options), std::nullopt);
        QVERIFY(finished.wait(60000));

        const tricheck::test::DemoPerson person = tricheck::test::demoRows().front(); // a copy: the list is a temporary
        const identity::IdentityInput input{QString::fromUtf8(person.mobile),
                                            QString::fromUtf8(person.name),
                                            QString::fromUtf8(person.id)};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto find = [&](bool sandboxAnswers, const QDateTime& since, const std::optional<QByteArray>& k) {
            return verification::findEarlierAnswer(*h.store, {k, sandboxAnswers, since}, input).value();
        };
        QVERIFY(find(true, now.addDays(-1), key).has_value());
        QVERIFY(!find(false, now.addDays(-1), key).has_value());                // the sandbox's answer is no real one
        QVERIFY(!find(true, now.addSecs(60), key).has_value());                 // outside the period
        QVERIFY(!find(true, now.addDays(-1), QByteArray(32, 'x')).has_value()); // another key: no match
        QVERIFY(!find(true, now.addDays(-1), std::nullopt).has_value());

        // Skipping asked for without a key to match with: refused, nothing sent.
        verification::VerificationService keyless(&h.client);
        keyless.setHistory(h.store);
        QVERIFY(h.create());
        const qint64 before = sandbox->requestCount();
        BatchRunner refused(&keyless);
        options.skipVerifiedDays = 7;
        const auto error = refused.start(h.batchId, h.file, sandboxTarget(sandbox->url()), options);
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("fingerprint key")), qPrintable(*error));
        QVERIFY(!BatchRunner::isAnyRunning());
        QTest::qWait(100);
        QCOMPARE(sandbox->requestCount(), before);
    }

    void refusesAChangedFile()
    {
        Harness h(syntheticCsv(3));
        QVERIFY(h.create());
        QFile f(h.file);
        QVERIFY(f.open(QIODevice::Append));
        f.write(tricheck::test::syntheticRow(99) + "\r\n");
        f.close();
        BatchRunner runner(&h.service);
        const auto error =
            runner.start(h.batchId, h.file, sandboxTarget(QUrl(QStringLiteral("http://127.0.0.1:1"))), {});
        QVERIFY(error);
        QCOMPARE(*error, ImportError::make(ImportError::Kind::SourceChanged, 0).message);
        QVERIFY(!BatchRunner::isAnyRunning());
    }
};

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "testbatchrunner.moc"
