// Without any keychain service (this test runs with a D-Bus address that leads nowhere): TriCheck
// says so, keeps a profile's secret in memory for this session only and writes none of it to disk.
#include "common/appinfo.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "testenv.h"

#include <QSettings>
#include <QtTest>

#include <optional>

using namespace tricheck;
using namespace tricheck::credentials;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        AppInfo::applyTo(*QCoreApplication::instance());
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/tricheck-bus"));
    }

    void keychainSaysItIsUnavailable()
    {
        Keychain keychain;
        std::optional<KeychainResult> result;
        keychain.write(QStringLiteral("probe"), "x", this, [&result](const KeychainResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->status, KeychainStatus::Unavailable);
        QVERIFY2(result->message.contains(u"No keychain service is available"), qPrintable(result->message));
    }

    void secretIsKeptForThisSessionOnly()
    {
        Keychain keychain;
        ProfileStore store(&keychain);
        Profile p;
        p.name = QStringLiteral("laptop");
        p.accessKeyId = QStringLiteral("LTAI5tLaptop");
        std::optional<Expected<ProfileChange, QString>> saved;
        store.save(p,
                   QStringLiteral("session-only-secret"),
                   QStringLiteral("session-only-token"),
                   this,
                   [&saved](const Expected<ProfileChange, QString>& r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
        QVERIFY2(saved->hasValue(), saved->hasValue() ? "" : qPrintable(saved->error()));
        QCOMPARE(saved->value().storage, SecretStorage::Session);

        std::optional<Expected<Credentials, CredentialError>> loaded;
        store.loadCredentials(p.name, this, [&loaded](const Expected<Credentials, CredentialError>& r) { loaded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);
        QVERIFY(loaded->hasValue());
        QCOMPARE(loaded->value().accessKeySecret, QStringLiteral("session-only-secret"));
        QCOMPARE(loaded->value().securityToken, QStringLiteral("session-only-token"));

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("LTAI5tLaptop"));
        QVERIFY(bytes.contains("session"));
        QVERIFY(!bytes.contains("session-only-secret"));
        QVERIFY(!bytes.contains("session-only-token"));

        std::optional<Expected<ProfileChange, QString>> removed;
        store.remove(p.name, this, [&removed](const Expected<ProfileChange, QString>& r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QVERIFY(removed->hasValue());
        QVERIFY(!store.profile(p.name));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "testkeychainunavailable.moc"
