// The one path of every verification: validate → record in flight (COMMIT) → send → settle
// (COMMIT) → report, against the real sandbox and a real SQLite history.
#include "history/fingerprints.h"
#include "history/historystore.h"
#include "sandboxfixture.h"
#include "testenv.h"
#include "verification/verificationservice.h"

#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cerrno>

using namespace tricheck;
using namespace tricheck::verification;

namespace {

const identity::IdentityInput kZhangSan{QStringLiteral("+86 138 0013 8000"),
                                        QStringLiteral("张三"),
                                        QStringLiteral("11010519491231002x")};

ServiceTarget sandboxTarget(const QUrl& url)
{
    ServiceTarget t;
    t.endpoint = *api::Endpoint::fromUrl(url);
    t.credentials = {QStringLiteral("sandbox-access-key-id"), QStringLiteral("sandbox-access-key-secret"), {}, {}};
    return t;
}

std::shared_ptr<history::HistoryStore> openStore(const QString& path)
{
    history::HistoryStore::Options options;
    options.path = path;
    auto opened = history::HistoryStore::open(options);
    if (!opened)
        return {};
    return std::shared_ptr<history::HistoryStore>(std::move(opened).value().release());
}

// Another connection holds the write lock for longer than the busy timeout allows.
struct Locker
{
    explicit Locker(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        db.setDatabaseName(path);
        locked = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=0")) &&
                 QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~Locker()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("locker"));
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }
    bool locked = false;
};

} // namespace

class TestVerificationService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void recordedBeforeReported()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store);
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        const QByteArray key(32, 'k');
        service.setFingerprintKey(key);
        QSignalSpy recorded(&service, &VerificationService::recorded);

        Verification* v = service.verify(kZhangSan,
                                         identity::ParamType::Normal,
                                         sandboxTarget(server->url()),
                                         QStringLiteral("KYC-42"));
        QSignalSpy sent(v, &Verification::sent);
        QSignalSpy finished(v, &Verification::finished);
        // Before the request leaves, the attempt is on disk, in flight.
        std::optional<history::AttemptRecord> seenAtSend;
        connect(v, &Verification::sent, this, [&] {
            const auto rows = store->window({}, {}, {10, 0, {}, false});
            if (rows && rows->size() == 1)
                seenAtSend = rows->first();
        });
        QCOMPARE(store->count({}).value(), 1);
        // When finished() arrives, the row is already committed: read it back inside the slot.
        std::optional<history::AttemptRecord> seenAtReport;
        connect(v, &Verification::finished, this, [&](const api::VerifyOutcome&, const HistoryWrite& write) {
            if (write.state == HistoryWrite::State::Recorded)
                seenAtReport = store->record(write.rowId).value();
        });
        QVERIFY(finished.wait(20000));
        QCOMPARE(sent.count(), 1);
        QCOMPARE(recorded.count(), 1);
        QVERIFY(v->outcome().isResult());
        QCOMPARE(v->outcome().result()->subCode, QStringLiteral("101"));
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Recorded);
        QVERIFY(seenAtReport.has_value());
        QCOMPARE(seenAtReport->attemptId, v->outcome().attemptId);
        QCOMPARE(seenAtReport->maskedMobile, QStringLiteral("138****8000"));
        QCOMPARE(seenAtReport->reference, QStringLiteral("KYC-42"));
        // The same row, settled in place: one attempt, no longer in flight.
        QVERIFY(seenAtSend.has_value());
        QCOMPARE(seenAtSend->errorKind, QStringLiteral("in_flight"));
        QVERIFY(!seenAtSend->billed);
        QCOMPARE(seenAtSend->maskedMobile, QStringLiteral("138****8000"));
        QCOMPARE(seenAtSend->fingerprints.mobile, seenAtReport->fingerprints.mobile);
        QCOMPARE(seenAtSend->id, v->historyWrite().rowId);
        // … and the same attempt: its unique key (started, attempt id) does not move when it settles.
        QCOMPARE(seenAtSend->attemptId, seenAtReport->attemptId);
        QCOMPARE(seenAtSend->startedMs, seenAtReport->startedMs);
        QCOMPARE(v->outcome().startedUtc.toMSecsSinceEpoch(), seenAtReport->startedMs);
        QCOMPARE(store->count({}).value(), 1);
        QVERIFY(seenAtReport->errorKind.isEmpty());
        QCOMPARE(seenAtReport->billed, std::optional<bool>(true));

        // Exact-match search by keyed fingerprint finds it, whatever way the number was typed.
        history::HistoryFilter byMobile;
        byMobile.mobileFingerprint = history::Fingerprints::forMobile(key, QStringLiteral("13800138000"));
        QCOMPARE(store->count(byMobile).value(), 1);
        byMobile.mobileFingerprint = history::Fingerprints::forMobile(key, QStringLiteral("13800138001"));
        QCOMPARE(store->count(byMobile).value(), 0);
    }

    void errorsAreRecordedToo()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        ServiceTarget target = sandboxTarget(server->url());
        target.credentials.accessKeySecret = QStringLiteral("wrong");
        Verification* v = service.verify(kZhangSan, identity::ParamType::Md5, target);
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(v->outcome().error());
        QCOMPARE(v->outcome().error()->code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Recorded);
        const auto row = store->record(v->historyWrite().rowId).value();
        QVERIFY(row.has_value());
        QCOMPARE(row->code, QStringLiteral("SignatureDoesNotMatch"));
    }

    void invalidInputIsNeitherSentNorRecorded()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        Verification* v = service.verify({QStringLiteral("1380013800"), QStringLiteral("张三"), QStringLiteral("x")},
                                         identity::ParamType::Normal,
                                         sandboxTarget(server->url()));
        QVERIFY(!v->isFinished()); // always reported from the event loop
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(v->outcome().error()->kind, api::ErrorKind::Validation);
        QVERIFY(!v->outcome().error()->detail.isEmpty());
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::NotAttempted);
        QCOMPARE(server->requestCount(), 0);
        QCOMPARE(store->count({}).value(), 0);
    }

    void withoutHistory()
    {
        auto server = test::startSandbox();
        QVERIFY(server);
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        Verification* v = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(v->outcome().isResult());
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Disabled);
    }

    void nothingIsSentWhenTheAttemptCannotBeRecorded()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        history::HistoryStore::Options options;
        options.path = path;
        options.busyTimeoutMs = 200;
        auto opened = history::HistoryStore::open(options);
        QVERIFY(opened);
        std::shared_ptr<history::HistoryStore> store(std::move(opened).value().release());
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        Verification* v = nullptr;
        {
            Locker locker(path);
            QVERIFY(locker.locked);
            v = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        }
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(v->outcome().error());
        QCOMPARE(v->outcome().error()->kind, api::ErrorKind::Configuration);
        QCOMPARE(v->outcome().error()->mayBeBilled, false);
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Failed);
        QCOMPARE(server->requestCount(), 0);
        QCOMPARE(store->count({}).value(), 0);
    }

    void aFailedWriteIsReportedNotHidden()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        history::HistoryStore::Options options;
        options.path = path;
        options.busyTimeoutMs = 200;
        auto opened = history::HistoryStore::open(options);
        QVERIFY(opened);
        std::shared_ptr<history::HistoryStore> store(std::move(opened).value().release());
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        Verification* v = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        // Recorded in flight; the write lock is taken while the request is on its way.
        std::unique_ptr<Locker> locker;
        connect(v, &Verification::sent, this, [&] { locker = std::make_unique<Locker>(path); });
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(locker && locker->locked);
        QVERIFY(v->outcome().isResult());                               // the answer is still reported …
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Failed); // … and so is the failed write
        QVERIFY(!v->historyWrite().error.isEmpty());
        locker.reset();
        // The attempt stays in flight, this process's: the next open after it ends says "outcome unknown".
        QCOMPARE(store->record(1).value()->errorKind, QStringLiteral("in_flight"));
    }

    // Group commit (batches): the GUI thread does not wait for the disk, but nothing leaves and
    // nothing is reported before the disk has what was committed.
    void groupCommitSendsAndReportsOnlyOnceDurable()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        QSemaphore disk; // each sync waits for one release: the test plays a slow disk
        std::atomic<int> syncs{0};
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store);
        store->setBeforeLogSyncForTesting([&] {
            ++syncs;
            disk.acquire();
            return 0;
        });
        const auto unblock = qScopeGuard([&] { disk.release(1000); });
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        service.setGroupCommit(true);
        connect(&service, &VerificationService::recordsPending, this, [&] { QVERIFY(!service.commitPending()); });

        Verification* first = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        QSignalSpy firstSent(first, &Verification::sent);
        QSignalSpy firstFinished(first, &Verification::finished);
        QTRY_COMPARE(syncs.load(), 1);
        // Committed (another reader sees it in flight) while the disk still works on it.
        QCOMPARE(store->count({}).value(), 1);
        QCOMPARE(store->record(1).value()->errorKind, QStringLiteral("in_flight"));
        // Two more commits while that sync runs: one sync after it covers both.
        Verification* second = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        Verification* third = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        QTRY_COMPARE(store->count({}).value(), 3);
        QTest::qWait(200);
        QCOMPARE(server->requestCount(), 0);
        QCOMPARE(firstSent.count(), 0);
        QCOMPARE(service.pendingRecords(), 3);

        disk.release(); // the first attempt is durable: it leaves
        QVERIFY(firstSent.wait(20000));
        QTRY_COMPARE(syncs.load(), 2);
        // Its outcome is committed as it arrives (into the sync held now or the next one) …
        QTRY_VERIFY(store->record(1).value()->errorKind.isEmpty());
        QTest::qWait(200);
        QCOMPARE(server->requestCount(), 1);
        QCOMPARE(firstFinished.count(), 0); // … and not reported before the disk has it
        QSignalSpy thirdFinished(third, &Verification::finished);
        disk.release(); // one sync for the other two
        QTRY_COMPARE(server->requestCount(), 3);
        disk.release(1000);
        QVERIFY(firstFinished.count() == 1 || firstFinished.wait(20000));
        QVERIFY(thirdFinished.count() == 1 || thirdFinished.wait(20000));
        QCOMPARE(first->historyWrite().state, HistoryWrite::State::Recorded);
        QCOMPARE(second->historyWrite().state, HistoryWrite::State::Recorded);
        QCOMPARE(third->historyWrite().state, HistoryWrite::State::Recorded);
        QVERIFY(first->outcome().isResult());
        QCOMPARE(service.pendingRecords(), 0);
        QCOMPARE(store->count({}).value(), 3);
    }

    void aFailedDiskSyncSendsNothing()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store);
        store->setBeforeLogSyncForTesting([] { return EIO; });
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        service.setGroupCommit(true);
        Verification* v = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(!service.commitPending()); // the write itself succeeded
        QVERIFY(finished.wait(20000));
        QCOMPARE(server->requestCount(), 0);
        QVERIFY(v->outcome().error());
        QCOMPARE(v->outcome().error()->kind, api::ErrorKind::Configuration);
        QCOMPARE(v->outcome().error()->mayBeBilled, false);
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Failed);
        QVERIFY(v->historyWrite().error.contains(qt_error_string(EIO)));
        QCOMPARE(service.pendingRecords(), 0);
        // Written but never made durable nor sent: it stays this process's attempt in flight.
        QCOMPARE(store->record(1).value()->errorKind, QStringLiteral("in_flight"));
    }
};

QTEST_GUILESS_MAIN(TestVerificationService)
#include "testverificationservice.moc"
