#include "common/appinfo.h"
#include "history/historycolumns.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::errorOutcome;
using tricheck::test::onPostgres;
using tricheck::test::resultOutcome;

namespace {

const QDateTime kBase = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);

std::unique_ptr<HistoryStore> openStore(const QString& path, bool portable = false)
{
    HistoryStore::Options o;
    o.path = tricheck::test::historyLocation(path);
    o.portableSqlOnly = portable;
    auto store = HistoryStore::open(o);
    if (!store) {
        qWarning() << store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

int mode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// The data rows of a case run once with each SQLite writer: the native one and portable Qt SQL.
void bothWriters()
{
    QTest::addColumn<bool>("portable");
    QTest::newRow("native SQLite") << false;
    QTest::newRow("portable Qt SQL") << true;
}

// Every matching id in the sort's order, read by keyset windows of `size` rows: forwards, or
// backwards from the end (`reversed`, as a view reads its last rows). Empty on a failed read.
QList<qint64>
idsByKey(HistoryStore& store, const HistoryFilter& filter, const HistorySort& sort, int size, bool reversed)
{
    QList<qint64> ids;
    std::optional<SortKey> after;
    while (true) {
        const auto page = store.window(filter, sort, {size, 0, after, reversed});
        if (!page)
            return {};
        if (page->isEmpty())
            return ids;
        for (const AttemptRecord& r : *page)
            reversed ? ids.prepend(r.id) : ids.append(r.id);
        after = HistoryStore::sortKey(sort, page->constLast());
    }
}

QString scalar(HistoryStore& store, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error: %1>").arg(q.lastError().text());
    return q.value(0).toString();
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void createsPrivateFilesInWalMode()
    {
        if (onPostgres())
            QSKIP("file permissions and WAL are SQLite's");
        ::umask(022); // a permissive umask must not leak into the history's files
        const QString file = path(QStringLiteral("sub/dir/history.sqlite"));
        auto store = openStore(file);
        QVERIFY(store);
        QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), kBase)));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(store->foundSchemaVersion(), 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT MAX(version) FROM tricheck_schema")),
                 QString::number(HistoryStore::schemaVersion()));
        QCOMPARE(mode(file), 0600);
        QCOMPARE(mode(file + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(file + QStringLiteral("-shm")), 0600);
        QCOMPARE(mode(QFileInfo(file).absolutePath()), 0700);
    }

    void tightensLoosePermissions()
    {
        if (onPostgres())
            QSKIP("file permissions are SQLite's");
        const QString file = path(QStringLiteral("loose.sqlite"));
        {
            QVERIFY(openStore(file));
        }
        QVERIFY(QFile::setPermissions(file,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther));
        QCOMPARE(mode(file), 0644);
        QVERIFY(openStore(file));
        QCOMPARE(mode(file), 0600);
    }

    void defaultPathIsUnderAppData()
    {
        QVERIFY(
            HistoryStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(HistoryStore::defaultPath().endsWith(QStringLiteral("history.sqlite")));
    }

    void roundTripsEveryField_data() { bothWriters(); }

    void roundTripsEveryField()
    {
        QFETCH(bool, portable);
        auto store = openStore(path(QStringLiteral("roundtrip-%1.sqlite").arg(portable)), portable);
        QVERIFY(store);
        api::VerifyOutcome result = resultOutcome(QStringLiteral("202"), kBase, QStringLiteral("CUCC"), 345);
        result.attempts = 2;
        const auto id = store->insert(result, std::nullopt, BatchRef{QStringLiteral("batch-7"), 12});
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        const auto back = store->record(*id);
        QVERIFY(back && back->has_value());
        const AttemptRecord& r = **back;
        QCOMPARE(r.attemptId, result.attemptId);
        QCOMPARE(r.startedUtc(), kBase);
        QCOMPARE(r.operatorName, AppInfo::osUserName());
        QCOMPARE(r.reference, QStringLiteral("KYC-0001"));
        QCOMPARE(r.maskedMobile, QStringLiteral("138****8000"));
        QCOMPARE(r.maskedName, QStringLiteral("张*"));
        QCOMPARE(r.maskedIdNumber, QStringLiteral("110***********002X"));
        QCOMPARE(r.paramType, identity::ParamType::Normal);
        QCOMPARE(r.scheme, api::SignatureScheme::V3);
        QCOMPARE(r.endpoint, QStringLiteral("hongkong"));
        QCOMPARE(r.sandbox, false);
        QCOMPARE(r.httpStatus, std::optional<int>(200));
        QCOMPARE(r.code, QStringLiteral("Success"));
        QCOMPARE(r.message, QStringLiteral("success"));
        QCOMPARE(r.requestId, result.result()->requestId);
        QCOMPARE(r.bizCode, QStringLiteral("2"));
        QCOMPARE(r.subCode, QStringLiteral("202"));
        QCOMPARE(r.ispName, QStringLiteral("CUCC"));
        QCOMPARE(r.billed, std::optional<bool>(true));
        QCOMPARE(r.latencyMs, 345);
        QCOMPARE(r.sends, 2);
        QVERIFY(r.errorKind.isEmpty());
        QCOMPARE(r.role, api::StatusRole::PartialMismatch);
        QCOMPARE(r.batch.batchId, QStringLiteral("batch-7"));
        QCOMPARE(r.batch.row, std::optional<int>(12));

        // Errors, and "outcome unknown" timeouts, are recorded too.
        const auto eid = store->insert(errorOutcome(api::ErrorKind::Authentication, kBase.addSecs(1)));
        QVERIFY(eid);
        const AttemptRecord e = **store->record(*eid);
        QCOMPARE(e.role, api::StatusRole::Error);
        QCOMPARE(e.errorKind, QStringLiteral("authentication"));
        QCOMPARE(e.httpStatus, std::optional<int>(400));
        QCOMPARE(e.code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(e.requestId, QStringLiteral("REQ-ERR-1"));
        QCOMPARE(e.billed, std::optional<bool>(false));
        QCOMPARE(e.sandbox, true);
        QCOMPARE(e.scheme, api::SignatureScheme::V1);
        QCOMPARE(e.paramType, identity::ParamType::Md5);
        QVERIFY(e.batch.batchId.isEmpty());
        QVERIFY(!e.batch.row);

        const auto tid = store->insert(errorOutcome(api::ErrorKind::Timeout, kBase.addSecs(2)));
        QVERIFY(tid);
        const AttemptRecord t = **store->record(*tid);
        QCOMPARE(t.errorKind, QStringLiteral("timeout"));
        QVERIFY(!t.httpStatus);
        QVERIFY(!t.billed); // may have been billed: unknown
    }

    void batchIsAllOrNothing()
    {
        auto store = openStore(path(QStringLiteral("batch.sqlite")));
        QVERIFY(store);
        QList<AttemptRecord> records;
        for (int i = 0; i < 10; ++i)
            records.append(AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), kBase.addSecs(i))));
        const auto ids = store->insertBatch(records);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 10);
        QCOMPARE(*store->count({}), 10);

        // A duplicate attempt id fails the whole batch: nothing of it is stored.
        QList<AttemptRecord> bad;
        bad.append(AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), kBase)));
        bad.append(records.first());
        const auto failed = store->insertBatch(bad);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, HistoryError::Kind::AlreadyRecorded);
        QVERIFY(!failed.error().message.isEmpty());
        QCOMPARE(*store->count({}), 10);
        // … and the store keeps working afterwards.
        QVERIFY(store->insert(resultOutcome(QStringLiteral("301"), kBase)));
        QCOMPARE(*store->count({}), 11);
    }

    // A big batch goes to the database many rows per statement (SQLite's native writer, PostgreSQL):
    // every record still gets the id of its own row, the counts the engine keeps (per status, per
    // day) stay exact, and a conflict in a later statement of the batch leaves nothing behind.
    void bigBatchKeepsIdsAndCountsExact_data() { bothWriters(); }

    void bigBatchKeepsIdsAndCountsExact()
    {
        QFETCH(bool, portable);
        auto store = openStore(path(QStringLiteral("big-batch-%1.sqlite").arg(portable)), portable);
        QVERIFY(store);
        const QStringList codes{QStringLiteral("101"), QStringLiteral("201"), QStringLiteral("301")};
        const auto batch = [&](int n, int offset) {
            QList<AttemptRecord> records;
            for (int i = 0; i < n; ++i) {
                const QDateTime at = kBase.addSecs(qint64(offset + i) * 1200); // across days
                records.append(i % 17 == 5 ? AttemptRecord::fromOutcome(errorOutcome(api::ErrorKind::Timeout, at))
                                           : AttemptRecord::fromOutcome(resultOutcome(codes.at(i % 3), at)));
                records.last().reference = QStringLiteral("REF-%1").arg(offset + i);
            }
            return records;
        };
        // 201 = two full statements and one row; 57 = one shorter statement.
        for (const auto& [n, offset] : {std::pair{201, 0}, std::pair{57, 1000}}) {
            const QList<AttemptRecord> records = batch(n, offset);
            const auto ids = store->insertBatch(records);
            QVERIFY(ids);
            QCOMPARE(ids->size(), n);
            for (int i = 0; i < n; ++i) {
                const auto stored = store->record(ids->at(i));
                QVERIFY(stored && *stored);
                QCOMPARE((*stored)->attemptId, records.at(i).attemptId);
                QCOMPARE((*stored)->reference, records.at(i).reference);
            }
        }
        QCOMPARE(*store->count({}), 258);

        // A duplicate late in a big batch (in its third statement): nothing of the batch is stored.
        QList<AttemptRecord> bad = batch(250, 2000);
        bad[230] = batch(1, 0).constFirst();
        bad[230].attemptId = store->record(1).value()->attemptId;
        bad[230].startedMs = store->record(1).value()->startedMs;
        const auto failed = store->insertBatch(bad);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, HistoryError::Kind::AlreadyRecorded);
        QCOMPARE(*store->count({}), 258);

        if (tricheck::test::onPostgres())
            return; // PostgreSQL keeps no counters: it counts the rows themselves
        // The counters the triggers keep agree with the rows, through both batches and the failed one.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT SUM(n) FROM attempt_count")), QStringLiteral("258"));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT SUM(n) FROM attempt_days")), QStringLiteral("258"));
        QCOMPARE(scalar(*store,
                        QStringLiteral("SELECT COUNT(*) FROM (SELECT status_role, COUNT(*) AS c FROM attempts "
                                       "GROUP BY status_role) a LEFT JOIN attempt_count k USING (status_role) "
                                       "WHERE k.n IS NOT a.c")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(*store,
                        QStringLiteral("SELECT COUNT(*) FROM (SELECT sub_code, COUNT(*) AS c FROM attempts "
                                       "GROUP BY sub_code) a LEFT JOIN (SELECT sub_code, SUM(n) AS n FROM "
                                       "attempt_days GROUP BY sub_code) k USING (sub_code) WHERE k.n IS NOT a.c")),
                 QStringLiteral("0"));
        // The reference search index (kept by a trigger) found every row of the batches.
        HistoryFilter f;
        f.referenceContains = QStringLiteral("REF-199");
        QCOMPARE(*store->count(f), 1);
    }

    void filters_data()
    {
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("which");
        QTest::newRow("none") << 8 << 0;
        QTest::newRow("role pass") << 2 << 1;
        QTest::newRow("roles mismatch+partial") << 3 << 2;
        QTest::newRow("subcode 202,203") << 2 << 3;
        QTest::newRow("from (inclusive)") << 5 << 4;
        QTest::newRow("to (exclusive)") << 3 << 5;
        QTest::newRow("reference, case-insensitive") << 2 << 6;
        QTest::newRow("reference wildcard is literal") << 1 << 7;
        QTest::newRow("carrier CTCC") << 2 << 8;
        QTest::newRow("sandbox only") << 2 << 9;
        QTest::newRow("real service only") << 6 << 10;
        QTest::newRow("batch id") << 2 << 11;
        QTest::newRow("error kind timeout") << 1 << 12;
        QTest::newRow("combined") << 1 << 13;
    }

    void filters()
    {
        QFETCH(int, expected);
        QFETCH(int, which);
        auto store = openStore(path(QStringLiteral("filters.sqlite")));
        QVERIFY(store);
        if (*store->count({}) == 0) {
            const auto add = [&](api::VerifyOutcome o, const QString& ref, const QString& batch = {}) {
                o.reference = ref;
                QVERIFY(store->insert(o,
                                      std::nullopt,
                                      BatchRef{batch, batch.isEmpty() ? std::nullopt : std::optional<int>(1)}));
            };
            add(resultOutcome(QStringLiteral("101"), kBase, QStringLiteral("CMCC")), QStringLiteral("Case-A"));
            add(resultOutcome(QStringLiteral("101"), kBase.addDays(1), QStringLiteral("CTCC")),
                QStringLiteral("case-b"));
            add(resultOutcome(QStringLiteral("201"), kBase.addDays(2), QStringLiteral("CUCC")),
                QStringLiteral("x"),
                QStringLiteral("b1"));
            add(resultOutcome(QStringLiteral("202"), kBase.addDays(3), QStringLiteral("CMCC")),
                QStringLiteral("100%_sure"),
                QStringLiteral("b1"));
            add(resultOutcome(QStringLiteral("203"), kBase.addDays(4), QStringLiteral("CTCC")),
                QStringLiteral("100 sure"));
            add(resultOutcome(QStringLiteral("301"), kBase.addDays(5), QString()), QString());
            add(errorOutcome(api::ErrorKind::Timeout, kBase.addDays(6)), QStringLiteral("t"));
            add(errorOutcome(api::ErrorKind::Network, kBase.addDays(7)), QStringLiteral("n"));
        }
        HistoryFilter f;
        switch (which) {
        case 1:
            f.roles = {api::StatusRole::Pass};
            break;
        case 2:
            f.roles = {api::StatusRole::Mismatch, api::StatusRole::PartialMismatch};
            break;
        case 3:
            f.subCodes = QStringList{QStringLiteral("202"), QStringLiteral("203")};
            break;
        case 4:
            f.from = kBase.addDays(3);
            break;
        case 5:
            f.to = kBase.addDays(3);
            break;
        case 6:
            f.referenceContains = QStringLiteral("CASE-");
            break;
        case 7:
            f.referenceContains = QStringLiteral("%_");
            break;
        case 8:
            f.ispNames = QStringList{QStringLiteral("CTCC")};
            break;
        case 9:
            f.sandbox = true;
            break;
        case 10:
            f.sandbox = false;
            break;
        case 11:
            f.batchId = QStringLiteral("b1");
            break;
        case 12:
            f.errorKinds = QStringList{QStringLiteral("timeout")};
            break;
        case 13:
            f.roles = {api::StatusRole::Pass};
            f.ispNames = QStringList{QStringLiteral("CTCC")};
            f.from = kBase;
            f.to = kBase.addDays(2);
            break;
        default:
            break;
        }
        QCOMPARE(*store->count(f), qint64(expected));
        const auto rows = store->window(f, {}, {100, 0, {}, false});
        QVERIFY(rows);
        QCOMPARE(rows->size(), expected);
        qint64 visited = 0;
        QVERIFY(store->forEach(f, {}, [&](const AttemptRecord&) { return ++visited > 0; }));
        QCOMPARE(visited, qint64(expected));
    }

    void windowsPageInEveryOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("portable");
        for (const auto column : {HistoryColumn::Time,
                                  HistoryColumn::Result,
                                  HistoryColumn::Carrier,
                                  HistoryColumn::Billed,
                                  HistoryColumn::LatencyMs,
                                  HistoryColumn::BatchRow}) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("%s %s",
                              qPrintable(HistoryColumns::id(column)),
                              order == Qt::AscendingOrder ? "asc" : "desc")
                    << int(column) << int(order) << (column == HistoryColumn::Result);
        }
    }

    void windowsPageInEveryOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(bool, portable);
        auto store = openStore(path(QStringLiteral("paging.sqlite")), portable);
        QVERIFY(store);
        if (*store->count({}) == 0) {
            QList<AttemptRecord> records;
            const QStringList codes{QStringLiteral("101"), QStringLiteral("201"), QStringLiteral("301")};
            for (int i = 0; i < 53; ++i) {
                api::VerifyOutcome o = i % 7 == 0
                                           ? errorOutcome(api::ErrorKind::Timeout, kBase.addSecs(i / 3))
                                           : resultOutcome(codes.at(i % 3),
                                                           kBase.addSecs(i / 3),
                                                           i % 2 ? QStringLiteral("CMCC") : QStringLiteral("CTCC"),
                                                           i % 5);
                AttemptRecord r = AttemptRecord::fromOutcome(o);
                if (i % 4 == 0)
                    r.batch = {QStringLiteral("b"), i};
                records.append(r);
            }
            QVERIFY(store->insertBatch(records));
        }
        const HistorySort sort{HistoryColumn(column), Qt::SortOrder(order)};
        const auto all = store->window({}, sort, {1000, 0, {}, false});
        QVERIFY(all);
        QCOMPARE(all->size(), 53);
        QList<qint64> expected;
        for (const AttemptRecord& r : *all)
            expected.append(r.id);
        // Keyset paging forwards yields exactly the same sequence as one big read, and so does
        // paging backwards from the end.
        QCOMPARE(idsByKey(*store, {}, sort, 10, false), expected);
        QCOMPARE(idsByKey(*store, {}, sort, 7, true), expected);
        // Offsets agree too.
        const auto middle = store->window({}, sort, {5, 20, {}, false});
        QVERIFY(middle);
        QCOMPARE(middle->constFirst().id, expected.at(20));
    }

    // Several statuses in time order are read status by status and merged (HistoryPaging): the
    // same rows in the same order as one pass over every matching row, by offset and by key, both
    // ways, with ties in time across statuses, a repeated status, dates beside them, and the newest
    // rows all of a status not asked for (where the merge matters). With another condition too
    // (a carrier) the window is read along the time index: the same rows again.
    void severalStatusesPageInTimeOrder_data() { bothWriters(); }

    void severalStatusesPageInTimeOrder()
    {
        QFETCH(bool, portable);
        auto store = openStore(path(QStringLiteral("merged-%1.sqlite").arg(portable)), portable);
        QVERIFY(store);
        if (*store->count({}) == 0) {
            QList<AttemptRecord> records;
            const QStringList codes{QStringLiteral("101"),
                                    QStringLiteral("201"),
                                    QStringLiteral("202"),
                                    QStringLiteral("301"),
                                    QStringLiteral("203")};
            for (int i = 0; i < 240; ++i) {
                // Three attempts per second: ties in time across statuses (the id decides).
                const QDateTime at = kBase.addSecs(i / 3);
                const api::VerifyOutcome o =
                    i % 11 == 0 ? errorOutcome(api::ErrorKind::Timeout, at)
                                : resultOutcome(codes.at((qsizetype(i) * 7) % codes.size()),
                                                at,
                                                i % 2 ? QStringLiteral("CMCC") : QStringLiteral("CTCC"));
                records.append(AttemptRecord::fromOutcome(o));
            }
            for (int i = 0; i < 60; ++i) // the newest: all "no record"
                records.append(
                    AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("301"), kBase.addSecs(100 + i))));
            QVERIFY(store->insertBatch(records));
        }

        HistoryFilter inconsistent;
        inconsistent.roles = {api::StatusRole::Mismatch, api::StatusRole::PartialMismatch};
        HistoryFilter repeated;
        repeated.roles = {api::StatusRole::Pass, api::StatusRole::Error, api::StatusRole::Pass};
        HistoryFilter dated = inconsistent;
        dated.roles.append(api::StatusRole::Error);
        dated.from = kBase.addSecs(10);
        dated.to = kBase.addSecs(70);
        HistoryFilter carrier = dated; // another condition: read along the time index instead
        carrier.ispNames = QStringList{QStringLiteral("CTCC")};
        for (const HistoryFilter& filter : {inconsistent, repeated, dated, carrier}) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                const HistorySort sort{HistoryColumn::Time, order};
                QList<qint64> expected; // one pass along the time index, every matching row
                QVERIFY(store->forEach(filter, sort, [&](const AttemptRecord& r) {
                    expected.append(r.id);
                    return true;
                }));
                QVERIFY(expected.size() > 20);
                QCOMPARE(*store->count(filter), qint64(expected.size()));

                QList<qint64> byOffset;
                for (int offset = 0; offset < expected.size(); offset += 10) {
                    const auto page = store->window(filter, sort, {10, offset, {}, false});
                    QVERIFY(page);
                    for (const AttemptRecord& r : *page)
                        byOffset.append(r.id);
                }
                QCOMPARE(byOffset, expected);

                QCOMPARE(idsByKey(*store, filter, sort, 9, false), expected);
                QCOMPARE(idsByKey(*store, filter, sort, 7, true), expected);
                const auto fromEnd = store->window(filter, sort, {5, 3, {}, true});
                QVERIFY(fromEnd);
                QCOMPARE(fromEnd->size(), 5);
                QCOMPARE(fromEnd->constFirst().id, expected.at(expected.size() - 4));
            }
        }
    }

    void statusCountsAndStats_data() { bothWriters(); }

    void statusCountsAndStats()
    {
        QFETCH(bool, portable);
        auto store = openStore(path(QStringLiteral("stats-%1.sqlite").arg(portable)), portable);
        QVERIFY(store);
        QList<AttemptRecord> records;
        for (int i = 1; i <= 20; ++i) // latencies 10..200
            records.append(AttemptRecord::fromOutcome(
                resultOutcome(QStringLiteral("101"), kBase, QStringLiteral("CMCC"), qint64(i) * 10)));
        records.append(AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("301"), kBase, QString(), 5)));
        api::VerifyOutcome unknown = resultOutcome(QStringLiteral("999"), kBase, QString(), 5);
        std::get<api::VerifyResult>(unknown.value).bizCode = QStringLiteral("9");
        records.append(AttemptRecord::fromOutcome(unknown));
        records.append(AttemptRecord::fromOutcome(errorOutcome(api::ErrorKind::Timeout, kBase, 90000)));
        records.append(AttemptRecord::fromOutcome(errorOutcome(api::ErrorKind::Validation, kBase, 0)));
        records.append(AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("201"), kBase.addDays(-1))));
        QVERIFY(store->insertBatch(records));

        const auto today = store->statusCounts(kBase.addSecs(-3600), kBase.addSecs(3600));
        QVERIFY(today);
        QCOMPARE(today->total, 24);
        QCOMPARE(today->verified, 22);
        QCOMPARE(today->errors, 2);
        QCOMPARE(today->billed, 20);
        QCOMPARE(today->perRole.value(api::StatusRole::Pass), 20);
        QCOMPARE(today->perRole.value(api::StatusRole::NoRecord), 1);
        QCOMPARE(today->perRole.value(api::StatusRole::Unknown), 1);

        // Whole local days (the status bar's day, the budget's month) are read from the day tally,
        // other ranges from the attempts: the same rows give the same counts either way.
        const QDateTime midnight = QDateTime(kBase.toLocalTime().date().addDays(-1), QTime(0, 0)).toUTC();
        const QDateTime end = midnight.addDays(2);
        for (const QDateTime& from : {midnight, midnight.addMSecs(1)}) {
            const auto days = store->statusCounts(from, end);
            QVERIFY(days);
            QCOMPARE(days->total, 25);
            QCOMPARE(days->verified, 23);
            QCOMPARE(days->errors, 2);
            QCOMPARE(days->billed, 21);
            QCOMPARE(days->simulated, 0);
            QCOMPARE(days->perRole.value(api::StatusRole::Pass), 20);
            QCOMPARE(days->perRole.value(api::StatusRole::Mismatch), 1);
            const auto billed = store->billedCounts(from, end, false);
            QVERIFY(billed);
            QCOMPARE(billed->billed, 21);
            QCOMPARE(billed->billingUnknown, 1); // the unknown SubCode's BizCode
            const auto sandbox = store->billedCounts(from, end, true);
            QVERIFY(sandbox);
            QCOMPARE(sandbox->billed, 0);
            QCOMPARE(sandbox->billingUnknown, 1); // the timeout (the errors are the sandbox's here)
        }

        HistoryFilter f;
        f.from = kBase.addSecs(-3600);
        const auto s = store->stats(f);
        QVERIFY(s);
        QCOMPARE(s->total, 24);
        QCOMPARE(s->bySubCode.value(QStringLiteral("101")), 20);
        QCOMPARE(s->bySubCode.value(QStringLiteral("301")), 1);
        QCOMPARE(s->bySubCode.value(QStringLiteral("999")), 1);
        QCOMPARE(s->byErrorKind.value(QStringLiteral("timeout")), 1);
        QCOMPARE(s->byErrorKind.value(QStringLiteral("validation")), 1);
        QCOMPARE(s->byStatus.value(QStringLiteral("pass")), 20);
        QCOMPARE(s->byStatus.value(QStringLiteral("error")), 2);
        QCOMPARE(s->billed, 20);
        QCOMPARE(s->billingUnknown, 2); // the timeout, and BizCode of the unknown SubCode
        // 23 sent attempts (the validation error was never sent): 5, 5, 10 … 200, 90000 (past the histogram's array:
        // the hash behind it).
        QCOMPARE(s->p50LatencyMs, std::optional<qint64>(100));
        QCOMPARE(s->p95LatencyMs, std::optional<qint64>(200));
        QCOMPARE(s->maxLatencyMs, std::optional<qint64>(90000));

        HistoryFilter none;
        none.from = kBase.addDays(10);
        const auto empty = store->stats(none);
        QVERIFY(empty);
        QCOMPARE(empty->total, 0);
        QVERIFY(!empty->p50LatencyMs);
    }

    void statsCountedInTwoParts_data() { bothWriters(); }

    void statsCountedInTwoParts()
    {
        // A long range is counted in two parts at once, the later on a connection of its own: the
        // parts must add up to exactly what one pass counts, the attempt at the cut counted once.
        QFETCH(bool, portable);
        auto store = openStore(path(QStringLiteral("stats-parts-%1.sqlite").arg(portable)), portable);
        QVERIFY(store);
        static const QStringList codes{QStringLiteral("101"),
                                       QStringLiteral("201"),
                                       QStringLiteral("202"),
                                       QStringLiteral("301"),
                                       QStringLiteral("999")};
        QList<AttemptRecord> records;
        for (int i = 0; i < 301; ++i) {
            const QDateTime at = kBase.addSecs(qint64(i) * 60);
            if (i % 17 == 0)
                records.append(AttemptRecord::fromOutcome(errorOutcome(api::ErrorKind::Timeout, at, 60000 + i)));
            else if (i % 23 == 0)
                records.append(AttemptRecord::fromOutcome(errorOutcome(api::ErrorKind::Validation, at, 0)));
            else
                records.append(AttemptRecord::fromOutcome(
                    resultOutcome(codes.at(i % codes.size()), at, QStringLiteral("CMCC"), qint64(i % 97) * 7)));
        }
        QVERIFY(store->insertBatch(records));

        HistoryFilter everything;
        HistoryFilter range;
        range.from = kBase.addSecs(30);
        range.to = kBase.addSecs(250 * 60 + 1);
        HistoryFilter results = range;
        results.roles = {api::StatusRole::Pass, api::StatusRole::Mismatch, api::StatusRole::Error};
        const QList<HistoryFilter> filters{everything, range, results};
        QList<HistoryStats> inOnePass;
        for (const HistoryFilter& f : filters) {
            const auto s = store->stats(f);
            QVERIFY(s);
            QVERIFY(s->total > 100);
            inOnePass.append(*s);
        }

        const qint64 threshold = HistoryStore::setStatsSplitThresholdForTesting(2);
        const auto restore = qScopeGuard([threshold] { HistoryStore::setStatsSplitThresholdForTesting(threshold); });
        QLoggingCategory::setFilterRules(QStringLiteral("tricheck.history.debug=true"));
        const auto quiet = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        for (qsizetype i = 0; i < filters.size(); ++i) {
            QTest::ignoreMessage(QtDebugMsg, "statistics counted in two parts at once");
            const auto s = store->stats(filters.at(i));
            QVERIFY(s);
            const HistoryStats& one = inOnePass.at(i);
            QCOMPARE(s->total, one.total);
            QCOMPARE(s->bySubCode, one.bySubCode);
            QCOMPARE(s->byErrorKind, one.byErrorKind);
            QCOMPARE(s->byStatus, one.byStatus);
            QCOMPARE(s->billed, one.billed);
            QCOMPARE(s->notBilled, one.notBilled);
            QCOMPARE(s->billingUnknown, one.billingUnknown);
            QCOMPARE(s->p50LatencyMs, one.p50LatencyMs);
            QCOMPARE(s->p95LatencyMs, one.p95LatencyMs);
            QCOMPARE(s->maxLatencyMs, one.maxLatencyMs);
        }
        QCOMPARE(inOnePass.constFirst().total, qint64(records.size()));
        QCOMPARE(inOnePass.constFirst().maxLatencyMs, std::optional<qint64>(60000 + 289));
    }

    void commonAndRareReferenceTexts()
    {
        // A text thousands of references contain is searched along the time index, a rare one
        // through the reference index: the same rows either way, in the same order.
        auto store = openStore(path(QStringLiteral("references.sqlite")));
        QVERIFY(store);
        QList<AttemptRecord> records;
        for (int i = 0; i < 6000; ++i) {
            api::VerifyOutcome o = resultOutcome(QStringLiteral("101"), kBase.addSecs(i));
            o.reference = i % 10 == 0 ? QStringLiteral("OTHER-%1").arg(i) : QStringLiteral("KYC-%1").arg(i);
            records.append(AttemptRecord::fromOutcome(o));
        }
        QVERIFY(store->insertBatch(records));
        const auto all = store->window({}, {}, {6000, 0, {}, false});
        QVERIFY(all);
        QList<qint64> expected;
        for (const AttemptRecord& r : *all) {
            if (r.reference.startsWith(u"KYC-"))
                expected.append(r.id);
        }
        QCOMPARE(expected.size(), 5400);

        HistoryFilter common;
        common.referenceContains = QStringLiteral("kyc-");
        QCOMPARE(*store->count(common), 5400);
        for (const bool reversed : {false, true}) {
            const auto first = store->window(common, {}, {100, 0, {}, reversed});
            QVERIFY(first);
            QCOMPARE(first->size(), 100);
            for (int i = 0; i < 100; ++i)
                QCOMPARE(first->at(i).id, reversed ? expected.at(expected.size() - 1 - i) : expected.at(i));
        }
        const auto middle = store->window(common, {}, {10, 2000, {}, false});
        QVERIFY(middle);
        QCOMPARE(middle->first().id, expected.at(2000));

        HistoryFilter rare;
        rare.referenceContains = QStringLiteral("KYC-5999");
        const auto one = store->window(rare, {}, {100, 0, {}, false});
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().reference, QStringLiteral("KYC-5999"));
        QCOMPARE(*store->count(rare), 1);
    }

    void fingerprintSearch()
    {
        auto store = openStore(path(QStringLiteral("fingerprints.sqlite")));
        QVERIFY(store);
        const QByteArray key = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const identity::IdentityInput a{QStringLiteral("13800138000"),
                                        QStringLiteral("张三"),
                                        QStringLiteral("11010519491231002x")};
        const identity::IdentityInput b{QStringLiteral("13900139000"),
                                        QStringLiteral("李四"),
                                        QStringLiteral("110105194912310021")};
        QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), kBase), Fingerprints::compute(key, a)));
        QVERIFY(store->insert(resultOutcome(QStringLiteral("201"), kBase), Fingerprints::compute(key, b)));
        QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), kBase))); // no key, no fingerprints
        QVERIFY(!Fingerprints::compute(std::nullopt, a));
        QVERIFY(!Fingerprints::compute(QByteArray("short"), a));

        HistoryFilter f;
        // Normalised before the MAC: +86, spaces and a lower-case x do not matter.
        f.mobileFingerprint = Fingerprints::forMobile(key, QStringLiteral("+86 138 0013 8000"));
        QCOMPARE(*store->count(f), 1);
        f = {};
        f.idNumberFingerprint = Fingerprints::forIdNumber(key, QStringLiteral("11010519491231002X"));
        QCOMPARE(*store->count(f), 1);
        f = {};
        f.nameFingerprint = Fingerprints::forName(key, QStringLiteral("李四"));
        QCOMPARE(*store->count(f), 1);
        // The same text in another field, or under another key, matches nothing.
        f = {};
        f.nameFingerprint = Fingerprints::forMobile(key, QStringLiteral("李四"));
        QCOMPARE(*store->count(f), 0);
        f = {};
        QByteArray otherKey = key;
        otherKey[0] = 'x';
        f.mobileFingerprint = Fingerprints::forMobile(otherKey, QStringLiteral("13800138000"));
        QCOMPARE(*store->count(f), 0);
        QVERIFY(Fingerprints::forMobile(key, QStringLiteral("13800138000")));
        QCOMPARE(Fingerprints::forMobile(key, QStringLiteral("13800138000")),
                 Fingerprints::forMobile(key, QStringLiteral("0086-138-0013-8000")));
        QVERIFY(!Fingerprints::forMobile(std::nullopt, QStringLiteral("13800138000")));
        QVERIFY(!Fingerprints::forMobile(key, QString()));
        // A pre-computed MD5 digest is not a plaintext: no fingerprint for it.
        QVERIFY(!Fingerprints::forMobile(key, QStringLiteral("0123456789abcdef0123456789abcdef")));
    }

    // A RequestId found whatever its case, through the index of schema v11 (not a read of every row).
    void requestIdSearchUsesItsIndex()
    {
        auto store = openStore(path(QStringLiteral("requestid.sqlite")));
        QVERIFY(store);
        const api::VerifyOutcome wanted = resultOutcome(QStringLiteral("101"), kBase);
        QVERIFY(store->insert(wanted));
        QVERIFY(store->insert(resultOutcome(QStringLiteral("201"), kBase)));
        HistoryFilter f;
        f.requestId = wanted.result()->requestId.toLower();
        QCOMPARE(*store->count(f), 1);
        const auto rows = store->window(f, {}, {});
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->constFirst().requestId, wanted.result()->requestId);

        QSqlQuery q(QSqlDatabase::database(store->connectionName()));
        const QString plan = onPostgres() ? QStringLiteral("EXPLAIN (COSTS OFF) SELECT id FROM attempts "
                                                           "WHERE UPPER(request_id) = 'X'")
                                          : QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM attempts "
                                                           "WHERE UPPER(request_id) = 'X'");
        if (onPostgres())
            QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off"))); // two rows: a scan would be cheaper
        QVERIFY2(q.exec(plan), qPrintable(q.lastError().text()));
        QString steps;
        while (q.next())
            steps += q.value(q.record().count() - 1).toString() + u'\n';
        QVERIFY2(steps.contains(QStringLiteral("attempts_request_id")), qPrintable(steps));
    }

    void readOnlyIsReportedClearly()
    {
        auto store = openStore(path(QStringLiteral("readonly.sqlite")));
        QVERIFY(store);
        QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), kBase)));
        // The engine refuses every write, as on a read-only file or medium (also when running as
        // root), or a read-only server (a hot standby).
        QSqlQuery(QSqlDatabase::database(store->connectionName()))
            .exec(onPostgres() ? QStringLiteral("SET default_transaction_read_only = on")
                               : QStringLiteral("PRAGMA query_only = ON"));
        const auto id = store->insert(resultOutcome(QStringLiteral("101"), kBase));
        QVERIFY(!id);
        QCOMPARE(id.error().kind, HistoryError::Kind::ReadOnly);
        QVERIFY2(id.error().message.contains(QStringLiteral("read-only")), qPrintable(id.error().message));
        QVERIFY(id.error().message.contains(onPostgres() ? store->path() : QStringLiteral("readonly.sqlite")));
        QCOMPARE(*store->count({}), 1);
    }

    void readOnlyFileIsReportedAtOpen()
    {
        if (onPostgres())
            QSKIP("a read-only file is SQLite's");
        if (::geteuid() == 0)
            QSKIP("root writes to read-only files; readOnlyIsReportedClearly covers the engine's refusal");
        const QString file = path(QStringLiteral("ro/history.sqlite"));
        {
            QVERIFY(openStore(file));
        }
        // A fresh database in a read-only folder, and an existing read-only database.
        QVERIFY(QFile::setPermissions(QFileInfo(file).absolutePath(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto fresh = HistoryStore::open({QFileInfo(file).absolutePath() + QStringLiteral("/new.sqlite"),
                                               {},
                                               HistoryStore::IntegrityCheck::Quick,
                                               1000,
                                               {}});
        QVERIFY(!fresh);
        QCOMPARE(fresh.error().kind, HistoryError::Kind::ReadOnly);
        QFile::setPermissions(QFileInfo(file).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void fullDiskIsReportedClearly()
    {
        if (onPostgres())
            QSKIP("SQLite's page limit simulates a full disk");
        auto store = openStore(path(QStringLiteral("full.sqlite")));
        QVERIFY(store);
        QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), kBase)));
        // The engine's page limit behaves exactly like a full disk (SQLITE_FULL).
        QSqlQuery q(QSqlDatabase::database(store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QList<AttemptRecord> many;
        for (int i = 0; i < 2000; ++i)
            many.append(AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), kBase)));
        const auto ids = store->insertBatch(many);
        QVERIFY(!ids);
        QCOMPARE(ids.error().kind, HistoryError::Kind::DiskFull);
        QVERIFY2(ids.error().message.contains(QStringLiteral("full")), qPrintable(ids.error().message));
        QCOMPARE(*store->count({}), 1);
    }

    void refusesAForeignDatabase()
    {
        if (onPostgres()) {
            const QString url = tricheck::test::freshPgDatabase();
            {
                auto plain = HistoryLocation::parse(url);
                QVERIFY(plain);
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
                db.setHostName(plain->host);
                db.setPort(plain->port);
                db.setUserName(plain->user);
                db.setDatabaseName(plain->database);
                db.setPassword(qEnvironmentVariable("PGPASSWORD"));
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
            const auto store = HistoryStore::open({url, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
            QVERIFY(!store);
            QCOMPARE(store.error().kind, HistoryError::Kind::NotHistory);
            return;
        }
        const QString file = path(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = tricheck::test::fileBytes(file);
        const auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(!store);
        QCOMPARE(store.error().kind, HistoryError::Kind::NotHistory);
        QCOMPARE(tricheck::test::fileBytes(file), before);
    }

    void refusesADirectory()
    {
        if (onPostgres())
            QSKIP("a directory is a SQLite location");
        const auto store = HistoryStore::open({m_dir.path(), {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(!store);
        QCOMPARE(store.error().kind, HistoryError::Kind::OpenFailed);
        QVERIFY(!store.error().message.isEmpty());
    }

    void operatorFilter()
    {
        auto store = openStore(path(QStringLiteral("operators.sqlite")));
        QVERIFY(store);
        for (const QString& who : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("alice")}) {
            AttemptRecord r = AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), kBase));
            r.operatorName = who;
            QVERIFY(store->insert(r));
        }
        HistoryFilter mine;
        mine.operatorName = QStringLiteral("alice");
        QCOMPARE(*store->count(mine), 2);
        mine.operatorName = QStringLiteral("carol");
        QCOMPARE(*store->count(mine), 0);
        QCOMPARE(*store->count({}), 3);
        QCOMPARE(mine.toJson().value(QStringLiteral("operator")).toString(), QStringLiteral("carol"));
    }

    // Operators starting at once on a new history: each runs the migrations under the lock, only
    // one applies each version, and every store opens.
    void simultaneousFirstOpensMigrateOnce()
    {
        const QString location = tricheck::test::historyLocation(path(QStringLiteral("simultaneous.sqlite")));
        constexpr int kOpeners = 4;
        QList<QThread*> threads;
        QAtomicInt opened = 0;
        for (int i = 0; i < kOpeners; ++i) {
            threads.append(QThread::create([&opened, location] {
                HistoryStore::Options o;
                o.path = location;
                auto store = HistoryStore::open(o);
                if (store && store.value()->insert(resultOutcome(QStringLiteral("101"), kBase)))
                    opened.fetchAndAddOrdered(1);
                else if (!store)
                    qWarning() << store.error().message;
            }));
        }
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(opened.loadAcquire(), kOpeners);
        auto store = openStore(path(QStringLiteral("simultaneous.sqlite")));
        QVERIFY(store);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM tricheck_schema")),
                 QString::number(HistoryStore::schemaVersion()));
        QCOMPARE(*store->count({}), qint64(kOpeners));
    }

    void parsesLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("file") << QStringLiteral("/tmp/h.sqlite") << true << QStringLiteral("/tmp/h.sqlite")
                              << QString();
        QTest::newRow("loopback, default prefer")
            << QStringLiteral("postgresql://ops@127.0.0.1:5433/team") << true
            << QStringLiteral("postgresql://ops@127.0.0.1:5433/team?sslmode=prefer") << QStringLiteral("prefer");
        QTest::newRow("remote, default verify-full")
            << QStringLiteral("postgres://ops@db.example.com/team") << true
            << QStringLiteral("postgresql://ops@db.example.com:5432/team?sslmode=verify-full")
            << QStringLiteral("verify-full");
        QTest::newRow("remote, require") << QStringLiteral("postgresql://ops@db.example.com/team?sslmode=require")
                                         << true
                                         << QStringLiteral("postgresql://ops@db.example.com:5432/team?sslmode=require")
                                         << QStringLiteral("require");
        QTest::newRow("remote, plain refused") << QStringLiteral("postgresql://ops@db.example.com/team?sslmode=disable")
                                               << false << QString() << QString();
        QTest::newRow("remote, prefer refused")
            << QStringLiteral("postgresql://ops@10.1.2.3/team?sslmode=prefer") << false << QString() << QString();
        QTest::newRow("loopback, plain allowed")
            << QStringLiteral("postgresql://ops@localhost/team?sslmode=disable") << true
            << QStringLiteral("postgresql://ops@localhost:5432/team?sslmode=disable") << QStringLiteral("disable");
        QTest::newRow("password refused")
            << QStringLiteral("postgresql://ops:secret@127.0.0.1/team") << false << QString() << QString();
        QTest::newRow("no database") << QStringLiteral("postgresql://ops@127.0.0.1:5432/") << false << QString()
                                     << QString();
        QTest::newRow("no host") << QStringLiteral("postgresql:///team") << false << QString() << QString();
        QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://ops@127.0.0.1/team?sslmode=maybe") << false
                                         << QString() << QString();
        QTest::newRow("unknown option") << QStringLiteral("postgresql://ops@127.0.0.1/team?password=x") << false
                                        << QString() << QString();
    }

    void parsesLocations()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, display);
        QFETCH(QString, sslMode);
        const auto location = HistoryLocation::parse(text);
        QCOMPARE(bool(location), ok);
        if (!ok) {
            QVERIFY(!location.error().isEmpty());
            QVERIFY(!location.error().contains(QStringLiteral("secret")));
            return;
        }
        QCOMPARE(location->display(), display);
        QCOMPARE(location->sslMode, sslMode);
        if (location->isPostgres())
            QVERIFY(location->connectOptions().contains(QStringLiteral("sslmode='") + sslMode + QStringLiteral("'")));
    }

    void wrongPasswordIsReportedWithoutIt()
    {
        if (!onPostgres())
            QSKIP("a server's password");
        HistoryStore::Options o;
        o.path = tricheck::test::historyLocation(path(QStringLiteral("password.sqlite")));
        o.password = QStringLiteral("not-the-password-4711");
        const auto store = HistoryStore::open(o);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, HistoryError::Kind::OpenFailed);
        QVERIFY2(store.error().message.contains(QStringLiteral("password")), qPrintable(store.error().message));
        QVERIFY(!store.error().message.contains(o.password));
        QVERIFY(!store.error().detail.contains(o.password));
        // The right one (PGPASSWORD here) opens it.
        o.password.clear();
        QVERIFY(HistoryStore::open(o));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "testhistorystore.moc"
