#include "gui/mainwindow.h"
#include "gui/verifyform.h"
#include "i18n/translations.h"
#include "testenv.h"

#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QtTest>

using namespace tricheck;

namespace {

// Chinese text arrives from an input method as a commit, not as key presses.
void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void showsAndValidatesLive()
    {
        i18n::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        gui::MainWindow window(translations);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* mobile = window.findChild<QLineEdit*>(QStringLiteral("mobileLineEdit"));
        auto* message = window.findChild<QLabel*>(QStringLiteral("mobileMessageLabel"));
        QVERIFY(mobile && message);
        QTest::keyClicks(mobile, QStringLiteral("1380013800"));
        QVERIFY(message->text().contains(QStringLiteral("11 digits")));
        QTest::keyClicks(mobile, QStringLiteral("0"));
        QVERIFY(message->text().contains(QStringLiteral("China Mobile")));

        QSignalSpy complete(window.verifyForm(), &gui::VerifyForm::completeChanged);
        commitText(window.findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("张三"));
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("idLineEdit")),
                         QStringLiteral("11010519491231002x"));
        QCOMPARE(complete.count(), 1);
        QVERIFY(window.verifyForm()->isComplete());
    }

    void switchesLanguageWithoutRestart()
    {
        i18n::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        gui::MainWindow window(translations);
        window.show();
        auto* mobile = window.findChild<QLineEdit*>(QStringLiteral("mobileLineEdit"));
        auto* message = window.findChild<QLabel*>(QStringLiteral("mobileMessageLabel"));
        auto* label = window.findChild<QLabel*>(QStringLiteral("mobileLabel"));
        QTest::keyClicks(mobile, QStringLiteral("138"));
        const QString englishLabel = label->text();
        const QString englishMessage = message->text();

        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QVERIFY(label->text() != englishLabel);
        QVERIFY(label->text().contains(QStringLiteral("手机号")));
        QVERIFY(message->text() != englishMessage);
        QVERIFY(window.windowTitle().contains(QStringLiteral("核验")));
        const auto menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QVERIFY(menus.first()->text().contains(QStringLiteral("文件")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
