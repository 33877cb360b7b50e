#include "common/appinfo.h"
#include "history/historystore.h"
#include "reportfixture.h"
#include "reports/periodreport.h"
#include "reports/receiptrecord.h"
#include "reports/statistics.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::reports;
using api::StatusRole;

namespace {

const Breakdown* find(const QList<Breakdown>& list, const QString& key)
{
    for (const Breakdown& b : list) {
        if (b.key == key)
            return &b;
    }
    return nullptr;
}

} // namespace

// The statistics of the view and the report against hand-counted fixtures (reportfixture.h), on
// SQLite and (teststatistics_pg) on PostgreSQL.
class TestStatistics : public QObject
{
    Q_OBJECT

    std::unique_ptr<history::HistoryStore> open()
    {
        return test::openStore(test::historyLocation(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_n))));
    }

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void countsTheFixtureByDay()
    {
        auto store = open();
        test::seedReportFixture(*store);
        const auto s =
            StatisticsQuery::run(*store, {QDate(2024, 5, 1), QDate(2024, 5, 3)}, Grouping::Day, test::shanghai());
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        const Counts& t = s->totals;
        QCOMPARE(t.total, 6);
        QCOMPARE(t.of(StatusRole::Pass), 1);
        QCOMPARE(t.of(StatusRole::Mismatch), 1);
        QCOMPARE(t.of(StatusRole::PartialMismatch), 1);
        QCOMPARE(t.of(StatusRole::NoRecord), 1);
        QCOMPARE(t.of(StatusRole::Error), 2);
        QCOMPARE(t.of(StatusRole::Unknown), 0);
        QCOMPARE(t.billed, 3);
        QCOMPARE(t.billingUnknown, 1);
        QCOMPARE(*t.passRate(), 0.25);
        QCOMPARE(s->buckets.size(), 3);
        QCOMPARE(s->buckets.at(0).counts.total, 2); // midnight belongs to the day it starts
        QCOMPARE(s->buckets.at(1).counts.total, 3);
        QCOMPARE(s->buckets.at(2).counts.total, 1); // 23:59:59.999 still belongs to its day
        QCOMPARE(s->buckets.at(1).counts.of(StatusRole::Error), 2);
        QCOMPARE(s->buckets.at(1).counts.billingUnknown, 1);
        QCOMPARE(s->days.size(), 3);
        QCOMPARE(find(s->byCarrier, QStringLiteral("CMCC"))->counts.total, 2);
        QCOMPARE(find(s->byCarrier, QStringLiteral("CUCC"))->counts.total, 1);
        QCOMPARE(find(s->byCarrier, QStringLiteral("CTCC"))->counts.total, 1);
        QCOMPARE(find(s->byCarrier, QString())->counts.total, 2);
        QCOMPARE(find(s->byOperator, QStringLiteral("bob"))->counts.total, 1);
        QCOMPARE(find(s->byOperator, QStringLiteral("bob"))->counts.of(StatusRole::Mismatch), 1);
        QCOMPARE(find(s->byOperator, AppInfo::osUserName())->counts.total, 5);
        QCOMPARE(s->byBatch.size(), 1);
        QCOMPARE(s->byBatch.at(0).key, QStringLiteral("b1"));
        QCOMPARE(s->byBatch.at(0).counts.total, 2);
        QCOMPARE(s->bySubCode,
                 (QMap<QString, qint64>{{QStringLiteral("101"), 1},
                                        {QStringLiteral("201"), 1},
                                        {QStringLiteral("202"), 1},
                                        {QStringLiteral("301"), 1}}));
        QCOMPARE(s->byErrorKind,
                 (QMap<QString, qint64>{{QStringLiteral("network"), 1}, {QStringLiteral("timeout"), 1}}));
        QCOMPARE(s->byEndpoint,
                 (QMap<QString, qint64>{{QStringLiteral("hongkong"), 4}, {QStringLiteral("sandbox"), 2}}));
        QCOMPARE(s->estimatedCost(Price{0.5, QStringLiteral("CNY")}), 1.5);
        QVERIFY(!s->estimatedCost(std::nullopt));
        const QJsonObject json = s->toJson();
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(json.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Shanghai"));
    }

    void groupsByWeekAndMonth()
    {
        auto store = open();
        test::seedReportFixture(*store);
        // 2024-04-29 is a Monday: two ISO weeks, the fixture's eight attempts all in the first.
        const auto weeks =
            StatisticsQuery::run(*store, {QDate(2024, 4, 29), QDate(2024, 5, 12)}, Grouping::Week, test::shanghai());
        QVERIFY(weeks);
        QCOMPARE(weeks->buckets.size(), 2);
        QCOMPARE(weeks->buckets.at(0).first, QDate(2024, 4, 29));
        QCOMPARE(weeks->buckets.at(0).last, QDate(2024, 5, 5));
        QCOMPARE(weeks->buckets.at(0).counts.total, 8);
        QCOMPARE(weeks->buckets.at(1).counts.total, 0);
        QCOMPARE(StatisticsQuery::bucketLabel(weeks->buckets.at(0), Grouping::Week), QStringLiteral("2024-W18"));
        // Months clipped to the period: 15-30 April, May, 1-10 June.
        const auto months =
            StatisticsQuery::run(*store, {QDate(2024, 4, 15), QDate(2024, 6, 10)}, Grouping::Month, test::shanghai());
        QVERIFY(months);
        QCOMPARE(months->buckets.size(), 3);
        QCOMPARE(months->buckets.at(0).first, QDate(2024, 4, 15));
        QCOMPARE(months->buckets.at(0).last, QDate(2024, 4, 30));
        QCOMPARE(months->buckets.at(0).counts.total, 1);
        QCOMPARE(months->buckets.at(1).counts.total, 7);
        QCOMPARE(months->buckets.at(2).first, QDate(2024, 6, 1));
        QCOMPARE(months->buckets.at(2).counts.total, 0);
        QCOMPARE(StatisticsQuery::bucketLabel(months->buckets.at(1), Grouping::Month), QStringLiteral("2024-05"));
    }

    void emptyPeriods()
    {
        auto store = open();
        const auto none =
            StatisticsQuery::run(*store, {QDate(2024, 5, 1), QDate(2024, 5, 31)}, Grouping::Day, test::shanghai());
        QVERIFY(none);
        QCOMPARE(none->totals.total, 0);
        QVERIFY(!none->totals.passRate());
        QCOMPARE(none->buckets.size(), 31);
        for (const Bucket& b : none->buckets)
            QCOMPARE(b.counts.total, 0);
        test::seedReportFixture(*store);
        const auto later =
            StatisticsQuery::run(*store, {QDate(2024, 6, 1), QDate(2024, 6, 1)}, Grouping::Month, test::shanghai());
        QVERIFY(later);
        QCOMPARE(later->totals.total, 0);
        QCOMPARE(later->buckets.size(), 1);
        QVERIFY(later->byCarrier.isEmpty());
        QVERIFY(!StatisticsQuery::run(*store, {QDate(2024, 6, 2), QDate(2024, 6, 1)}, Grouping::Day));
    }

    void daysFollowDaylightSavingTime()
    {
        // Berlin moves from UTC+1 to UTC+2 on 2024-03-31 at 02:00 local.
        auto store = open();
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const QList<QDateTime> times{
            QDateTime(QDate(2024, 3, 30), QTime(23, 59, 59, 999), berlin), // 22:59:59.999Z: 30 March
            QDateTime(QDate(2024, 3, 31), QTime(0, 0), berlin),            // 23:00Z the day before
            QDateTime(QDate(2024, 3, 31), QTime(23, 59, 59, 999), berlin), // 21:59:59.999Z
            QDateTime(QDate(2024, 4, 1), QTime(0, 0), berlin),             // 22:00Z on 31 March
        };
        for (const QDateTime& t : times)
            QVERIFY(store->insert(test::resultOutcome(QStringLiteral("101"), t.toUTC())));
        const auto s = StatisticsQuery::run(*store, {QDate(2024, 3, 30), QDate(2024, 4, 1)}, Grouping::Day, berlin);
        QVERIFY(s);
        QCOMPARE(s->buckets.at(0).counts.total, 1);
        QCOMPARE(s->buckets.at(1).counts.total, 2);
        QCOMPARE(s->buckets.at(2).counts.total, 1);
        // The same attempts in UTC days: 22:59:59.999Z and 23:00Z on 30 March, the others on 31 March.
        const auto utc =
            StatisticsQuery::run(*store, {QDate(2024, 3, 30), QDate(2024, 4, 1)}, Grouping::Day, QTimeZone::utc());
        QVERIFY(utc);
        QCOMPARE(utc->buckets.at(0).counts.total, 2);
        QCOMPARE(utc->buckets.at(1).counts.total, 2);
        QCOMPARE(utc->buckets.at(2).counts.total, 0);
    }

    // SQLite keeps the attempts counted per local day (history/daytally.h) in the zone the history
    // was made in (this test runs with TZ=Asia/Shanghai), and the statistics read that tally for
    // whole local days of it. It must agree with the attempts grouped themselves (the same
    // offsets under another zone's name) through inserts, an attempt settled in place and a purge.
    void dayTallyAgreesWithTheAttempts()
    {
        auto store = open();
        test::seedReportFixture(*store);
        api::VerifyOutcome flying = test::resultOutcome(QStringLiteral("101"), test::shanghaiTime(5, 2, 10, 0));
        api::ApiError inFlight;
        inFlight.kind = api::ErrorKind::InFlight;
        inFlight.mayBeBilled = true;
        flying.value = inFlight;
        const auto flyingId = store->insert(flying);
        QVERIFY(flyingId);
        history::AttemptRecord settled = history::AttemptRecord::fromOutcome(
            test::resultOutcome(QStringLiteral("203"), test::shanghaiTime(5, 2, 10, 0), QStringLiteral("CTCC")));
        settled.id = *flyingId;
        QVERIFY(store->insert(settled));
        const auto purged = store->insert(test::resultOutcome(QStringLiteral("204"), test::shanghaiTime(5, 3, 1, 0)));
        QVERIFY(purged);
        QVERIFY(store->purge(history::PurgeRequest::selected({*purged})));

        const Period period{QDate(2024, 4, 30), QDate(2024, 5, 4)};
        const auto counted = StatisticsQuery::run(*store, period, Grouping::Day, test::shanghai());
        const auto grouped = StatisticsQuery::run(*store, period, Grouping::Day, QTimeZone(8 * 3600));
        QVERIFY(counted && grouped);
        QCOMPARE(counted->totals.total, 9);
        QCOMPARE(counted->totals.of(StatusRole::PartialMismatch), 2);
        QJsonObject a = counted->toJson();
        QJsonObject b = grouped->toJson();
        a.remove(QStringLiteral("timeZone"));
        b.remove(QStringLiteral("timeZone"));
        QCOMPARE(a, b);

        // The view really read the tally (PostgreSQL's: its past days, counted by the first run): a
        // count changed there shows, and not under another name.
        QSqlQuery q(QSqlDatabase::database(store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("UPDATE attempt_days SET n = n + 100 WHERE sub_code = '301'")));
        QCOMPARE(StatisticsQuery::run(*store, period, Grouping::Day, test::shanghai())->totals.total, 109);
        QCOMPARE(StatisticsQuery::run(*store, period, Grouping::Day, QTimeZone(8 * 3600))->totals.total, 9);

        // A write to that day: SQLite's triggers count it in; PostgreSQL forgets the day (and only
        // that one) and counts it again from the attempts.
        QVERIFY(store->insert(test::resultOutcome(QStringLiteral("101"), test::shanghaiTime(5, 2, 11, 0))));
        QCOMPARE(StatisticsQuery::run(*store, period, Grouping::Day, test::shanghai())->totals.total,
                 test::onPostgres() ? 10 : 110);
        if (test::onPostgres()) {
            QVERIFY(q.exec(QStringLiteral("UPDATE attempt_days SET n = n + 100 WHERE sub_code = '202'"))); // May 1
            QVERIFY(store->purge(history::PurgeRequest::selected({*flyingId})));                           // May 2
            QCOMPARE(StatisticsQuery::run(*store, period, Grouping::Day, test::shanghai())->totals.total, 109);
            QCOMPARE(StatisticsQuery::run(*store, period, Grouping::Day, QTimeZone(8 * 3600))->totals.total, 9);
        }
    }

    // A count of what the history bar filters by (statuses, SubCodes, error kinds, carriers, the
    // service, a batch, an operator, whole days) equals the attempts that match, however it is
    // counted: SQLite's kept counts or the rows; PostgreSQL's tally of the days that are over plus
    // today's attempts, minus those above a snapshot's id.
    void filteredCountsAgreeWithTheAttempts()
    {
        auto store = open();
        test::seedReportFixture(*store);
        const qint64 seeded = store->maxId().value();
        for (const QString& subCode : {QStringLiteral("101"), QStringLiteral("301")})
            QVERIFY(store->insert(test::resultOutcome(subCode, QDateTime::currentDateTimeUtc())));
        const auto rows = [&store](const history::HistoryFilter& f) {
            qint64 n = 0;
            const auto visited = store->forEach(f, {}, [&n](const history::AttemptRecord&) {
                ++n;
                return true;
            });
            return visited ? n : qint64(-1);
        };
        const auto midnight = [](int month, int day) { return test::shanghaiTime(month, day, 0, 0).toUTC(); };
        const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC(); // TZ=Asia/Shanghai
        struct Case
        {
            history::HistoryFilter filter;
            bool tally = true; // PostgreSQL reads its tally for it
        };
        QList<Case> cases;
        const auto add = [&cases](const std::function<void(history::HistoryFilter&)>& set, bool tally = true) {
            history::HistoryFilter f;
            set(f);
            cases.append({f, tally});
        };
        add([](auto&) {});
        add([](auto& f) { f.roles = {StatusRole::Pass}; });
        add([](auto& f) { f.roles = {StatusRole::Mismatch, StatusRole::PartialMismatch, StatusRole::Error}; });
        add([](auto& f) { f.subCodes = {QStringLiteral("301"), QStringLiteral("202")}; });
        add([](auto& f) { f.errorKinds = {QStringLiteral("timeout")}; });
        add([](auto& f) { f.ispNames = {QStringLiteral("CTCC"), QString()}; });
        add([](auto& f) { f.sandbox = true; });
        add([](auto& f) { f.sandbox = false; });
        add([](auto& f) { f.batchId = QStringLiteral("b1"); });
        add([](auto& f) { f.operatorName = QStringLiteral("bob"); });
        add([&](auto& f) { f.from = midnight(5, 2); });
        add([&](auto& f) {
            f.from = midnight(5, 1);
            f.to = midnight(5, 3);
            f.roles = {StatusRole::Error};
        });
        add([&](auto& f) { f.to = midnight(5, 2); });
        add([&](auto& f) {
            f.from = midnight(5, 3);
            f.to = midnight(5, 1);
        });
        add([&](auto& f) { f.from = today.addDays(1); });                       // only the future
        add([&](auto& f) { f.to = today.addDays(2); });                         // into the future
        add([&](auto& f) { f.idAtMost = seeded; });                             // a view's snapshot
        add([&](auto& f) { f.from = test::shanghaiTime(5, 1, 12, 0); }, false); // not a midnight
        add(
            [&](auto& f) {
                f.subCodes = {QStringLiteral("301")};
                f.referenceContains = QStringLiteral("x");
            },
            false);
        add([&](auto& f) {
            f.idAtMost = seeded + 1;
            f.subCodes = {QStringLiteral("101")};
        });
        const auto compareAll = [&](bool pastCountedTwice) {
            for (const Case& c : std::as_const(cases)) {
                qint64 expected = rows(c.filter);
                if (pastCountedTwice && c.tally) {
                    history::HistoryFilter past = c.filter; // its attempts of the days that are over
                    past.idAtMost.reset();
                    if (!past.to || *past.to > today)
                        past.to = today;
                    expected += rows(past);
                }
                const auto counted = store->count(c.filter);
                QVERIFY2(counted, counted ? "" : qPrintable(counted.error().message));
                QVERIFY2(*counted == expected,
                         QJsonDocument(c.filter.toJson()).toJson(QJsonDocument::Compact).constData());
            }
        };
        compareAll(false);
        QCOMPARE(store->count({}).value(), 10);
        if (!test::onPostgres())
            return;

        // PostgreSQL: once every day that is over is in the tally (each count counts for about a
        // second), the counts read it. With every group there counted twice, a count gains the
        // attempts of its days that are over, unless the filter asks what the tally cannot answer.
        QSqlDatabase db = QSqlDatabase::database(store->connectionName());
        const auto countedDays = [&db] {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM attempt_days_counted")) && q.next()
                       ? q.value(0).toLongLong()
                       : qint64(-1);
        };
        for (qint64 counted = -1; countedDays() != counted;) {
            counted = countedDays();
            QVERIFY(store->count({}));
        }
        QVERIFY(countedDays() > 900); // 2024-04-30 until yesterday
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE attempt_days SET n = n * 2")));
        compareAll(true);
        QVERIFY(q.exec(QStringLiteral("UPDATE attempt_days SET n = n / 2")));
        // A write to a past day forgets it (counted again from the attempts); an older attempt
        // than any before is counted too.
        history::HistoryFilter f;
        f.subCodes = {QStringLiteral("301")};
        QVERIFY(store->insert(test::resultOutcome(QStringLiteral("301"), test::shanghaiTime(5, 2, 12, 0))));
        QVERIFY(store->insert(test::resultOutcome(QStringLiteral("301"), test::shanghaiTime(3, 2, 12, 0))));
        QCOMPARE(store->count(f).value(), 4);
        compareAll(false);
    }

    // PostgreSQL's tally of past days next to a write transaction still open on another
    // connection: the write's change stays invisible (the tally is read as it was), days that are
    // not counted yet are not counted while the write holds the tally's lock (the attempts are
    // grouped instead), and once the write commits, the day it touched is counted again.
    void pastDaysAreCountedWhenNoWriteIsOpen()
    {
        if (!test::onPostgres())
            QSKIP("PostgreSQL's tally of the days that are over (SQLite's triggers count every write)");
        auto store = open();
        test::seedReportFixture(*store);
        const Period may{QDate(2024, 5, 1), QDate(2024, 5, 4)};
        const Period april{QDate(2024, 4, 20), QDate(2024, 4, 30)};
        const auto total = [&](const Period& period, const QTimeZone& zone) {
            const auto s = StatisticsQuery::run(*store, period, Grouping::Day, zone);
            return s ? s->totals.total : qint64(-1);
        };
        const QTimeZone grouped(8 * 3600); // the same offsets under another name: never the tally
        const qint64 inMay = total(may, grouped);
        QCOMPARE(total(may, test::shanghai()), inMay);
        QSqlDatabase db = QSqlDatabase::database(store->connectionName());
        const auto countedDays = [&db](const Period& period) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM attempt_days_counted WHERE day >= ? AND day <= ?"));
            q.addBindValue(QDate(1970, 1, 1).daysTo(period.first));
            q.addBindValue(QDate(1970, 1, 1).daysTo(period.last));
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        };
        QCOMPARE(countedDays(may), 4);
        QCOMPARE(countedDays(april), 0);
        QSqlQuery fudge(db);
        QVERIFY(fudge.exec(QStringLiteral("UPDATE attempt_days SET n = n + 100 WHERE sub_code = '301'"))); // May 2
        QCOMPARE(total(may, test::shanghai()), inMay + 100);

        {
            QSqlDatabase other = QSqlDatabase::cloneDatabase(db, QStringLiteral("open-write"));
            QVERIFY2(other.open(), qPrintable(other.lastError().text()));
            QSqlQuery write(other);
            QVERIFY(write.exec(QStringLiteral("BEGIN")));
            QVERIFY2(write.exec(QStringLiteral("UPDATE attempts SET sub_code = '101' WHERE sub_code = '301'")),
                     qPrintable(write.lastError().text()));
            QCOMPARE(total(may, test::shanghai()), inMay + 100); // not committed: the tally as it was
            QCOMPARE(total(april, test::shanghai()), total(april, grouped));
            QCOMPARE(countedDays(april), 0); // the open write holds the lock: grouped, not counted
            QVERIFY(write.exec(QStringLiteral("COMMIT")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("open-write"));

        // Committed: May 2 is counted again from the attempts (without the change made to the
        // tally by hand), the other days of May are still read from it.
        QVERIFY(fudge.exec(QStringLiteral("UPDATE attempt_days SET n = n + 1000 WHERE sub_code = '202'"))); // May 1
        QCOMPARE(total(may, test::shanghai()), inMay + 1000);
        QCOMPARE(total(april, test::shanghai()), total(april, grouped));
        QCOMPARE(countedDays(april), 11);
    }

    // Schema v14: the planner never starts a parallel worker for the tally (it costs more than the
    // sum), even where it would for the attempts themselves.
    void pastDaysAreReadWithoutParallelWorkers()
    {
        if (!test::onPostgres())
            QSKIP("PostgreSQL's tally of the days that are over");
        auto store = open();
        test::seedReportFixture(*store);
        QSqlDatabase db = QSqlDatabase::database(store->connectionName());
        QSqlQuery q(db);
        for (const char* cheap : {"parallel_setup_cost = 0",
                                  "parallel_tuple_cost = 0",
                                  "min_parallel_table_scan_size = 0",
                                  "max_parallel_workers_per_gather = 2"})
            QVERIFY2(q.exec(QStringLiteral("SET ") + QLatin1String(cheap)), qPrintable(q.lastError().text()));
        const auto plan = [&q](const QString& select) {
            QStringList lines;
            if (q.exec(QStringLiteral("EXPLAIN ") + select))
                while (q.next())
                    lines.append(q.value(0).toString());
            return lines.join(QLatin1Char('\n'));
        };
        const QString attempts = plan(QStringLiteral("SELECT SUM(latency_ms) FROM attempts"));
        QVERIFY2(attempts.contains(QStringLiteral("Gather")), qPrintable(attempts));
        const QString days = plan(QStringLiteral("SELECT SUM(n) FROM attempt_days"));
        QVERIFY2(!days.isEmpty() && !days.contains(QStringLiteral("Gather")), qPrintable(days));
        QVERIFY(q.exec(QStringLiteral("RESET ALL")));
    }

    void periodPresets()
    {
        const QDate sunday(2024, 5, 5);
        QCOMPARE(Period::thisWeek(sunday).first, QDate(2024, 4, 29));
        QCOMPARE(Period::thisWeek(sunday).last, sunday);
        QCOMPARE(Period::thisMonth(sunday).first, QDate(2024, 5, 1));
        QCOMPARE(Period::lastMonth(QDate(2024, 1, 15)).first, QDate(2023, 12, 1));
        QCOMPARE(Period::lastMonth(QDate(2024, 3, 31)).last, QDate(2024, 2, 29));
        QCOMPARE(Period::today(sunday).days(), 1);
        QCOMPARE(PeriodReport::groupingFor({QDate(2024, 1, 1), QDate(2024, 2, 29)}), Grouping::Day);
        QCOMPARE(PeriodReport::groupingFor({QDate(2024, 1, 1), QDate(2024, 12, 31)}), Grouping::Week);
        QCOMPARE(PeriodReport::groupingFor({QDate(2023, 1, 1), QDate(2024, 12, 31)}), Grouping::Month);
    }

    void reportHoldsTheAuditEventsOfThePeriod()
    {
        auto store = open();
        test::seedReportFixture(*store);
        QVERIFY(store->appendAudit(history::AuditEvent::retentionSettingChanged(std::nullopt, 30)));
        const QDate today = QDate::currentDate();
        const auto report = PeriodReport::build(*store, {today, today});
        QVERIFY(report);
        QVERIFY(!report->auditEvents.isEmpty());
        QVERIFY(report->auditCounts.value(
                    history::AuditEvent::idFor(history::AuditEvent::Kind::RetentionSettingChanged)) >= 1);
        const auto old = PeriodReport::build(*store, {QDate(2024, 5, 1), QDate(2024, 5, 3)}, test::shanghai());
        QVERIFY(old);
        QVERIFY(old->auditEvents.isEmpty());
        QCOMPARE(old->statistics.totals.total, 6);
        QVERIFY(!old->history.contains(QStringLiteral("PGPASSWORD")));
    }

    void receiptDigestIsOfTheCanonicalForm()
    {
        history::AttemptRecord r;
        r.attemptId = QStringLiteral("a1");
        r.startedMs = 1714492800000;
        r.operatorName = QStringLiteral("op");
        r.reference = QStringLiteral("K\"1\n");
        r.maskedMobile = QStringLiteral("138****8000");
        r.maskedName = QStringLiteral("张*");
        r.maskedIdNumber = QStringLiteral("110***********002X");
        r.endpoint = QStringLiteral("hongkong");
        r.httpStatus = 200;
        r.code = QStringLiteral("Success");
        r.requestId = QStringLiteral("RID");
        r.bizCode = QStringLiteral("1");
        r.subCode = QStringLiteral("101");
        r.ispName = QStringLiteral("CMCC");
        r.billed = true;
        r.latencyMs = 120;
        r.role = StatusRole::Pass;
        r.fingerprints.mobile = -9000000000000000001LL;
        const ReceiptRecord receipt{r};
        const QByteArray expected =
            "{\"attempt_id\":\"a1\",\"batch_id\":null,\"batch_row\":null,\"billed\":1,\"biz_code\":\"1\","
            "\"code\":\"Success\",\"endpoint\":\"hongkong\",\"error_kind\":null,\"fp_id\":null,"
            "\"fp_mobile\":-9000000000000000001,\"fp_name\":null,\"http_status\":200,\"isp_name\":\"CMCC\","
            "\"latency_ms\":120,\"masked_id\":\"110***********002X\",\"masked_mobile\":\"138****8000\","
            "\"masked_name\":\"\xE5\xBC\xA0*\",\"message\":\"\",\"operator_name\":\"op\",\"param_type\":\"normal\","
            "\"reference\":\"K\\\"1\\n\",\"request_id\":\"RID\",\"sandbox\":0,\"scheme\":\"v3\",\"send_count\":1,"
            "\"started_ms\":1714492800000,\"status_role\":\"pass\",\"sub_code\":\"101\"}";
        QCOMPARE(receipt.canonicalForm(), expected);
        QCOMPARE(receipt.sha256(),
                 QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        ReceiptRecord changed = receipt;
        changed.record.subCode = QStringLiteral("201");
        QVERIFY(changed.sha256() != receipt.sha256());
    }

    void receiptFindsAnAttemptByItsIdAndMatchesTheStore()
    {
        auto store = open();
        const QStringList ids = test::seedReportFixture(*store);
        const auto found = ReceiptRecord::find(*store, ids.at(4));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->attemptId, ids.at(4));
        QCOMPARE((*found)->errorKind, QStringLiteral("timeout"));
        QVERIFY(!(*found)->billed.has_value());
        const auto byRow = ReceiptRecord::find(*store, QString::number((*found)->id));
        QVERIFY(byRow && byRow->has_value());
        QCOMPARE(ReceiptRecord{**byRow}.sha256(), ReceiptRecord{**found}.sha256());
        const auto missing = ReceiptRecord::find(*store, QStringLiteral("no-such-attempt"));
        QVERIFY(missing && !missing->has_value());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
};

QTEST_MAIN(TestStatistics)
#include "teststatistics.moc"
