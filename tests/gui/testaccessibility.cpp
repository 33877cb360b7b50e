// Keyboard and screen-reader access (issue 23), through Qt's accessibility API in process: Tab
// leaves every table and list, every actionable object is named in both languages, decorative
// icons are fillers, an outcome is announced by a notification, the banner's links are links, value
// labels are labelled by their captions, the table's columns are the shown ones in their order,
// and a window fits a small screen. tests/a11y checks the app through the real AT-SPI bus.
#include "api/resultcatalogue.h"
#include "gui/accessibility.h"
#include "gui/auditlogdialog.h"
#include "gui/batchdialog.h"
#include "gui/historyfilterbar.h"
#include "gui/historyview.h"
#include "gui/linkbutton.h"
#include "gui/noticebanner.h"
#include "gui/resultpanel.h"
#include "gui/samplepeopledialog.h"
#include "gui/settingsdialog.h"
#include "gui/shortcutsdialog.h"
#include "gui/verifycontroller.h"
#include "gui/verifyform.h"
#include "guitestutil.h"
#include "history/historycolumns.h"
#include "testenv.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QtTest>

#include <functional>

using namespace tricheck;
using history::HistoryColumn;

namespace {

const identity::IdentityInput kZhangSan{QStringLiteral("13800138000"),
                                        QStringLiteral("张三"),
                                        QStringLiteral("11010519491231002X")};

bool verifyNow(gui::MainWindow& window)
{
    window.verifyForm()->fill(kZhangSan);
    QSignalSpy done(window.controller(), &gui::VerifyController::runningChanged);
    window.verifyForm()->requestVerify();
    return window.controller()->isRunning() && done.wait(30000) && !window.controller()->isRunning();
}

bool activate(QWidget* window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Objects that act and must therefore be named (cells and items are named by their data).
bool mustBeNamed(QAccessibleInterface* iface)
{
    static const QList<QAccessible::Role> exempt{QAccessible::Cell,
                                                 QAccessible::Row,
                                                 QAccessible::ListItem,
                                                 QAccessible::TreeItem,
                                                 QAccessible::ColumnHeader,
                                                 QAccessible::RowHeader,
                                                 QAccessible::ScrollBar,
                                                 QAccessible::Whitespace,
                                                 QAccessible::Separator};
    const QAccessibleActionInterface* actions = iface->actionInterface();
    return actions != nullptr && !actions->actionNames().isEmpty() && !exempt.contains(iface->role());
}

// "role 'name'" of every shown actionable object under `iface` without a name.
void collectUnnamed(QAccessibleInterface* iface, QStringList& unnamed)
{
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        if (child == nullptr || child->state().invisible)
            continue;
        if (mustBeNamed(child) && child->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject* object = child->object();
            unnamed.append(
                QStringLiteral("%1 %2 (%3)")
                    .arg(int(child->role()))
                    .arg(object != nullptr ? QString::fromLatin1(object->metaObject()->className()) : QString(),
                         object != nullptr ? object->objectName() : QString()));
        }
        static const QList<QAccessible::Role> items{QAccessible::Table,
                                                    QAccessible::List,
                                                    QAccessible::Tree,
                                                    QAccessible::ComboBox};
        if (!items.contains(child->role()))
            collectUnnamed(child, unnamed);
    }
}

QStringList unnamedIn(QWidget* window)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed);
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        gui::Accessibility::install();
    }
    void init() { QSettings().clear(); }

    void tabLeavesEveryTableAndList()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(verifyNow(*app.window));
        QVERIFY(activate(app.window.get()));
        gui::HistoryView* history = app.window->historyView();
        QTableView* table = history->table();
        QTRY_COMPARE(table->model()->rowCount(), 1);

        // The arrow keys move inside the table; Tab and Shift+Tab go to the next and previous control.
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().column(), 1);
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Details of the selected attempt"));
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), history->filterBar()->findChild<QWidget*>(QStringLiteral("resetButton")));

        // The same in every table and list of the app, one window at a time.
        gui::MainWindow* main = app.window.get();
        const QList<std::function<QWidget*()>> windows{[main] { return main->showAuditLog(); },
                                                       [main] { return main->showSamplePeople(); },
                                                       [main] { return main->showBatchDialog(); },
                                                       [main] { return main->showShortcuts(); },
                                                       [main] { return main->showSettings(); }};
        int views = 0;
        for (const auto& open : windows) {
            QWidget* window = open();
            QVERIFY(activate(window));
            for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
                if (!view->isVisible())
                    continue;
                ++views;
                // The dialog's focus widget: the offscreen platform does not activate dialogs.
                view->setFocus(Qt::TabFocusReason);
                QCOMPARE(window->focusWidget(), view);
                QTest::keyClick(view, Qt::Key_Tab);
                QVERIFY2(window->focusWidget() != view, qPrintable(window->objectName() + u' ' + view->objectName()));
            }
            window->close();
        }
        QVERIFY(views >= 4);
    }

    void everyActionableObjectIsNamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyActionableObjectIsNamed()
    {
        QFETCH(QString, language);
        test::DesktopApp app(language);
        QVERIFY(app.waitReady());
        QVERIFY(verifyNow(*app.window));
        QVERIFY(activate(app.window.get()));
        // Text in every field, so that every clear button is shown; the identity fields unmasked.
        app.window->verifyForm()->setPrivacyMask(false);
        test::typeInto(test::child<QLineEdit>(app.window.get(), "referenceLineEdit"), QStringLiteral("KYC-1"));
        test::typeInto(test::child<QLineEdit>(app.window.get(), "searchLineEdit"), QStringLiteral("KYC-1"));
        QVERIFY2(unnamedIn(app.window.get()).isEmpty(), qPrintable(unnamedIn(app.window.get()).join(u'\n')));

        // The clear buttons say which field they empty, in the current language.
        auto* mobile = test::child<QLineEdit>(app.window.get(), "mobileLineEdit");
        const auto* clear = mobile->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
        QVERIFY(clear);
        const QString field = language == u"zh_CN" ? QStringLiteral("手机号") : QStringLiteral("Mobile number");
        QVERIFY2(clear->text().contains(field), qPrintable(clear->text()));

        for (QWidget* window : QList<QWidget*>{app.window->showSettings(),
                                               app.window->showBatchDialog(),
                                               app.window->showAuditLog(),
                                               app.window->showSamplePeople()}) {
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY2(unnamedIn(window).isEmpty(), qPrintable(unnamedIn(window).join(u'\n')));
        }
    }

    void outcomeIsAnnounced()
    {
        // (The offscreen platform has no accessibility bridge: what reaches the AT-SPI bus is
        // checked by tests/a11y. Here: what is announced, by which object.)
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QSignalSpy announced(gui::Accessibility::instance(), &gui::Accessibility::announced);
        QVERIFY(verifyNow(*app.window));
        // The focus stays in the form; the result panel's notification says the outcome, its
        // meaning and the billing, and is named so.
        QCOMPARE(announced.size(), 1);
        auto* region = announced.first().first().value<QWidget*>();
        const QString said = announced.first().at(1).toString();
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(region);
        QCOMPARE(iface->role(), QAccessible::Notification);
        QCOMPARE(iface->text(QAccessible::Name), said);
        QCOMPARE(said, app.window->resultPanel()->announcement());
        QVERIFY(said.startsWith(api::ResultCatalogue::roleName(api::StatusRole::Pass)));
        QVERIFY(said.contains(api::ResultCatalogue::subCode(QStringLiteral("101")).longText));
        QVERIFY(said.contains(QStringLiteral("Simulated — not billed"))); // the sandbox's answer
        QVERIFY(app.window->verifyForm()->isAncestorOf(QApplication::focusWidget()));

        // Messages of the status bar (here: a copied RequestId) are said by the window's own.
        app.window->historyView()->table()->selectRow(0);
        app.window->historyView()->copyRequestId();
        QCOMPARE(announced.size(), 2);
        QVERIFY(announced.last().at(1).toString().startsWith(QStringLiteral("RequestId")));
        QCOMPARE(QAccessible::queryAccessibleInterface(announced.last().first().value<QWidget*>())->role(),
                 QAccessible::Notification);
    }

    void batchEndIsAnnounced()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        const QString path = app.dir.filePath(QStringLiteral("one.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("mobile,name,id_number\r\n") + kZhangSan.mobile.toUtf8() + ',' + kZhangSan.name.toUtf8() +
                   ',' + kZhangSan.idNumber.toUtf8() + "\r\n");
        file.close();
        gui::BatchDialog* dialog = app.window->showBatchDialog();
        dialog->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating(), 30000);
        QSignalSpy announced(gui::Accessibility::instance(), &gui::Accessibility::announced);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 60000);
        // Said in the dialog, by its own live region (a notification), with the batch's outcome.
        const auto fromDialog = [&] {
            for (const QList<QVariant>& args : std::as_const(announced)) {
                auto* region = args.first().value<QWidget*>();
                if (region->window() == dialog &&
                    args.at(1).toString().startsWith(QStringLiteral("The batch is complete")))
                    return QAccessible::queryAccessibleInterface(region)->role() == QAccessible::Notification;
            }
            return false;
        };
        QVERIFY(fromDialog());
    }

    void bannerLinksAreLinks()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(activate(app.window.get()));
        gui::NoticeBanner* banner = app.window->sandboxBanner();
        const QList<gui::LinkButton*> links = banner->links();
        QCOMPARE(links.size(), 2);
        QStringList names;
        for (gui::LinkButton* link : links) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(link);
            QCOMPARE(iface->role(), QAccessible::Link);
            QVERIFY(iface->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
            QVERIFY(link->focusPolicy() & Qt::TabFocus);
            names.append(iface->text(QAccessible::Name));
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("Show the sample people"), QStringLiteral("Use the real service…")}));
        // The banner's text no longer holds them: it is not a Tab stop.
        QCOMPARE(banner->findChild<QLabel*>(QStringLiteral("sandboxBannerLabel"))->focusPolicy(), Qt::NoFocus);

        // Enter follows a link; so does the screen reader's press action.
        QSignalSpy followed(banner, &gui::NoticeBanner::linkActivated);
        links.first()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(links.first(), Qt::Key_Return);
        QTRY_COMPARE(followed.size(), 1);
        QCOMPARE(followed.first().first().toString(), QStringLiteral("people"));
        QAccessible::queryAccessibleInterface(links.first())
            ->actionInterface()
            ->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(followed.size(), 2);
    }

    void iconsAreDecorationAndValuesAreLabelled()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(verifyNow(*app.window));
        gui::ResultPanel* panel = app.window->resultPanel();
        for (const char* name : {"statusIconLabel", "historyWarningIcon"}) {
            QAccessibleInterface* icon = QAccessible::queryAccessibleInterface(test::child<QLabel>(panel, name));
            QCOMPARE(icon->role(), QAccessible::Whitespace);
            QVERIFY(icon->text(QAccessible::Name).isEmpty());
        }
        for (const char* name : {"carrierValue", "billingValue", "requestIdValue", "latencyValue"}) {
            QAccessibleInterface* value = QAccessible::queryAccessibleInterface(test::child<QLabel>(panel, name));
            const auto labels = value->relations(QAccessible::Label);
            QCOMPARE(labels.size(), 1);
            QVERIFY(qobject_cast<QLabel*>(labels.first().first->object())->objectName().endsWith(u"Caption"));
        }
    }

    void tableColumnsAreTheShownOnesInTheirOrder()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(verifyNow(*app.window));
        gui::HistoryView* view = app.window->historyView();
        QAccessibleTableInterface* table = QAccessible::queryAccessibleInterface(view->table())->tableInterface();
        QVERIFY(table);
        const auto described = [&] {
            QStringList titles;
            for (int i = 0; i < table->columnCount(); ++i)
                titles.append(table->columnDescription(i));
            return titles;
        };
        const auto shown = [&] {
            QStringList titles;
            for (const HistoryColumn column : view->visibleColumns())
                titles.append(history::HistoryColumns::title(column));
            return titles;
        };
        QCOMPARE(described().size(), history::kHistoryDefaultColumnCount);
        QCOMPARE(described(), shown());
        QCOMPARE(described().at(1), history::HistoryColumns::title(HistoryColumn::Result)); // second, as seen
        QCOMPARE(table->cellAt(0, 1)->text(QAccessible::Name),
                 api::ResultCatalogue::subCode(QStringLiteral("101")).shortText);

        // A column hidden or shown from the header's menu, the layout saved and restored.
        view->setColumnShown(HistoryColumn::Operator, false);
        view->setColumnShown(HistoryColumn::SubCode, true);
        QCOMPARE(described(), shown());
        QCOMPARE(view->visibleColumns().last(), HistoryColumn::SubCode);
        view->table()->horizontalHeader()->resizeSection(view->section(HistoryColumn::Carrier), 222);
        const QByteArray state = view->saveHeaderState();
        view->setColumnShown(HistoryColumn::Operator, true);
        view->restoreState(state, {});
        QCOMPARE(view->section(HistoryColumn::Operator), -1);
        QCOMPARE(view->table()->horizontalHeader()->sectionSize(view->section(HistoryColumn::Carrier)), 222);
        QCOMPARE(described(), shown());
    }

    void windowsFitTheScreen()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        const QRect available = app.window->screen()->availableGeometry();
        for (QWidget* window : QList<QWidget*>{app.window.get(),
                                               app.window->showBatchDialog(),
                                               app.window->showAuditLog(),
                                               app.window->showSamplePeople(),
                                               app.window->showSettings()}) {
            QVERIFY(QTest::qWaitForWindowExposed(window));
            // Down to 720×450 logical pixels (1440×900 at 200 %), less the window's frame.
            const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
            QVERIFY2(
                least.width() <= 704 && least.height() <= 402,
                qPrintable(
                    QStringLiteral("%1 needs %2×%3").arg(window->objectName()).arg(least.width()).arg(least.height())));
            QVERIFY2(available.contains(window->geometry()),
                     qPrintable(QStringLiteral("%1: %2,%3 %4×%5 on %6×%7")
                                    .arg(window->objectName())
                                    .arg(window->x())
                                    .arg(window->y())
                                    .arg(window->width())
                                    .arg(window->height())
                                    .arg(available.width())
                                    .arg(available.height())));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "testaccessibility.moc"
