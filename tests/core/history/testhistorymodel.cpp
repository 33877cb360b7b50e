#include "history/historymodel.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "i18n/translations.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::errorOutcome;
using tricheck::test::resultOutcome;

namespace {

const QDateTime kBase = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);

std::shared_ptr<HistoryStore> openShared(const QString& path)
{
    auto store =
        HistoryStore::open({tricheck::test::historyLocation(path), {}, HistoryStore::IntegrityCheck::Quick, 15000, {}});
    return store ? std::shared_ptr<HistoryStore>(std::move(store).value()) : nullptr;
}

void fill(HistoryStore& store, int n, int seed)
{
    QRandomGenerator rng{quint32(seed)};
    const QStringList codes{QStringLiteral("101"),
                            QStringLiteral("201"),
                            QStringLiteral("202"),
                            QStringLiteral("203"),
                            QStringLiteral("204"),
                            QStringLiteral("301")};
    const QStringList isps{QStringLiteral("CMCC"), QStringLiteral("CUCC"), QStringLiteral("CTCC"), QString()};
    QList<AttemptRecord> records;
    for (int i = 0; i < n; ++i) {
        // Several attempts share a second: ties are broken by row id.
        const QDateTime at = kBase.addSecs(rng.bounded(n / 3 + 1));
        api::VerifyOutcome o = rng.bounded(10) == 0 ? errorOutcome(api::ErrorKind::Network, at, rng.bounded(5000))
                                                    : resultOutcome(codes.at(rng.bounded(codes.size())),
                                                                    at,
                                                                    isps.at(rng.bounded(isps.size())),
                                                                    rng.bounded(2000));
        o.reference = QStringLiteral("ref-%1").arg(rng.bounded(50));
        records.append(AttemptRecord::fromOutcome(o));
    }
    QVERIFY(store.insertBatch(records));
}

// What VerificationService commits before a request leaves.
AttemptRecord inFlightAt(const QDateTime& at)
{
    api::VerifyOutcome o = resultOutcome(QStringLiteral("101"), at);
    api::ApiError e;
    e.kind = api::ErrorKind::InFlight;
    e.mayBeBilled = true;
    o.value = e;
    return AttemptRecord::fromOutcome(o);
}

// Rows 0 … n - 1.
QList<int> firstRows(int n)
{
    QList<int> rows;
    for (int row = 0; row < n; ++row)
        rows.append(row);
    return rows;
}

QList<qint64> modelIds(const HistoryModel& model, const QList<int>& rows)
{
    QList<qint64> ids;
    for (const int row : rows)
        ids.append(model.data(model.index(row, 0), HistoryModel::RecordIdRole).toLongLong());
    return ids;
}

} // namespace

class TestHistoryModel : public QObject
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

    void passesTheModelTester()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("tester.sqlite")));
        QVERIFY(store);
        fill(*store, 300, 1);
        HistoryModel model(store);
        model.setPageSize(32);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.columnCount(), kHistoryColumnCount);
        for (int c = 0; c < kHistoryColumnCount; c += 5)
            model.sort(c, c % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        HistoryFilter filter;
        filter.roles = {api::StatusRole::Error};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), int(*store->count(filter)));
        model.setFilter({});
        QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())));
        QTRY_COMPARE(model.rowCount(), 301);
        QVERIFY(store->purge(PurgeRequest::all()));
        QTRY_COMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().isEmpty());
    }

    void pagesOnDemandInEveryDirection_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("time desc (default)") << int(HistoryColumn::Time) << int(Qt::DescendingOrder);
        QTest::newRow("time asc") << int(HistoryColumn::Time) << int(Qt::AscendingOrder);
        QTest::newRow("result asc") << int(HistoryColumn::Result) << int(Qt::AscendingOrder);
        QTest::newRow("carrier desc") << int(HistoryColumn::Carrier) << int(Qt::DescendingOrder);
        QTest::newRow("latency asc") << int(HistoryColumn::LatencyMs) << int(Qt::AscendingOrder);
        QTest::newRow("reference desc") << int(HistoryColumn::Reference) << int(Qt::DescendingOrder);
    }

    void pagesOnDemandInEveryDirection()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        auto store = openShared(m_dir.filePath(QStringLiteral("paging.sqlite")));
        QVERIFY(store);
        if (*store->count({}) == 0)
            fill(*store, 2000, 2);
        const HistorySort sort{HistoryColumn(column), Qt::SortOrder(order)};
        const auto all = store->window({}, sort, {5000, 0, {}, false});
        QVERIFY(all);
        QList<qint64> expected;
        for (const AttemptRecord& r : *all)
            expected.append(r.id);

        HistoryModel model(store);
        model.setPageSize(100);
        model.setMaxCachedPages(4);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.cachedRowCount(), 100); // the first window only

        QList<int> rows;
        for (int r = 0; r < 2000; ++r)
            rows.append(r);
        int maxCached = 0;
        QList<qint64> forward;
        for (const int r : rows) {
            forward.append(modelIds(model, {r}).first());
            maxCached = std::max(maxCached, model.cachedRowCount());
        }
        QCOMPARE(forward, expected);
        std::reverse(rows.begin(), rows.end());
        QList<qint64> backward;
        for (const int r : rows) {
            backward.prepend(modelIds(model, {r}).first());
            maxCached = std::max(maxCached, model.cachedRowCount());
        }
        QCOMPARE(backward, expected);
        QRandomGenerator rng(7);
        for (int i = 0; i < 200; ++i) {
            const int r = rng.bounded(2000);
            QCOMPARE(modelIds(model, {r}).first(), expected.at(r));
            maxCached = std::max(maxCached, model.cachedRowCount());
        }
        QVERIFY2(maxCached <= 4 * 100, qPrintable(QString::number(maxCached)));
        QVERIFY(model.lastError().isEmpty());
    }

    void farPagesArriveFromTheBackground()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("background.sqlite")));
        QVERIFY(store);
        fill(*store, 2000, 11);
        const auto all = store->window({}, {}, {5000, 0, {}, false});
        QVERIFY(all);
        QCOMPARE(all->size(), 2000);

        HistoryModel model(store, nullptr, HistoryModel::InitialLoad::Deferred);
        QCOMPARE(model.rowCount(), 0);
        model.setPageSize(100);
        model.setPagesReadInBackground(true, 300); // pages 300 rows or more from either end
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Next to the first page: read at once, by its neighbour's key; so is a page near an end.
        QCOMPARE(modelIds(model, {150}).first(), all->at(150).id);
        QCOMPARE(modelIds(model, {1850}).first(), all->at(1850).id);
        QCOMPARE(changed.count(), 0);

        // Far away: nothing yet, then the whole page arrives and says so.
        QVERIFY(!model.data(model.index(1550, 0), HistoryModel::RecordIdRole).isValid());
        QVERIFY(!model.data(model.index(1551, int(HistoryColumn::Reference))).isValid());
        QCOMPARE(model.data(model.index(1551, int(HistoryColumn::Time))).toString(), QStringLiteral("Reading…"));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1500);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 1599);
        for (const int row : {1500, 1550, 1599})
            QCOMPARE(modelIds(model, {row}).first(), all->at(row).id);
        // recordAt() never waits.
        QCOMPARE(model.recordAt(1250)->id, all->at(1250).id);

        // Asked again and again while a view paints: the page is read once.
        changed.clear();
        for (int i = 0; i < 50; ++i)
            model.data(model.index(1000 + i, 0), HistoryModel::RecordIdRole);
        QTRY_COMPARE(changed.count(), 1);
        QTest::qWait(50);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(modelIds(model, {1049}).first(), all->at(1049).id);

        // Asked, then the rows change (a filter): the answer for the old rows is dropped.
        QVERIFY(!model.data(model.index(700, 0), HistoryModel::RecordIdRole).isValid());
        HistoryFilter errors;
        errors.roles = {api::StatusRole::Error};
        model.setFilter(errors);
        const auto errorRows = store->window(errors, {}, {5000, 0, {}, false});
        QVERIFY(errorRows);
        // (On PostgreSQL no count is kept: it arrives from the background too.)
        QTRY_COMPARE(model.rowCount(), int(errorRows->size()));
        QTest::qWait(100);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant id = model.data(model.index(row, 0), HistoryModel::RecordIdRole);
            if (id.isValid())
                QCOMPARE(id.toLongLong(), errorRows->at(row).id);
        }
        QVERIFY(model.lastError().isEmpty());
    }

    void countsThatAreNotKeptArriveFromTheBackground()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("counting.sqlite")));
        QVERIFY(store);
        fill(*store, 1500, 13);
        HistoryFilter refs; // a reference text: every matching row is read to count them
        refs.referenceContains = QStringLiteral("ref-");
        QVERIFY(!store->countIsKept(refs));
        QCOMPARE(store->countIsKept({}), !tricheck::test::onPostgres()); // SQLite keeps the number of all rows
        const qint64 expected = *store->count(refs);
        QVERIFY(expected > 1000);

        HistoryModel model(store, nullptr, HistoryModel::InitialLoad::Deferred);
        model.setPageSize(100);
        model.setPagesReadInBackground(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &HistoryModel::counted);
        model.setFilter(refs);
        // The first page at once; the number when the background has counted.
        QVERIFY(model.isCounting());
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalRows(), 100);
        // An attempt recorded meanwhile goes on top and is counted with the rest.
        api::VerifyOutcome fresh = resultOutcome(QStringLiteral("101"), kBase.addDays(1));
        fresh.reference = QStringLiteral("ref-new");
        QVERIFY(store->insert(fresh));
        QCOMPARE(model.rowCount(), 101);
        QTRY_COMPARE(counted.count(), 1);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.totalRows(), expected + 1);
        QTRY_COMPARE(model.rowCount(), int(expected + 1));
        QCOMPARE(model.data(model.index(0, int(HistoryColumn::Reference))).toString(), QStringLiteral("ref-new"));

        // A filter changed before the count arrives: only the new filter's number counts.
        HistoryFilter fewer = refs;
        fewer.referenceContains = QStringLiteral("ref-1");
        model.setFilter(refs);
        QVERIFY(model.isCounting());
        model.setFilter(fewer);
        const qint64 fewerExpected = *store->count(fewer);
        QTRY_VERIFY(!model.isCounting() && model.rowCount() == int(fewerExpected));
        QTest::qWait(50);
        QCOMPARE(model.totalRows(), fewerExpected);

        // Kept counts (all rows on SQLite) are read at once.
        if (store->countIsKept({})) {
            model.setFilter({});
            QVERIFY(!model.isCounting());
            QCOMPARE(model.totalRows(), *store->count({}));
        }
        QVERIFY(model.lastError().isEmpty());
    }

    void rolesAndTexts()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("roles.sqlite")));
        QVERIFY(store);
        QVERIFY(store->insert(resultOutcome(QStringLiteral("203"), kBase, QStringLiteral("CUCC"), 77)));
        QVERIFY(store->insert(errorOutcome(api::ErrorKind::Timeout, kBase.addSecs(1))));
        HistoryModel model(store);
        const auto cell = [&](int row, HistoryColumn c, int role = Qt::DisplayRole) {
            return model.data(model.index(row, int(c)), role);
        };
        // Newest first: the timeout.
        QCOMPARE(cell(0, HistoryColumn::Result).toString(), QStringLiteral("Timed out (outcome unknown)"));
        QCOMPARE(cell(0, HistoryColumn::Time, HistoryModel::OutcomeRole).toInt(), int(api::StatusRole::Error));
        // A sandbox attempt (historytestdata.h): simulated, whatever a real timeout would cost.
        QCOMPARE(cell(0, HistoryColumn::Billing).toString(), QStringLiteral("Simulated — not billed"));
        QVERIFY(cell(0, HistoryColumn::Billing, HistoryModel::BilledRole).isNull());
        QCOMPARE(cell(0, HistoryColumn::Time, HistoryModel::ErrorKindRole).toString(), QStringLiteral("timeout"));
        QCOMPARE(cell(1, HistoryColumn::Result).toString(), QStringLiteral("ID number matches, name does not"));
        QCOMPARE(cell(1, HistoryColumn::Result, HistoryModel::RawValueRole).toString(), QStringLiteral("203"));
        QCOMPARE(cell(1, HistoryColumn::Result, HistoryModel::StatusIdRole).toString(), QStringLiteral("partial"));
        QCOMPARE(cell(1, HistoryColumn::Carrier).toString(), QStringLiteral("China Unicom"));
        QCOMPARE(cell(1, HistoryColumn::Carrier, HistoryModel::RawValueRole).toString(), QStringLiteral("CUCC"));
        QCOMPARE(cell(1, HistoryColumn::Billing).toString(), QStringLiteral("2 · Billed"));
        QCOMPARE(cell(1, HistoryColumn::LatencyMs, HistoryModel::SortKeyRole).toLongLong(), 77);
        QCOMPARE(cell(1, HistoryColumn::Time, HistoryModel::StartedUtcRole).toDateTime(), kBase);
        QCOMPARE(cell(1, HistoryColumn::Time).toString(),
                 kBase.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(cell(1, HistoryColumn::MaskedIdNumber).toString(), QStringLiteral("110***********002X"));
        QVERIFY(!cell(1, HistoryColumn::Result, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(int(HistoryColumn::Endpoint), Qt::Horizontal).toString(), QStringLiteral("Endpoint"));
        QCOMPARE(model.recordAt(1)->subCode, QStringLiteral("203"));
        QVERIFY(!model.recordAt(2));
        QVERIFY(!model.data(model.index(5, 0)).isValid());
    }

    void followsALanguageSwitch()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("language.sqlite")));
        QVERIFY(store);
        QVERIFY(store->insert(resultOutcome(QStringLiteral("301"), kBase, QStringLiteral("CMCC"))));
        HistoryModel model(store);
        QCOMPARE(model.data(model.index(0, int(HistoryColumn::Carrier))).toString(), QStringLiteral("China Mobile"));
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        {
            i18n::Translations translations;
            QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
            QVERIFY(header.count() >= 1);
            QVERIFY(data.count() >= 1);
            QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("时间"));
            QCOMPARE(model.data(model.index(0, int(HistoryColumn::Carrier))).toString(), QStringLiteral("中国移动"));
            QCOMPARE(model.data(model.index(0, int(HistoryColumn::Result))).toString(), QStringLiteral("查无记录"));
        }
        // The translator is gone again: back to English.
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));
        QCOMPARE(model.data(model.index(0, int(HistoryColumn::Carrier))).toString(), QStringLiteral("China Mobile"));
    }

    void settledRowsChangeInPlace()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("settle.sqlite")));
        QVERIFY(store);
        fill(*store, 40, 5);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const auto id = store->insert(inFlightAt(now.addSecs(i)));
            QVERIFY(id);
            ids.prepend(*id); // newest first, as shown
        }
        HistoryModel model(store);
        model.setPageSize(16);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(modelIds(model, {0, 1, 2}), ids);
        QCOMPARE(model.data(model.index(1, int(HistoryColumn::ErrorKind)), HistoryModel::RawValueRole).toString(),
                 QStringLiteral("in_flight"));
        model.data(model.index(20, 0)); // a second page in memory
        const int cached = model.cachedRowCount();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // The middle one gets its answer, at the time it started: that row changes, and only it.
        AttemptRecord answer =
            AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("203"), now.addSecs(1), QStringLiteral("CUCC")));
        answer.id = ids.at(1);
        QVERIFY(store->insert(answer));
        QTRY_COMPARE(model.data(model.index(1, int(HistoryColumn::SubCode))).toString(), QStringLiteral("203"));
        QCOMPARE(model.data(model.index(1, int(HistoryColumn::ErrorKind)), HistoryModel::RawValueRole).toString(),
                 QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.cachedRowCount(), cached); // nothing read again but that row
        QCOMPARE(modelIds(model, {0, 1, 2}), ids);
        QCOMPARE(reset.count(), 0);

        // An answer stamped later than its placeholder moves in time order: the shown pages are
        // read again, in the new order, still without a reset.
        AttemptRecord late = AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), now.addSecs(60)));
        late.id = ids.at(2);
        QVERIFY(store->insert(late));
        QTRY_COMPARE(modelIds(model, {0, 1, 2}), (QList<qint64>{ids.at(2), ids.at(0), ids.at(1)}));
        QCOMPARE(model.data(model.index(0, int(HistoryColumn::SubCode))).toString(), QStringLiteral("101"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 43);
    }

    void rowsAddedOnTopKeepTheRowsAlreadyRead()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("ontop.sqlite")));
        QVERIFY(store);
        fill(*store, 40, 9);
        HistoryModel model(store);
        model.setPageSize(16);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        modelIds(model, firstRows(40)); // every page read: 16 + 16 + 8 rows
        QCOMPARE(model.cachedRowCount(), 40);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const auto expectShownAsRead = [&](int rows) {
            HistoryModel fresh(store);
            fresh.setPageSize(16);
            QCOMPARE(modelIds(model, firstRows(rows)), modelIds(fresh, firstRows(rows)));
        };
        // A batch's rows arrive on top, a few per commit: what was read stays, moved down, and
        // nothing is read again (a view at the top shows them at once).
        QDateTime at = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 5; ++i)
            QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), at = at.addSecs(1))));
        QTRY_COMPARE(model.rowCount(), 45);
        QCOMPARE(model.cachedRowCount(), 45);
        expectShownAsRead(45);

        // A page that is not full below the top's run is not kept: its rest is not known here.
        model.setMaxCachedPages(2);
        for (int i = 0; i < 20; ++i)
            QVERIFY(store->insert(errorOutcome(api::ErrorKind::Network, at = at.addSecs(1))));
        QTRY_COMPARE(model.rowCount(), 65);
        QCOMPARE(model.cachedRowCount(), 32); // two full pages of the top
        expectShownAsRead(65);

        // Only the first four pages move down: each row moved is copied, and a batch adds rows
        // several times a second. The rest is read again when shown.
        model.setMaxCachedPages(40);
        modelIds(model, firstRows(65)); // five pages read
        QCOMPARE(model.cachedRowCount(), 65);
        QVERIFY(store->insert(resultOutcome(QStringLiteral("204"), at = at.addSecs(1))));
        QTRY_COMPARE(model.rowCount(), 66);
        QCOMPARE(model.cachedRowCount(), 64);
        expectShownAsRead(66);
        QCOMPARE(reset.count(), 0);
    }

    void aBurstOfCommitsIsLookedAtAFewTimes()
    {
        auto store = openShared(m_dir.filePath(QStringLiteral("burst.sqlite")));
        QVERIFY(store);
        fill(*store, 10, 4);
        HistoryModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // One verification: its row in flight, then its answer, each shown at once (no event loop).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto id = store->insert(inFlightAt(now));
        QVERIFY(id);
        QCOMPARE(model.rowCount(), 11);
        AttemptRecord answer = AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("201"), now));
        answer.id = *id;
        QVERIFY(store->insert(answer));
        QCOMPARE(model.data(model.index(0, int(HistoryColumn::SubCode))).toString(), QStringLiteral("201"));
        QCOMPARE(changed.count(), 1);

        // A batch commits on this thread many times in a row: after a few looks at once, the rest
        // are coalesced, and every row still arrives, in order, without a reset.
        inserted.clear();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QDateTime at = now;
        for (int i = 0; i < 40; ++i)
            QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), at = at.addMSecs(10))));
        QVERIFY2(inserted.count() <= int(HistoryModel::kLookBurst), qPrintable(QString::number(inserted.count())));
        QVERIFY(model.rowCount() < 51);
        QTRY_COMPARE(model.rowCount(), 51);
        QVERIFY(inserted.count() < 10);
        HistoryModel fresh(store);
        QCOMPARE(modelIds(model, firstRows(51)), modelIds(fresh, firstRows(51)));
        QCOMPARE(reset.count(), 0);
    }

    void liveRowsFromAnotherThread()
    {
        const QString file = m_dir.filePath(QStringLiteral("live.sqlite"));
        auto store = openShared(file);
        QVERIFY(store);
        fill(*store, 50, 3);
        HistoryModel model(store);
        model.setPageSize(16);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 50);
        const qint64 topBefore = model.data(model.index(0, 0), HistoryModel::RecordIdRole).toLongLong();

        // A batch worker with its own connection commits newer attempts: they appear on top.
        QStringList newest;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto own = HistoryStore::open(
                {tricheck::test::historyLocation(file), {}, HistoryStore::IntegrityCheck::Quick, 15000, {}});
            if (!own)
                return;
            for (int i = 0; i < 5; ++i) {
                const api::VerifyOutcome o =
                    resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc().addSecs(i));
                if ((*own)->insert(o))
                    newest.prepend(o.attemptId);
            }
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QTRY_COMPARE(model.rowCount(), 55);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(reset.count(), 0);
        QStringList top;
        for (int r = 0; r < 5; ++r)
            top.append(model.data(model.index(r, 0), HistoryModel::AttemptIdRole).toString());
        QCOMPARE(top, newest);
        QCOMPARE(model.data(model.index(5, 0), HistoryModel::RecordIdRole).toLongLong(), topBefore);

        // An attempt that started earlier than the top row (committed late) reloads the view.
        QVERIFY(store->insert(resultOutcome(QStringLiteral("201"), kBase.addSecs(-100))));
        QTRY_COMPARE(model.rowCount(), 56);
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.data(model.index(55, int(HistoryColumn::SubCode))).toString(), QStringLiteral("201"));

        // Rows that the filter excludes do not change the view.
        HistoryFilter sandboxOnly;
        sandboxOnly.sandbox = true;
        model.setFilter(sandboxOnly);
        const int sandboxRows = model.rowCount();
        QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())));
        QVERIFY(store->insert(errorOutcome(api::ErrorKind::Network, QDateTime::currentDateTimeUtc().addSecs(60))));
        QTRY_COMPARE(model.rowCount(), sandboxRows + 1);
        QCOMPARE(model.data(model.index(0, int(HistoryColumn::ErrorKind)), HistoryModel::RawValueRole).toString(),
                 QStringLiteral("network"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "testhistorymodel.moc"
