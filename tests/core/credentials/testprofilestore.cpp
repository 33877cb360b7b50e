// TriCheck's own credential profiles against the real Secret Service (gnome-keyring in a private
// D-Bus session): the secret and the STS token go to the keyring and never into the settings file.
#include "common/appinfo.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "testenv.h"

#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace tricheck;
using namespace tricheck::credentials;

namespace {

const QString kSecret = QStringLiteral("Sup3r-Secret/AccessKey+Value=");
const QString kToken = QStringLiteral("CAIS-sts-token-value-XYZ");

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    Keychain m_keychain;
    ProfileStore m_store{&m_keychain};

    std::optional<Expected<ProfileChange, QString>> save(const Profile& p, const QString& secret, const QString& token)
    {
        std::optional<Expected<ProfileChange, QString>> result;
        m_store.save(p, secret, token, this, [&result](const Expected<ProfileChange, QString>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }
    std::optional<Expected<ProfileChange, QString>> remove(const QString& name)
    {
        std::optional<Expected<ProfileChange, QString>> result;
        m_store.remove(name, this, [&result](const Expected<ProfileChange, QString>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }
    std::optional<Expected<Credentials, CredentialError>> load(const QString& name)
    {
        std::optional<Expected<Credentials, CredentialError>> result;
        m_store.loadCredentials(name, this, [&result](const Expected<Credentials, CredentialError>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }
    std::optional<KeychainResult> readKeychain(const QString& key)
    {
        // A separate Keychain object: what is really stored, not what the store remembers.
        Keychain fresh;
        std::optional<KeychainResult> result;
        fresh.read(key, this, [&result](const KeychainResult& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }
    static QByteArray settingsBytes()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void assertSettingsHoldNo(const QString& secret)
    {
        const QByteArray bytes = settingsBytes();
        QVERIFY(!bytes.isEmpty());
        for (const QByteArray& form : {secret.toUtf8(), secret.toUtf8().toBase64(), secret.toUtf8().toHex()}) {
            QVERIFY2(!bytes.contains(form), bytes.constData());
        }
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        AppInfo::applyTo(*QCoreApplication::instance());
        qRegisterMetaType<ProfileChange>();
    }

    void secretGoesToTheKeyringNotTheSettingsFile()
    {
        QSignalSpy changes(&m_store, &ProfileStore::profileChanged);
        Profile p;
        p.name = QStringLiteral("production");
        p.accessKeyId = QStringLiteral("LTAI5tProductionKey");
        p.endpoint = QStringLiteral("hongkong");
        const auto saved = save(p, kSecret, kToken);
        QVERIFY(saved);
        QVERIFY2(saved->hasValue(), saved->hasValue() ? "" : qPrintable(saved->error()));
        QCOMPARE(saved->value().action, ProfileChange::Action::Added);
        QCOMPARE(saved->value().storage, SecretStorage::Keychain);

        // In the real keyring, readable by anyone with the same service and key.
        const auto secret = readKeychain(ProfileStore::secretKey(p.name));
        QVERIFY(secret && secret->ok());
        QCOMPARE(QString::fromUtf8(secret->data), kSecret);
        const auto token = readKeychain(ProfileStore::tokenKey(p.name));
        QVERIFY(token && token->ok());
        QCOMPARE(QString::fromUtf8(token->data), kToken);

        // The settings file has the metadata, never the secret or the token, in any spelling.
        const QByteArray bytes = settingsBytes();
        QVERIFY(bytes.contains("LTAI5tProductionKey"));
        assertSettingsHoldNo(kSecret);
        assertSettingsHoldNo(kToken);

        // The audit signal names the profile and the key ID, never the secret.
        QCOMPARE(changes.count(), 1);
        const auto change = changes.first().first().value<ProfileChange>();
        QCOMPARE(change.name, p.name);
        QCOMPARE(change.accessKeyId, p.accessKeyId);
        QCOMPARE(profileChangeActionId(change.action), QStringLiteral("added"));

        const auto loaded = load(p.name);
        QVERIFY(loaded && loaded->hasValue());
        QCOMPARE(loaded->value().accessKeyId, p.accessKeyId);
        QCOMPARE(loaded->value().accessKeySecret, kSecret);
        QCOMPARE(loaded->value().securityToken, kToken);
        QCOMPARE(loaded->value().source, QStringLiteral("profile:production"));

        const auto listed = m_store.profile(p.name);
        QVERIFY(listed);
        QCOMPARE(listed->endpoint, QStringLiteral("hongkong"));
        QVERIFY(listed->hasSecurityToken);
    }

    void changingAProfileReplacesItsSecretAndDropsAStaleToken()
    {
        QSignalSpy changes(&m_store, &ProfileStore::profileChanged);
        Profile p;
        p.name = QStringLiteral("production");
        p.accessKeyId = QStringLiteral("LTAI5tRotatedKey");
        const auto saved = save(p, QStringLiteral("rotated-secret"), QString());
        QVERIFY(saved && saved->hasValue());
        QCOMPARE(saved->value().action, ProfileChange::Action::Changed);
        QCOMPARE(changes.count(), 1);
        const auto token = readKeychain(ProfileStore::tokenKey(p.name));
        QVERIFY(token);
        QCOMPARE(token->status, KeychainStatus::NotFound);
        const auto loaded = load(p.name);
        QVERIFY(loaded && loaded->hasValue());
        QCOMPARE(loaded->value().accessKeySecret, QStringLiteral("rotated-secret"));
        QVERIFY(loaded->value().securityToken.isEmpty());
        QVERIFY(!settingsBytes().contains("rotated-secret"));
    }

    void defaultProfile()
    {
        QCOMPARE(m_store.defaultProfileName(), QStringLiteral("production")); // the only one
        Profile other;
        other.name = QStringLiteral("测试-2");
        other.accessKeyId = QStringLiteral("LTAI5tOther");
        QVERIFY(save(other, QStringLiteral("other-secret"), QString())->hasValue());
        QCOMPARE(m_store.defaultProfileName(), QString()); // two, none marked
        QVERIFY(m_store.setDefaultProfile(QStringLiteral("测试-2")));
        QCOMPARE(m_store.defaultProfileName(), QStringLiteral("测试-2"));
        QVERIFY(!m_store.setDefaultProfile(QStringLiteral("nope")));
        QCOMPARE(m_store.profiles().size(), 2);
    }

    void removingDeletesTheKeyringEntries()
    {
        QSignalSpy changes(&m_store, &ProfileStore::profileChanged);
        const auto removed = remove(QStringLiteral("测试-2"));
        QVERIFY(removed && removed->hasValue());
        QCOMPARE(removed->value().action, ProfileChange::Action::Removed);
        QCOMPARE(changes.count(), 1);
        const auto secret = readKeychain(ProfileStore::secretKey(QStringLiteral("测试-2")));
        QVERIFY(secret);
        QCOMPARE(secret->status, KeychainStatus::NotFound);
        QVERIFY(!m_store.profile(QStringLiteral("测试-2")));
        QCOMPARE(m_store.defaultProfileName(), QStringLiteral("production"));
        const auto again = remove(QStringLiteral("测试-2"));
        QVERIFY(again && !again->hasValue());
        const auto missing = load(QStringLiteral("测试-2"));
        QVERIFY(missing && !missing->hasValue());
        QCOMPARE(missing->error().kind, CredentialError::Kind::NotFound);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("accessKeyId");
        QTest::addColumn<QString>("secret");
        QTest::newRow("empty name") << ""
                                    << "LTAI"
                                    << "s";
        QTest::newRow("slash in name") << "a/b"
                                       << "LTAI"
                                       << "s";
        QTest::newRow("space in name") << "a b"
                                       << "LTAI"
                                       << "s";
        QTest::newRow("too long") << QString(65, u'a') << "LTAI"
                                  << "s";
        QTest::newRow("no key id") << "ok"
                                   << ""
                                   << "s";
        QTest::newRow("bad key id") << "ok"
                                    << "LTAI key"
                                    << "s";
        QTest::newRow("no secret") << "ok"
                                   << "LTAI"
                                   << "";
    }
    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, accessKeyId);
        QFETCH(QString, secret);
        Profile p;
        p.name = name;
        p.accessKeyId = accessKeyId;
        const auto saved = save(p, secret, QString());
        QVERIFY(saved && !saved->hasValue());
        QVERIFY(!saved->error().isEmpty());
        QVERIFY(!m_store.profile(name));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "testprofilestore.moc"
