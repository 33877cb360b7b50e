// The session's own reactions: it follows the operator's settings (the configuration in force is
// resolved again and the router decides again), it audits what changes around the history
// (retention, a policy that failed closed: once, not at every start), and it keeps a run's
// overrides over the settings.
#include "common/appinfo.h"
#include "history/auditevent.h"
#include "history/historystore.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "testenv.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using session::ServiceRouter;
using session::Session;
using settings::Setting;

namespace {

session::SessionOptions ownHistory(const QTemporaryDir& dir)
{
    session::SessionOptions options;
    options.overrides.set(Setting::HistoryPath, dir.filePath(QStringLiteral("history.sqlite")), QStringLiteral("test"));
    return options;
}

bool settled(Session& s)
{
    return QTest::qWaitFor([&s] { return s.notReadyStep() != Session::Step::Starting; }, 30000);
}

QList<history::AuditEvent> eventsOf(const Session& s, history::AuditEvent::Kind kind)
{
    QList<history::AuditEvent> out;
    const QList<history::AuditEvent> all = s.history()->auditEvents().value();
    for (const history::AuditEvent& e : all) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        AppInfo::applyTo(*QCoreApplication::instance());
    }
    void init() { QSettings().clear(); }

    void followsTheSettings()
    {
        QTemporaryDir dir;
        settings::AppSettings settings{settings::Policy()};
        Session s(&settings, ownHistory(dir));
        QSignalSpy changed(&s, &Session::configChanged);
        s.start();
        QVERIFY(settled(s));
        QVERIFY(s.canVerify());
        QVERIFY(s.service().isSandbox()); // no credentials anywhere: the sandbox

        QVERIFY(settings.setValue(Setting::ServiceMode, QStringLiteral("real")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.config().serviceMode(), QStringLiteral("real"));
        QVERIFY(settled(s));
        QCOMPARE(s.notReadyStep(), Session::Step::Credentials);
        QVERIFY(s.notReadyReason().contains(QStringLiteral("no AccessKey")));

        QVERIFY(settings.setValue(Setting::SignatureScheme, QStringLiteral("v1")));
        QVERIFY(settings.setValue(Setting::ServiceMode, QStringLiteral("sandbox")));
        QTRY_VERIFY_WITH_TIMEOUT(s.canVerify(), 30000);
        QCOMPARE(s.service().target().scheme, api::SignatureScheme::V1);
    }

    void trustedCertificatesThatCannotBeUsedStopVerifying()
    {
        QTemporaryDir dir;
        settings::AppSettings settings{settings::Policy()};
        Session s(&settings, ownHistory(dir));
        s.start();
        QVERIFY(settled(s));
        QVERIFY(s.canVerify());

        // Without the company's CA every handshake would fail, and not say why: nothing is sent.
        const QString missing = dir.filePath(QStringLiteral("company-ca.pem"));
        QVERIFY(settings.setValue(Setting::CaCertificates, missing));
        QVERIFY(settled(s));
        QCOMPARE(s.notReadyStep(), Session::Step::Certificates);
        QVERIFY2(s.notReadyReason().contains(missing), qPrintable(s.notReadyReason()));
        QVERIFY(s.verify({}, identity::ParamType::Normal, {}) == nullptr);

        QFile notACertificate(missing);
        QVERIFY(notACertificate.open(QIODevice::WriteOnly));
        notACertificate.write("-----BEGIN PRIVATE KEY-----\nMIGHAgEA\n-----END PRIVATE KEY-----\n");
        notACertificate.close();
        s.reloadTrustedCertificates();
        QVERIFY(settled(s));
        QCOMPARE(s.notReadyStep(), Session::Step::Certificates);
        QVERIFY2(s.certificatesProblem().contains(QStringLiteral("no PEM certificate")),
                 qPrintable(s.certificatesProblem()));

        // Back to the system's store alone: verifying works again, without a restart.
        QVERIFY(settings.setValue(Setting::CaCertificates, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(s.canVerify(), 30000);
        QVERIFY(s.certificatesProblem().isEmpty());
    }

    void overridesHoldOverTheSettings()
    {
        QTemporaryDir dir;
        settings::AppSettings settings{settings::Policy()};
        Session s(&settings, ownHistory(dir));
        QSignalSpy changed(&s, &Session::configChanged);
        // The history named for this run stays, whatever the operator's setting says meanwhile.
        QVERIFY(settings.setValue(Setting::HistoryPath, dir.filePath(QStringLiteral("other.sqlite"))));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(s.config().historyPath(), dir.filePath(QStringLiteral("history.sqlite")));
    }

    void retentionChangesAreAudited()
    {
        QTemporaryDir dir;
        settings::AppSettings settings{settings::Policy()};
        Session s(&settings, ownHistory(dir));
        s.start();
        QVERIFY(settled(s));
        QVERIFY(settings.setValue(Setting::RetentionDays, 90));
        QVERIFY(settings.setValue(Setting::RetentionDays, 0));
        const auto events = eventsOf(s, history::AuditEvent::Kind::RetentionSettingChanged);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).details.value(QStringLiteral("newDays")).toInt(), 90); // newest first
        QVERIFY(events.at(0).details.value(QStringLiteral("newDays")).isNull());
    }

    void policyProblemIsAuditedOnce()
    {
        QTemporaryDir dir;
        const settings::Policy broken =
            settings::Policy::parse("[Policy]\nNoSuchSetting=1\n", QStringLiteral("/etc/x.conf"));
        for (int run = 0; run < 2; ++run) {
            settings::AppSettings settings(broken);
            Session s(&settings, ownHistory(dir));
            s.start();
            QTRY_VERIFY_WITH_TIMEOUT(s.historyState() == Session::HistoryState::Open, 30000);
            const auto events = eventsOf(s, history::AuditEvent::Kind::PolicyProblem);
            QCOMPARE(events.size(), 1); // the same problem again is not a new event
            QCOMPARE(events.at(0).subject, QStringLiteral("/etc/x.conf"));
            QVERIFY(events.at(0).description().contains(QStringLiteral("every setting was locked")));
            // Without the sandbox and credentials, nothing can be verified, and it says why.
            QVERIFY(settled(s));
            QVERIFY(!s.canVerify());
        }
    }

    void nothingRecordedWithoutAHistory()
    {
        settings::AppSettings settings{settings::Policy()};
        session::SessionOptions options;
        options.overrides.noHistory = true;
        options.overrides.noHistoryOrigin = QStringLiteral("--no-history");
        Session s(&settings, options);
        s.start();
        QVERIFY(settled(s));
        QCOMPARE(s.historyState(), Session::HistoryState::Closed);
        QVERIFY(s.canVerify()); // the sandbox answers; nothing waits for a history
        QVERIFY(!s.history());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "testsession.moc"
