// One wording for each outcome (issue 24 items 10, 11): the result panel's headline, its BizCode
// row and the history filter name SubCode 202 alike, in both languages; Chinese shows no English
// error kind, network error, ParamType or endpoint id; the audit log's details are labelled fields;
// the shortcuts list shows no dangling separator.
#include "api/errortext.h"
#include "api/resultcatalogue.h"
#include "gui/auditlogdialog.h"
#include "gui/privacylineedit.h"
#include "gui/resultpanel.h"
#include "gui/shortcutsdialog.h"
#include "gui/verifycontroller.h"
#include "guitestutil.h"
#include "history/auditdetails.h"
#include "history/auditlogmodel.h"
#include "history/historystore.h"
#include "testenv.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace tricheck;

namespace {

bool verifyNow(gui::MainWindow& window)
{
    QSignalSpy done(window.controller(), &gui::VerifyController::runningChanged);
    QTest::mouseClick(test::child<QPushButton>(&window, "verifyButton"), Qt::LeftButton);
    if (!window.controller()->isRunning())
        return false;
    return done.wait(30000) && !window.controller()->isRunning();
}

QStringList itemsOf(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

class TestWording : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { QSettings().clear(); }

    void oneWordForSubCode202_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Inconsistent");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("不一致");
    }
    void oneWordForSubCode202()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        test::DesktopApp app(language);
        QVERIFY(app.waitReady());
        // A sandbox person (李娜) with another person's ID number: the name matches, the ID does not.
        test::child<gui::PrivacyLineEdit>(app.window.get(), "mobileLineEdit")->setValue(QStringLiteral("13912340001"));
        test::child<gui::PrivacyLineEdit>(app.window.get(), "nameLineEdit")->setValue(QStringLiteral("李娜"));
        test::child<gui::PrivacyLineEdit>(app.window.get(), "idLineEdit")
            ->setValue(QStringLiteral("11010519491231002X"));
        QVERIFY(verifyNow(*app.window));
        gui::ResultPanel* panel = app.window->resultPanel();
        QCOMPARE(panel->statusRole(), api::StatusRole::PartialMismatch);
        // The headline …
        QCOMPARE(panel->statusText(), word);
        // … the BizCode row …
        const QString billing = test::child<QLabel>(panel, "billingValue")->text();
        QVERIFY2(billing.startsWith(QStringLiteral("2 — %1 — ").arg(word)), qPrintable(billing));
        // … and the history filter say the same; its narrower choices qualify the same word.
        const QStringList filter = itemsOf(test::child<QComboBox>(app.window.get(), "statusComboBox"));
        QVERIFY2(filter.contains(word), qPrintable(filter.join(u'|')));
        QVERIFY(filter.contains(api::ResultCatalogue::roleName(api::StatusRole::PartialMismatch)));
        for (const QString& item : filter) {
            QVERIFY2(!item.contains(QStringLiteral("Partly")), qPrintable(item));
            if (item.contains(word))
                QVERIFY2(item.startsWith(word), qPrintable(item));
        }
    }

    void chineseErrorsAreTranslated()
    {
        test::DesktopApp app(QStringLiteral("zh_CN"));
        api::VerifyOutcome o;
        o.endpoint = QStringLiteral("hongkong");
        o.startedUtc = QDateTime::currentDateTimeUtc();
        api::ApiError e;
        e.kind = api::ErrorKind::Network;
        e.networkError = int(QNetworkReply::HostNotFoundError);
        e.detail = QStringLiteral("Host cloudauth-intl.cn-hongkong.aliyuncs.com not found");
        o.value = e;
        gui::ResultPanel* panel = app.window->resultPanel();
        panel->showOutcome(o, {});
        const QString codes = test::child<QLabel>(panel, "codesLabel")->text();
        QVERIFY2(!codes.contains(QStringLiteral("network")), qPrintable(codes));
        QVERIFY2(codes.contains(api::ErrorText::kindName(api::ErrorKind::Network)), qPrintable(codes));
        QVERIFY2(!panel->descriptionText().contains(QStringLiteral("Host")), qPrintable(panel->descriptionText()));
        QVERIFY(
            panel->descriptionText().contains(api::ErrorText::networkErrorText(int(QNetworkReply::HostNotFoundError))));
        // Qt's text is kept, as a detail.
        QVERIFY(test::child<QLabel>(panel, "descriptionLabel")->toolTip().contains(e.detail));
        const QString service = test::child<QLabel>(panel, "serviceValue")->text();
        QVERIFY2(!service.contains(QStringLiteral("hongkong")) && !service.contains(QStringLiteral("normal")),
                 qPrintable(service));
    }

    void auditDetailsAreLabelledFields_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void auditDetailsAreLabelledFields()
    {
        QFETCH(QString, language);
        test::DesktopApp app(language);
        QVERIFY(app.waitReady());
        const QJsonObject confirmed{{QStringLiteral("confirmed"), true},
                                    {QStringLiteral("credentials"), QStringLiteral("profile")},
                                    {QStringLiteral("accessKeyId"), QStringLiteral("LTAI****Key")}};
        QVERIFY(app.session->history()->appendAudit(
            history::AuditEvent::serviceSwitched(false, QStringLiteral("hongkong"), confirmed)));
        gui::AuditLogDialog* dialog = app.window->showAuditLog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->model()->rowCount() >= 1);
        QTableWidget* details = dialog->details();
        QVERIFY(!details->isVisible());
        dialog->table()->setCurrentIndex(dialog->model()->index(0, 0));
        QVERIFY(details->isVisible());
        QStringList labels;
        QStringList values;
        for (int row = 0; row < details->rowCount(); ++row) {
            labels << details->item(row, 0)->text();
            values << details->item(row, 1)->text();
        }
        QVERIFY2(labels.contains(history::AuditDetails::label(QStringLiteral("accessKeyId"))),
                 qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(history::AuditDetails::label(QStringLiteral("confirmed"))));
        QVERIFY(values.contains(QStringLiteral("LTAI****Key")));
        QVERIFY(values.contains(api::ResultCatalogue::endpointText(QStringLiteral("hongkong"))));
        for (const QString& label : labels)
            QVERIFY2(label != u"accessKeyId" && label != u"confirmed" && label != u"sandbox", qPrintable(label));
        for (const QString& value : values)
            QVERIFY2(!value.contains(u'{') && value != u"true" && value != u"hongkong", qPrintable(value));
        if (language == u"zh_CN")
            QVERIFY(labels.contains(QStringLiteral("沙箱")));
    }

    void shortcutsHaveNoDanglingSeparator()
    {
        test::DesktopApp app;
        gui::ShortcutsDialog* dialog = app.window->showShortcuts();
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>();
        QVERIFY(table && table->rowCount() > 3);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString keys = table->item(row, 0)->text();
            QVERIFY2(!keys.isEmpty() && !keys.endsWith(u' ') && !keys.endsWith(u'/'), qPrintable(keys));
            QVERIFY2(!keys.contains(QStringLiteral(" / ")), qPrintable(keys));
        }
    }
};

QTEST_MAIN(TestWording)
#include "testwording.moc"
