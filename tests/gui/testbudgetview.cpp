// The monthly budget on the desktop: the status bar's month-to-date figure, the banner from 80 %,
// Verify refused once a hard stop is reached (the problem banner says why), and the settings'
// billing fields stored as core reads them, each change an audit event.

#include "billing/budget.h"
#include "gui/budgetsettingsbox.h"
#include "gui/noticebanner.h"
#include "gui/statusindicators.h"
#include "guitestutil.h"
#include "history/auditevent.h"
#include "history/historystore.h"
#include "historytestdata.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QtTest>

using namespace tricheck;
using settings::Setting;

class TestBudgetView : public QObject
{
    Q_OBJECT

private:
    static void addSandboxAnswers(history::HistoryStore& store, int n)
    {
        for (int i = 0; i < n; ++i) {
            api::VerifyOutcome o = test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
            o.sandbox = true;
            QVERIFY(store.insert(history::AttemptRecord::fromOutcome(o)));
        }
    }

private slots:
    void theWindowFollowsTheBudgetUpToTheHardStop()
    {
        const settings::Policy policy =
            settings::Policy::parse("[Policy]\nMonthlyBudget=10\nBudgetHardStop=true\nBillingPrice=0.5 CNY\n");
        test::DesktopApp app(QStringLiteral("en"), policy);
        QVERIFY(app.waitReady());
        QVERIFY(app.session->service().isSandbox());
        auto* indicators = app.window->findChild<gui::StatusIndicators*>();
        auto* banner = app.window->findChild<gui::NoticeBanner*>(QStringLiteral("budgetBanner"));
        QVERIFY(indicators);
        QVERIFY(banner);
        QVERIFY(indicators->budgetText().startsWith(QStringLiteral("Simulated this month: 0")));
        QVERIFY(banner->isHidden());

        addSandboxAnswers(*app.session->history(), 8);
        app.session->refreshBudget();
        QVERIFY2(indicators->budgetText().contains(QStringLiteral("Simulated this month: 8")),
                 qPrintable(indicators->budgetText()));
        QVERIFY(indicators->budgetText().contains(QStringLiteral("of 10")));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("80%")), qPrintable(banner->text()));
        QVERIFY(app.session->canVerify());

        addSandboxAnswers(*app.session->history(), 2);
        app.session->refreshBudget();
        QVERIFY(!app.session->canVerify());
        QCOMPARE(app.session->notReadyStep(), session::Session::Step::Budget);
        QVERIFY(app.session->notReadyReason().contains(QStringLiteral("hard stop")));
        // The problem banner says why; the budget's own banner steps aside.
        QVERIFY(banner->isHidden());
        QVERIFY(app.session->verify({}, identity::ParamType::Normal, {}) == nullptr);
    }

    void theSettingsStoreWhatCoreReadsAndAuditIt()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        gui::BudgetSettingsBox box;
        box.load(app.session->config());
        QVERIFY(box.priceText().isEmpty());
        QVERIFY(box.budgetText().isEmpty());

        auto* price = box.findChild<QDoubleSpinBox*>(QStringLiteral("priceSpin"));
        auto* budget = box.findChild<QDoubleSpinBox*>(QStringLiteral("budgetSpin"));
        auto* unit = box.findChild<QComboBox*>(QStringLiteral("budgetUnitCombo"));
        QVERIFY(price && budget && unit);
        unit->setCurrentIndex(1); // money
        budget->setValue(500);
        QVERIFY(box.problem()); // money without a price
        price->setValue(0.5);
        QVERIFY(!box.problem());
        QCOMPARE(box.budgetText(), QStringLiteral("500.00 CNY"));
        QCOMPARE(box.priceText(), QStringLiteral("0.50 CNY"));

        box.store(app.settings);
        const billing::BudgetRule rule = app.session->config().budgetRule();
        QCOMPARE(*rule.limitChecks(), 1000);
        const auto events = app.session->history()->auditEvents(5);
        QVERIFY(events);
        QVERIFY(!events->isEmpty());
        QCOMPARE(events->first().kind, history::AuditEvent::Kind::BudgetChanged);
        QVERIFY2(events->first().subject.contains(QStringLiteral("500.00 CNY")), qPrintable(events->first().subject));
    }
};

QTEST_MAIN(TestBudgetView)
#include "testbudgetview.moc"
