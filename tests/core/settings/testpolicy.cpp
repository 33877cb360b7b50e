#include "settings/policy.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck::settings;

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void locksAndPresets()
    {
        const Policy p = Policy::parse("# managed by IT\n"
                                       "[Policy]\n"
                                       "Endpoint=hongkong-vpc\n"
                                       "SignatureScheme=V1\n"
                                       "ForceMd5=yes\n"
                                       "RetentionDays=365\n"
                                       "TimeoutMs=20000\n"
                                       "Locked=Endpoint, ForceMd5,RetentionDays\n");
        QVERIFY(!p.isMalformed());
        QVERIFY(p.isLocked(Setting::Endpoint));
        QCOMPARE(p.lockedValue(Setting::Endpoint), std::optional<QVariant>(QStringLiteral("hongkong-vpc")));
        QCOMPARE(p.lockedValue(Setting::ForceMd5), std::optional<QVariant>(true));
        QCOMPARE(p.lockedValue(Setting::RetentionDays), std::optional<QVariant>(365));
        QVERIFY(!p.isLocked(Setting::SignatureScheme));
        QCOMPARE(p.presetValue(Setting::SignatureScheme), std::optional<QVariant>(QStringLiteral("v1")));
        QCOMPARE(p.presetValue(Setting::TimeoutMs), std::optional<QVariant>(20000));
        QVERIFY(!p.presetValue(Setting::Endpoint).has_value()); // locked, not a preset
        QVERIFY(!p.isLocked(Setting::SandboxAllowed));
    }

    void everyLockableSetting_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("Endpoint") << "Endpoint"
                                  << "https://gw.example.com/" << QVariant(QStringLiteral("https://gw.example.com/"));
        QTest::newRow("SignatureScheme") << "SignatureScheme"
                                         << "v1" << QVariant(QStringLiteral("v1"));
        QTest::newRow("ForceMd5") << "ForceMd5"
                                  << "true" << QVariant(true);
        QTest::newRow("RetentionDays") << "RetentionDays"
                                       << "90" << QVariant(90);
        QTest::newRow("HistoryBackend") << "HistoryBackend"
                                        << "postgresql" << QVariant(QStringLiteral("postgresql"));
        QTest::newRow("HistoryConnection")
            << "HistoryConnection"
            << "postgresql://kyc@db:5432/tricheck" << QVariant(QStringLiteral("postgresql://kyc@db:5432/tricheck"));
        QTest::newRow("Proxy") << "Proxy"
                               << "http://proxy.corp:3128" << QVariant(QStringLiteral("http://proxy.corp:3128"));
        QTest::newRow("SandboxAllowed") << "SandboxAllowed"
                                        << "false" << QVariant(false);
    }
    void everyLockableSetting()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QVariant, expected);
        const Policy p = Policy::parse(QStringLiteral("[Policy]\n%1=%2\nLocked=%1\n").arg(key, value).toUtf8());
        QVERIFY2(!p.isMalformed(), qPrintable(p.problemText()));
        const auto setting = settingFromPolicyKey(key);
        QVERIFY(setting.has_value());
        QVERIFY(p.isLocked(*setting));
        QCOMPARE(p.lockedValue(*setting), std::optional<QVariant>(expected));
    }

    void malformedFileFallsBackToSafeChoices()
    {
        const Policy p = Policy::parse("[Policy]\n"
                                       "Endpoint=ftp://nowhere\n" // line 2: invalid value
                                       "Colour=blue\n"            // line 3: unknown setting
                                       "this is not a setting\n"  // line 4
                                       "ForceMd5=maybe\n"         // line 5: invalid, but locked
                                       "SignatureScheme=v3\n"
                                       "Locked=ForceMd5,Endpoint,SignatureScheme,Bogus\n",
                                       QStringLiteral("/etc/xdg/TriCheck/policy.conf"));
        QVERIFY(p.isMalformed());
        QList<int> lines;
        for (const auto& problem : p.problems())
            lines << problem.line;
        QVERIFY(lines.contains(2));
        QVERIFY(lines.contains(3));
        QVERIFY(lines.contains(4));
        QVERIFY(lines.contains(5));
        QVERIFY(lines.contains(7)); // Bogus in Locked
        QVERIFY(p.problemText().contains(QStringLiteral("policy.conf, line 3")));
        // Meant to be locked: locked at the safest value, not left open.
        QCOMPARE(p.lockedValue(Setting::ForceMd5), std::optional<QVariant>(true));
        QCOMPARE(p.lockedValue(Setting::Endpoint), std::optional<QVariant>(QStringLiteral("hongkong")));
        QCOMPARE(p.lockedValue(Setting::SignatureScheme), std::optional<QVariant>(QStringLiteral("v3")));
        // Any problem turns the sandbox off.
        QCOMPARE(p.lockedValue(Setting::SandboxAllowed), std::optional<QVariant>(false));
    }

    void malformedFileLocksEverySetting()
    {
        // Any problem fails closed: every setting is locked, at the file's own valid value (a preset
        // included) where it gives one, else at the safest value.
        const Policy p = Policy::parse("[Policy]\nForceMd5=perhaps\nBatchQps=5\n");
        QVERIFY(p.isMalformed());
        for (const Setting s : allSettings())
            QVERIFY2(p.isLocked(s), settingInfo(s).policyKey);
        QCOMPARE(p.lockedValue(Setting::ForceMd5), std::optional<QVariant>(true));
        QCOMPARE(p.lockedValue(Setting::BatchQps), std::optional<QVariant>(5));
        QCOMPARE(p.lockedValue(Setting::SandboxAllowed), std::optional<QVariant>(false));
        QCOMPARE(p.lockedValue(Setting::ServiceMode), std::optional<QVariant>(QStringLiteral("real")));
        QCOMPARE(p.lockedValue(Setting::RetentionDays), std::optional<QVariant>(0));
        QVERIFY(!p.presetValue(Setting::BatchQps));
    }

    void directoryAsPolicyFileLocksEverySetting()
    {
        // A path that exists but cannot be read as a file (here: a directory) fails closed as well.
        QTemporaryDir dir;
        const Policy p = Policy::load(dir.path());
        QVERIFY(p.exists());
        QVERIFY(p.isMalformed());
        for (const Setting s : allSettings())
            QVERIFY2(p.isLocked(s), settingInfo(s).policyKey);
        QCOMPARE(p.lockedValue(Setting::ForceMd5), std::optional<QVariant>(true));
    }

    void settingsBeforeTheSection()
    {
        const Policy p = Policy::parse("Endpoint=hongkong\n[Other]\nX=1\n");
        QCOMPARE(p.problems().size(), 2);
        // Read outside [Policy]: not the file's value, so the safest one (and locked: the file failed).
        QCOMPARE(p.lockedValue(Setting::Endpoint), std::optional<QVariant>(QStringLiteral("hongkong")));
    }

    void files()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.conf"));
        const Policy none = Policy::load(missing);
        QVERIFY(!none.exists());
        QVERIFY(!none.isMalformed());
        QVERIFY(none.lockedSettings().isEmpty());

        const QString path = dir.filePath(QStringLiteral("policy.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Policy]\r\nSandboxAllowed=false\r\nLocked=SandboxAllowed\r\n");
        f.close();
        const Policy loaded = Policy::load(path);
        QVERIFY(loaded.exists());
        QVERIFY(!loaded.isMalformed());
        QCOMPARE(loaded.lockedValue(Setting::SandboxAllowed), std::optional<QVariant>(false));

        // The test override applies only while no system policy exists.
        qputenv("TRICHECK_POLICY_FILE", path.toUtf8());
        if (!QFile::exists(Policy::systemPath()))
            QCOMPARE(Policy::defaultPath(), path);
        else
            QCOMPARE(Policy::defaultPath(), Policy::systemPath());
        qunsetenv("TRICHECK_POLICY_FILE");
    }

    void garbageNeverCrashes()
    {
        const Policy p = Policy::parse(QByteArray("\xff\xfe[\0]=\n=\n[Policy\nLocked=,,,\n", 25));
        QVERIFY(p.isMalformed());
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "testpolicy.moc"
