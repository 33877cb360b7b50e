#include "credentials/aliyunconfig.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck::credentials;

namespace {

// The shape of spec §6, with every mode TriCheck meets in the wild.
const QByteArray kConfig = R"({
  "current": "sts",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAIak", "access_key_secret": "ak-secret",
     "region_id": "cn-hongkong", "output_format": "json", "language": "en"},
    {"name": "sts", "mode": "StsToken", "access_key_id": "STS.id", "access_key_secret": "sts-secret",
     "sts_token": "sts-token", "region_id": "cn-hongkong"},
    {"name": "lower", "mode": "ak", "access_key_id": "LTAIlower", "access_key_secret": "lower-secret",
     "sts_token": "stray"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "id", "access_key_secret": "s",
     "ram_role_arn": "acs:ram::1:role/x", "ram_session_name": "s", "expired_seconds": 3600},
    {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "r"},
    {"name": "nomode", "access_key_id": "id", "access_key_secret": "s"},
    {"name": "halfak", "mode": "AK", "access_key_id": "id"},
    {"name": "halfsts", "mode": "StsToken", "access_key_id": "id", "access_key_secret": "s"},
    {"mode": "AK", "access_key_id": "nameless", "access_key_secret": "s"},
    42,
    {"name": "typed", "mode": "AK", "access_key_id": 12345, "access_key_secret": ["x"]}
  ],
  "meta_path": ""
})";

} // namespace

class TestAliyunConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void readsSupportedModes()
    {
        const auto config = AliyunConfigReader::parse(kConfig, QStringLiteral("/x/config.json"));
        QVERIFY(config);
        QCOMPARE(config->current, QStringLiteral("sts"));
        const AliyunProfile* ak = config->find(QStringLiteral("default"));
        QVERIFY(ak && ak->supported);
        QCOMPARE(ak->accessKeyId, QStringLiteral("LTAIak"));
        QCOMPARE(ak->accessKeySecret, QStringLiteral("ak-secret"));
        QCOMPARE(ak->regionId, QStringLiteral("cn-hongkong"));
        QCOMPARE(ak->credentials().source, QStringLiteral("aliyun-cli:default"));
        QVERIFY(!ak->credentials().isSts());
        const AliyunProfile* sts = config->find(QStringLiteral("sts"));
        QVERIFY(sts && sts->supported);
        QCOMPARE(sts->credentials().securityToken, QStringLiteral("sts-token"));
        // The CLI matches modes case-insensitively; an AK profile's stray token is not used.
        const AliyunProfile* lower = config->find(QStringLiteral("lower"));
        QVERIFY(lower && lower->supported);
        QVERIFY(lower->securityToken.isEmpty());
    }

    void explainsWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("RamRoleArn") << "role"
                                    << "RamRoleArn";
        QTest::newRow("EcsRamRole") << "ecs"
                                    << "EcsRamRole";
        QTest::newRow("no mode") << "nomode"
                                 << "no credential mode";
        QTest::newRow("AK without secret") << "halfak"
                                           << "access_key_secret";
        QTest::newRow("StsToken without token") << "halfsts"
                                                << "sts_token";
        QTest::newRow("non-string values") << "typed"
                                           << "access_key_id";
    }
    void explainsWhatItCannotUse()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        const auto config = AliyunConfigReader::parse(kConfig, QStringLiteral("/x/config.json"));
        QVERIFY(config);
        const AliyunProfile* p = config->find(name);
        QVERIFY(p);
        QVERIFY(!p->supported);
        QVERIFY2(p->problem.contains(mentions), qPrintable(p->problem));
        QVERIFY(p->problem.contains(name));
    }

    void skipsEntriesWithoutAName()
    {
        const auto config = AliyunConfigReader::parse(kConfig, QStringLiteral("/x/config.json"));
        QVERIFY(config);
        QCOMPARE(config->profiles.size(), 9);
    }

    void malformedFilesGiveAClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("truncated") << kConfig.left(120) << "not valid JSON";
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe binary", 10) << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "profiles";
        QTest::newRow("no profiles") << QByteArray(R"({"current":"default"})") << "profiles";
        QTest::newRow("profiles not a list") << QByteArray(R"({"profiles":{"name":"x"}})") << "profiles";
    }
    void malformedFilesGiveAClearError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto config = AliyunConfigReader::parse(json, QStringLiteral("/home/u/.aliyun/config.json"));
        QVERIFY(!config);
        QVERIFY2(config.error().contains(mentions), qPrintable(config.error()));
        QVERIFY(config.error().contains(u"/home/u/.aliyun/config.json"));
    }

    void readsFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(!AliyunConfigReader::read(path));
        QVERIFY(AliyunConfigReader::read(path).error().contains(u"does not exist"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kConfig);
        file.close();
        QVERIFY(AliyunConfigReader::read(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(qsizetype(2) * 1024 * 1024, ' '));
        file.close();
        QVERIFY(AliyunConfigReader::read(path).error().contains(u"1 MiB"));
    }

    void defaultPathIsInTheHomeDirectory()
    {
        QCOMPARE(AliyunConfigReader::defaultPath(), QDir::homePath() + QStringLiteral("/.aliyun/config.json"));
    }
};

QTEST_GUILESS_MAIN(TestAliyunConfig)
#include "testaliyunconfig.moc"
