// The credential resolution order, with TriCheck profiles in the real gnome-keyring and an aliyun
// CLI config.json on disk.
#include "common/appinfo.h"
#include "credentials/credentialresolver.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace tricheck;
using namespace tricheck::credentials;

Q_DECLARE_METATYPE(tricheck::credentials::CredentialError::Kind)

namespace {

const QByteArray kAliyunConfig = R"({"current": "cli-ak", "profiles": [
  {"name": "cli-ak", "mode": "AK", "access_key_id": "LTAIcli", "access_key_secret": "cli-secret"},
  {"name": "cli-sts", "mode": "StsToken", "access_key_id": "STS.cli", "access_key_secret": "cli-sts-secret",
   "sts_token": "cli-token"},
  {"name": "cli-role", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "y"},
  {"name": "alpha", "mode": "AK", "access_key_id": "LTAIshadowed", "access_key_secret": "shadowed"}]})";

const QByteArray kRoleIsCurrent = R"({"current": "cli-role", "profiles": [
  {"name": "cli-role", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "y"}]})";

} // namespace

class TestCredentialResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Keychain m_keychain;
    ProfileStore m_store{&m_keychain};

    bool addProfile(const QString& name,
                    const QString& id,
                    const QString& secret,
                    const QString& token,
                    const QString& endpoint = {})
    {
        Profile p;
        p.name = name;
        p.accessKeyId = id;
        p.endpoint = endpoint;
        std::optional<bool> ok;
        m_store.save(p, secret, token, this, [&ok](const Expected<ProfileChange, QString>& r) { ok = r.hasValue(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 20000) && *ok;
    }

    QString writeConfig(const QString& file, const QByteArray& json)
    {
        QString path = m_dir.filePath(file);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(json);
        return path;
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        AppInfo::applyTo(*QCoreApplication::instance());
        QVERIFY(m_dir.isValid());
        QVERIFY(addProfile(QStringLiteral("alpha"),
                           QStringLiteral("LTAIalpha"),
                           QStringLiteral("alpha-secret"),
                           {},
                           QStringLiteral("hongkong-vpc")));
        QVERIFY(addProfile(QStringLiteral("beta"),
                           QStringLiteral("STS.beta"),
                           QStringLiteral("beta-secret"),
                           QStringLiteral("beta-token")));
        writeConfig(QStringLiteral("config.json"), kAliyunConfig);
        writeConfig(QStringLiteral("role.json"), kRoleIsCurrent);
        writeConfig(QStringLiteral("broken.json"), "{\"profiles\": [");
    }

    void resolutionOrder_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("explicitId");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("defaultProfile");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("secret");

        const QStringList env{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenv"),
                              QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=env-secret")};
        const QString cfg = QStringLiteral("config.json");
        QTest::newRow("1 explicit beats everything") << env << "LTAIexplicit"
                                                     << "beta"
                                                     << "alpha" << cfg << "explicit"
                                                     << "explicit-secret";
        QTest::newRow("2 chosen profile beats the environment") << env << ""
                                                                << "beta"
                                                                << "alpha" << cfg << "profile:beta"
                                                                << "beta-secret";
        QTest::newRow("2 chosen profile: TriCheck's before the aliyun CLI's") << QStringList() << ""
                                                                              << "alpha"
                                                                              << "" << cfg << "profile:alpha"
                                                                              << "alpha-secret";
        QTest::newRow("2 chosen profile from the aliyun CLI") << QStringList() << ""
                                                              << "cli-sts"
                                                              << "" << cfg << "aliyun-cli:cli-sts"
                                                              << "cli-sts-secret";
        QTest::newRow("3 environment beats default and CLI") << env << ""
                                                             << ""
                                                             << "alpha" << cfg << "environment"
                                                             << "env-secret";
        QTest::newRow("4 ALIBABA_CLOUD_PROFILE names a TriCheck profile")
            << QStringList{QStringLiteral("ALIBABA_CLOUD_PROFILE=beta")} << ""
            << ""
            << "alpha" << cfg << "profile:beta"
            << "beta-secret";
        QTest::newRow("4 ALIBABA_CLOUD_PROFILE names a CLI profile")
            << QStringList{QStringLiteral("ALIBABA_CLOUD_PROFILE=cli-ak")} << ""
            << ""
            << "alpha" << cfg << "aliyun-cli:cli-ak"
            << "cli-secret";
        QTest::newRow("5 TriCheck default profile") << QStringList() << ""
                                                    << ""
                                                    << "alpha" << cfg << "profile:alpha"
                                                    << "alpha-secret";
        QTest::newRow("6 aliyun CLI current profile") << QStringList() << ""
                                                      << ""
                                                      << "" << cfg << "aliyun-cli:cli-ak"
                                                      << "cli-secret";
    }
    void resolutionOrder()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, explicitId);
        QFETCH(QString, profile);
        QFETCH(QString, defaultProfile);
        QFETCH(QString, config);
        QFETCH(QString, source);
        QFETCH(QString, secret);
        QVERIFY(m_store.setDefaultProfile(defaultProfile));
        CredentialResolver resolver(&m_store);
        QProcessEnvironment env;
        for (const QString& pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        resolver.setEnvironment(env);
        resolver.setAliyunConfigPath(m_dir.filePath(config));
        CredentialRequest request;
        request.profileName = profile;
        if (!explicitId.isEmpty())
            request.explicitCredentials = {explicitId, QStringLiteral("explicit-secret"), {}, {}};
        std::optional<Expected<ResolvedCredentials, CredentialError>> result;
        resolver.resolve(request, this, [&result](const Expected<ResolvedCredentials, CredentialError>& r) {
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->hasValue(), result->hasValue() ? "" : qPrintable(result->error().message));
        QCOMPARE(result->value().credentials.source, source);
        QCOMPARE(result->value().credentials.accessKeySecret, secret);
        if (source == u"profile:alpha")
            QCOMPARE(result->value().endpoint, QStringLiteral("hongkong-vpc"));
        if (source == u"profile:beta")
            QCOMPARE(result->value().credentials.securityToken, QStringLiteral("beta-token"));
        if (source == u"aliyun-cli:cli-sts")
            QCOMPARE(result->value().credentials.securityToken, QStringLiteral("cli-token"));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("config");
        QTest::addColumn<CredentialError::Kind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("half-set environment")
            << QStringList{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIenv")} << ""
            << "config.json" << CredentialError::Kind::Incomplete << "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
        QTest::newRow("chosen profile does not exist") << QStringList() << "nope"
                                                       << "config.json" << CredentialError::Kind::NotFound << "nope";
        QTest::newRow("chosen profile does not exist, no CLI config")
            << QStringList() << "nope"
            << "missing.json" << CredentialError::Kind::NotFound << "nope";
        QTest::newRow("ALIBABA_CLOUD_PROFILE does not exist")
            << QStringList{QStringLiteral("ALIBABA_CLOUD_PROFILE=nope")} << ""
            << "config.json" << CredentialError::Kind::NotFound << "nope";
        QTest::newRow("chosen CLI profile of an unsupported mode")
            << QStringList() << "cli-role"
            << "config.json" << CredentialError::Kind::Unsupported << "RamRoleArn";
        QTest::newRow("CLI current profile of an unsupported mode")
            << QStringList() << ""
            << "role.json" << CredentialError::Kind::Unsupported << "RamRoleArn";
        QTest::newRow("malformed CLI config") << QStringList() << ""
                                              << "broken.json" << CredentialError::Kind::Malformed << "broken.json";
        QTest::newRow("nothing configured") << QStringList() << ""
                                            << "missing.json" << CredentialError::Kind::NotFound << "profile add";
        QTest::newRow("CLI profiles disabled")
            << QStringList{QStringLiteral("ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true")} << ""
            << "config.json" << CredentialError::Kind::NotFound << "ALIBABA_CLOUD_ACCESS_KEY_ID";
    }
    void failures()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, profile);
        QFETCH(QString, config);
        QFETCH(CredentialError::Kind, kind);
        QFETCH(QString, mentions);
        QVERIFY(m_store.setDefaultProfile(QString())); // two profiles, none default
        CredentialResolver resolver(&m_store);
        QProcessEnvironment env;
        for (const QString& pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        resolver.setEnvironment(env);
        resolver.setAliyunConfigPath(m_dir.filePath(config));
        CredentialRequest request;
        request.profileName = profile;
        std::optional<Expected<ResolvedCredentials, CredentialError>> result;
        resolver.resolve(request, this, [&result](const Expected<ResolvedCredentials, CredentialError>& r) {
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->hasValue());
        QCOMPARE(result->error().kind, kind);
        QVERIFY2(result->error().message.contains(mentions), qPrintable(result->error().message));
    }
};

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "testcredentialresolver.moc"
