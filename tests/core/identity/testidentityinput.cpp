#include "identity/digest.h"
#include "identity/identityinput.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::identity;

class TestIdentityInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void normalParams()
    {
        const IdentityCheck check = checkIdentity(
            {QStringLiteral("+86 138-0013-8000"), QStringLiteral(" 张三 "), QStringLiteral("11010519491231002x")},
            ParamType::Normal);
        QVERIFY(check.isValid());
        const auto params = prepareIdentity(check, ParamType::Normal);
        QVERIFY(params.has_value());
        QCOMPARE(params->paramType, ParamType::Normal);
        QCOMPARE(params->mobile, QStringLiteral("13800138000"));
        QCOMPARE(params->name, QStringLiteral("张三"));
        QCOMPARE(params->idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(params->maskedMobile, QStringLiteral("138****8000"));
        QCOMPARE(params->maskedName, QStringLiteral("张*"));
        QCOMPARE(params->maskedIdNumber, QStringLiteral("110***********002X"));
        QCOMPARE(params->expectedCarrier, Carrier::ChinaMobile);
    }

    void md5ParamsHashTheNormalizedValues()
    {
        // The trailing x is upper-cased before hashing (alibaba-api.md §1.2, §8.10).
        const IdentityCheck check = checkIdentity(
            {QStringLiteral("+8613800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002x")},
            ParamType::Md5);
        const auto params = prepareIdentity(check, ParamType::Md5);
        QVERIFY(params.has_value());
        QCOMPARE(params->mobile, QStringLiteral("7945bd83237335e5376ff44d62e4f0ae"));
        QCOMPARE(params->name, QStringLiteral("615db57aa314529aaa0fbe95b3e95bd3"));
        QCOMPARE(params->idNumber, QStringLiteral("ae05564031c21338aa8a2e7266e7855c"));
        QCOMPARE(params->maskedMobile, QStringLiteral("138****8000"));
        QCOMPARE(params->maskedName, QStringLiteral("张*"));
    }

    void md5AcceptsPrecomputedDigests()
    {
        const IdentityCheck check = checkIdentity({QStringLiteral("7945BD83237335E5376FF44D62E4F0AE"),
                                                   QStringLiteral("615db57aa314529aaa0fbe95b3e95bd3"),
                                                   QStringLiteral("ae05564031c21338aa8a2e7266e7855c")},
                                                  ParamType::Md5);
        QVERIFY(check.isValid());
        QVERIFY(check.mobile.hasReason(Reason::PrecomputedDigest));
        const auto params = prepareIdentity(check, ParamType::Md5);
        QCOMPARE(params->mobile, QStringLiteral("7945bd83237335e5376ff44d62e4f0ae"));
        QCOMPARE(params->maskedMobile, QStringLiteral("[MD5]"));
        QCOMPARE(params->expectedCarrier, Carrier::Unknown);
    }

    void normalModeRejectsDigests()
    {
        const IdentityCheck check = checkIdentity({QStringLiteral("7945bd83237335e5376ff44d62e4f0ae"),
                                                   QStringLiteral("张三"),
                                                   QStringLiteral("11010519491231002X")},
                                                  ParamType::Normal);
        QVERIFY(!check.isValid());
        QCOMPARE(check.mobile.primary()->reason, Reason::MobileNotDigits);
        QVERIFY(!prepareIdentity(check, ParamType::Normal).has_value());
    }

    void invalidFieldsGiveNoParams()
    {
        const IdentityCheck check =
            checkIdentity({QStringLiteral("13800138000"), QStringLiteral("张3"), QStringLiteral("")}, ParamType::Md5);
        QVERIFY(!check.isValid());
        QVERIFY(check.mobile.isValid());
        QCOMPARE(check.name.primary()->reason, Reason::NameHasDigit);
        QCOMPARE(check.idNumber.primary()->reason, Reason::Empty);
        QVERIFY(!prepareIdentity(check, ParamType::Md5).has_value());
    }

    void paramTypeNames()
    {
        QCOMPARE(paramTypeName(ParamType::Normal), QStringLiteral("normal"));
        QCOMPARE(paramTypeName(ParamType::Md5), QStringLiteral("md5"));
        QCOMPARE(paramTypeFromName(u"MD5"), std::optional<ParamType>(ParamType::Md5));
        QCOMPARE(paramTypeFromName(u"normal"), std::optional<ParamType>(ParamType::Normal));
        QVERIFY(!paramTypeFromName(u"sha1").has_value());
    }
};

QTEST_GUILESS_MAIN(TestIdentityInput)
#include "testidentityinput.moc"
