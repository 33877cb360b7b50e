#include "session/sessionconfig.h"
#include "settings/appsettings.h"
#include "testenv.h"

#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::settings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QCoreApplication::setOrganizationName(QStringLiteral("TriCheckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("testappsettings"));
    }
    void init() { QSettings().clear(); }

    void defaults()
    {
        AppSettings s(Policy{});
        QCOMPARE(s.config().endpoint().id(), QStringLiteral("hongkong"));
        QCOMPARE(s.config().signatureScheme(), api::SignatureScheme::V3);
        QCOMPARE(s.config().timeoutMs(), 10000);
        QCOMPARE(s.config().paramType(), identity::ParamType::Normal);
        QVERIFY(s.config().privacyMask());
        QCOMPARE(s.config().serviceMode(), QStringLiteral("auto"));
        QVERIFY(s.config().sandboxAllowed());
        QCOMPARE(s.value(Setting::RetentionDays).toInt(), 0);
        QCOMPARE(s.config().batchQps(), 50);
        QCOMPARE(s.config().batchConcurrency(), 8);
    }

    void operatorValuesPersistAndAreValidated()
    {
        {
            AppSettings s(Policy{});
            QSignalSpy changed(&s, &AppSettings::changed);
            QVERIFY(s.setValue(Setting::Endpoint, QStringLiteral("https://gw.example.com:8443")));
            QVERIFY(s.setValue(Setting::SignatureScheme, QStringLiteral("V1")));
            QVERIFY(s.setValue(Setting::TimeoutMs, 15000));
            QVERIFY(!s.setValue(Setting::TimeoutMs, 5)); // out of range
            QVERIFY(!s.setValue(Setting::Endpoint, QStringLiteral("http://192.168.1.1/")));
            // A relative file would be another one in each directory a command runs in.
            QVERIFY(!s.setValue(Setting::CaCertificates, QStringLiteral("company-ca.pem")));
            QVERIFY(s.setValue(Setting::CaCertificates, QStringLiteral("/etc/company//ca.pem")));
            QCOMPARE(changed.count(), 4);
        }
        AppSettings again(Policy{});
        QCOMPARE(again.config().endpoint().hostHeader(), QStringLiteral("gw.example.com:8443"));
        QCOMPARE(again.config().signatureScheme(), api::SignatureScheme::V1);
        QCOMPARE(again.config().timeoutMs(), 15000);
        QCOMPARE(again.config().value(Setting::CaCertificates).toString(), QStringLiteral("/etc/company/ca.pem"));
    }

    void damagedStoredValuesAreIgnored()
    {
        QSettings().setValue(QStringLiteral("api/signature"), QStringLiteral("v9"));
        QSettings().setValue(QStringLiteral("batch/qps"), QStringLiteral("lots"));
        AppSettings s(Policy{});
        QCOMPARE(s.config().signatureScheme(), api::SignatureScheme::V3);
        QCOMPARE(s.config().batchQps(), 50);
    }

    void policyLocksWin()
    {
        QSettings().setValue(QStringLiteral("api/endpoint"), QStringLiteral("hongkong"));
        AppSettings s(Policy::parse("[Policy]\nEndpoint=hongkong-vpc\nForceMd5=true\nRetentionDays=30\n"
                                    "Locked=Endpoint,ForceMd5\n"));
        QCOMPARE(s.config().endpoint().id(), QStringLiteral("hongkong-vpc"));
        QVERIFY(s.isLocked(Setting::Endpoint));
        QVERIFY(!s.setValue(Setting::Endpoint, QStringLiteral("hongkong")));
        QCOMPARE(s.config().endpoint().id(), QStringLiteral("hongkong-vpc"));
        QCOMPARE(s.config().paramType(), identity::ParamType::Md5); // forced
        QVERIFY(!s.setValue(Setting::ForceMd5, false));
        // A preset is a default the operator may change.
        QCOMPARE(s.value(Setting::RetentionDays).toInt(), 30);
        QVERIFY(s.setValue(Setting::RetentionDays, 7));
        QCOMPARE(s.value(Setting::RetentionDays).toInt(), 7);
        s.reset(Setting::RetentionDays);
        QCOMPARE(s.value(Setting::RetentionDays).toInt(), 30);
    }

    void uiStateIsSeparate()
    {
        AppSettings s(Policy{});
        s.setUiState(QStringLiteral("geometry"), QByteArray("xyz"));
        QCOMPARE(s.uiState(QStringLiteral("geometry")).toByteArray(), QByteArray("xyz"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "testappsettings.moc"
