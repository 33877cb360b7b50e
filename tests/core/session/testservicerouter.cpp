// Where a session's verifications go. Desktop routing: the in-process sandbox without credentials,
// the real service with them, nothing when a named source is broken; switches audited. Direct
// routing (the CLI): the credentials and the endpoint, refused when the policy does not admit it.
#include "common/appinfo.h"
#include "credentials/credentialresolver.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "history/historystore.h"
#include "sandbox/sandboxserver.h"
#include "session/audittrail.h"
#include "session/servicerouter.h"
#include "session/sessionconfig.h"
#include "settings/appsettings.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using credentials::CredentialError;
using credentials::ResolvedCredentials;
using session::ServiceRouter;
using Kind = ServiceRouter::Decision::Kind;

namespace {

using Resolved = Expected<ResolvedCredentials, CredentialError>;

Resolved found()
{
    ResolvedCredentials r;
    r.credentials = {QStringLiteral("LTAI5tTest"), QStringLiteral("secret"), {}, QStringLiteral("environment")};
    return r;
}

Resolved failed(CredentialError::Kind kind)
{
    return Resolved::failure({kind, QStringLiteral("why it failed")});
}

QProcessEnvironment environmentWithKey()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI5tEnvironment"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("environment-secret"));
    return env;
}

// A router with its own settings, profiles and resolver, no aliyun CLI config, and a history.
struct Fixture
{
    explicit Fixture(settings::Policy policy = {}, ServiceRouter::Routing routing = ServiceRouter::Routing::Desktop)
        : settings(std::move(policy))
        , config(settings.config())
        , profiles(&keychain)
        , resolver(&profiles)
        , context(routing, &config, &settings, &resolver, &audit)
    {
        resolver.setEnvironment(QProcessEnvironment());
        resolver.setAliyunConfigPath(dir.filePath(QStringLiteral("no-aliyun-config.json")));
        history::HistoryStore::Options options;
        options.path = dir.filePath(QStringLiteral("history.sqlite"));
        store.reset(history::HistoryStore::open(options).value().release());
    }

    // As the session does when a setting changes.
    bool set(settings::Setting setting, const QVariant& value, const session::Overrides& overrides = {})
    {
        const bool stored = settings.setValue(setting, value);
        config = settings.config(overrides);
        return stored;
    }

    bool settle()
    {
        context.refresh();
        return QTest::qWaitFor([this] { return context.state() != ServiceRouter::State::Resolving; }, 30000);
    }

    QList<history::AuditEvent> switches() const
    {
        QList<history::AuditEvent> out;
        const QList<history::AuditEvent> events = store->auditEvents().value(); // not a temporary's member
        for (const history::AuditEvent& e : events) {
            if (e.kind == history::AuditEvent::Kind::ServiceSwitched)
                out.prepend(e); // oldest first
        }
        return out;
    }

    QTemporaryDir dir;
    settings::AppSettings settings;
    session::SessionConfig config;
    credentials::Keychain keychain;
    credentials::ProfileStore profiles;
    credentials::CredentialResolver resolver;
    session::AuditTrail audit;
    ServiceRouter context;
    std::shared_ptr<history::HistoryStore> store;
};

} // namespace

class TestServiceRouter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        AppInfo::applyTo(*QCoreApplication::instance());
    }
    void init() { QSettings().clear(); }

    void decide_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("sandboxAllowed");
        QTest::addColumn<int>("credentials"); // -1 found, else CredentialError::Kind
        QTest::addColumn<bool>("profileNamed");
        QTest::addColumn<int>("expected");
        const int ok = -1;
        const int notFound = int(CredentialError::Kind::NotFound);
        const int denied = int(CredentialError::Kind::KeychainDenied);
        const int malformed = int(CredentialError::Kind::Malformed);
        QTest::newRow("auto, credentials") << "auto" << true << ok << false << int(Kind::Real);
        QTest::newRow("auto, nothing configured") << "auto" << true << notFound << false << int(Kind::Sandbox);
        QTest::newRow("auto, nothing, sandbox off") << "auto" << false << notFound << false << int(Kind::Unavailable);
        QTest::newRow("auto, chosen profile missing") << "auto" << true << notFound << true << int(Kind::Unavailable);
        QTest::newRow("auto, keychain locked") << "auto" << true << denied << false << int(Kind::Unavailable);
        QTest::newRow("auto, aliyun config broken") << "auto" << true << malformed << false << int(Kind::Unavailable);
        QTest::newRow("sandbox") << "sandbox" << true << ok << false << int(Kind::Sandbox);
        QTest::newRow("sandbox, turned off") << "sandbox" << false << notFound << false << int(Kind::Unavailable);
        QTest::newRow("real, credentials") << "real" << false << ok << false << int(Kind::Real);
        QTest::newRow("real, nothing configured") << "real" << true << notFound << false << int(Kind::Unavailable);
    }

    void decide()
    {
        QFETCH(QString, mode);
        QFETCH(bool, sandboxAllowed);
        QFETCH(int, credentials);
        QFETCH(bool, profileNamed);
        QFETCH(int, expected);
        const Resolved resolved = credentials < 0 ? found() : failed(CredentialError::Kind(credentials));
        const auto decision =
            ServiceRouter::decide(ServiceRouter::modeFromName(mode), sandboxAllowed, resolved, profileNamed);
        QCOMPARE(int(decision.kind), expected);
        QCOMPARE(decision.problem.isEmpty(), decision.kind != Kind::Unavailable);
    }

    void sandboxWithoutCredentials()
    {
        Fixture f;
        f.audit.setHistory(f.store);
        QVERIFY(f.settle());
        QVERIFY(f.context.isReady());
        QVERIFY(f.context.isSandbox());
        QVERIFY(f.context.sandbox() && f.context.sandbox()->isListening());
        QVERIFY(f.context.target().endpoint.isLoopback());
        QCOMPARE(f.context.target().credentials.accessKeyId, sandbox::AccessKey::demo().id);
        QCOMPARE(f.context.credentialSource(), QStringLiteral("sandbox"));
        QCOMPARE(f.context.target().scheme, api::SignatureScheme::V3);
        QVERIFY(f.switches().isEmpty()); // the first decision is not a switch

        // A verification through the target reaches the sandbox.
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        verification::VerificationService service(&client);
        service.setHistory(f.store);
        auto* v = service.verify(
            {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")},
            identity::ParamType::Normal,
            f.context.target());
        QSignalSpy finished(v, &verification::Verification::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(v->outcome().isResult());
        QCOMPARE(v->outcome().result()->subCode, QStringLiteral("101"));
        QVERIFY(v->outcome().sandbox);
    }

    void credentialsMeanRealServiceAndSwitchesAreAudited()
    {
        Fixture f;
        f.audit.setHistory(f.store);
        QVERIFY(f.settle());
        QVERIFY(f.context.isSandbox());

        f.resolver.setEnvironment(environmentWithKey());
        QVERIFY(f.settle());
        QVERIFY(f.context.isReady());
        QVERIFY(!f.context.isSandbox());
        QCOMPARE(f.context.target().endpoint.id(), QStringLiteral("hongkong"));
        QCOMPARE(f.context.credentialSource(), QStringLiteral("environment"));
        QVERIFY(!f.context.sandbox()->isListening()); // nothing listens for nothing
        QCOMPARE(f.switches().size(), 1);
        QCOMPARE(f.switches().at(0).details.value(QStringLiteral("sandbox")).toBool(), false);
        QCOMPARE(f.switches().at(0).subject, QStringLiteral("hongkong"));

        f.resolver.setEnvironment(QProcessEnvironment());
        QVERIFY(f.settle());
        QVERIFY(f.context.isSandbox());
        QCOMPARE(f.switches().size(), 2);
        QCOMPARE(f.switches().at(1).details.value(QStringLiteral("sandbox")).toBool(), true);
        // No secret in the audit trail.
        for (const history::AuditEvent& e : f.store->auditEvents().value())
            QVERIFY(!QJsonDocument(e.details).toJson().contains("environment-secret"));
    }

    // The desktop: credentials that appear do not leave the sandbox by themselves; the operator's
    // confirmation does, and the switch is audited with the masked key it was confirmed for.
    void realServiceWaitsForConfirmation()
    {
        Fixture f;
        f.context.setRealNeedsConfirmation(true);
        f.audit.setHistory(f.store);
        QVERIFY(f.settle());
        QVERIFY(f.context.isSandbox());
        QVERIFY(f.context.realNeedsConfirmation());

        f.resolver.setEnvironment(environmentWithKey());
        QVERIFY(f.settle());
        QVERIFY(f.context.isReady());
        QVERIFY(f.context.isSandbox());
        QVERIFY(f.context.isHoldingReal());
        QCOMPARE(f.context.heldReal()->source, QStringLiteral("environment"));
        QCOMPARE(f.context.heldReal()->maskedAccessKeyId,
                 session::maskAccessKeyId(QStringLiteral("LTAI5tEnvironment")));
        QCOMPARE(f.context.heldReal()->endpointId, QStringLiteral("hongkong"));
        QVERIFY(f.switches().isEmpty());
        // Also in the next run: the last decision was the sandbox.
        {
            Fixture next;
            next.context.setRealNeedsConfirmation(true);
            next.resolver.setEnvironment(environmentWithKey());
            QVERIFY(next.settle());
            QVERIFY(next.context.isSandbox() && next.context.isHoldingReal());
        }

        f.context.confirmReal(*f.context.heldReal());
        QVERIFY(QTest::qWaitFor([&f] { return f.context.isReady() && !f.context.isSandbox(); }, 30000));
        QVERIFY(!f.context.isHoldingReal());
        QVERIFY(!f.context.realNeedsConfirmation());
        QCOMPARE(f.switches().size(), 1);
        QVERIFY(f.switches().at(0).details.value(QStringLiteral("confirmed")).toBool());
        QCOMPARE(f.switches().at(0).details.value(QStringLiteral("accessKeyId")).toString(),
                 QStringLiteral("LTAI****ment"));

        // Back in the sandbox, the next switch asks again.
        f.resolver.setEnvironment(QProcessEnvironment());
        QVERIFY(f.settle());
        QVERIFY(f.context.isSandbox());
        f.resolver.setEnvironment(environmentWithKey());
        QVERIFY(f.settle());
        QVERIFY(f.context.isSandbox() && f.context.isHoldingReal());

        // The administrator's choice of the real service needs no question from the operator.
        Fixture locked(settings::Policy::parse("[Policy]\nServiceMode=real\nLocked=ServiceMode\n"));
        locked.context.setRealNeedsConfirmation(true);
        locked.resolver.setEnvironment(environmentWithKey());
        QVERIFY(locked.settle());
        QVERIFY(locked.context.isReady() && !locked.context.isSandbox());
    }

    void switchBetweenRunsIsAudited()
    {
        {
            Fixture first;
            QVERIFY(first.settle());
            QVERIFY(first.context.isSandbox());
        }
        Fixture second;
        second.resolver.setEnvironment(environmentWithKey());
        QVERIFY(second.settle()); // no history yet: the event waits
        QVERIFY(!second.context.isSandbox());
        QVERIFY(second.switches().isEmpty());
        second.audit.setHistory(second.store);
        QCOMPARE(second.switches().size(), 1);
    }

    void followsTheSettings()
    {
        Fixture f;
        QVERIFY(f.settle());
        QVERIFY(f.context.isSandbox());
        QVERIFY(f.set(settings::Setting::ServiceMode, QStringLiteral("real")));
        QVERIFY(f.settle());
        QCOMPARE(f.context.state(), ServiceRouter::State::Unavailable);
        QCOMPARE(f.context.failure(), ServiceRouter::Failure::Credentials);
        QVERIFY2(f.context.problem().contains(QStringLiteral("no AccessKey")), qPrintable(f.context.problem()));
        QVERIFY(f.context.target().credentials.accessKeySecret.isEmpty());

        QVERIFY(f.set(settings::Setting::SignatureScheme, QStringLiteral("v1")));
        QVERIFY(f.set(settings::Setting::ServiceMode, QStringLiteral("sandbox")));
        QVERIFY(f.settle());
        QVERIFY(f.context.isReady());
        QVERIFY(f.context.isSandbox());
        QCOMPARE(f.context.target().scheme, api::SignatureScheme::V1);
    }

    void sandboxTurnedOffByPolicy()
    {
        Fixture f(settings::Policy::parse("[Policy]\nSandboxAllowed=false\nLocked=SandboxAllowed\n"));
        QVERIFY(f.settle());
        QCOMPARE(f.context.state(), ServiceRouter::State::Unavailable);
        QVERIFY(f.context.problem().contains(QStringLiteral("administrator")));
        QVERIFY(f.context.sandbox() == nullptr);
    }

    void endpointPrecedence_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("expected");
        QTest::newRow("profile's endpoint") << QByteArray() << "hongkong";
        QTest::newRow("administrator's endpoint wins")
            << QByteArray("[Policy]\nEndpoint=https://gateway.example.com\nLocked=Endpoint\n")
            << "https://gateway.example.com/";
    }

    void endpointPrecedence()
    {
        QFETCH(QByteArray, policy);
        QFETCH(QString, expected);
        Fixture f(settings::Policy::parse(policy));
        f.set(settings::Setting::Endpoint, QStringLiteral("hongkong-vpc"));
        credentials::Profile p;
        p.name = QStringLiteral("desk");
        p.accessKeyId = QStringLiteral("LTAI5tDesk");
        p.endpoint = QStringLiteral("hongkong");
        std::optional<bool> saved;
        f.profiles.save(p, QStringLiteral("desk-secret"), {}, this, [&saved](const auto& r) { saved = r.hasValue(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
        QVERIFY(*saved);
        QVERIFY(f.settle());
        QVERIFY(f.context.isReady());
        QVERIFY(!f.context.isSandbox());
        QCOMPARE(f.context.target().endpoint.id(), expected);
        QCOMPARE(f.context.credentialSource(), QStringLiteral("profile:desk"));
    }

    void directRoutingGoesWhereTheCredentialsSay()
    {
        Fixture f({}, ServiceRouter::Routing::Direct);
        QVERIFY(f.settle());
        // No in-process sandbox for the CLI: without credentials nothing is sent.
        QCOMPARE(f.context.state(), ServiceRouter::State::Unavailable);
        QCOMPARE(f.context.failure(), ServiceRouter::Failure::Credentials);
        QVERIFY(f.context.sandbox() == nullptr);

        f.resolver.setEnvironment(environmentWithKey());
        QVERIFY(f.settle());
        QVERIFY(f.context.isReady());
        QCOMPARE(f.context.target().endpoint.id(), QStringLiteral("hongkong"));
        QCOMPARE(f.context.credentialSource(), QStringLiteral("environment"));
        QVERIFY(f.switches().isEmpty()); // switches are the desktop's matter
    }

    void directRoutingRefusesWhatThePolicyDoesNotAdmit()
    {
        Fixture f(settings::Policy::parse("[Policy]\nSandboxAllowed=false\nLocked=SandboxAllowed\n"),
                  ServiceRouter::Routing::Direct);
        f.resolver.setEnvironment(environmentWithKey());
        session::Overrides flag;
        flag.set(settings::Setting::Endpoint, QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--endpoint"));
        f.config = f.settings.config(flag);
        QVERIFY(f.settle());
        QCOMPARE(f.context.state(), ServiceRouter::State::Unavailable);
        QCOMPARE(f.context.failure(), ServiceRouter::Failure::Endpoint);
        QVERIFY(f.context.problem().contains(QStringLiteral("not allowed")));
    }

    void profileEndpointThatDoesNotParseIsAnError_data()
    {
        QTest::addColumn<int>("routing");
        QTest::newRow("desktop") << int(ServiceRouter::Routing::Desktop);
        QTest::newRow("cli") << int(ServiceRouter::Routing::Direct);
    }

    void profileEndpointThatDoesNotParseIsAnError()
    {
        // The same answer for every front end: never silently another endpoint.
        QFETCH(int, routing);
        Fixture f({}, ServiceRouter::Routing(routing));
        credentials::Profile p;
        p.name = QStringLiteral("broken");
        p.accessKeyId = QStringLiteral("LTAI5tBroken");
        p.endpoint = QStringLiteral("ftp://nowhere.example.com");
        std::optional<bool> saved;
        f.profiles.save(p, QStringLiteral("broken-secret"), {}, this, [&saved](const auto& r) {
            saved = r.hasValue();
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
        QVERIFY(*saved);
        f.set(settings::Setting::ActiveProfile, QStringLiteral("broken"));
        session::Overrides flag;
        flag.set(settings::Setting::ActiveProfile, QStringLiteral("broken"), QStringLiteral("--profile"));
        f.config = f.settings.config(flag);
        QVERIFY(f.settle());
        QCOMPARE(f.context.state(), ServiceRouter::State::Unavailable);
        QCOMPARE(f.context.failure(), ServiceRouter::Failure::Endpoint);
        QVERIFY2(f.context.problem().contains(QStringLiteral("ftp://nowhere.example.com")),
                 qPrintable(f.context.problem()));
    }
};

QTEST_GUILESS_MAIN(TestServiceRouter)
#include "testservicerouter.moc"
