// The history table: status colours in light and dark palettes, filtering, sorting, details,
// copying the RequestId, deleting a selection, export to CSV, live rows, and the models' contracts.
#include "common/appinfo.h"
#include "gui/exportcontroller.h"
#include "gui/historydetails.h"
#include "gui/historyfilterbar.h"
#include "gui/historyview.h"
#include "gui/messagebox.h"
#include "gui/statuspalette.h"
#include "gui/statusstyleproxy.h"
#include "gui/theme.h"
#include "guitestutil.h"
#include "history/auditlogmodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "sandbox/samplepeoplemodel.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

#include <functional>

using namespace tricheck;
using history::HistoryColumn;
using history::HistoryModel;

namespace {

// Contrast ratio of two colours (WCAG 2).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Ten attempts: every SubCode, two errors, two references, two days.
void seed(const QString& path)
{
    history::HistoryStore::Options options;
    options.path = path;
    auto store = history::HistoryStore::open(options).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const char* code : {"101", "201", "202", "203", "204", "301", "101", "202"}) {
        api::VerifyOutcome o = test::resultOutcome(QString::fromLatin1(code), now.addSecs(-(++n)));
        o.reference = QStringLiteral("KYC-%1").arg(n);
        QVERIFY(store->insert(o));
    }
    QVERIFY(store->insert(test::errorOutcome(api::ErrorKind::Timeout, now.addMSecs(-500))));
    QVERIFY(store->insert(test::errorOutcome(api::ErrorKind::Authentication, now.addDays(-3))));
}

struct Seeded
{
    Seeded()
    {
        seed(app.historyPath);
        app.session->reopenHistory();
    }
    bool ready()
    {
        return app.waitReady() &&
               QTest::qWaitFor([this] { return view()->model() && view()->model()->rowCount() == 10; });
    }
    gui::HistoryView* view() const { return app.window->historyView(); }
    // `n` attempts more, referenced BULK-0 … from another connection (a batch, the CLI).
    bool addBulk(int n)
    {
        history::HistoryStore::Options options;
        options.path = app.historyPath;
        auto store = history::HistoryStore::open(options);
        if (!store)
            return false;
        QList<history::AttemptRecord> bulk;
        for (int i = 0; i < n; ++i) {
            api::VerifyOutcome o = test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
            o.reference = QStringLiteral("BULK-%1").arg(i);
            bulk.append(history::AttemptRecord::fromOutcome(o));
        }
        return bool((*store)->insertBatch(bulk));
    }

    test::DesktopApp app;
};

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { QSettings().clear(); }

    void paletteIsReadableInBothVariants()
    {
        for (bool dark : {false, true}) {
            const gui::StatusPalette palette(dark);
            for (int role = 0; role <= int(api::StatusRole::Unknown); ++role) {
                const gui::StatusColors c = palette.colors(api::StatusRole(role));
                QVERIFY2(contrast(c.foreground, c.background) >= 7.0, qPrintable(QString::number(role)));
            }
            const QColor base = dark ? QColor(0x1f, 0x21, 0x24) : QColor(Qt::white);
            QVERIFY(contrast(palette.errorText(), base) >= 4.5);
            QVERIFY(contrast(palette.warningText(), base) >= 4.5);
        }
    }

    void modelsKeepTheirContracts()
    {
        Seeded s;
        QVERIFY(s.ready());
        QAbstractItemModelTester styled(s.view()->styledModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester columns(s.view()->table()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        s.view()->table()->sortByColumn(s.view()->section(HistoryColumn::Reference), Qt::AscendingOrder);
        s.view()->setColumnShown(HistoryColumn::Operator, false);
        s.view()->setColumnShown(HistoryColumn::SubCode, true);
        s.view()->model()->setFilter({});
        s.view()->model()->refresh();

        history::AuditLogModel audit(s.app.session->history());
        QVERIFY(s.app.session->history()->appendAudit(history::AuditEvent::retentionSettingChanged(std::nullopt, 30)));
        QVERIFY(s.app.session->history()->appendAudit(history::AuditEvent::retentionSettingChanged(30, std::nullopt)));
        QTRY_VERIFY(audit.rowCount() >= 2);
        audit.setPageSize(1);
        audit.reload();
        QCOMPARE(audit.rowCount(), 1);
        // The tester comes after the reset: Qt 6.4's tester runs its checks, fetchMore() included,
        // from modelReset before it has noted the end of the reset, and would report the rows that
        // fetchMore() inserts as inserted during a reset.
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (audit.canFetchMore({}))
            audit.fetchMore({});
        QVERIFY(audit.rowCount() >= 2);
        QCOMPARE(audit.index(0, history::AuditLogModel::Event).data().toString(), QStringLiteral("Retention setting"));

        sandbox::SamplePeopleModel people;
        QAbstractItemModelTester peopleTester(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        gui::StatusStyleProxy proxy(sandbox::SamplePeopleModel::OutcomeRole, sandbox::SamplePeopleModel::Result);
        proxy.setSourceModel(&people);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(people.rowCount(), sandbox::Registry::defaultRegistry().size());
        QCOMPARE(people.index(0, 0).data(sandbox::SamplePeopleModel::SubCodeRole), QVariant(QStringLiteral("101")));
        // A language switch reaches the model through the translations service.
        const QVariant englishHeader = people.headerData(sandbox::SamplePeopleModel::Result, Qt::Horizontal);
        QSignalSpy headers(&people, &QAbstractItemModel::headerDataChanged);
        QVERIFY(s.app.translations.setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(!headers.isEmpty());
        QVERIFY(people.headerData(sandbox::SamplePeopleModel::Result, Qt::Horizontal) != englishHeader);
        QVERIFY(s.app.translations.setLanguage(QStringLiteral("en")));
        QCOMPARE(people.headerData(sandbox::SamplePeopleModel::Result, Qt::Horizontal), englishHeader);
    }

    void rowsWithoutAStatusAreLeftPlain()
    {
        // A row the history model is still reading has no outcome yet: no tint, icon or status name.
        QStandardItemModel rows(2, 2);
        rows.setData(rows.index(0, 1), int(api::StatusRole::Mismatch), HistoryModel::OutcomeRole);
        rows.setData(rows.index(1, 0), QStringLiteral("Reading…"));
        gui::StatusStyleProxy proxy(HistoryModel::OutcomeRole, 1);
        proxy.setSourceModel(&rows);
        const gui::StatusPalette palette(false);
        QCOMPARE(proxy.index(0, 1).data(Qt::BackgroundRole).value<QBrush>().color(),
                 palette.colors(api::StatusRole::Mismatch).background);
        QVERIFY(!proxy.index(0, 1).data(Qt::DecorationRole).isNull());
        for (const int role : {int(Qt::BackgroundRole),
                               int(Qt::ForegroundRole),
                               int(Qt::DecorationRole),
                               int(Qt::AccessibleDescriptionRole)})
            QVERIFY(!proxy.index(1, 1).data(role).isValid());
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Reading…"));
    }

    void coloursFollowThePalette()
    {
        Seeded s;
        QVERIFY(s.ready());
        const QAbstractItemModel* model = s.view()->styledModel();
        const auto background = [model](int row) {
            return model->index(row, 0).data(Qt::BackgroundRole).value<QBrush>().color();
        };
        const auto role = [model](int row) {
            return api::StatusRole(model->index(row, 0).data(HistoryModel::OutcomeRole).toInt());
        };
        QCOMPARE(background(0), gui::StatusPalette(false).colors(role(0)).background);
        const QPalette light = QApplication::palette();
        gui::Theme::applyDark(*qApp);
        QVERIFY(gui::Theme::isDark(QApplication::palette()));
        QTRY_COMPARE(background(0), gui::StatusPalette(true).colors(role(0)).background);
        QCOMPARE(model->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(),
                 gui::StatusPalette(true).colors(role(0)).foreground);
        QApplication::setPalette(light);
        QTRY_COMPARE(background(0), gui::StatusPalette(false).colors(role(0)).background);
    }

    void filterBarNarrowsInSql()
    {
        Seeded s;
        QVERIFY(s.ready());
        gui::HistoryFilterBar* bar = s.view()->filterBar();
        auto* status = bar->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        auto* period = bar->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
        auto* search = bar->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* count = bar->findChild<QLabel*>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("10 attempts"));

        status->setCurrentIndex(5); // errors
        emit status->activated(5);
        QCOMPARE(s.view()->model()->rowCount(), 2);
        status->setCurrentIndex(2); // inconsistent, partial included
        emit status->activated(2);
        QCOMPARE(s.view()->model()->rowCount(), 5);
        status->setCurrentIndex(0);
        emit status->activated(0);

        period->setCurrentIndex(1); // today
        emit period->activated(1);
        QCOMPARE(s.view()->model()->rowCount(), 9);
        period->setCurrentIndex(0);
        emit period->activated(0);

        QTest::keyClicks(search, QStringLiteral("kyc-7"));
        QTRY_COMPARE(s.view()->model()->rowCount(), 1); // debounced, case-insensitive
        QCOMPARE(count->text(), QStringLiteral("1 attempt"));
        QCOMPARE(s.view()->model()->index(0, int(HistoryColumn::Reference)).data().toString(), QStringLiteral("KYC-7"));
        bar->reset();
        QCOMPARE(s.view()->model()->rowCount(), 10);
    }

    void countingInTheBackground()
    {
        Seeded s;
        QVERIFY(s.ready());
        QVERIFY(s.addBulk(600));
        QTRY_COMPARE(s.view()->model()->totalRows(), 610);
        gui::HistoryFilterBar* bar = s.view()->filterBar();
        auto* search = bar->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* count = bar->findChild<QLabel*>(QStringLiteral("countLabel"));
        // A reference text is not counted from kept numbers: the first page first, then the count.
        // (Seen as the filter is applied: the count's answer can only arrive after that.)
        HistoryModel* model = s.view()->model();
        bool counting = false;
        QString label;
        qint64 exported = -1;
        int rows = -1;
        connect(model, &QAbstractItemModel::modelReset, this, [&] {
            counting = model->isCounting();
            rows = model->rowCount();
            label = count->text();
            exported = s.view()->matchingRows();
        });
        QTest::keyClicks(search, QStringLiteral("ref:bulk"));
        QTRY_VERIFY(!label.isEmpty());
        QVERIFY(counting);
        QCOMPARE(label, QStringLiteral("Counting…"));
        QCOMPARE(rows, 256);     // the first page
        QCOMPARE(exported, 600); // what an export names, counted at once
        QTRY_COMPARE(count->text(), QStringLiteral("600 attempts"));
        QVERIFY(!model->isCounting());
        QTRY_COMPARE(model->rowCount(), 600);
        QCOMPARE(s.view()->matchingRows(), 600);
    }

    // File → Export history… while the view still counts: the warning waits for that count (it is
    // not made again on the GUI thread) and names it; another filter meanwhile drops the export.
    void exportWaitsForTheCount()
    {
        Seeded s;
        QVERIFY(s.ready());
        QVERIFY(s.addBulk(300));
        QTRY_COMPARE(s.view()->model()->totalRows(), 310);
        HistoryModel* model = s.view()->model();
        auto* search = s.view()->filterBar()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        const QString path = s.app.dir.filePath(QStringLiteral("counted.csv"));
        QSignalSpy finished(s.app.window->exporter(), &gui::ExportController::finished);
        bool askedAtOnce = true;
        bool asked = false;
        auto waiting = connect(model, &QAbstractItemModel::modelReset, this, [&] {
            if (asked || !model->isCounting())
                return;
            asked = true;
            gui::MessageBox::setNextFileName(path);
            gui::MessageBox::setNextAnswer(QMessageBox::Yes);
            const QString before = gui::MessageBox::lastText();
            s.app.window->exportHistory();
            askedAtOnce = gui::MessageBox::lastText() != before || s.app.window->exporter()->isRunning();
        });
        QTest::keyClicks(search, QStringLiteral("ref:bulk"));
        QTRY_VERIFY(asked);
        disconnect(waiting);
        QVERIFY(!askedAtOnce);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000); // it may have ended while `asked` was awaited
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("300 attempt")),
                 qPrintable(gui::MessageBox::lastText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 301); // the header and every attempt, not the first page

        // From the whole history, `ref:bulk` again (counted in the background): an export is asked
        // for while it counts, and then `meanwhile` happens.
        const auto exportWhileCounting = [&](const QString& file, const std::function<void()>& meanwhile) {
            search->clear();
            emit search->returnPressed();
            if (!QTest::qWaitFor([&] { return model->totalRows() == 310; }))
                return false;
            bool asked = false;
            const auto waiting = connect(model, &QAbstractItemModel::modelReset, this, [&] {
                if (asked || !model->isCounting())
                    return;
                asked = true;
                gui::MessageBox::setNextFileName(file);
                gui::MessageBox::setNextAnswer(QMessageBox::Yes);
                s.app.window->exportHistory();
                meanwhile();
            });
            search->setText(QStringLiteral("ref:bulk"));
            emit search->returnPressed();
            disconnect(waiting);
            return asked;
        };
        // Nothing was asked or written, and the status bar says `why`.
        const QString before = gui::MessageBox::lastText();
        const auto notStarted = [&](const QString& file, const QString& why) {
            QTest::qWait(100);
            const bool untouched =
                !s.app.window->exporter()->isRunning() && !QFile::exists(file) && gui::MessageBox::lastText() == before;
            gui::MessageBox::forgetPreparedAnswers(); // not asked for, as they should not be
            const QStatusBar* bar = s.app.window->statusBar();
            const QString said = bar->toolTip().isEmpty() ? bar->currentMessage() : bar->toolTip(); // whole, if elided
            if (!said.contains(why))
                qWarning().noquote() << "the status bar says:" << said;
            return untouched && said.contains(why);
        };

        // Another filter while the export waits (one counted in the background too).
        const QString dropped = s.app.dir.filePath(QStringLiteral("dropped.csv"));
        QVERIFY(exportWhileCounting(dropped, [&] {
            search->setText(QStringLiteral("ref:ulk")); // the same 300 attempts, another filter
            emit search->returnPressed();               // applied at once
        }));
        QVERIFY(model->isCounting());
        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(model->totalRows(), 300);
        QVERIFY(notStarted(dropped, QStringLiteral("not started")));

        // The history opened again while the export waits: the count it waited for is gone with
        // the model (before, the wait ended without a word).
        const QString reopened = s.app.dir.filePath(QStringLiteral("reopened.csv"));
        QVERIFY(exportWhileCounting(reopened, [&] {
            s.app.session->reopenHistory(); // the view's model goes at once; the history comes back later
        }));
        QTRY_VERIFY(s.view()->model() && s.view()->model()->rowCount() > 0);
        QVERIFY(notStarted(reopened, QStringLiteral("another history")));
    }

    void mineOrWholeTeam()
    {
        Seeded s;
        // Two attempts by colleagues sharing the history.
        {
            history::HistoryStore::Options options;
            options.path = s.app.historyPath;
            auto store = history::HistoryStore::open(options).value();
            for (const QString& colleague : {QStringLiteral("colleague-a"), QStringLiteral("colleague-b")}) {
                history::AttemptRecord r = history::AttemptRecord::fromOutcome(
                    test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc().addSecs(-100)));
                r.operatorName = colleague;
                QVERIFY(store->insert(r));
            }
        }
        QVERIFY(s.app.waitReady());
        QTRY_COMPARE(s.view()->model()->rowCount(), 12);
        gui::HistoryFilterBar* bar = s.view()->filterBar();
        auto* whose = bar->findChild<QComboBox*>(QStringLiteral("operatorComboBox"));
        QVERIFY(whose);
        QVERIFY(whose->isHidden()); // a file on this desk: no team to choose from
        // As on a history shared on PostgreSQL (HistoryView decides from the store's location).
        bar->setSharedHistory(true);
        QVERIFY(!whose->isHidden());
        QCOMPARE(whose->currentText(), QStringLiteral("Whole team"));
        QCOMPARE(whose->count(), 2);
        whose->setCurrentIndex(1); // mine
        emit whose->activated(1);
        QCOMPARE(s.view()->model()->rowCount(), 10);
        QCOMPARE(bar->filter().operatorName, std::optional<QString>(AppInfo::osUserName()));
        for (int row = 0; row < s.view()->model()->rowCount(); ++row)
            QCOMPARE(s.view()->model()->index(row, int(HistoryColumn::Operator)).data().toString(),
                     AppInfo::osUserName());
        bar->reset();
        QCOMPARE(whose->currentIndex(), 0);
        QCOMPARE(s.view()->model()->rowCount(), 12);
        // Back on a desk's own file, "mine" no longer narrows.
        whose->setCurrentIndex(1);
        emit whose->activated(1);
        QCOMPARE(s.view()->model()->rowCount(), 10);
        bar->setSharedHistory(false);
        QVERIFY(whose->isHidden());
        QVERIFY(!bar->filter().operatorName);
        QCOMPARE(s.view()->model()->rowCount(), 12);
    }

    void sortsByAnyColumn()
    {
        Seeded s;
        QVERIFY(s.ready());
        QHeaderView* header = s.view()->table()->horizontalHeader();
        for (const HistoryColumn column : {HistoryColumn::Reference, HistoryColumn::Result, HistoryColumn::Billing}) {
            header->setSortIndicator(s.view()->section(column), Qt::AscendingOrder);
            QCOMPARE(s.view()->model()->sortOrder().column, column);
            QCOMPARE(s.view()->model()->rowCount(), 10);
        }
        header->setSortIndicator(s.view()->section(HistoryColumn::Reference), Qt::AscendingOrder);
        QStringList references;
        for (int row = 0; row < 8; ++row)
            references.append(s.view()->styledModel()->index(row, int(HistoryColumn::Reference)).data().toString());
        QStringList sorted = references;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(references, sorted);
    }

    void detailsAndCopy()
    {
        Seeded s;
        QVERIFY(s.ready());
        s.view()->table()->selectRow(1); // row 0 is the timeout, which has no RequestId
        const auto record = s.view()->currentRecord();
        QVERIFY(record);
        auto* details = s.view()->findChild<gui::HistoryDetails*>();
        QVERIFY(details && details->record());
        QCOMPARE(details->record()->id, record->id);
        bool masked = false;
        for (const QLabel* label : details->findChildren<QLabel*>())
            masked = masked || label->text() == record->maskedMobile;
        QVERIFY(masked);
        QVERIFY(s.view()->copyRequestIdAction()->isEnabled());
        s.view()->copyRequestIdAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), record->requestId);
    }

    void deletesTheSelectionAfterConfirmation()
    {
        Seeded s;
        QVERIFY(s.ready());
        QTableView* table = s.view()->table();
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        s.view()->purgeSelectedAction()->trigger();
        QCOMPARE(s.view()->model()->rowCount(), 10);
        QCOMPARE(gui::MessageBox::lastText(), QStringLiteral("Delete 2 attempts from the history?"));

        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        s.view()->purgeSelectedAction()->trigger();
        QTRY_COMPARE(s.view()->model()->rowCount(), 8);
        const auto events = s.app.session->history()->auditEvents().value();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().kind, history::AuditEvent::Kind::Purge);
        QCOMPARE(events.first().rowCount.value_or(0), 2);
    }

    void exportsExactlyTheView()
    {
        Seeded s;
        QVERIFY(s.ready());
        auto* status = s.view()->filterBar()->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        status->setCurrentIndex(1); // consistent
        emit status->activated(1);
        QCOMPARE(s.view()->model()->rowCount(), 2);
        s.view()->setColumnShown(HistoryColumn::Operator, false);

        const QString path = s.app.dir.filePath(QStringLiteral("out.csv"));
        QSignalSpy finished(s.app.window->exporter(), &gui::ExportController::finished);
        gui::MessageBox::setNextFileName(path);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        s.app.window->exportHistory();
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("personal data")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the final CRLF
        // The view's order: the outcome and the carrier right after the time.
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFTime,Result,Carrier,Mobile (masked)"));
        QVERIFY(!lines.first().contains("Operator"));
        const auto events = s.app.session->history()->auditEvents().value();
        QCOMPARE(events.first().kind, history::AuditEvent::Kind::Export);
        QCOMPARE(events.first().rowCount.value_or(0), 2);

        // Declining the personal-data warning writes nothing.
        const QString declined = s.app.dir.filePath(QStringLiteral("declined.csv"));
        gui::MessageBox::setNextFileName(declined);
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        s.app.window->exportHistory();
        QVERIFY(!s.app.window->exporter()->isRunning());
        QVERIFY(!QFile::exists(declined));
    }

    void newAttemptsAppearLive()
    {
        Seeded s;
        QVERIFY(s.ready());
        history::HistoryStore::Options options;
        options.path = s.app.historyPath;
        options.integrityCheck = history::HistoryStore::IntegrityCheck::Skip;
        auto other = history::HistoryStore::open(options).value(); // another connection (a batch, the CLI)
        api::VerifyOutcome o = test::resultOutcome(QStringLiteral("203"), QDateTime::currentDateTimeUtc());
        o.reference = QStringLiteral("LIVE");
        QVERIFY(other->insert(o));
        QTRY_COMPARE(s.view()->model()->rowCount(), 11);
        QCOMPARE(s.view()->styledModel()->index(0, int(HistoryColumn::Reference)).data().toString(),
                 QStringLiteral("LIVE"));
    }
};

QTEST_MAIN(TestHistoryView)
#include "testhistoryview.moc"
