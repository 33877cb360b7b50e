#include "gui/historyfilterbar.h"
#include "gui/historyview.h"
#include "gui/reportscontroller.h"
#include "gui/statisticsview.h"
#include "guitestutil.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "reportfixture.h"
#include "reports/receiptrecord.h"
#include "testenv.h"

#include <QBarSet>
#include <QChart>
#include <QMenu>
#include <QStackedBarSeries>
#include <QTableWidget>

using namespace tricheck;
using reports::kOutcomes;

namespace {

struct Seeded
{
    Seeded()
    {
        ids = test::seedReportFixture(*test::openStore(app.historyPath));
        app.session->reopenHistory();
    }
    gui::ReportsController* reports() const { return app.window->findChild<gui::ReportsController*>(); }

    test::DesktopApp app;
    QStringList ids;
};

} // namespace

// View → Statistics offscreen (TZ=Asia/Shanghai): the fixture's figures in the chart and the table,
// a bar or a table cell filtering the history, the live language switch, the report and record
// PDFs from the desktop.
class TestStatisticsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void showsTheFiguresOfThePeriod()
    {
        Seeded s;
        QVERIFY(s.app.waitReady());
        auto* statistics = s.app.window->findChild<QAction*>(QStringLiteral("actionStatistics"));
        QVERIFY(statistics);
        QVERIFY(statistics->isEnabled());
        QVERIFY(s.app.window->findChild<QMenu*>(QStringLiteral("menuView"))->actions().contains(statistics));
        QVERIFY(s.app.window->findChild<QMenu*>(QStringLiteral("menuFile"))
                    ->actions()
                    .contains(s.app.window->findChild<QAction*>(QStringLiteral("actionReport"))));
        statistics->trigger();
        gui::StatisticsView* view = s.reports()->statisticsView();
        QVERIFY(view && view->isVisible());
        view->setPeriod(gui::StatisticsView::CustomRange, QDate(2024, 5, 1), QDate(2024, 5, 3));
        QVERIFY(view->statistics());
        QCOMPARE(view->statistics()->totals.total, 6);

        // The numbers as a table: period, attempts, one column per outcome, billed, pass rate.
        QTableWidget* table = view->periodTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2024-05-01"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(1, 2 + reports::outcomeIndex(api::StatusRole::Error))->text(), QStringLiteral("2"));
        QCOMPARE(table->item(2, 2 + reports::outcomeIndex(api::StatusRole::Mismatch))->text(), QStringLiteral("1"));
        QVERIFY(table->focusPolicy() != Qt::NoFocus);
        QVERIFY(view->summaryText().contains(QStringLiteral("6 attempts")));
        QVERIFY(view->summaryText().contains(QStringLiteral("25.0%")));

        // The chart: one stacked bar series (a set per outcome) and the billed line.
        QCOMPARE(view->chart()->series().size(), 2);
        auto* bars = qobject_cast<QStackedBarSeries*>(view->chart()->series().at(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), int(kOutcomes.size()));
        QCOMPARE(bars->barSets().at(0)->at(0), 1.0); // consistent on 1 May
        QCOMPARE(bars->barSets().at(reports::outcomeIndex(api::StatusRole::Error))->at(1), 2.0);

        // Weeks: one bucket.
        view->setGrouping(reports::Grouping::Week);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("6"));
    }

    void barsAndCellsFilterTheHistory()
    {
        Seeded s;
        QVERIFY(s.app.waitReady());
        gui::StatisticsView* view = s.reports()->showStatistics();
        view->setPeriod(gui::StatisticsView::CustomRange, QDate(2024, 5, 1), QDate(2024, 5, 3));
        gui::HistoryView* history = s.app.window->historyView();
        QTRY_COMPARE(history->model()->rowCount(), 8);

        // A click on the error part of the 2 May bar.
        QBarSet* errors = qobject_cast<QStackedBarSeries*>(view->chart()->series().at(0))
                              ->barSets()
                              .at(reports::outcomeIndex(api::StatusRole::Error));
        emit qobject_cast<QStackedBarSeries*>(view->chart()->series().at(0))->clicked(1, errors);
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QVERIFY(history->filter().roles == QList<api::StatusRole>{api::StatusRole::Error});
        QCOMPARE(history->filter().from->toMSecsSinceEpoch(), test::shanghaiTime(5, 2, 0, 0).toMSecsSinceEpoch());
        QCOMPARE(history->filter().to->toMSecsSinceEpoch(), test::shanghaiTime(5, 3, 0, 0).toMSecsSinceEpoch());

        // The keyboard's way: a cell of the table activated (Enter) — consistent on 1 May.
        view->periodTable()->setCurrentCell(0, 2);
        view->periodTable()->setFocus();
        QTest::keyClick(view->periodTable(), Qt::Key_Return);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QVERIFY(history->filter().roles == QList<api::StatusRole>{api::StatusRole::Pass});

        // Inconsistent (201, 204) alone, on 3 May.
        view->requestFilter(2, reports::outcomeIndex(api::StatusRole::Mismatch));
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QVERIFY(history->filter().roles == QList<api::StatusRole>{api::StatusRole::Mismatch});
    }

    void switchesLanguageLive()
    {
        Seeded s;
        QVERIFY(s.app.waitReady());
        gui::StatisticsView* view = s.reports()->showStatistics();
        view->setPeriod(gui::StatisticsView::CustomRange, QDate(2024, 5, 1), QDate(2024, 5, 3));
        QCOMPARE(view->windowTitle(), QStringLiteral("Statistics"));
        s.app.translations.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(view->windowTitle(), QStringLiteral("统计"));
        QTRY_COMPARE(s.reports()->statisticsAction()->text(), QStringLiteral("统计(&T)…"));
        QVERIFY(view->chart()->title().contains(QStringLiteral("结果")));
        QCOMPARE(qobject_cast<QStackedBarSeries*>(view->chart()->series().at(0))->barSets().at(0)->label(),
                 QStringLiteral("一致"));
        s.app.translations.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(view->windowTitle(), QStringLiteral("Statistics"));
    }

    void writesTheReportAndRecordsAsPdf()
    {
        Seeded s;
        QVERIFY(s.app.waitReady());
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(s.reports()->writeReportTo({QDate(2024, 5, 1), QDate(2024, 5, 3)}, report));
        QVERIFY(test::fileBytes(report).startsWith("%PDF-"));
        auto store = s.app.session->history();
        const auto found = reports::ReceiptRecord::find(*store, s.ids.at(2));
        QVERIFY(found && found->has_value());
        const QString record = dir.filePath(QStringLiteral("record.pdf"));
        QVERIFY(s.reports()->saveRecord((*found)->id, record));
        QVERIFY(test::fileBytes(record).startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestStatisticsView)
#include "teststatisticsview.moc"
