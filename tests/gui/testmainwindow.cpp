// The whole desktop against its in-process sandbox and a real SQLite history: verify, see the row
// appear coloured and masked, never send twice, switch the language live, keep personal data
// and secrets out of every model role.
#include "api/resultcatalogue.h"
#include "gui/historyview.h"
#include "gui/messagebox.h"
#include "gui/noticebanner.h"
#include "gui/privacylineedit.h"
#include "gui/resultpanel.h"
#include "gui/samplepeopledialog.h"
#include "gui/settingsdialog.h"
#include "gui/statusindicators.h"
#include "gui/statuspalette.h"
#include "gui/statusstyleproxy.h"
#include "gui/verifycontroller.h"
#include "gui/verifyform.h"
#include "guitestutil.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "identity/digest.h"
#include "sandbox/samplepeoplemodel.h"
#include "sandbox/sandboxserver.h"
#include "testenv.h"

#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace tricheck;
using history::HistoryModel;

namespace {

const identity::IdentityInput kZhangSan{QStringLiteral("13800138000"),
                                        QStringLiteral("张三"),
                                        QStringLiteral("11010519491231002X")};

void typeTriple(gui::MainWindow& window, const identity::IdentityInput& input)
{
    auto* mobile = test::child<gui::PrivacyLineEdit>(&window, "mobileLineEdit");
    auto* name = test::child<gui::PrivacyLineEdit>(&window, "nameLineEdit");
    auto* id = test::child<gui::PrivacyLineEdit>(&window, "idLineEdit");
    for (gui::PrivacyLineEdit* edit : {mobile, name, id})
        edit->setValue(QString());
    test::typeInto(mobile, input.mobile);
    test::commitInto(name, input.name);
    test::typeInto(id, input.idNumber);
}

// Verifies what the form holds and waits until the outcome is shown.
bool verifyNow(gui::MainWindow& window)
{
    QSignalSpy done(window.controller(), &gui::VerifyController::runningChanged);
    QTest::mouseClick(test::child<QPushButton>(&window, "verifyButton"), Qt::LeftButton);
    if (!window.controller()->isRunning())
        return false;
    return done.wait(30000) && !window.controller()->isRunning();
}

QStringList plaintextsOf(const identity::IdentityInput& in)
{
    QStringList out{in.mobile, in.name, in.idNumber};
    for (const QString& value : QStringList(out))
        out.append(identity::md5Hex(value));
    out.append(in.idNumber.left(17)); // digits-only forms
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { QSettings().clear(); }

    void startsInTheSandbox()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(app.session->service().isSandbox());
        QVERIFY(app.window->sandboxBanner()->isVisible());
        QVERIFY(app.window->sandboxBanner()->text().contains(QStringLiteral("Sandbox — simulated results, nothing is "
                                                                            "billed")));
        QVERIFY(app.window->problemBanner()->isHidden());
        QVERIFY(app.window->statusIndicators()->endpointText().contains(QStringLiteral("Sandbox (127.0.0.1:")));
        QVERIFY(app.window->statusIndicators()->schemeText().contains(QStringLiteral("V3")));
        QCOMPARE(app.window->statusIndicators()->countsText(),
                 QStringLiteral("Today: 0 verified · 0 billed · errors: 0"));
        QVERIFY(app.window->windowTitle().contains(QStringLiteral("sandbox")));
    }

    void longStatusMessagesEndInAnEllipsis()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        app.window->resize(900, 700);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QStatusBar* bar = app.window->statusBar();
        gui::StatusIndicators* indicators = app.window->statusIndicators();
        QTRY_VERIFY(bar->width() <= 900);
        const QString text = QStringLiteral("Exported 1,000,000 attempts to ") + QString(40, u'x') +
                             QStringLiteral("/a/very/long/folder/name/that/never/ends/tricheck-history.csv");
        indicators->showMessage(bar, text);
        const QString shown = bar->currentMessage();
        QVERIFY2(shown.contains(u'…'), qPrintable(shown));
        // The indicators give way while it shows, and take their room back after.
        QTRY_VERIFY(bar->fontMetrics().horizontalAdvance(shown) <= bar->width() - indicators->width());
        QCOMPARE(bar->toolTip(), text); // the whole message while it shows
        QVERIFY(indicators->maximumWidth() < bar->width());
        bar->clearMessage();
        QVERIFY(bar->toolTip().isEmpty());
        // (Not the width itself: the background history check may show its message meanwhile.)
        QCOMPARE(indicators->maximumWidth(), QWIDGETSIZE_MAX);

        indicators->showMessage(bar, QStringLiteral("Copied"));
        QCOMPARE(bar->currentMessage(), QStringLiteral("Copied"));
        QVERIFY(bar->toolTip().isEmpty());
    }

    void checksTheHistoryOnDemand()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        auto* action = app.window->findChild<QAction*>(QStringLiteral("actionCheckHistory"));
        QVERIFY(action);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(gui::MessageBox::lastTitle(), QStringLiteral("Check history"), 30000);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("sound")),
                 qPrintable(gui::MessageBox::lastText()));
        // Remembered in the history.
        const auto last = app.session->history()->lastIntegrityCheck();
        QVERIFY(last && last.value());
        QVERIFY((*last)->sound());
    }

    void verifiesAndTheRowAppears()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        typeTriple(*app.window, kZhangSan);
        test::typeInto(test::child<QLineEdit>(app.window.get(), "referenceLineEdit"), QStringLiteral("KYC-42"));
        QVERIFY(verifyNow(*app.window));

        gui::ResultPanel* panel = app.window->resultPanel();
        QCOMPARE(panel->statusText(), api::ResultCatalogue::roleName(api::StatusRole::Pass));
        QCOMPARE(panel->statusRole(), api::StatusRole::Pass);
        QVERIFY(test::child<QLabel>(panel, "carrierValue")->text().contains(QStringLiteral("China Mobile")));
        // The sandbox's answers are simulated: never "Billed".
        QVERIFY(test::child<QLabel>(panel, "billingValue")->text().contains(QStringLiteral("Simulated — not billed")));
        QVERIFY(!test::child<QLabel>(panel, "requestIdValue")->text().isEmpty());
        QVERIFY(test::child<QWidget>(panel, "historyWarningFrame")->isHidden());
        QCOMPARE(test::child<QToolButton>(panel, "copyRequestIdButton")->accessibleName(),
                 QStringLiteral("Copy the RequestId"));

        gui::HistoryView* view = app.window->historyView();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QAbstractItemModel* styled = view->styledModel();
        const auto cell = [styled](HistoryModel::Role role) { return styled->index(0, 0).data(role); };
        QCOMPARE(cell(HistoryModel::OutcomeRole).toInt(), int(api::StatusRole::Pass));
        const gui::StatusPalette palette = gui::StatusPalette::forPalette(app.window->palette());
        QCOMPARE(styled->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(),
                 palette.colors(api::StatusRole::Pass).background);
        QVERIFY(!styled->index(0, int(history::HistoryColumn::Result)).data(Qt::DecorationRole).isNull());
        QCOMPARE(styled->index(0, int(history::HistoryColumn::MaskedMobile)).data().toString(),
                 QStringLiteral("138****8000"));
        QCOMPARE(styled->index(0, int(history::HistoryColumn::MaskedName)).data().toString(), QStringLiteral("张*"));
        QCOMPARE(styled->index(0, int(history::HistoryColumn::MaskedIdNumber)).data().toString(),
                 QStringLiteral("110***********002X"));
        QCOMPARE(styled->index(0, int(history::HistoryColumn::Reference)).data().toString(), QStringLiteral("KYC-42"));
        QTRY_COMPARE(app.window->statusIndicators()->countsText(),
                     QStringLiteral("Today: 1 verified · 0 billed · errors: 0 · Simulated — not billed: 1"));

        // The twelve columns of the table; the rest hidden until chosen.
        for (int i = 0; i < history::kHistoryColumnCount; ++i)
            QCOMPARE(view->section(history::HistoryColumn(i)) < 0, i >= history::kHistoryDefaultColumnCount);
        QCOMPARE(view->visibleColumns().size(), history::kHistoryDefaultColumnCount);
        QCOMPARE(view->table()->model()->columnCount(), history::kHistoryDefaultColumnCount);

        // The details pane shows the selected attempt.
        view->table()->selectRow(0);
        QVERIFY(view->currentRecord().has_value());
        QCOMPARE(view->currentRecord()->reference, QStringLiteral("KYC-42"));
    }

    void everySubCodeFromTheSamplePeople()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        gui::SamplePeopleDialog* people = app.window->showSamplePeople();
        QVERIFY(people);
        const sandbox::SamplePeopleModel* model = people->model();
        QHash<QString, api::StatusRole> seen;
        for (int row : {0, 7}) { // 张三 (active) and 杨帆 (status "other")
            people->table()->selectRow(row);
            for (const sandbox::SampleRecipe& recipe : model->recipes(row)) {
                auto* button = people->findChild<QPushButton*>(QStringLiteral("fill%1Button").arg(recipe.subCode));
                QVERIFY2(button, qPrintable(recipe.subCode));
                QTest::mouseClick(button, Qt::LeftButton);
                QCOMPARE(app.window->verifyForm()->input().mobile, recipe.input.mobile);
                QVERIFY(verifyNow(*app.window));
                const QAbstractItemModel* styled = app.window->historyView()->styledModel();
                QTRY_COMPARE(styled->index(0, int(history::HistoryColumn::SubCode)).data().toString(), recipe.subCode);
                seen.insert(recipe.subCode,
                            api::StatusRole(styled->index(0, 0).data(HistoryModel::OutcomeRole).toInt()));
            }
        }
        QCOMPARE(seen.keys().size(), 6);
        QCOMPARE(seen.value(QStringLiteral("101")), api::StatusRole::Pass);
        QCOMPARE(seen.value(QStringLiteral("201")), api::StatusRole::Mismatch);
        QCOMPARE(seen.value(QStringLiteral("202")), api::StatusRole::PartialMismatch);
        QCOMPARE(seen.value(QStringLiteral("203")), api::StatusRole::PartialMismatch);
        QCOMPARE(seen.value(QStringLiteral("204")), api::StatusRole::Mismatch);
        QCOMPARE(seen.value(QStringLiteral("301")), api::StatusRole::NoRecord);
        QTRY_COMPARE(app.window->statusIndicators()->countsText(),
                     QStringLiteral("Today: 6 verified · 0 billed · errors: 0 · Simulated — not billed: 6"));
    }

    void todayCountsMoveDuringABurstOfCommits()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        const auto store = app.session->history();
        QVERIFY(store);
        // A batch's pace: a commit every 20 ms for four seconds. Today's counts move while it runs,
        // not only once it stops.
        int committed = 0;
        QTimer burst;
        burst.setInterval(20);
        connect(&burst, &QTimer::timeout, this, [&] {
            QVERIFY(store->insert(test::errorOutcome(api::ErrorKind::Network, QDateTime::currentDateTimeUtc())));
            if (++committed == 200)
                burst.stop();
        });
        burst.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->statusIndicators()->countsText().contains(QStringLiteral("errors: ")) &&
                !app.window->statusIndicators()->countsText().contains(QStringLiteral("errors: 0")),
            3000);
        QVERIFY2(burst.isActive(), qPrintable(QString::number(committed)));
        QTRY_COMPARE_WITH_TIMEOUT(app.window->statusIndicators()->countsText(),
                                  QStringLiteral("Today: 0 verified · 0 billed · errors: 200"),
                                  30000);
    }

    void doubleClickSendsOnce()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        sandbox::SandboxServer* sandbox = app.session->service().sandbox();
        QVERIFY(sandbox);
        typeTriple(*app.window, kZhangSan);
        const quint64 before = sandbox->requestCount();
        QSignalSpy done(app.window->controller(), &gui::VerifyController::runningChanged);
        auto* button = test::child<QPushButton>(app.window.get(), "verifyButton");
        QTest::mouseDClick(button, Qt::LeftButton);
        app.window->findChild<QAction*>(QStringLiteral("actionVerify"))->trigger(); // and Ctrl+Enter on top
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->controller()->isRunning(), 30000);
        QCOMPARE(sandbox->requestCount(), before + 1);
        QCOMPARE(app.window->resultPanel()->statusRole(), api::StatusRole::Pass); // not cancelled
        QTRY_COMPARE(app.window->historyView()->model()->rowCount(), 1);
    }

    void cancelIsRecorded()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        sandbox::FaultOptions slow;
        slow.latencyMinMs = slow.latencyMaxMs = 5000;
        app.session->service().sandbox()->setFaults(slow);
        typeTriple(*app.window, kZhangSan);
        auto* button = test::child<QPushButton>(app.window.get(), "verifyButton");
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(app.window->controller()->isRunning());
        QCOMPARE(button->text(), QStringLiteral("Cancel"));
        QTRY_VERIFY(app.session->service().sandbox()->requestCount() > 0); // it reached the service
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!app.window->controller()->isRunning());
        QCOMPARE(app.window->resultPanel()->statusRole(), api::StatusRole::Error);
        QTRY_COMPARE(app.window->historyView()->model()->rowCount(), 1);
        QCOMPARE(app.window->historyView()->model()->index(0, 0).data(HistoryModel::ErrorKindRole).toString(),
                 QStringLiteral("cancelled"));
    }

    void noPlaintextOrSecretInAnyRole()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        const identity::IdentityInput other{QStringLiteral("13012340011"),
                                            QStringLiteral("吴刚"),
                                            QStringLiteral("210102197501300538")};
        for (const auto& input : {kZhangSan, other}) {
            typeTriple(*app.window, input);
            QVERIFY(verifyNow(*app.window));
        }
        auto* md5 = test::child<QCheckBox>(app.window.get(), "md5CheckBox");
        md5->setChecked(true);
        QVERIFY(verifyNow(*app.window));
        QTRY_COMPARE(app.window->historyView()->model()->rowCount(), 3);

        QStringList forbidden = plaintextsOf(kZhangSan) + plaintextsOf(other);
        forbidden << QStringLiteral("sandbox-access-key-secret");
        const QList<const QAbstractItemModel*> models{app.window->historyView()->model(),
                                                      app.window->historyView()->styledModel()};
        int checked = 0;
        for (const QAbstractItemModel* model : models) {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    for (int role = 0; role <= Qt::UserRole + 64; ++role) {
                        const QString text = index.data(role).toString();
                        for (const QString& value : std::as_const(forbidden))
                            QVERIFY2(
                                !text.contains(value, Qt::CaseInsensitive),
                                qPrintable(QStringLiteral("row %1 column %2 role %3").arg(row).arg(column).arg(role)));
                        ++checked;
                    }
                }
            }
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role = 0; role <= Qt::UserRole + 64; ++role) {
                    const QString text = model->headerData(column, Qt::Horizontal, role).toString();
                    for (const QString& value : std::as_const(forbidden))
                        QVERIFY(!text.contains(value, Qt::CaseInsensitive));
                }
            }
        }
        QVERIFY(checked > 3 * history::kHistoryColumnCount * 64);
    }

    void switchesLanguageLive()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        gui::MainWindow& w = *app.window;
        auto* mobile = test::child<gui::PrivacyLineEdit>(&w, "mobileLineEdit");
        auto* message = test::child<QLabel>(&w, "mobileMessageLabel");
        auto* label = test::child<QLabel>(&w, "mobileLabel");
        auto* verify = test::child<QPushButton>(&w, "verifyButton");
        test::typeInto(mobile, QStringLiteral("138"));
        typeTriple(w, kZhangSan);
        QVERIFY(verifyNow(w));
        test::typeInto(mobile, QStringLiteral("1"));
        mobile->setValue(QStringLiteral("138"));
        const QString englishMessage = message->text();
        const QString englishTooltip = verify->toolTip();
        const QString englishStatus = w.resultPanel()->statusText();
        const QString englishHeader =
            w.historyView()->styledModel()->headerData(int(history::HistoryColumn::Carrier), Qt::Horizontal).toString();
        gui::SettingsDialog* dialog = w.showSettings();
        auto* box = test::child<QDialogButtonBox>(dialog, "buttonBox");
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));

        // The View menu's language action, as an operator would choose it.
        QAction* chinese = w.findChild<QAction*>(QStringLiteral("actionChinese"));
        QVERIFY(chinese);
        chinese->trigger();
        // Qt posts LanguageChange to every window; delivering them is all that happens before the
        // next paint, so "at once" means: after the posted events, without any other work.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(app.translations.language(), QStringLiteral("zh_CN"));
        QCOMPARE(app.settings.value(settings::Setting::Language).toString(),
                 QStringLiteral("zh_CN")); // the choice persists
        QCOMPARE(label->text(), QStringLiteral("手机号(&M)："));
        QVERIFY(message->text() != englishMessage);
        QVERIFY(verify->toolTip() != englishTooltip);
        QCOMPARE(w.resultPanel()->statusText(), QStringLiteral("一致"));
        QVERIFY(englishStatus != w.resultPanel()->statusText());
        const QString header =
            w.historyView()->styledModel()->headerData(int(history::HistoryColumn::Carrier), Qt::Horizontal).toString();
        QCOMPARE(header, QStringLiteral("运营商"));
        QVERIFY(header != englishHeader);
        QVERIFY(w.menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("核验")));
        QVERIFY(w.sandboxBanner()->text().contains(QStringLiteral("沙箱")));
        QVERIFY(w.statusIndicators()->countsText().contains(QStringLiteral("今日")));
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消")); // Qt's own catalogue
        QVERIFY(dialog->windowTitle() != QStringLiteral("Settings"));

        w.findChild<QAction*>(QStringLiteral("actionEnglish"))->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(label->text(), QStringLiteral("&Mobile number:"));
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        dialog->reject();
    }

    void geometryAndSplittersPersist()
    {
        QList<int> mainSizes;
        QList<int> topSizes;
        {
            test::DesktopApp app;
            QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
            app.window->resize(760, 560); // within the offscreen screen (800×600)
            auto* main = app.window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            auto* top = app.window->findChild<QSplitter*>(QStringLiteral("topSplitter"));
            QVERIFY(main && top);
            main->setSizes({220, 300});
            top->setSizes({300, 440});
            QCoreApplication::processEvents();
            mainSizes = main->sizes();
            topSizes = top->sizes();
            QVERIFY(app.window->close()); // closing saves the layout
        }
        test::DesktopApp again;
        QVERIFY(QTest::qWaitForWindowExposed(again.window.get()));
        QCOMPARE(again.window->size(), QSize(760, 560));
        QCOMPARE(again.window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), mainSizes);
        QCOMPARE(again.window->findChild<QSplitter*>(QStringLiteral("topSplitter"))->sizes(), topSizes);
    }

    void keyboardShortcuts()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchLineEdit"));
        QTest::keyClick(app.window.get(), Qt::Key_Comma, Qt::ControlModifier);
        auto* settings = app.window->findChild<gui::SettingsDialog*>();
        QVERIFY(settings);
        QTRY_VERIFY(settings->isVisible());
        settings->reject();
        QTest::keyClick(app.window.get(), Qt::Key_F1);
        QVERIFY(app.window->findChild<QDialog*>(QStringLiteral("shortcutsDialog")));
        // Every icon-only tool button has an accessible name.
        for (QToolButton* button : app.window->findChildren<QToolButton*>()) {
            if (button->isVisible() && button->text().isEmpty() && button->defaultAction() == nullptr)
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        }
    }

    void historyWriteFailureIsProminent()
    {
        gui::ResultPanel panel;
        panel.show();
        api::VerifyOutcome o;
        o.startedUtc = QDateTime::currentDateTimeUtc();
        api::VerifyResult r;
        r.requestId = QStringLiteral("REQ-1");
        r.subCode = QStringLiteral("203");
        r.bizCode = QStringLiteral("2");
        r.ispName = QStringLiteral("CUCC");
        o.value = r;
        verification::HistoryWrite write;
        write.state = verification::HistoryWrite::State::Failed;
        write.error = QStringLiteral("The disk is full.");
        panel.showOutcome(o, write);
        auto* frame = test::child<QWidget>(&panel, "historyWarningFrame");
        QVERIFY(frame->isVisible());
        QVERIFY(test::child<QLabel>(&panel, "historyWarningLabel")->text().contains(QStringLiteral("NOT recorded")));
        QVERIFY(test::child<QLabel>(&panel, "carrierValue")->text().contains(QStringLiteral("China Unicom")));

        // A timeout after sending: outcome unknown, may be billed.
        api::ApiError timeout;
        timeout.kind = api::ErrorKind::Timeout;
        timeout.mayBeBilled = true;
        timeout.timeoutMs = 10000;
        o.value = timeout;
        panel.showOutcome(o, {verification::HistoryWrite::State::Recorded, 1, {}});
        QVERIFY(frame->isHidden());
        QCOMPARE(panel.statusText(), QStringLiteral("Outcome unknown"));
        QVERIFY2(panel.descriptionText().contains(QStringLiteral("billed")), qPrintable(panel.descriptionText()));
        QVERIFY(test::child<QLabel>(&panel, "summaryLabel")->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
