// Every window and dialog of the desktop app, in English and in Chinese (the translator loaded as the
// app loads it): no two things shown together answer the same Alt+letter. Walked: labels with a
// buddy, buttons, check boxes, radio buttons, group boxes, tabs and the menu bar's menus, on every
// tab and page; and each menu's items among themselves.
#include "batchtestutil.h"
#include "credentials/aliyunconfig.h"
#include "gui/aliyunimportdialog.h"
#include "gui/auditlogdialog.h"
#include "gui/batchdialog.h"
#include "gui/profiledialog.h"
#include "gui/resumebatchdialog.h"
#include "gui/samplepeopledialog.h"
#include "gui/settingsdialog.h"
#include "gui/shortcutsdialog.h"
#include "guitestutil.h"
#include "testenv.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace tricheck;

namespace {

struct Mnemonic
{
    QKeySequence key;
    QString text;
};

void add(QList<Mnemonic>& out, const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        out.append({key, text});
}

// What answers an Alt+letter in `window` as it is shown now.
QList<Mnemonic> shownMnemonics(QWidget* window)
{
    QList<Mnemonic> found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->buddy() != nullptr)
                add(found, label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(found, button->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add(found, box->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(found, tabs->tabText(i));
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* action : bar->actions()) {
                if (action->isVisible())
                    add(found, action->text());
            }
        }
    }
    return found;
}

// Fails (returns the clashes) when two shown things share a mnemonic.
QStringList clashes(const QList<Mnemonic>& items, const QString& where)
{
    QStringList problems;
    for (int i = 0; i < items.size(); ++i) {
        for (int j = i + 1; j < items.size(); ++j) {
            if (items.at(i).key == items.at(j).key)
                problems.append(QStringLiteral("%1: %2 is both \"%3\" and \"%4\"")
                                    .arg(where,
                                         items.at(i).key.toString(QKeySequence::PortableText),
                                         items.at(i).text,
                                         items.at(j).text));
        }
    }
    return problems;
}

// The window as shown, then every tab of every tab widget in turn, then each menu's items.
QStringList checkWindow(QWidget* window, const QString& name)
{
    QStringList problems = clashes(shownMnemonics(window), name);
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (tabs->window() != window || !tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems += clashes(shownMnemonics(window), name + u'/' + tabs->tabText(i));
        }
        tabs->setCurrentIndex(current);
    }
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        QList<Mnemonic> items;
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                add(items, action->text());
        }
        problems += clashes(items, name + QStringLiteral(" menu ") + menu->title());
    }
    // A clash shown on every tab is reported once, where it was seen first.
    QStringList unique;
    QSet<QString> seen;
    for (const QString& problem : std::as_const(problems)) {
        const QString clash = problem.section(QStringLiteral(": "), 1);
        if (!seen.contains(clash)) {
            seen.insert(clash);
            unique.append(problem);
        }
    }
    return unique;
}

QStringList checkDialog(QDialog* dialog, const QString& name)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return {name + QStringLiteral(" not shown")};
    QStringList problems = checkWindow(dialog, name);
    dialog->hide();
    return problems;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    // The walk itself: a clash between a label's buddy mnemonic and a button is found, on a tab
    // too; a hidden widget or another tab's does not count.
    void walkFindsClashes()
    {
        QDialog dialog;
        auto* layout = new QVBoxLayout(&dialog);
        auto* label = new QLabel(QStringLiteral("&Rate:"), &dialog);
        auto* edit = new QLineEdit(&dialog);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        auto* button = new QPushButton(QStringLiteral("&Resume…"), &dialog);
        layout->addWidget(button);
        auto* tabs = new QTabWidget(&dialog);
        tabs->addTab(new QPushButton(QStringLiteral("&Open"), tabs), QStringLiteral("&First"));
        auto* second = new QWidget(tabs);
        auto* secondLayout = new QVBoxLayout(second);
        secondLayout->addWidget(new QPushButton(QStringLiteral("&Other"), second));
        secondLayout->addWidget(new QPushButton(QStringLiteral("&Options"), second));
        tabs->addTab(second, QStringLiteral("&Second"));
        layout->addWidget(tabs);
        QStringList problems = checkDialog(&dialog, QStringLiteral("test"));
        // R on every tab (reported once); O on the second tab only (&Open is on the first).
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.first().contains(QStringLiteral("Alt+R")), qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.last().contains(QStringLiteral("&Options")), qPrintable(problems.join(u'\n')));
        button->setText(QStringLiteral("Res&ume…"));
        second->findChildren<QPushButton*>().constFirst()->setText(QStringLiteral("O&ther"));
        QVERIFY(checkDialog(&dialog, QStringLiteral("test")).isEmpty());
    }

    void everyDialogHasUniqueMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    void everyDialogHasUniqueMnemonics()
    {
        QFETCH(QString, language);
        test::DesktopApp app(language);
        QVERIFY(app.waitReady());
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QStringList problems = checkWindow(app.window.get(), QStringLiteral("main window"));

        problems += checkDialog(app.window->showSettings(), QStringLiteral("settings"));
        app.window->showSettings()->reject();
        problems += checkDialog(app.window->showSamplePeople(), QStringLiteral("sample people"));
        problems += checkDialog(app.window->showAuditLog(), QStringLiteral("audit log"));
        problems += checkDialog(app.window->showShortcuts(), QStringLiteral("shortcuts"));

        gui::ProfileDialog profile(std::nullopt, {}, app.window.get());
        problems += checkDialog(&profile, QStringLiteral("new profile"));
        gui::AliyunImportDialog aliyun(credentials::AliyunConfig{}, {}, app.window.get());
        problems += checkDialog(&aliyun, QStringLiteral("aliyun import"));
        batch::UnfinishedBatch unfinished;
        unfinished.info.batchId = QStringLiteral("b-1");
        unfinished.info.sourceName = QStringLiteral("/tmp/customers.csv");
        unfinished.info.createdUtc = QDateTime::currentDateTimeUtc();
        unfinished.tally.toSend = 10;
        unfinished.tally.pending = 4;
        unfinished.tally.unknown = 2;
        gui::ResumeBatchDialog resume({unfinished}, app.window.get());
        problems += checkDialog(&resume, QStringLiteral("resume batch"));

        // The batch dialog: its start page with a file, then its run page.
        gui::BatchDialog* batchDialog = app.window->showBatchDialog();
        const QString path = app.dir.filePath(QStringLiteral("people.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::utf8Csv({"mobile,name,id_number", "13800138000,张三,11010519491231002X"}));
        file.close();
        batchDialog->openFile(path);
        QTRY_VERIFY(!batchDialog->isValidating());
        QVERIFY(QTest::qWaitForWindowExposed(batchDialog));
        problems += checkWindow(batchDialog, QStringLiteral("batch start page"));
        auto* pages = batchDialog->findChild<QStackedWidget*>();
        QVERIFY(pages);
        pages->setCurrentIndex(1);
        for (QPushButton* w : pages->currentWidget()->findChildren<QPushButton*>())
            w->setVisible(true); // every button the page can show
        problems += checkWindow(batchDialog, QStringLiteral("batch run page"));
        pages->setCurrentIndex(0);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonics)
#include "testmnemonics.moc"
