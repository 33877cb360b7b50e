#include "api/endpoint.h"
#include "batch/batchjournal.h"
#include "batch/batchrunner.h"
#include "batch/resumetarget.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::batch;
using namespace tricheck::history;

namespace {

BatchInfo newBatch(const QString& owner, int rows = 5)
{
    BatchInfo info;
    info.batchId = BatchJournal::newBatchId();
    info.sourceName = QStringLiteral("/tmp/people.csv");
    info.sourceDigest = QStringLiteral("ab").repeated(32);
    info.sourceBytes = 1234;
    info.settings = QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("hongkong")}};
    info.rowCount = rows + 2;
    info.invalidCount = 1;
    info.duplicateCount = 1;
    info.owner = owner;
    return info;
}

QString stateOf(HistoryStore& store, const QString& batchId, int row)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    q.prepare(QStringLiteral("SELECT state FROM batch_rows WHERE batch_id = ? AND batch_row = ?"));
    q.addBindValue(batchId);
    q.addBindValue(row);
    if (!q.exec() || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

} // namespace

class TestBatchJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;

    std::optional<HistoryError> markInFlight(const QString& batchId, const QString& owner, const QList<int>& rows)
    {
        return m_store->writeTransaction(
            [&](Transaction& transaction) { return BatchJournal::markInFlight(transaction, batchId, owner, rows); });
    }

    qint64 answer(const QString& batchId, int row, const api::VerifyOutcome& outcome)
    {
        const auto id = m_store->insert(outcome, std::nullopt, BatchRef{batchId, row});
        return id ? *id : -1;
    }

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
        auto store = HistoryStore::open({m_dir.filePath(QStringLiteral("h.sqlite")), {}, {}, 1000, {}});
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    void lifecycleOfRows()
    {
        BatchJournal journal(m_store.get());
        const QString me = BatchJournal::processOwner();
        const BatchInfo info = newBatch(me);
        QVERIFY(!journal.create(info, {2, 3, 5, 7, 8}));
        const auto found = journal.find(info.batchId);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->sourceDigest, info.sourceDigest);
        QCOMPARE((*found)->settings, info.settings);
        QCOMPARE((*found)->state, BatchState::Running);
        QCOMPARE((*found)->owner, me);
        QCOMPARE(journal.rows(info.batchId)->size(), 5);
        QCOMPARE(stateOf(*m_store, info.batchId, 2), QStringLiteral("pending"));

        // pending → in flight (committed before sending) → answered with the attempt, atomically.
        QVERIFY(!markInFlight(info.batchId, me, {2, 3}));
        QCOMPARE(stateOf(*m_store, info.batchId, 2), QStringLiteral("in_flight"));
        // A row not pending cannot be marked again: the whole transaction fails.
        QVERIFY(markInFlight(info.batchId, me, {5, 3}));
        QCOMPARE(stateOf(*m_store, info.batchId, 5), QStringLiteral("pending"));
        // Nor by a process that does not hold the batch.
        QVERIFY(markInFlight(info.batchId, QStringLiteral("elsewhere:1:x"), {5}));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(answer(info.batchId, 2, tricheck::test::resultOutcome(QStringLiteral("101"), now)) > 0);
        QCOMPARE(stateOf(*m_store, info.batchId, 2), QStringLiteral("answered"));
        // Throttled (never processed): back to pending, to be sent again.
        QVERIFY(answer(info.batchId, 3, tricheck::test::errorOutcome(api::ErrorKind::Throttled, now.addMSecs(1))) > 0);
        QCOMPARE(stateOf(*m_store, info.batchId, 3), QStringLiteral("pending"));
        QCOMPARE(journal.rows(info.batchId)->value(3).sends, 1);

        // A crash: rows in flight are found by the next process and become "unknown".
        QVERIFY(!markInFlight(info.batchId, me, {3, 5}));
        QSqlQuery crash(QSqlDatabase::database(m_store->connectionName()));
        QVERIFY(crash.exec(QStringLiteral("UPDATE batches SET owner = 'gone-host:1:x', heartbeat_ms = 0")));
        const auto claimed = journal.claim(info.batchId, me);
        QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().message));
        QCOMPARE(claimed->newlyUnknown, (QList<int>{3, 5}));
        QCOMPARE(stateOf(*m_store, info.batchId, 5), QStringLiteral("unknown"));
        BatchTally t = *journal.tally(info.batchId);
        QCOMPARE(t.rows, 7);
        QCOMPARE(t.toSend, 5);
        QCOMPARE(t.pass, 1);
        QCOMPARE(t.unknown, 2);
        QCOMPARE(t.sent, 3);
        QCOMPARE(t.pending, 2);
        QCOMPARE(t.billed, 1);

        // The operator chooses to send the unknown ones again.
        QCOMPARE(*journal.resendUnknown(info.batchId), 2);
        QCOMPARE(stateOf(*m_store, info.batchId, 3), QStringLiteral("pending"));
        QVERIFY(!markInFlight(info.batchId, me, {3, 5, 7, 8}));
        QVERIFY(answer(info.batchId, 3, tricheck::test::resultOutcome(QStringLiteral("202"), now.addMSecs(2))) > 0);
        QVERIFY(answer(info.batchId, 5, tricheck::test::resultOutcome(QStringLiteral("301"), now.addMSecs(3))) > 0);
        QVERIFY(answer(info.batchId, 7, tricheck::test::errorOutcome(api::ErrorKind::Timeout, now.addMSecs(4))) > 0);
        QVERIFY(answer(info.batchId, 8, tricheck::test::errorOutcome(api::ErrorKind::Server, now.addMSecs(5))) > 0);
        QVERIFY(!journal.setState(info.batchId, BatchState::Completed, true));
        t = *journal.tally(info.batchId);
        QCOMPARE(t.pending, 0);
        QCOMPARE(t.sent, 5);
        QCOMPARE(t.pass, 1);
        QCOMPARE(t.mismatch, 1);
        QCOMPARE(t.noRecord, 1);
        QCOMPARE(t.unknown, 1); // the timeout after sending
        QCOMPARE(t.errors, 1);
        QCOMPARE(t.billed, 2);
        QCOMPARE((*journal.find(info.batchId))->state, BatchState::Completed);
        QVERIFY((*journal.find(info.batchId))->owner.isEmpty());
        // A timeout's row counts as unknown and can be sent again on request.
        QCOMPARE(*journal.resendUnknown(info.batchId), 1);
        QCOMPARE(stateOf(*m_store, info.batchId, 7), QStringLiteral("pending"));
    }

    void throttledRowsStopComingBack()
    {
        BatchJournal journal(m_store.get());
        const QString me = BatchJournal::processOwner();
        const BatchInfo info = newBatch(me, 1);
        QVERIFY(!journal.create(info, {2}));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int send = 1; send <= BatchRef::kMaxThrottledSends; ++send) {
            QVERIFY(!markInFlight(info.batchId, me, {2}));
            answer(info.batchId, 2, tricheck::test::errorOutcome(api::ErrorKind::Throttled, now.addMSecs(send)));
            QCOMPARE(stateOf(*m_store, info.batchId, 2),
                     send < BatchRef::kMaxThrottledSends ? QStringLiteral("pending") : QStringLiteral("answered"));
            QCOMPARE(BatchRef::requeuesAfter(QStringLiteral("throttled"), send), send < BatchRef::kMaxThrottledSends);
        }
    }

    void aLiveOwnerKeepsItsBatch()
    {
        BatchJournal journal(m_store.get());
        // This very process under another token: alive (same host, our pid) and recent.
        const QString other = BatchJournal::processOwner().section(u':', 0, 1) + QStringLiteral(":othertoken");
        const BatchInfo info = newBatch(other);
        QVERIFY(!journal.create(info, {2}));
        const auto refused = journal.claim(info.batchId, BatchJournal::processOwner());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(info.batchId));
        // A dead process (no such pid) or a silent one (no heartbeat for a minute) is taken over.
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        q.prepare(QStringLiteral("UPDATE batches SET heartbeat_ms = ? WHERE batch_id = ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - BatchJournal::kStaleOwnerMs - 1000);
        q.addBindValue(info.batchId);
        QVERIFY(q.exec());
        QVERIFY(journal.claim(info.batchId, BatchJournal::processOwner()));
        QVERIFY(!journal.heartbeat(info.batchId, BatchJournal::processOwner()));
        QVERIFY(journal.heartbeat(info.batchId, other));
        QVERIFY(!journal.claim(QStringLiteral("no-such-batch"), BatchJournal::processOwner()));
    }

    void listsNewestFirst()
    {
        BatchJournal journal(m_store.get());
        const auto all = journal.list(100);
        QVERIFY(all);
        QVERIFY(all->size() >= 3);
        for (int i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).createdUtc >= all->at(i).createdUtc);
    }
    // A resumed batch keeps the endpoint and scheme saved by newBatchInfo(), unless locked or the sandbox.
    void resumeTargetKeepsTheBatchsOwn()
    {
        const auto custom = api::Endpoint::parse(QStringLiteral("https://cloudauth-intl.example.com"));
        QVERIFY(custom);
        const auto sandboxThen = api::Endpoint::parse(QStringLiteral("http://127.0.0.1:41000"));
        const auto sandboxNow = api::Endpoint::parse(QStringLiteral("http://127.0.0.1:42000"));
        QVERIFY(sandboxThen && sandboxNow);
        const auto started = [](const api::Endpoint& endpoint, api::SignatureScheme scheme) {
            verification::ServiceTarget then;
            then.endpoint = endpoint;
            then.scheme = scheme;
            return newBatchInfo(ImportReport{}, ImportOptions{}, QStringLiteral("rows.csv"), then, RunnerOptions{});
        };
        verification::ServiceTarget today;
        today.endpoint = api::Endpoint::hongKong();
        today.scheme = api::SignatureScheme::V3;
        today.credentials.accessKeyId = QStringLiteral("LTAI-today");

        // Started elsewhere with V1: both come back, today's credentials stay.
        const BatchInfo elsewhere = started(custom.value(), api::SignatureScheme::V1);
        auto r = resumeTarget(elsewhere, today, false, false).value();
        QCOMPARE(r.target.endpoint, custom.value());
        QCOMPARE(r.target.scheme, api::SignatureScheme::V1);
        QVERIFY(r.endpointFromBatch);
        QVERIFY(r.schemeFromBatch);
        QCOMPARE(r.target.credentials.accessKeyId, QStringLiteral("LTAI-today"));

        // The policy's locks (or this run's flags) win.
        r = resumeTarget(elsewhere, today, true, true).value();
        QCOMPARE(r.target.endpoint, api::Endpoint::hongKong());
        QCOMPARE(r.target.scheme, api::SignatureScheme::V3);
        QVERIFY(!r.endpointFromBatch);
        QVERIFY(!r.schemeFromBatch);

        // Started the way it resumes: nothing to say.
        r = resumeTarget(started(api::Endpoint::hongKong(), api::SignatureScheme::V3), today, false, false).value();
        QVERIFY(!r.endpointFromBatch);
        QVERIFY(!r.schemeFromBatch);

        // The sandbox moved to another port: today's port, the batch's scheme.
        verification::ServiceTarget sandboxToday = today;
        sandboxToday.endpoint = sandboxNow.value();
        r = resumeTarget(started(sandboxThen.value(), api::SignatureScheme::V1), sandboxToday, false, false).value();
        QCOMPARE(r.target.endpoint, sandboxNow.value());
        QVERIFY(!r.endpointFromBatch);
        QCOMPARE(r.target.scheme, api::SignatureScheme::V1);

        // A sandbox batch never goes to the real service, nor the other way round.
        const auto toReal = resumeTarget(started(sandboxThen.value(), api::SignatureScheme::V3), today, false, false);
        QVERIFY(!toReal);
        QVERIFY(toReal.error().contains(QStringLiteral("sandbox")));
        QVERIFY(!resumeTarget(elsewhere, sandboxToday, false, false));
        QVERIFY(!resumeTarget(elsewhere, sandboxToday, true, true)); // a lock does not make it the same service

        // A journal whose settings no longer parse changes nothing.
        BatchInfo garbled = elsewhere;
        garbled.settings.insert(QStringLiteral("endpoint"), QStringLiteral("ftp://nowhere"));
        garbled.settings.insert(QStringLiteral("signature"), QStringLiteral("v9"));
        r = resumeTarget(garbled, today, false, false).value();
        QCOMPARE(r.target.endpoint, api::Endpoint::hongKong());
        QCOMPARE(r.target.scheme, api::SignatureScheme::V3);
    }
};

QTEST_GUILESS_MAIN(TestBatchJournal)
#include "testbatchjournal.moc"
