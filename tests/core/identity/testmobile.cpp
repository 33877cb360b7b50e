#include "identity/mobile.h"
#include "identity/normalization.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::identity;

Q_DECLARE_METATYPE(tricheck::identity::Reason)
Q_DECLARE_METATYPE(tricheck::identity::Carrier)

class TestMobile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void normalization_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "13800138000"
                               << "13800138000";
        QTest::newRow("trimmed") << "  13800138000\t"
                                 << "13800138000";
        QTest::newRow("+86") << "+8613800138000"
                             << "13800138000";
        QTest::newRow("+86 spaced") << "+86 138 0013 8000"
                                    << "13800138000";
        QTest::newRow("0086") << "008613800138000"
                              << "13800138000";
        QTest::newRow("86 prefix") << "8613800138000"
                                   << "13800138000";
        QTest::newRow("hyphens") << "138-0013-8000"
                                 << "13800138000";
        QTest::newRow("(+86)") << "(+86) 138 0013 8000"
                               << "13800138000";
        QTest::newRow("full-width") << QStringLiteral("１３８００１３８０００") << "13800138000";
        QTest::newRow("full-width plus") << QStringLiteral("＋８６　１３８００１３８０００") << "13800138000";
        QTest::newRow("86 kept when not a prefix") << "86138001380"
                                                   << "86138001380";
    }
    void normalization()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(normalizeMobile(input), normalized);
    }

    void valid_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<Carrier>("carrier");
        QTest::newRow("138 CMCC") << "13800138000" << Carrier::ChinaMobile;
        QTest::newRow("1340 CMCC") << "13400000000" << Carrier::ChinaMobile;
        QTest::newRow("131 CUCC") << "13100000001" << Carrier::ChinaUnicom;
        QTest::newRow("186 CUCC") << "18612345678" << Carrier::ChinaUnicom;
        QTest::newRow("189 CTCC") << "18900000002" << Carrier::ChinaTelecom;
        QTest::newRow("199 CTCC") << "19912345678" << Carrier::ChinaTelecom;
        QTest::newRow("192 CBN") << "19212345678" << Carrier::ChinaBroadnet;
        QTest::newRow("1703 CMCC virtual") << "17031234567" << Carrier::ChinaMobile;
        QTest::newRow("1704 CUCC virtual") << "17041234567" << Carrier::ChinaUnicom;
        QTest::newRow("1700 CTCC virtual") << "17001234567" << Carrier::ChinaTelecom;
        QTest::newRow("162 no table entry") << "16212345678" << Carrier::Unknown;
        QTest::newRow("1740 (174 is Telecom)") << "17400123456" << Carrier::ChinaTelecom;
    }
    void valid()
    {
        QFETCH(QString, mobile);
        QFETCH(Carrier, carrier);
        const Validation v = validateMobile(mobile);
        QVERIFY(v.isValid());
        QVERIFY(v.findings.isEmpty());
        QCOMPARE(expectedCarrier(v.normalized), carrier);
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << "" << Reason::Empty << "";
        QTest::newRow("letters") << "1380013800a" << Reason::MobileNotDigits << "letter";
        QTest::newRow("dot") << "138.0013.8000" << Reason::MobileNotDigits << "punctuation";
        QTest::newRow("10 digits") << "1380013800" << Reason::MobileWrongLength << "10";
        QTest::newRow("12 digits") << "138001380001" << Reason::MobileWrongLength << "12";
        QTest::newRow("landline") << "01012345678" << Reason::MobileNotMainlandRange << "010";
        QTest::newRow("146 data-only") << "14612345678" << Reason::MobileNotMainlandRange << "146";
        QTest::newRow("154 unallocated") << "15412345678" << Reason::MobileNotMainlandRange << "154";
        QTest::newRow("194 unallocated") << "19412345678" << Reason::MobileNotMainlandRange << "194";
        QTest::newRow("1741 not in 1740[0-5]") << "17410123456" << Reason::MobileNotMainlandRange << "174";
        QTest::newRow("starts with 2") << "23800138000" << Reason::MobileNotMainlandRange << "238";
    }
    void reasons()
    {
        QFETCH(QString, input);
        QFETCH(Reason, reason);
        QFETCH(QString, detail);
        const Validation v = validateMobile(input);
        QVERIFY(!v.isValid());
        QCOMPARE(v.primary()->reason, reason);
        QCOMPARE(v.primary()->detail, detail);
        QVERIFY(!IdentityText::describe(Field::Mobile, *v.primary()).isEmpty());
    }

    void ispNames()
    {
        QCOMPARE(CarrierInfo::fromIspName(u"CMCC"), Carrier::ChinaMobile);
        QCOMPARE(CarrierInfo::fromIspName(u" cucc "), Carrier::ChinaUnicom);
        QCOMPARE(CarrierInfo::fromIspName(u"CTCC"), Carrier::ChinaTelecom);
        QCOMPARE(CarrierInfo::fromIspName(u"CBN"), Carrier::ChinaBroadnet);
        QCOMPARE(CarrierInfo::fromIspName(u""), Carrier::Unknown);
        QCOMPARE(CarrierInfo::fromIspName(u"XYZ"), Carrier::Unknown);
        QCOMPARE(CarrierInfo::ispName(Carrier::ChinaTelecom), QStringLiteral("CTCC"));
        QCOMPARE(CarrierInfo::ispName(Carrier::Unknown), QString());
        QCOMPARE(CarrierInfo::displayName(Carrier::ChinaMobile), QStringLiteral("China Mobile"));
        QCOMPARE(CarrierInfo::displayName(Carrier::Unknown), QStringLiteral("Unknown carrier"));
    }
};

QTEST_GUILESS_MAIN(TestMobile)
#include "testmobile.moc"
