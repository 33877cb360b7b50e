// The verify form on its own: constraints while typing, live messages, the Verify button, the
// privacy mask and its eye button, the MD5 preview, Enter and double clicks, and the tab order.
#include "gui/privacylineedit.h"
#include "gui/verifyform.h"
#include "gui/verticalscrollarea.h"
#include "guitestutil.h"
#include "identity/digest.h"
#include "testenv.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

using namespace tricheck;
using gui::PrivacyLineEdit;
using gui::VerifyForm;

namespace {

struct Form
{
    Form()
    {
        form.resize(560, 480);
        form.show();
        mobile = test::child<PrivacyLineEdit>(&form, "mobileLineEdit");
        name = test::child<PrivacyLineEdit>(&form, "nameLineEdit");
        id = test::child<PrivacyLineEdit>(&form, "idLineEdit");
        reference = test::child<QLineEdit>(&form, "referenceLineEdit");
        md5 = test::child<QCheckBox>(&form, "md5CheckBox");
        verify = test::child<QPushButton>(&form, "verifyButton");
        clear = test::child<QPushButton>(&form, "clearButton");
        mobileMessage = test::child<QLabel>(&form, "mobileMessageLabel");
        nameMessage = test::child<QLabel>(&form, "nameMessageLabel");
        idMessage = test::child<QLabel>(&form, "idMessageLabel");
    }

    void fillValid()
    {
        test::typeInto(mobile, QStringLiteral("13800138000"));
        test::commitInto(name, QStringLiteral("张三"));
        test::typeInto(id, QStringLiteral("11010519491231002x"));
    }

    VerifyForm form;
    PrivacyLineEdit* mobile;
    PrivacyLineEdit* name;
    PrivacyLineEdit* id;
    QLineEdit* reference;
    QCheckBox* md5;
    QPushButton* verify;
    QPushButton* clear;
    QLabel* mobileMessage;
    QLabel* nameMessage;
    QLabel* idMessage;
};

// Lays out what the last changes asked for (layouts are redone in posted events).
void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

void paste(QLineEdit* edit, const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    edit->setFocus();
    edit->paste();
}

} // namespace

class TestVerifyForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
    }

    void messagesFollowTheTyping()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.form.setReady(true, {});
        // Untouched empty fields do not complain; their message lines keep their place (issue 24).
        QVERIFY(f.mobileMessage->text().isEmpty());
        QVERIFY(f.nameMessage->text().isEmpty());
        QVERIFY(!f.mobileMessage->isHidden());
        QVERIFY(f.mobileMessage->minimumHeight() > 0);
        QVERIFY(!f.verify->isEnabled());

        test::typeInto(f.mobile, QStringLiteral("1380013800"));
        QVERIFY2(f.mobileMessage->text().contains(QStringLiteral("11 digits")), qPrintable(f.mobileMessage->text()));
        QVERIFY(f.mobileMessage->isVisible());
        test::typeInto(f.mobile, QStringLiteral("0"));
        QVERIFY2(f.mobileMessage->text().contains(QStringLiteral("China Mobile")), qPrintable(f.mobileMessage->text()));
        QCOMPARE(f.mobile->accessibleDescription(), f.mobileMessage->accessibleName());

        QSignalSpy complete(&f.form, &VerifyForm::completeChanged);
        test::commitInto(f.name, QStringLiteral("张三"));
        QCOMPARE(f.name->value(), QStringLiteral("张三"));
        QVERIFY(f.nameMessage->text().isEmpty());
        test::typeInto(f.id, QStringLiteral("11010519491231002"));
        QVERIFY2(f.idMessage->text().contains(QStringLiteral("18")), qPrintable(f.idMessage->text()));
        QVERIFY(!f.verify->isEnabled());
        test::typeInto(f.id, QStringLiteral("x"));
        QCOMPARE(f.id->value(), QStringLiteral("11010519491231002X")); // upper-cased as typed
        QCOMPARE(complete.count(), 1);
        QVERIFY(f.form.isComplete());
        QVERIFY(f.verify->isEnabled());

        // A wrong check character is explained, and Verify is off again.
        f.id->setFocus();
        QTest::keyClick(f.id, Qt::Key_Backspace);
        test::typeInto(f.id, QStringLiteral("1"));
        QVERIFY2(f.idMessage->text().contains(QStringLiteral("not a valid ID number")),
                 qPrintable(f.idMessage->text()));
        QVERIFY(!f.verify->isEnabled());

        // A field emptied by the operator says it is required.
        f.name->setFocus();
        f.name->selectAll();
        QTest::keyClick(f.name, Qt::Key_Delete);
        QVERIFY(f.nameMessage->isVisible());
        QVERIFY(!f.nameMessage->text().isEmpty());
    }

    void fieldsKeepTheirPlaceAsMessagesAppear()
    {
        // The form as the main window holds it: in a scroll area with room to spare. A one-line
        // message takes the line reserved for it and the fields below stay where they were
        // (QLabel's own size hint for wrapped text asks for two or three lines whatever the text).
        gui::VerticalScrollArea area;
        auto* form = new VerifyForm;
        area.setWidget(form);
        area.setWidgetResizable(true);
        area.resize(900, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        auto* mobile = test::child<PrivacyLineEdit>(form, "mobileLineEdit");
        auto* name = test::child<PrivacyLineEdit>(form, "nameLineEdit");
        auto* id = test::child<PrivacyLineEdit>(form, "idLineEdit");
        auto* mobileMessage = test::child<QLabel>(form, "mobileMessageLabel");
        auto* nameMessage = test::child<QLabel>(form, "nameMessageLabel");
        const int nameY = name->y();
        const int idY = id->y();

        test::typeInto(mobile, QStringLiteral("13800138000")); // the expected carrier's line
        QTRY_VERIFY(!mobileMessage->text().isEmpty());
        settleLayouts();
        QTRY_COMPARE(mobileMessage->height(), mobileMessage->heightForWidth(mobileMessage->width()));
        QCOMPARE(name->y(), nameY);

        test::commitInto(name, QStringLiteral("张3")); // a message under the name
        id->setFocus();
        QTRY_VERIFY(!nameMessage->text().isEmpty());
        settleLayouts();
        QCOMPARE(name->y(), nameY);
        QCOMPARE(id->y(), idY);

        // A message that needs two lines at a narrow width takes them: never clipped.
        area.resize(320, 700);
        QTRY_VERIFY(mobileMessage->heightForWidth(mobileMessage->width()) > mobileMessage->minimumHeight());
        QTRY_COMPARE(mobileMessage->height(), mobileMessage->heightForWidth(mobileMessage->width()));
    }

    void verifyNeedsAReadyService()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.fillValid();
        f.form.setReady(false, QStringLiteral("Looking for credentials…"));
        QVERIFY(!f.verify->isEnabled());
        QCOMPARE(test::child<QLabel>(&f.form, "readinessLabel")->text(), QStringLiteral("Looking for credentials…"));
        f.form.setReady(true, {});
        QVERIFY(f.verify->isEnabled());
        QVERIFY(test::child<QLabel>(&f.form, "readinessLabel")->isHidden());
    }

    void inputConstraints_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("pasted");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::newRow("mobile digits only") << "mobile" << false << "13a8b0c0"
                                            << "13800";
        QTest::newRow("mobile at most 11") << "mobile" << false << "1380013800012"
                                           << "13800138000";
        QTest::newRow("mobile pasted with +86") << "mobile" << true << "+86 138-0013-8000"
                                                << "13800138000";
        QTest::newRow("mobile pasted 0086") << "mobile" << true << "0086 13800138000"
                                            << "13800138000";
        QTest::newRow("mobile typed +86") << "mobile" << false << "+86 13800138000"
                                          << "13800138000";
        QTest::newRow("mobile full-width")
            << "mobile" << true << QStringLiteral("１３８００１３８０００") << "13800138000";
        QTest::newRow("mobile pasted junk refused") << "mobile" << true << "call me"
                                                    << "";
        QTest::newRow("id lower x") << "id" << false << "11010519491231002x"
                                    << "11010519491231002X";
        QTest::newRow("id letters refused") << "id" << false << "1101a05"
                                            << "110105";
        QTest::newRow("id x only last") << "id" << false << "110x105"
                                        << "110105";
        QTest::newRow("id at most 18") << "id" << false << "1101051949123100201"
                                       << "110105194912310020";
        QTest::newRow("id pasted with spaces") << "id" << true << "110105 19491231 002x"
                                               << "11010519491231002X";
        QTest::newRow("id full-width") << "id" << true << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")
                                       << "11010519491231002X";
        QTest::newRow("name full-width") << "name" << true << QStringLiteral("ＺＨＡＮＧ　Ｓａｎ") << "ZHANG San";
        QTest::newRow("name at most 64") << "name" << true << QString(70, u'李') << "";
    }

    void inputConstraints()
    {
        QFETCH(QString, field);
        QFETCH(bool, pasted);
        QFETCH(QString, input);
        QFETCH(QString, value);
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        PrivacyLineEdit* edit = field == u"mobile" ? f.mobile : field == u"id" ? f.id : f.name;
        edit->setFocus();
        if (pasted)
            paste(edit, input);
        else
            test::typeInto(edit, input);
        QCOMPARE(edit->value(), value);
    }

    void privacyMaskAndEyeButton()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.fillValid();
        f.reference->setFocus(); // every identity field has lost the focus
        QVERIFY(f.mobile->isShowingMask());
        QCOMPARE(f.mobile->text(), QStringLiteral("138****8000"));
        QCOMPARE(f.name->text(), QStringLiteral("张*"));
        QCOMPARE(f.id->text(), QStringLiteral("110***********002X"));
        QCOMPARE(f.mobile->value(), QStringLiteral("13800138000")); // the real value is still there
        QVERIFY(f.form.isComplete());

        QToolButton* eye = f.mobile->eyeButton();
        QVERIFY(eye);
        QCOMPARE(eye->accessibleName(), QStringLiteral("Show the mobile number"));
        QVERIFY(!(eye->focusPolicy() & Qt::TabFocus)); // not a tab trap; focusing the field reveals it too
        QTest::mouseClick(eye, Qt::LeftButton);
        QCOMPARE(f.mobile->text(), QStringLiteral("13800138000"));
        QCOMPARE(f.mobile->eyeButton()->accessibleName(), QStringLiteral("Hide the mobile number"));
        QTest::mouseClick(f.mobile->eyeButton(), Qt::LeftButton);
        QCOMPARE(f.mobile->text(), QStringLiteral("138****8000"));

        // Editing works on the real value.
        f.id->setFocus();
        QCOMPARE(f.id->text(), QStringLiteral("11010519491231002X"));
        QVERIFY(f.id->eyeButton() == nullptr); // with the focus the value shows anyway
        f.id->end(false);
        QTest::keyClick(f.id, Qt::Key_Backspace);
        QCOMPARE(f.id->value(), QStringLiteral("11010519491231002"));
        f.reference->setFocus();
        QCOMPARE(f.id->text(), QStringLiteral("110**********1002"));

        // Mask off: every field shows its value.
        f.form.setPrivacyMask(false);
        QCOMPARE(f.mobile->text(), QStringLiteral("13800138000"));
        QVERIFY(f.mobile->eyeButton() == nullptr);
        f.form.setPrivacyMask(true);
        QCOMPARE(f.mobile->text(), QStringLiteral("138****8000"));
    }

    void md5Preview()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        auto* frame = test::child<QWidget>(&f.form, "md5Frame");
        QVERIFY(frame->isHidden());
        f.fillValid();
        f.md5->setChecked(true);
        QVERIFY(frame->isVisible());
        QCOMPARE(f.form.paramType(), identity::ParamType::Md5);
        QCOMPARE(test::child<QLabel>(&f.form, "md5MobileValue")->text(),
                 identity::md5Hex(QStringLiteral("13800138000")));
        QCOMPARE(test::child<QLabel>(&f.form, "md5NameValue")->text(), identity::md5Hex(QStringLiteral("张三")));
        QCOMPARE(test::child<QLabel>(&f.form, "md5IdValue")->text(),
                 identity::md5Hex(QStringLiteral("11010519491231002X")));
        QCOMPARE(test::child<QLabel>(&f.form, "md5IdValue")->text().size(), 32);
        QVERIFY(test::child<QLabel>(&f.form, "md5NoteLabel")->text().contains(QStringLiteral("does not leave")));
        f.md5->setChecked(false);
        QVERIFY(frame->isHidden());

        f.form.setMd5Locked(true);
        QVERIFY(f.md5->isChecked());
        QVERIFY(!f.md5->isEnabled());
        QCOMPARE(f.md5->toolTip(), QStringLiteral("Set by your administrator"));
    }

    void enterVerifiesOnce()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.form.setReady(true, {});
        QSignalSpy requested(&f.form, &VerifyForm::verifyRequested);
        connect(&f.form, &VerifyForm::verifyRequested, &f.form, [&f] { f.form.setBusy(true); });
        f.fillValid();
        QTest::keyClick(f.id, Qt::Key_Return);
        QTest::keyClick(f.id, Qt::Key_Return); // busy: ignored
        QCOMPARE(requested.count(), 1);
        QCOMPARE(f.verify->text(), QStringLiteral("Cancel"));
        QVERIFY(test::child<QWidget>(&f.form, "busyBar")->isVisible());
        // The form stays usable while a verification runs.
        QVERIFY(f.mobile->isEnabled());
        test::typeInto(f.reference, QStringLiteral("next"));
        QCOMPARE(f.reference->text(), QStringLiteral("next"));
    }

    void doubleClickNeitherSendsTwiceNorCancels()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.form.setReady(true, {});
        f.fillValid();
        QSignalSpy requested(&f.form, &VerifyForm::verifyRequested);
        QSignalSpy cancelled(&f.form, &VerifyForm::cancelRequested);
        connect(&f.form, &VerifyForm::verifyRequested, &f.form, [&f] { f.form.setBusy(true); });
        // A double click as the window system delivers it: press, release, press, double click,
        // release (Qt 6.4's QTest::mouseDClick on a widget sends the double click event only).
        QTest::mouseClick(f.verify, Qt::LeftButton);
        QTest::mouseClick(f.verify, Qt::LeftButton);
        QTest::mouseDClick(f.verify, Qt::LeftButton);
        QTest::mouseRelease(f.verify, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(cancelled.count(), 0);
        // A deliberate click later cancels.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(f.verify, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(requested.count(), 1);
    }

    void tabOrder()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.form.setReady(true, {});
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.fillValid(); // Verify is enabled, so it takes part in the chain
        f.mobile->setFocus();
        const QList<QWidget*> expected{f.mobile, f.name, f.id, f.reference, f.md5, f.verify, f.clear};
        for (int i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), expected.at(i));
        }
        for (int i = int(expected.size()) - 2; i >= 0; --i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), expected.at(i));
        }
    }

    void buddiesAndAccessibleNames()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        QCOMPARE(test::child<QLabel>(&f.form, "mobileLabel")->buddy(), f.mobile);
        QCOMPARE(test::child<QLabel>(&f.form, "nameLabel")->buddy(), f.name);
        QCOMPARE(test::child<QLabel>(&f.form, "idLabel")->buddy(), f.id);
        QCOMPARE(test::child<QLabel>(&f.form, "referenceLabel")->buddy(), f.reference);
        QVERIFY(!test::child<QPushButton>(&f.form, "clearButton")->toolTip().isEmpty());
    }

    void clearEmptiesEverything()
    {
        Form f;
        QVERIFY(QTest::qWaitForWindowActive(&f.form));
        f.fillValid();
        test::typeInto(f.reference, QStringLiteral("KYC-1"));
        QTest::mouseClick(f.clear, Qt::LeftButton);
        QVERIFY(f.mobile->value().isEmpty());
        QVERIFY(f.name->value().isEmpty());
        QVERIFY(f.id->value().isEmpty());
        QVERIFY(f.reference->text().isEmpty());
        QVERIFY(f.mobileMessage->text().isEmpty()); // untouched again
        QVERIFY(!f.form.isComplete());
    }

private:
    i18n::Translations translations;
};

QTEST_MAIN(TestVerifyForm)
#include "testverifyform.moc"
