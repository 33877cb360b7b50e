// The operator's day (issue 24): entering the real service is a confirmed step (Cancel keeps the
// sandbox), real mode is visible and has no sample people, a new check clears the previous result,
// the sandbox says "Simulated — not billed", verifying the same person again asks first, the
// reference does not carry over, and the form says why it refused a character.
#include "api/resultcatalogue.h"
#include "credentials/profilestore.h"
#include "gui/messagebox.h"
#include "gui/noticebanner.h"
#include "gui/privacylineedit.h"
#include "gui/resultpanel.h"
#include "gui/settingsdialog.h"
#include "gui/statusindicators.h"
#include "gui/verifycontroller.h"
#include "gui/verifyform.h"
#include "guitestutil.h"
#include "history/historycolumns.h"
#include "history/historystore.h"
#include "session/realservice.h"
#include "testenv.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace tricheck;

namespace {

const identity::IdentityInput kZhangSan{QStringLiteral("13800138000"),
                                        QStringLiteral("张三"),
                                        QStringLiteral("11010519491231002X")};
const QString kProfile = QStringLiteral("kyc-desk");
const QString kKeyId = QStringLiteral("LTAI5tKycDeskKey");

void fillForm(gui::MainWindow& window, const identity::IdentityInput& input)
{
    test::child<gui::PrivacyLineEdit>(&window, "mobileLineEdit")->setValue(input.mobile);
    test::child<gui::PrivacyLineEdit>(&window, "nameLineEdit")->setValue(input.name);
    test::child<gui::PrivacyLineEdit>(&window, "idLineEdit")->setValue(input.idNumber);
}

// Starts a verification of what the form holds; false when none started.
bool startVerify(gui::MainWindow& window)
{
    QTest::mouseClick(test::child<QPushButton>(&window, "verifyButton"), Qt::LeftButton);
    return window.controller()->isRunning();
}

bool verifyNow(gui::MainWindow& window)
{
    QSignalSpy done(window.controller(), &gui::VerifyController::runningChanged);
    if (!startVerify(window))
        return false;
    return done.wait(30000) && !window.controller()->isRunning();
}

qint64 attempts(const test::DesktopApp& app)
{
    const auto n = app.session->history()->count({});
    return n ? n.value() : -1;
}

bool saveProfile(credentials::ProfileStore* store)
{
    credentials::Profile profile;
    profile.name = kProfile;
    profile.accessKeyId = kKeyId;
    bool saved = false;
    bool done = false;
    store->save(profile, QStringLiteral("not-a-real-secret"), {}, store, [&](const auto& change) {
        saved = bool(change);
        done = true;
    });
    // No keychain here: the secret is kept for this session.
    return QTest::qWaitFor([&done] { return done; }, 30000) && saved;
}

} // namespace

class TestOperatorDay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { QSettings().clear(); }

    void enteringTheRealServiceIsConfirmed()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(app.session->service().isSandbox());

        // A profile saved in Settings does not switch by itself: the sandbox stays on.
        QVERIFY(saveProfile(app.session->profiles()));
        QTRY_VERIFY_WITH_TIMEOUT(app.session->service().isHoldingReal(), 30000);
        QVERIFY(app.session->service().isReady());
        QVERIFY(app.session->service().isSandbox());
        QVERIFY(app.window->sandboxBanner()->isVisible());
        QVERIFY(app.window->realServiceBanner()->isHidden());

        // Settings: choosing the real service asks; Cancel writes nothing and keeps the sandbox.
        gui::SettingsDialog* dialog = app.window->showSettings();
        auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("modeComboBox"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("real")));
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!dialog->apply());
        QCOMPARE(gui::MessageBox::lastTitle(), QStringLiteral("Use the real service"));
        const QString question = gui::MessageBox::lastText();
        QVERIFY2(question.contains(kProfile), qPrintable(question));
        QVERIFY2(question.contains(session::maskAccessKeyId(kKeyId)), qPrintable(question));
        QVERIFY2(!question.contains(kKeyId), qPrintable(question)); // the key ID masked
        QVERIFY2(question.contains(api::Endpoint::hongKong().displayName()), qPrintable(question));
        QCOMPARE(app.settings.value(settings::Setting::ServiceMode).toString(), QStringLiteral("auto"));
        dialog->reject();
        QTest::qWait(0);
        QVERIFY(app.session->service().isSandbox());
        QVERIFY(app.session->service().isHoldingReal());

        // The banner's link goes where the blocker is: the Service page.
        QCOMPARE(app.session->realServiceBlocker(), session::RealServiceBlocker::Choice);

        // OK: the real service, recorded in the audit log with the masked key.
        dialog = app.window->showSettings();
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog->apply());
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(app.session->service().isReady() && !app.session->service().isSandbox(), 30000);
        QCOMPARE(app.session->service().credentialSource(), QStringLiteral("profile:") + kProfile);
        QVERIFY(app.window->sandboxBanner()->isHidden());
        QVERIFY(app.window->realServiceBanner()->isVisible());
        QVERIFY(app.window->realServiceBanner()->text().contains(QStringLiteral("billed")));
        QVERIFY(app.window->windowTitle().contains(QStringLiteral("real service")));
        bool audited = false;
        for (const history::AuditEvent& e : app.session->history()->auditEvents().value()) {
            if (e.kind == history::AuditEvent::Kind::ServiceSwitched && !e.details.value(u"sandbox").toBool()) {
                QVERIFY(e.details.value(u"confirmed").toBool());
                QCOMPARE(e.details.value(u"accessKeyId").toString(), session::maskAccessKeyId(kKeyId));
                audited = true;
            }
        }
        QVERIFY(audited);

        // Sample people are the sandbox's: not offered in real mode.
        auto* samples = app.window->findChild<QAction*>(QStringLiteral("actionSamplePeople"));
        QVERIFY(!samples->isVisible());
        QVERIFY(app.window->showSamplePeople() == nullptr);

        // Back to the sandbox needs no question.
        dialog = app.window->showSettings();
        mode = dialog->findChild<QComboBox*>(QStringLiteral("modeComboBox"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("sandbox")));
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel); // would refuse, were it asked
        QVERIFY(dialog->apply());
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(app.session->service().isReady() && app.session->service().isSandbox(), 30000);
        QVERIFY(samples->isVisible());
    }

    void aNewCheckClearsTheLastResult()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        app.settings.setValue(settings::Setting::RepeatWindowMinutes, 0);
        fillForm(*app.window, kZhangSan);
        QVERIFY(verifyNow(*app.window));
        gui::ResultPanel* panel = app.window->resultPanel();
        QCOMPARE(panel->statusRole(), api::StatusRole::Pass);

        QVERIFY(startVerify(*app.window));
        // At once, before any answer: no trace of the previous person's outcome.
        QVERIFY(!panel->hasOutcome());
        QCOMPARE(panel->statusText(), QStringLiteral("Verifying…"));
        QVERIFY(!test::child<QWidget>(panel, "detailsWidget")->isVisibleTo(panel));
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->controller()->isRunning(), 30000);
        QVERIFY(panel->hasOutcome());
    }

    void theSandboxIsNotBilled()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        fillForm(*app.window, kZhangSan);
        QVERIFY(verifyNow(*app.window));
        const QString simulated = api::ResultCatalogue::simulatedText();
        QCOMPARE(simulated, QStringLiteral("Simulated — not billed"));
        const QString billing = test::child<QLabel>(app.window->resultPanel(), "billingValue")->text();
        QVERIFY2(billing.contains(simulated), qPrintable(billing));
        QVERIFY(!billing.contains(QStringLiteral("— Billed")));
        QVERIFY(app.window->resultPanel()->announcement().contains(simulated));

        const auto rows = app.session->history()->window({}, {}, {});
        QVERIFY(rows && rows->size() == 1);
        history::HistoryFormatter formatter;
        QCOMPARE(formatter.text(history::HistoryColumn::Billed, rows->first()), simulated);
        QVERIFY(formatter.text(history::HistoryColumn::Billing, rows->first()).contains(simulated));
        QTRY_VERIFY(app.window->statusIndicators()->countsText().contains(simulated));
        QVERIFY(app.window->statusIndicators()->countsText().contains(QStringLiteral("0 billed")));
        // Exports carry the Service column, whichever columns the view shows.
        QVERIFY(history::HistoryColumns::exported({history::HistoryColumn::Time})
                    .contains(history::HistoryColumn::Sandbox));
    }

    void verifyingTheSamePersonAgainAsks()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QTRY_VERIFY_WITH_TIMEOUT(app.session->fingerprintKey().has_value(), 30000);
        fillForm(*app.window, kZhangSan);
        QVERIFY(verifyNow(*app.window));
        QTRY_COMPARE(attempts(app), 1);

        fillForm(*app.window, kZhangSan);
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!startVerify(*app.window)); // asked, declined: nothing sent
        QCOMPARE(gui::MessageBox::lastTitle(), QStringLiteral("Verify again"));
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("minute")),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(attempts(app), 1);

        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(verifyNow(*app.window));
        QTRY_COMPARE(attempts(app), 2);

        // Outside the window (off): no question.
        app.settings.setValue(settings::Setting::RepeatWindowMinutes, 0);
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel); // would refuse, were it asked
        QVERIFY(verifyNow(*app.window));
        QTRY_COMPARE(attempts(app), 3);
    }

    void theReferenceDoesNotCarryOver()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        app.settings.setValue(settings::Setting::RepeatWindowMinutes, 0);
        auto* reference = test::child<QLineEdit>(app.window.get(), "referenceLineEdit");
        fillForm(*app.window, kZhangSan);
        reference->setText(QStringLiteral("KYC-42"));
        QVERIFY(verifyNow(*app.window));
        QVERIFY(reference->text().isEmpty());

        // Filling a sample person starts without the last reference as well.
        reference->setText(QStringLiteral("KYC-43"));
        app.window->verifyForm()->fill(kZhangSan);
        QVERIFY(reference->text().isEmpty());

        // For those who want it, it stays.
        app.settings.setValue(settings::Setting::KeepReference, true);
        reference->setText(QStringLiteral("KYC-44"));
        QVERIFY(verifyNow(*app.window));
        QCOMPARE(reference->text(), QStringLiteral("KYC-44"));
        app.window->verifyForm()->fill(kZhangSan);
        QCOMPARE(reference->text(), QStringLiteral("KYC-44"));
    }

    void refusedInputIsExplained()
    {
        test::DesktopApp app;
        auto* mobile = test::child<gui::PrivacyLineEdit>(app.window.get(), "mobileLineEdit");
        auto* message = test::child<QLabel>(app.window.get(), "mobileMessageLabel");
        test::typeInto(mobile, QStringLiteral("138a"));
        QCOMPARE(mobile->value(), QStringLiteral("138"));
        QVERIFY2(message->text().contains(QStringLiteral("Only digits")), qPrintable(message->text()));
        test::typeInto(mobile, QStringLiteral("0"));
        QVERIFY2(!message->text().contains(QStringLiteral("Only digits")), qPrintable(message->text()));
    }

    void aFieldInErrorIsNotMasked()
    {
        test::DesktopApp app;
        gui::VerifyForm* form = app.window->verifyForm();
        form->setPrivacyMask(true);
        auto* name = test::child<gui::PrivacyLineEdit>(app.window.get(), "nameLineEdit");
        test::commitInto(name, QStringLiteral("张三3"));
        test::child<QLineEdit>(app.window.get(), "referenceLineEdit")->setFocus();
        // The message names a digit: the field shows it instead of "张**".
        QVERIFY(!name->isShowingMask());
        QCOMPARE(name->text(), QStringLiteral("张三3"));
        name->setValue(QStringLiteral("张三"));
        QVERIFY(name->isShowingMask());
    }
};

QTEST_MAIN(TestOperatorDay)
#include "testoperatorday.moc"
