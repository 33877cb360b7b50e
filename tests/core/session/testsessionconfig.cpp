// SessionConfig: the one place where defaults, the operator's settings, the policy and one run's
// overrides become the values in force, with their sources and the refusals the operator is told.

#include "history/historystore.h"
#include "session/sessionconfig.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck;
using namespace tricheck::session;
using settings::Policy;
using settings::Setting;

namespace {

StoredValues stored(const QHash<Setting, QVariant>& values)
{
    return [values](Setting s) { return values.contains(s) ? std::optional<QVariant>(values.value(s)) : std::nullopt; };
}

Overrides overrides(std::initializer_list<Override> values)
{
    Overrides o;
    for (const Override& v : values)
        o.set(v.setting, v.value, v.origin);
    return o;
}

} // namespace

class TestSessionConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void sources()
    {
        const Policy policy = Policy::parse("[Policy]\nRetentionDays=30\nEndpoint=hongkong-vpc\nLocked=Endpoint\n");
        const SessionConfig c = SessionConfig::resolve(
            stored({{Setting::SignatureScheme, QStringLiteral("v1")}, {Setting::Endpoint, QStringLiteral("hongkong")}}),
            policy,
            overrides({{Setting::TimeoutMs, 2500, QStringLiteral("--timeout-ms")}}));
        QCOMPARE(c.source(Setting::BatchQps), ValueSource::Default);
        QCOMPARE(c.source(Setting::SignatureScheme), ValueSource::Settings);
        QCOMPARE(c.signatureScheme(), api::SignatureScheme::V1);
        QCOMPARE(c.source(Setting::RetentionDays), ValueSource::Policy);
        QVERIFY(!c.isLocked(Setting::RetentionDays));
        QCOMPARE(c.entry(Setting::Endpoint).source, ValueSource::Policy);
        QVERIFY(c.isLocked(Setting::Endpoint));
        QCOMPARE(c.endpoint().id(), QStringLiteral("hongkong-vpc")); // the operator's hongkong does not apply
        QCOMPARE(c.source(Setting::TimeoutMs), ValueSource::Override);
        QCOMPARE(c.timeoutMs(), 2500);
        QVERIFY(c.refusals().isEmpty());
        QCOMPARE(valueSourceId(ValueSource::Override), QStringLiteral("override"));
    }

    void lockedOverrideIsRefusedAndSaid()
    {
        const Policy policy = Policy::parse("[Policy]\nSignatureScheme=v3\nLocked=SignatureScheme\n");
        const SessionConfig c = SessionConfig::resolve(
            stored({}),
            policy,
            overrides({{Setting::SignatureScheme, QStringLiteral("v1"), QStringLiteral("--signature")}}));
        QCOMPARE(c.signatureScheme(), api::SignatureScheme::V3);
        QCOMPARE(c.refusals().size(), 1);
        QVERIFY(
            c.refusals().constFirst().reason().contains(QStringLiteral("--signature is set by your administrator")));
        QVERIFY(c.refusals().constFirst().reason().contains(QStringLiteral("\"v3\"")));
        // The same value in another spelling is no refusal.
        const SessionConfig same = SessionConfig::resolve(
            stored({}),
            policy,
            overrides({{Setting::SignatureScheme, QStringLiteral("V3"), QStringLiteral("--signature")}}));
        QVERIFY(same.refusals().isEmpty());
    }

    void invalidOverrideIsRefused()
    {
        const SessionConfig c =
            SessionConfig::resolve(stored({}),
                                   Policy(),
                                   overrides({{Setting::BatchConcurrency, 99, QStringLiteral("--concurrency")}}));
        QCOMPARE(c.batchConcurrency(), 8);
        QCOMPARE(c.refusals().size(), 1);
        QVERIFY(c.refusals().constFirst().reason().contains(QStringLiteral("--concurrency")));
    }

    void withAddsChoicesOnTop()
    {
        const SessionConfig c =
            SessionConfig::resolve(stored({{Setting::BatchQps, 20}}),
                                   Policy::parse("[Policy]\nBatchConcurrency=2\nLocked=BatchConcurrency\n"));
        Overrides dialog;
        dialog.set(Setting::BatchQps, 5, QStringLiteral("the batch dialog"));
        dialog.set(Setting::BatchConcurrency, 16, QStringLiteral("the batch dialog"));
        const SessionConfig chosen = c.with(dialog);
        QCOMPARE(chosen.batchQps(), 5);
        QCOMPARE(chosen.batchConcurrency(), 2);
        QCOMPARE(chosen.refusals().size(), 1);
        QCOMPARE(c.batchQps(), 20); // the original is unchanged
    }

    void endpointPrecedence_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected"); // "!" + text: an error
        QTest::newRow("settings") << QByteArray() << QString() << QString() << "hongkong";
        QTest::newRow("profile wins over settings") << QByteArray() << QString() << "hongkong-vpc"
                                                    << "hongkong-vpc";
        QTest::newRow("flag wins over profile") << QByteArray() << "https://gw.example.com"
                                                << "hongkong-vpc"
                                                << "https://gw.example.com/";
        QTest::newRow("sandbox asked, billed endpoint locked")
            << QByteArray("[Policy]\nEndpoint=hongkong\nLocked=Endpoint\n") << "http://127.0.0.1:8080" << QString()
            << "!nothing is sent";
        QTest::newRow("lock wins over all")
            << QByteArray("[Policy]\nEndpoint=hongkong\nLocked=Endpoint\n") << "https://gw.example.com"
            << "hongkong-vpc"
            << "hongkong";
        QTest::newRow("unparsable profile endpoint") << QByteArray() << QString() << "ftp://nowhere"
                                                     << "!ftp://nowhere";
        QTest::newRow("preset loses to the profile")
            << QByteArray("[Policy]\nEndpoint=https://preset.example.com\n") << QString() << "hongkong-vpc"
            << "hongkong-vpc";
    }

    void endpointPrecedence()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QString, flag);
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        Overrides o;
        if (!flag.isEmpty())
            o.set(Setting::Endpoint, flag, QStringLiteral("--endpoint"));
        const SessionConfig c = SessionConfig::resolve(stored({}), Policy::parse(policy), o);
        const auto endpoint = c.endpointFor(profile);
        if (expected.startsWith(u'!')) {
            QVERIFY(!endpoint);
            QVERIFY(endpoint.error().contains(expected.mid(1)));
        } else {
            QVERIFY(endpoint);
            QCOMPARE(endpoint->id(), expected);
        }
    }

    void sandboxAdmission()
    {
        const auto sandbox = api::Endpoint::parse(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(sandbox);
        QVERIFY(!SessionConfig().endpointRefusal(*sandbox));
        const SessionConfig off =
            SessionConfig::resolve(stored({}),
                                   Policy::parse("[Policy]\nSandboxAllowed=false\nLocked=SandboxAllowed\n"));
        QVERIFY(off.endpointRefusal(*sandbox));
        QVERIFY(!off.endpointRefusal(api::Endpoint::hongKong()));
    }

    void md5()
    {
        QCOMPARE(SessionConfig().paramTypeFor(false), identity::ParamType::Normal);
        QCOMPARE(SessionConfig().paramTypeFor(true), identity::ParamType::Md5);
        const SessionConfig forced =
            SessionConfig::resolve(stored({}), Policy::parse("[Policy]\nForceMd5=true\nLocked=ForceMd5\n"));
        QCOMPARE(forced.paramTypeFor(false), identity::ParamType::Md5);
        QCOMPARE(forced.paramType(), identity::ParamType::Md5);
    }

    void historyAndRetention()
    {
        const SessionConfig plain = SessionConfig::resolve(stored({{Setting::RetentionDays, 90}}), Policy());
        QCOMPARE(plain.historyPath(), history::HistoryStore::defaultPath());
        QCOMPARE(plain.retentionAtOpen(), std::optional<int>(90));
        QVERIFY(plain.recordsHistory());

        // A file named for one run is not pruned …
        const Overrides own =
            overrides({{Setting::HistoryPath, QStringLiteral("/tmp/own.sqlite"), QStringLiteral("--history")}});
        const SessionConfig mine = SessionConfig::resolve(stored({{Setting::RetentionDays, 90}}), Policy(), own);
        QCOMPARE(mine.historyPath(), QStringLiteral("/tmp/own.sqlite"));
        QCOMPARE(mine.retentionAtOpen(), std::nullopt);
        // … unless the policy locks retention.
        const SessionConfig kept =
            SessionConfig::resolve(stored({}),
                                   Policy::parse("[Policy]\nRetentionDays=365\nLocked=RetentionDays\n"),
                                   own);
        QCOMPARE(kept.retentionAtOpen(), std::optional<int>(365));

        // A locked history holds against --history and --no-history.
        Overrides none = own;
        none.noHistory = true;
        none.noHistoryOrigin = QStringLiteral("--no-history");
        const SessionConfig locked = SessionConfig::resolve(
            stored({}),
            Policy::parse("[Policy]\nHistoryConnection=/srv/team.sqlite\nLocked=HistoryConnection\n"),
            none);
        QCOMPARE(locked.historyPath(), QStringLiteral("/srv/team.sqlite"));
        QVERIFY(locked.recordsHistory());
        QCOMPARE(locked.refusals().size(), 2);

        const SessionConfig off = SessionConfig::resolve(stored({}), Policy(), none);
        QVERIFY(!off.recordsHistory());
    }

    void purgeRules()
    {
        QVERIFY(!SessionConfig().purgeRefusal(std::nullopt));
        const SessionConfig keepAll =
            SessionConfig::resolve(stored({}), Policy::parse("[Policy]\nRetentionDays=0\nLocked=RetentionDays\n"));
        QVERIFY(keepAll.purgeRefusal(std::nullopt));
        QVERIFY(keepAll.purgeRefusal(1000));
        const SessionConfig year =
            SessionConfig::resolve(stored({}), Policy::parse("[Policy]\nRetentionDays=365\nLocked=RetentionDays\n"));
        QVERIFY(year.purgeRefusal(std::nullopt));
        QVERIFY(year.purgeRefusal(30));
        QVERIFY(!year.purgeRefusal(365));
    }

    void brokenPolicyLocksEverything()
    {
        const Policy broken = Policy::parse("[Policy]\nEndpoint=hongkong-vpc\nColour=blue\n");
        const SessionConfig c = SessionConfig::resolve(stored({{Setting::ForceMd5, false}}), broken);
        for (const Setting s : settings::allSettings())
            QVERIFY2(c.isLocked(s), settings::settingInfo(s).policyKey);
        QCOMPARE(c.endpoint().id(), QStringLiteral("hongkong-vpc")); // the file's own valid value
        QVERIFY(c.forceMd5());                                       // the safest
        QVERIFY(!c.sandboxAllowed());
        QVERIFY(c.policyProblem().contains(QStringLiteral("Colour")));
    }
};

QTEST_GUILESS_MAIN(TestSessionConfig)
#include "testsessionconfig.moc"
