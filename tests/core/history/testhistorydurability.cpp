#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <csignal>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::resultOutcome;

namespace {

const char* const kChildPathVar = "TRICHECK_HISTORY_CRASH_CHILD";
const char* const kChildModeVar = "TRICHECK_HISTORY_CRASH_MODE";

api::VerifyOutcome outcomeWithId(const QString& attemptId)
{
    api::VerifyOutcome o = resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
    o.attemptId = attemptId;
    return o;
}

// The child: commits three attempts, then dies (SIGKILL, no clean-up of any kind) after the
// fourth write ran and before it commits — a crash at the worst moment.
int crashingChild()
{
    static std::atomic<bool> armed{false};
    HistoryStore::Options options;
    options.path = qEnvironmentVariable(kChildPathVar);
    options.beforeCommitForTesting = [] {
        if (armed)
            (void)std::raise(SIGKILL); // returns only if the kill failed: the test then fails
    };
    auto store = HistoryStore::open(options);
    if (!store)
        return 3;
    for (int i = 1; i <= 3; ++i) {
        if (!(*store)->insert(outcomeWithId(QStringLiteral("committed-%1").arg(i))))
            return 4;
    }
    armed = true;
    if (qEnvironmentVariable(kChildModeVar) == u"batch") {
        QList<AttemptRecord> batch;
        for (int i = 0; i < 100; ++i)
            batch.append(AttemptRecord::fromOutcome(outcomeWithId(QStringLiteral("uncommitted-%1").arg(i))));
        (*store)->insertBatch(batch);
    } else {
        (*store)->insert(outcomeWithId(QStringLiteral("uncommitted-0")));
    }
    return 5; // not reached
}

} // namespace

class TestHistoryDurability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void crashBetweenWriteAndCommitLosesOnlyThatAttempt_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("single insert") << QStringLiteral("single");
        QTest::newRow("batch insert") << QStringLiteral("batch");
    }

    void crashBetweenWriteAndCommitLosesOnlyThatAttempt()
    {
        QFETCH(QString, mode);
        const QString file = m_dir.filePath(QStringLiteral("crash-%1.sqlite").arg(mode));
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildPathVar), file);
        env.insert(QString::fromLatin1(kChildModeVar), mode);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not a clean exit
        QVERIFY2(QFile::exists(file + QStringLiteral("-wal")), "the crash left the write-ahead log behind");

        auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Thorough, 1000, {}});
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        const auto rows = (*store)->window({}, {HistoryColumn::Time, Qt::AscendingOrder}, {1000, 0, {}, false});
        QVERIFY(rows);
        QStringList ids;
        for (const AttemptRecord& r : *rows)
            ids.append(r.attemptId);
        ids.sort();
        QCOMPARE(
            ids,
            (QStringList{QStringLiteral("committed-1"), QStringLiteral("committed-2"), QStringLiteral("committed-3")}));
        QCOMPARE(*(*store)->checkIntegrity(), QStringList());
        QVERIFY((*store)->insert(outcomeWithId(QStringLiteral("after-crash"))));
        QCOMPARE(*(*store)->count({}), 4);
    }

    void failedCommitIsReportedAndStoresNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("closed.sqlite"));
        QString connection;
        bool armed = false;
        HistoryStore::Options options;
        options.path = file;
        options.beforeCommitForTesting = [&] {
            // The engine abandons the transaction before COMMIT (as after an I/O error).
            if (armed)
                QSqlQuery(QSqlDatabase::database(connection, false)).exec(QStringLiteral("ROLLBACK"));
        };
        {
            auto store = HistoryStore::open(options);
            QVERIFY(store);
            connection = (*store)->connectionName();
            QVERIFY((*store)->insert(outcomeWithId(QStringLiteral("kept-1"))));
            QVERIFY((*store)->insert(outcomeWithId(QStringLiteral("kept-2"))));
            armed = true;
            const auto id = (*store)->insert(outcomeWithId(QStringLiteral("lost")));
            QVERIFY(!id); // the caller is told: it must not report this outcome as recorded
            QVERIFY(!id.error().message.isEmpty());
        }
        auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(store);
        QCOMPARE(*(*store)->count({}), 2);
    }

    void concurrentReadersAndWritersNeverSeeLocked()
    {
        const QString file = m_dir.filePath(QStringLiteral("concurrent.sqlite"));
        {
            QVERIFY(HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}}));
        }

        QMutex mutex;
        QStringList errors;
        const auto fail = [&](const QString& who, const HistoryError& e) {
            QMutexLocker lock(&mutex);
            errors.append(who + QStringLiteral(": ") + e.message + QStringLiteral(" / ") + e.detail);
        };
        std::atomic<int> writersRunning{2};
        constexpr int kSingles = 150;
        constexpr int kBatches = 20;
        constexpr int kBatchSize = 50;

        const auto writer = [&](const QString& name) {
            auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 15000, {}});
            if (!store) {
                fail(name, store.error());
                --writersRunning;
                return;
            }
            for (int i = 0; i < kSingles; ++i) {
                if (const auto id =
                        (*store)->insert(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc()));
                    !id)
                    fail(name, id.error());
                if (i < kBatches) {
                    QList<AttemptRecord> batch;
                    for (int j = 0; j < kBatchSize; ++j)
                        batch.append(AttemptRecord::fromOutcome(
                            resultOutcome(QStringLiteral("201"), QDateTime::currentDateTimeUtc())));
                    if (const auto ids = (*store)->insertBatch(batch); !ids)
                        fail(name, ids.error());
                }
            }
            --writersRunning;
        };
        qint64 reads = 0;
        const auto reader = [&] {
            auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 15000, {}});
            if (!store) {
                fail(QStringLiteral("reader"), store.error());
                return;
            }
            qint64 last = 0;
            do {
                const auto n = (*store)->count({});
                if (!n) {
                    fail(QStringLiteral("reader"), n.error());
                    continue;
                }
                if (*n < last)
                    fail(QStringLiteral("reader"),
                         HistoryError::invalidArgument(QStringLiteral("count went backwards")));
                last = *n;
                if (const auto w = (*store)->window({}, {}, {100, 0, {}, false}); !w)
                    fail(QStringLiteral("reader"), w.error());
                if (const auto s = (*store)->stats({}); !s)
                    fail(QStringLiteral("reader"), s.error());
                // A long read (an export) while the writers commit.
                if (const auto all = (*store)->forEach({}, {}, [](const AttemptRecord&) { return true; }); !all)
                    fail(QStringLiteral("reader"), all.error());
                ++reads;
            } while (writersRunning > 0);
        };

        std::unique_ptr<QThread> w1(QThread::create(writer, QStringLiteral("writer 1")));
        std::unique_ptr<QThread> w2(QThread::create(writer, QStringLiteral("writer 2")));
        std::unique_ptr<QThread> r(QThread::create(reader));
        r->start();
        w1->start();
        w2->start();
        QVERIFY(w1->wait(120000));
        QVERIFY(w2->wait(120000));
        QVERIFY(r->wait(120000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(u'\n')));
        QVERIFY(reads > 0);

        auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Thorough, 1000, {}});
        QVERIFY(store);
        QCOMPARE(*(*store)->count({}), qint64(2 * (kSingles + kBatches * kBatchSize)));
        QCOMPARE(*(*store)->checkIntegrity(), QStringList());
    }

    // Deferred commits run no checkpoint of their own (that would sync on the writing thread): the
    // sync thread checkpoints, so a long run of them leaves no log the size of the run, and every
    // attempt is there after the store closed.
    void deferredCommitsLeaveNoGrowingLog()
    {
        const QString file = m_dir.filePath(QStringLiteral("deferred.sqlite"));
        const QString wal = file + QStringLiteral("-wal");
        auto opened = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(opened);
        std::unique_ptr<HistoryStore> store = std::move(opened).value();
        QObject context;
        constexpr int kCommits = 300;
        int durable = 0;
        qint64 perCommit = 0;
        QElapsedTimer spread;
        spread.start();
        for (int i = 0; i < kCommits; ++i) {
            const qint64 before = QFileInfo(wal).size();
            const auto ids =
                store->insertBatch({AttemptRecord::fromOutcome(outcomeWithId(QStringLiteral("deferred-%1").arg(i)))},
                                   {},
                                   Commit::Deferred);
            QVERIFY(ids);
            if (i == 0)
                perCommit = QFileInfo(wal).size() - before;
            store->whenDurable(&context, [&](const std::optional<HistoryError>& error) {
                QVERIFY(!error);
                ++durable;
            });
            QVERIFY(QTest::qWaitFor([&] { return durable == i + 1; }, 10000));
            QTest::qWait(5); // spread over more than a second: the sync thread checkpoints every 250 ms
        }
        QVERIFY(spread.elapsed() > 1000);
        QVERIFY(perCommit > 0);
        // Without checkpoints the log holds every commit's pages: kCommits times the first one's.
        QVERIFY2(QFileInfo(wal).size() < kCommits * perCommit / 3,
                 qPrintable(QStringLiteral("log %1 bytes, one commit %2").arg(QFileInfo(wal).size()).arg(perCommit)));
        store.reset();
        auto reopened = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Thorough, 1000, {}});
        QVERIFY(reopened);
        QCOMPARE(*(*reopened)->count({}), qint64(kCommits));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildPathVar))
        return crashingChild();
    TestHistoryDurability test;
    return QTest::qExec(&test, argc, argv);
}

#include "testhistorydurability.moc"
