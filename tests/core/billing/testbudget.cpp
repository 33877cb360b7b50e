// The budget rule (price, monthly budget, hard stop): parsing as stored, the limit in checks,
// what the status bar, the banner, a single check and a batch are told, and this month's counts
// from a real history (billed and maybe-billed attempts of one kind of service, this month only),
// and the session's tracker of them: counted when asked for, never an attempt twice.

#include "billing/budget.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "session/budgettracker.h"
#include "session/sessionconfig.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using billing::BatchBudget;
using billing::BudgetRule;
using billing::BudgetStatus;
using billing::MonthlyBudget;
using billing::Price;

namespace {

BudgetStatus
statusOf(const QString& budget, qint64 billed, qint64 unknown = 0, bool hardStop = false, const QString& price = {})
{
    BudgetStatus s;
    s.rule.budget = MonthlyBudget::parse(budget).value();
    s.rule.hardStop = hardStop;
    s.rule.price = Price::parse(price);
    s.month.billed = billed;
    s.month.billingUnknown = unknown;
    return s;
}

} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::shared_ptr<history::HistoryStore> openHistory(const QString& name)
    {
        history::HistoryStore::Options o;
        o.path = m_dir.filePath(name);
        auto store = history::HistoryStore::open(o);
        if (!store) {
            qWarning() << store.error().message;
            return nullptr;
        }
        return std::move(store).value();
    }

private slots:
    void pricesParseAsStoredInEveryLanguage()
    {
        QCOMPARE(Price::parse(u"0.5 CNY")->toString(), QStringLiteral("0.50 CNY"));
        QCOMPARE(Price::parse(u" cny 0.125 ")->toString(), QStringLiteral("0.125 CNY"));
        QCOMPARE(Price::parse(u"3 usd")->currency, QStringLiteral("USD"));
        QVERIFY(!Price::parse(u"0,50 CNY")); // a decimal comma is not read as anything
        QVERIFY(!Price::parse(u"-1 CNY"));
        QVERIFY(!Price::parse(u"0.50"));
        QVERIFY(!Price::parse(u"0.50 YUAN"));
        QVERIFY(!Price::parse(u""));
    }

    void budgetsAreChecksOrMoney()
    {
        QCOMPARE(*MonthlyBudget::parse(u"1000")->checks, 1000);
        QVERIFY(!MonthlyBudget::parse(u"1000")->money);
        QCOMPARE(*MonthlyBudget::parse(u"500 CNY")->money, 500.0);
        QCOMPARE(MonthlyBudget::parse(u"500 cny")->toString(), QStringLiteral("500.00 CNY"));
        QVERIFY(!MonthlyBudget::parse(u"")->isSet());
        QVERIFY(!MonthlyBudget::parse(u"0")->isSet());
        QVERIFY(!MonthlyBudget::parse(u"-5"));
        QVERIFY(!MonthlyBudget::parse(u"lots"));
    }

    void aBudgetInMoneyNeedsAPriceInItsCurrency()
    {
        BudgetRule rule;
        rule.budget = *MonthlyBudget::parse(u"5 CNY");
        QVERIFY(!rule.limitChecks());
        QVERIFY(rule.problem()->contains(QStringLiteral("no price")));
        rule.price = Price::parse(u"1 USD");
        QVERIFY(!rule.limitChecks());
        QVERIFY(rule.problem()->contains(QStringLiteral("USD")));
        rule.price = Price::parse(u"0.05 CNY");
        QCOMPARE(*rule.limitChecks(), 100); // 5 / 0.05, not 99 by a rounding error
        QVERIFY(!rule.problem());
        rule.price = Price::parse(u"0.30 CNY");
        QCOMPARE(*rule.limitChecks(), 16); // rounded down: a 17th check would cost 5.10
    }

    void theStatusWarnsFromEightyPercent()
    {
        QVERIFY(!statusOf(QStringLiteral("100"), 79).isWarning());
        QVERIFY(!statusOf(QStringLiteral("100"), 79).warningText());
        // An attempt that may have been billed counts as billed.
        QVERIFY(statusOf(QStringLiteral("100"), 79, 1).isWarning());
        QVERIFY(statusOf(QStringLiteral("100"), 80).warningText()->contains(QStringLiteral("80%")));
        QCOMPARE(*statusOf(QStringLiteral("100"), 80).remaining(), 20);
        QVERIFY(!statusOf(QStringLiteral("100"), 99).isExhausted());
        QVERIFY(statusOf(QStringLiteral("100"), 100).isExhausted());
        QCOMPARE(*statusOf(QStringLiteral("100"), 130).remaining(), 0);
        QVERIFY(!statusOf(QString(), 1'000'000).isWarning()); // no budget, no warning
        QVERIFY(!statusOf(QString(), 5).remaining());
    }

    void onlyAHardStopRefusesASingleCheck()
    {
        QVERIFY(!statusOf(QStringLiteral("10"), 10).singleCheckRefusal());         // soft: still sent
        QVERIFY(!statusOf(QStringLiteral("10"), 9, 0, true).singleCheckRefusal()); // one left
        const auto refusal = statusOf(QStringLiteral("10"), 9, 1, true).singleCheckRefusal();
        QVERIFY(refusal);
        QVERIFY(refusal->contains(QStringLiteral("Not sent")));
        QVERIFY(statusOf(QStringLiteral("10"), 10, 0, true).warningText()->contains(QStringLiteral("refused")));
    }

    void aBatchIsCountedAsIfEveryRowWereBilled()
    {
        const BatchBudget fits = statusOf(QStringLiteral("100"), 60).forBatch(40);
        QCOMPARE(fits.verdict, BatchBudget::Verdict::Fits);
        QCOMPARE(fits.rowsThatFit, 40);

        const BatchBudget soft = statusOf(QStringLiteral("100"), 60).forBatch(41);
        QCOMPARE(soft.verdict, BatchBudget::Verdict::Exceeds);
        QCOMPARE(soft.rowsThatFit, 40);
        QVERIFY(soft.message.contains(QStringLiteral("41 row")));

        const BatchBudget hard = statusOf(QStringLiteral("100"), 60, 5, true).forBatch(41);
        QCOMPARE(hard.verdict, BatchBudget::Verdict::Refused);
        QCOMPARE(hard.rowsThatFit, 35);
        const QJsonObject json = hard.toJson();
        QCOMPARE(json.value(QStringLiteral("rowsThatFit")).toInt(), 35);
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 41);
        QCOMPARE(json.value(QStringLiteral("remaining")).toInt(), 35);
        QCOMPARE(json.value(QStringLiteral("limit")).toInt(), 100);
        QCOMPARE(json.value(QStringLiteral("used")).toInt(), 65);
        QCOMPARE(json.value(QStringLiteral("hardStop")).toBool(), true);

        const BatchBudget none = statusOf(QString(), 1'000'000).forBatch(5);
        QCOMPARE(none.verdict, BatchBudget::Verdict::Fits);
        QVERIFY(none.toJson().value(QStringLiteral("limit")).isNull());
    }

    void theStatusBarSaysWhatIsBilledAndWhatItCosts()
    {
        QCOMPARE(statusOf(QString(), 12).statusText(), QStringLiteral("Billed this month: 12"));
        QVERIFY(statusOf(QStringLiteral("100"), 12, 0, false, QStringLiteral("0.5 CNY"))
                    .statusText()
                    .contains(QStringLiteral("of 100")));
        QVERIFY(statusOf(QStringLiteral("100"), 12, 0, false, QStringLiteral("0.5 CNY"))
                    .statusText()
                    .contains(QStringLiteral("6.00 CNY")));
        QVERIFY(statusOf(QStringLiteral("10 CNY"), 4, 0, false, QStringLiteral("0.5 CNY"))
                    .statusText()
                    .contains(QStringLiteral("2.00 CNY of 10.00 CNY")));
        QVERIFY(statusOf(QString(), 3, 2).statusText().contains(QStringLiteral("+2 may have been billed")));
        BudgetStatus sandbox = statusOf(QString(), 3);
        sandbox.sandbox = true;
        QVERIFY(sandbox.statusText().contains(QStringLiteral("not billed")));
    }

    void thePolicyLocksTheRule()
    {
        const auto policy = settings::Policy::parse(QByteArrayLiteral(
            "[Policy]\nMonthlyBudget=200\nBudgetHardStop=true\nBillingPrice=0.4 CNY\nLocked=MonthlyBudget,BudgetHardStop\n"));
        const session::SessionConfig config = session::SessionConfig::resolve(
            [](settings::Setting s) -> std::optional<QVariant> {
                if (s == settings::Setting::MonthlyBudget)
                    return QStringLiteral("5000");
                if (s == settings::Setting::BudgetHardStop)
                    return false;
                if (s == settings::Setting::BillingPrice)
                    return QStringLiteral("0.35 CNY");
                return std::nullopt;
            },
            policy);
        const BudgetRule rule = config.budgetRule();
        QCOMPARE(*rule.limitChecks(), 200); // locked: the operator's 5000 does not apply
        QVERIFY(rule.hardStop);
        QCOMPARE(rule.price->toString(), QStringLiteral("0.35 CNY")); // a preset: the operator's wins
        QVERIFY(config.isLocked(settings::Setting::MonthlyBudget));
        QVERIFY(!config.isLocked(settings::Setting::BillingPrice));
    }

    void thisMonthIsCountedFromTheHistory()
    {
        const auto store = openHistory(QStringLiteral("budget.sqlite"));
        QVERIFY(store);
        const QTimeZone zone("Asia/Shanghai");
        const QDate today(2026, 3, 15);
        const QDateTime inMonth(QDate(2026, 3, 1), QTime(0, 0, 5), zone);
        const QDateTime lastMonth(QDate(2026, 2, 28), QTime(23, 59, 55), zone);
        const QDateTime nextMonth(QDate(2026, 4, 1), QTime(0, 0, 0), zone);
        const auto add = [&](api::VerifyOutcome o, bool sandbox) {
            o.sandbox = sandbox;
            QVERIFY(store->insert(history::AttemptRecord::fromOutcome(o)));
        };
        for (int i = 0; i < 3; ++i)
            add(test::resultOutcome(QStringLiteral("101"), inMonth.toUTC()), false);         // billed
        add(test::resultOutcome(QStringLiteral("203"), inMonth.toUTC().addDays(10)), false); // billed
        add(test::resultOutcome(QStringLiteral("301"), inMonth.toUTC()), false);             // not billed
        add(test::errorOutcome(api::ErrorKind::Timeout, inMonth.toUTC()), false);            // may have been
        add(test::errorOutcome(api::ErrorKind::Authentication, inMonth.toUTC()), false);     // not billed
        add(test::resultOutcome(QStringLiteral("101"), lastMonth.toUTC()), false);           // other month
        add(test::resultOutcome(QStringLiteral("101"), nextMonth.toUTC()), false);           // other month
        add(test::resultOutcome(QStringLiteral("101"), inMonth.toUTC()), true);              // sandbox

        BudgetRule rule;
        rule.budget = *MonthlyBudget::parse(u"10");
        const auto real = billing::budgetStatus(*store, rule, false, today, zone);
        QVERIFY(real);
        QCOMPARE(real->month.billed, 4);
        QCOMPARE(real->month.billingUnknown, 1);
        QCOMPARE(*real->remaining(), 5);
        const auto sandbox = billing::budgetStatus(*store, rule, true, today, zone);
        QVERIFY(sandbox);
        QCOMPARE(sandbox->month.billed, 1);
        QCOMPARE(sandbox->month.billingUnknown, 0);
    }

    void theTrackerCountsWhenAskedAndNeverAnAttemptTwice()
    {
        std::shared_ptr<history::HistoryStore> store = openHistory(QStringLiteral("tracker.sqlite"));
        QVERIFY(store);
        const auto billed = [&] {
            api::VerifyOutcome outcome = test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
            [&] { QVERIFY(store->insert(history::AttemptRecord::fromOutcome(outcome))); }();
            return outcome;
        };
        billed();
        billed();

        session::BudgetTracker tracker;
        QSignalSpy changed(&tracker, &session::BudgetTracker::changed);
        BudgetRule soft;
        soft.budget = *MonthlyBudget::parse(u"4");
        tracker.refresh(store, soft, false);
        QCOMPARE(changed.count(), 1);
        // A rule without a hard stop cannot refuse a single check: nothing is counted for one.
        QVERIFY(!tracker.singleCheckRefusal());
        QVERIFY(!tracker.isCounted());

        // Recorded before the count: the count reads it from the history, add() does not add it again.
        tracker.add(billed(), false);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(tracker.status().month.billed, 3);
        QVERIFY(tracker.isCounted());
        // Recorded after the count: kept current without counting again.
        QVERIFY(store->insert(history::AttemptRecord::fromOutcome(
            test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())))); // a colleague's
        tracker.add(billed(), false);
        QCOMPARE(tracker.status().month.billed, 4);
        QVERIFY(!tracker.singleCheckRefusal()); // used up, but no hard stop

        // A hard stop: counted again before the single check, the colleague's attempt too.
        BudgetRule hard = soft;
        hard.hardStop = true;
        tracker.refresh(store, hard, false);
        QVERIFY(!tracker.isCounted());
        const auto refusal = tracker.singleCheckRefusal();
        QVERIFY(refusal);
        QVERIFY(refusal->contains(QStringLiteral("5 billed")));
        QVERIFY(tracker.isCounted());
        // Before the next single check: a count made a moment ago stands, an older one is made
        // again (a colleague's attempt since is seen).
        tracker.forgetCountsOlderThan(600000);
        QVERIFY(tracker.isCounted());
        QVERIFY(store->insert(history::AttemptRecord::fromOutcome(
            test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc()))));
        QCOMPARE(tracker.status().month.billed, 5);
        tracker.forgetCountsOlderThan(0);
        QVERIFY(!tracker.isCounted());
        QVERIFY(tracker.singleCheckRefusal()->contains(QStringLiteral("6 billed")));
        // The sandbox's simulated checks are another budget; a new month is counted again.
        tracker.add(test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc()), true);
        QCOMPARE(tracker.status().month.billed, 6);
        QVERIFY(!tracker.isCounted(QDate::currentDate().addMonths(1)));
        // A count that cannot be made (here: the history closed) keeps the last counts and adds
        // the attempts recorded since they went stale.
        tracker.refresh(store, soft, false);
        tracker.add(test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc()), false);
        store.reset();
        QCOMPARE(tracker.status().month.billed, 7);
        // Without a history nothing is counted, and nothing is refused.
        tracker.refresh(nullptr, hard, false);
        QCOMPARE(tracker.status().month.billed, 0);
        QVERIFY(!tracker.singleCheckRefusal());
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "testbudget.moc"
