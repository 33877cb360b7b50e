// Settings: the administrator's locks, a malformed policy, credential profiles in the real
// keychain (audited, secret never shown again, leaving the sandbox), endpoint validation, and a
// language switch that retranslates the open dialog.
#include "credentials/keychain.h"
#include "gui/linkbutton.h"
#include "gui/messagebox.h"
#include "gui/noticebanner.h"
#include "gui/profiledialog.h"
#include "gui/profilespage.h"
#include "gui/settingsdialog.h"
#include "guitestutil.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "network/proxysettings.h"
#include "selfsigned.h"
#include "testenv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace tricheck;
using settings::Setting;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-of-the-kyc-desk");

QString writePolicy(const QTemporaryDir& dir, const QByteArray& text)
{
    QString path = dir.filePath(QStringLiteral("policy.conf"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(text);
    return path;
}

// Fills and accepts the next modal ProfileDialog.
void answerProfileDialog(const QString& name, const QString& keyId, const QString& secret)
{
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<gui::ProfileDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no profile dialog");
            return;
        }
        if (!name.isEmpty())
            dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(name);
        dialog->findChild<QLineEdit*>(QStringLiteral("accessKeyIdLineEdit"))->setText(keyId);
        dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->setText(secret);
        dialog->accept();
    });
}

QList<history::AuditEvent::Kind> auditKinds(history::HistoryStore& store)
{
    QList<history::AuditEvent::Kind> out;
    for (const history::AuditEvent& e : store.auditEvents().value())
        out.prepend(e.kind);
    return out;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }
    void init()
    {
        QSettings().clear();
        qunsetenv("TRICHECK_POLICY_FILE");
    }

    void administratorLocks()
    {
        QTemporaryDir dir;
        qputenv("TRICHECK_POLICY_FILE",
                writePolicy(dir,
                            "[Policy]\nEndpoint=hongkong-vpc\nForceMd5=true\nLanguage=en\nProxy=none\n"
                            "Locked=Endpoint,ForceMd5,Language,Proxy\n")
                    .toLocal8Bit());
        test::DesktopApp app(QStringLiteral("en"), settings::Policy::load(settings::Policy::defaultPath()));
        QVERIFY(app.settings.isLocked(Setting::Endpoint));
        gui::SettingsDialog* dialog = app.window->showSettings();
        const auto locked = [dialog](Setting s) {
            QWidget* editor = dialog->editorFor(s);
            return editor && !editor->isEnabled() && editor->toolTip() == QStringLiteral("Set by your administrator");
        };
        QVERIFY(locked(Setting::Endpoint));
        QVERIFY(locked(Setting::Language));
        QVERIFY(locked(Setting::ParamType)); // md5 is forced
        QVERIFY(locked(Setting::ForceMd5));
        QVERIFY(locked(Setting::Proxy));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("proxyHostLineEdit"))->isEnabled());
        QVERIFY(dialog->editorFor(Setting::SignatureScheme)->isEnabled());
        auto* policyLabel = dialog->findChild<QLabel*>(QStringLiteral("policyLabel"));
        QVERIFY(policyLabel->isVisibleTo(dialog));
        QVERIFY(policyLabel->text().contains(QStringLiteral("administrator")));

        auto* md5 = app.window->findChild<QCheckBox*>(QStringLiteral("md5CheckBox"));
        QVERIFY(md5->isChecked());
        QVERIFY(!md5->isEnabled());
        QCOMPARE(md5->toolTip(), QStringLiteral("Set by your administrator"));
        auto* chinese = app.window->findChild<QAction*>(QStringLiteral("actionChinese"));
        QVERIFY(!chinese->isEnabled());
        QCOMPARE(chinese->toolTip(), QStringLiteral("Set by your administrator"));

        // Apply cannot change a locked value.
        QVERIFY(dialog->apply());
        QCOMPARE(app.settings.value(Setting::Endpoint).toString(), QStringLiteral("hongkong-vpc"));
        dialog->reject();
    }

    void proxyPasswordGoesToTheKeychain()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        gui::SettingsDialog* dialog = app.window->showSettings();
        dialog->showPage(gui::SettingsDialog::Network);
        auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("proxyModeComboBox"));
        auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("proxyHostLineEdit"));
        auto* port = dialog->findChild<QSpinBox*>(QStringLiteral("proxyPortSpinBox"));
        auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("proxyUserLineEdit"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("proxyPasswordLineEdit"));
        QPushButton* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(!host->isEnabled()); // the system's settings need no address
        mode->setCurrentIndex(mode->findData(QStringLiteral("http")));
        QVERIFY(host->isEnabled());
        QVERIFY(!ok->isEnabled()); // no host yet
        test::typeInto(host, QStringLiteral("proxy.example.com"));
        port->setValue(3128);
        QVERIFY(ok->isEnabled());
        QVERIFY(!password->isEnabled()); // a password needs a user
        test::typeInto(user, QStringLiteral("kyc"));
        QVERIFY(password->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        const QString proxyPassword = QStringLiteral("proxy-pa55-of-the-desk");
        test::typeInto(password, proxyPassword);
        QVERIFY(dialog->apply());
        QVERIFY(password->text().isEmpty()); // never shown again
        QCOMPARE(app.settings.value(Setting::Proxy).toString(), QStringLiteral("http://proxy.example.com:3128"));
        QCOMPARE(app.settings.value(Setting::ProxyUser).toString(), QStringLiteral("kyc"));

        // The password is in the keychain, and the session's network uses the proxy with it.
        // (The proxy is asked per request: the real service goes through it, this computer does not.)
        const auto proxyFor = [&app](const char* url) { return app.session->proxyFor(QUrl(QLatin1String(url))); };
        const char* service = "https://cloudauth-intl.cn-hongkong.aliyuncs.com/";
        QTRY_COMPARE_WITH_TIMEOUT(proxyFor(service).password(), proxyPassword, 30000);
        QCOMPARE(proxyFor(service).hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(proxyFor(service).type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxyFor("http://127.0.0.1:8080/").type(), QNetworkProxy::NoProxy);
        bool read = false;
        QByteArray stored;
        credentials::Keychain keychain; // the same OS keychain the session wrote to
        keychain.read(network::ProxySettings::keychainKey(), this, [&](const credentials::KeychainResult& r) {
            read = true;
            stored = r.data;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
        QCOMPARE(QString::fromUtf8(stored), proxyPassword);
        QSettings().sync();
        QFile conf(QSettings().fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains(proxyPassword.toUtf8()));

        // Back to the system's settings.
        mode->setCurrentIndex(mode->findData(QStringLiteral("system")));
        QVERIFY(dialog->apply());
        QCOMPARE(app.settings.value(Setting::Proxy).toString(), QStringLiteral("system"));
        dialog->reject();
    }

    void trustedCertificatesAreCheckedAndApplied()
    {
        QTemporaryDir dir;
        const test::SelfSigned made = test::makeSelfSigned(dir.path());
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        gui::SettingsDialog* dialog = app.window->showSettings();
        dialog->showPage(gui::SettingsDialog::Network);
        auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("caCertificatesLineEdit"));
        auto* hint = dialog->findChild<QLabel*>(QStringLiteral("caCertificatesHintLabel"));
        QPushButton* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(path->text().isEmpty());
        QVERIFY(ok->isEnabled());

        // A key instead of certificates, then a relative path: said at once, and OK waits.
        test::typeInto(path, made.key);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("no PEM certificate")), qPrintable(hint->text()));
        path->clear();
        test::typeInto(path, QStringLiteral("company-ca.pem"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("full path")), qPrintable(hint->text()));
        QVERIFY(!dialog->apply());
        QVERIFY(app.settings.value(Setting::CaCertificates).toString().isEmpty());

        // The certificate: what it is, and applying it keeps verifications possible.
        path->clear();
        test::typeInto(path, made.certificate);
        QVERIFY(ok->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("127.0.0.1")), qPrintable(hint->text()));
        QVERIFY(dialog->apply());
        QCOMPARE(app.settings.value(Setting::CaCertificates).toString(), made.certificate);
        QTRY_VERIFY_WITH_TIMEOUT(app.session->canVerify(), 30000);
        dialog->reject();

        // The file goes away: the main window says so, and its link opens the Network page.
        QVERIFY(QFile::remove(made.certificate));
        app.session->reloadTrustedCertificates();
        auto* banner = app.window->findChild<gui::NoticeBanner*>(QStringLiteral("problemBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisibleTo(app.window.get()), 30000);
        QVERIFY2(banner->text().contains(made.certificate), qPrintable(banner->text()));
        QVERIFY(!app.session->canVerify());
        QCOMPARE(banner->links().size(), 1);
        banner->links().constFirst()->click();
        gui::SettingsDialog* again = app.window->findChild<gui::SettingsDialog*>();
        QVERIFY(again && again->isVisible());
        QCOMPARE(again->findChild<QTabWidget*>(QStringLiteral("tabWidget"))->currentIndex(),
                 int(gui::SettingsDialog::Network));
        again->reject();
    }

    void historyOnPostgresWithThePasswordInTheKeychain()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        gui::SettingsDialog* dialog = app.window->showSettings();
        dialog->showPage(gui::SettingsDialog::History);
        auto* backend = dialog->findChild<QComboBox*>(QStringLiteral("historyBackendComboBox"));
        auto* location = dialog->findChild<QLineEdit*>(QStringLiteral("historyPathLineEdit"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("historyPasswordLineEdit"));
        QVERIFY(backend && location && password);
        QPushButton* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QCOMPARE(backend->currentData().toString(), QStringLiteral("sqlite"));
        QVERIFY(password->isHidden()); // a file needs no password
        QVERIFY(ok->isEnabled());

        backend->setCurrentIndex(backend->findData(QStringLiteral("postgresql")));
        QVERIFY(!password->isHidden());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled()); // no URL yet
        location->setText(QStringLiteral("postgresql://kyc:secret@db.example.com/team"));
        QVERIFY(!ok->isEnabled()); // never a password in the URL
        location->setText(QStringLiteral("postgresql://kyc@db.example.com/team?sslmode=disable"));
        QVERIFY(!ok->isEnabled()); // plain text to another computer
        const QString url = QStringLiteral("postgresql://kyc@db.example.com:5432/team?sslmode=verify-full");
        location->setText(url);
        QVERIFY(ok->isEnabled());
        const QString dbPassword = QStringLiteral("team-db-pa55-4711");
        test::typeInto(password, dbPassword);
        QVERIFY(dialog->apply());
        QVERIFY(password->text().isEmpty()); // never shown again
        QCOMPARE(app.settings.value(Setting::HistoryBackend).toString(), QStringLiteral("postgresql"));
        QCOMPARE(app.settings.value(Setting::HistoryPath).toString(), url);

        bool read = false;
        QByteArray stored;
        credentials::Keychain keychain; // the same OS keychain the session wrote to
        keychain.read(history::HistoryLocation::keychainKey(), this, [&](const credentials::KeychainResult& r) {
            read = true;
            stored = r.data;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
        QCOMPARE(QString::fromUtf8(stored), dbPassword);
        QSettings().sync();
        QFile conf(QSettings().fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains(dbPassword.toUtf8()));

        // A URL with the file backend is refused too.
        backend->setCurrentIndex(backend->findData(QStringLiteral("sqlite")));
        QVERIFY(!ok->isEnabled());
        QVERIFY(password->isHidden());
        location->clear();
        QVERIFY(ok->isEnabled());
        dialog->reject();
    }

    void malformedPolicyIsShown()
    {
        QTemporaryDir dir;
        qputenv("TRICHECK_POLICY_FILE", writePolicy(dir, "[Policy]\nTimeoutMs=fast\nLocked=Nonsense\n").toLocal8Bit());
        test::DesktopApp app(QStringLiteral("en"), settings::Policy::load(settings::Policy::defaultPath()));
        QVERIFY(app.settings.policy().isMalformed());
        gui::SettingsDialog* dialog = app.window->showSettings();
        auto* policyLabel = dialog->findChild<QLabel*>(QStringLiteral("policyLabel"));
        QVERIFY(policyLabel->text().contains(app.settings.policy().problemText()));
        // A malformed policy turns the sandbox off: without credentials nothing can be verified.
        QTRY_VERIFY_WITH_TIMEOUT(app.window->problemBanner()->isVisible(), 30000);
        QVERIFY(!app.session->canVerify());
        dialog->reject();
    }

    void profilesLiveInTheKeychainAndAreAudited()
    {
        test::DesktopApp app;
        QVERIFY(app.waitReady());
        QVERIFY(app.session->service().isSandbox());
        gui::SettingsDialog* dialog = app.window->showSettings();
        dialog->showPage(gui::SettingsDialog::Credentials);
        gui::ProfilesPage* page = dialog->profilesPage();
        auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));

        answerProfileDialog(QStringLiteral("kyc-desk"), QStringLiteral("LTAI5tKycDesk"), kSecret);
        page->addProfile();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("saved")), 30000);
        auto* tree = page->findChild<QTreeWidget*>(QStringLiteral("profilesTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("System keychain"));

        // A profile alone does not leave the sandbox: the real service waits for a confirmed OK.
        QTRY_VERIFY_WITH_TIMEOUT(app.session->service().isHoldingReal(), 30000);
        QVERIFY(app.session->service().isSandbox());
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog->apply());
        // Confirmed: the real service (Service: Automatic); the banner goes.
        QTRY_VERIFY_WITH_TIMEOUT(app.session->service().isReady() && !app.session->service().isSandbox(), 30000);
        QVERIFY(app.window->sandboxBanner()->isHidden());
        QCOMPARE(app.session->service().credentialSource(), QStringLiteral("profile:kyc-desk"));
        const auto kinds = auditKinds(*app.session->history());
        QVERIFY(kinds.contains(history::AuditEvent::Kind::CredentialProfileAdded));
        QVERIFY(kinds.contains(history::AuditEvent::Kind::ServiceSwitched));

        // The secret is never shown again, and never written to the settings.
        tree->setCurrentItem(tree->topLevelItem(0));
        gui::ProfileDialog edit(app.session->profiles()->profile(QStringLiteral("kyc-desk")), {}, dialog);
        auto* secretEdit = edit.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        QVERIFY(secretEdit->text().isEmpty());
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY(edit.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled()); // kept as stored
        QSettings().sync();
        QFile conf(QSettings().fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains(kSecret.toUtf8()));
        for (const history::AuditEvent& e : app.session->history()->auditEvents().value())
            QVERIFY(!QJsonDocument(e.details).toJson().contains(kSecret.toUtf8()));

        // Removing it (after confirming) goes back to the sandbox.
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->removeProfile();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("removed")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(app.session->service().isReady() && app.session->service().isSandbox(), 30000);
        QVERIFY(auditKinds(*app.session->history()).contains(history::AuditEvent::Kind::CredentialProfileRemoved));
        dialog->reject();
    }

    void endpointIsValidated()
    {
        test::DesktopApp app;
        gui::SettingsDialog* dialog = app.window->showSettings();
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("endpointComboBox"));
        auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("customEndpointLineEdit"));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("endpointMessageLabel"));
        QPushButton* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        combo->setCurrentIndex(combo->findData(QStringLiteral("custom")));
        url->setText(QStringLiteral("http://gateway.example.com"));
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!ok->isEnabled());
        url->setText(QStringLiteral("https://gateway.example.com"));
        QVERIFY(message->text().isEmpty());
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->apply());
        QCOMPARE(app.settings.config().endpoint().hostHeader(), QStringLiteral("gateway.example.com"));
        QVERIFY(!app.settings.config().endpoint().isLoopback());
        dialog->reject();
    }

    void languageRetranslatesTheOpenDialog()
    {
        test::DesktopApp app;
        gui::SettingsDialog* dialog = app.window->showSettings();
        auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        const QString englishTab = tabs->tabText(0);
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QTest::mouseClick(box->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(app.translations.language(), QStringLiteral("zh_CN"));
        // Qt posts LanguageChange to each window: the texts change in the next turn of the event loop.
        QTRY_COMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QVERIFY(tabs->tabText(0) != englishTab);
        QCOMPARE(language->currentData().toString(), QStringLiteral("zh_CN"));
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "testsettingsdialog.moc"
