#include "identity/areacodes.h"
#include "identity/idnumber.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::identity;

Q_DECLARE_METATYPE(tricheck::identity::Reason)

namespace {

// An 18-character number with a correct check character, for date and region rules.
QString makeId(const QString& area, const QString& yyyymmdd, const QString& sequence = QStringLiteral("123"))
{
    const QString first17 = area + yyyymmdd + sequence;
    return first17 + *idCheckCharacter(first17);
}

const QDate kToday(2026, 11, 28);

} // namespace

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QChar>("check");
        // GB 11643-1999 appendix examples and the spec's recomputed vectors.
        QTest::newRow("GB 11643 appendix A") << "11010519491231002X" << QChar(u'X');
        QTest::newRow("GB 11643 second example") << "440524188001010014" << QChar(u'4');
        QTest::newRow("spec 110101199003074477") << "110101199003074477" << QChar(u'7');
        QTest::newRow("spec 11010119900307803X") << "11010119900307803X" << QChar(u'X');
    }
    void checkCharacter()
    {
        QFETCH(QString, number);
        QFETCH(QChar, check);
        QCOMPARE(idCheckCharacter(QStringView(number).left(17)), std::optional<QChar>(check));
    }

    void checkCharacterRejectsNonDigits()
    {
        QVERIFY(!idCheckCharacter(u"1101051949123100X").has_value());
        QVERIFY(!idCheckCharacter(u"110105").has_value());
        QVERIFY(!idCheckCharacter(u"").has_value());
    }

    void validNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("appendix A") << "11010519491231002X"
                                    << "11010519491231002X";
        QTest::newRow("lower-case x") << "11010519491231002x"
                                      << "11010519491231002X";
        QTest::newRow("surrounding spaces") << "  110101199003074477 "
                                            << "110101199003074477";
        QTest::newRow("grouped with spaces") << "110101 19900307 4477"
                                             << "110101199003074477";
        QTest::newRow("full-width digits and x")
            << QStringLiteral("１１０１０１１９９００３０７８０３ｘ") << "11010119900307803X";
    }
    void validNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation v = validateIdNumber(input, kToday);
        QVERIFY2(v.isValid(), qPrintable(v.primary() ? IdentityText::id(v.primary()->reason) : QString()));
        QCOMPARE(v.normalized, normalized);
        QVERIFY(v.errors().isEmpty());
    }

    void reasons_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << "" << Reason::Empty << "";
        QTest::newRow("blank") << "   " << Reason::Empty << "";
        QTest::newRow("legacy 15 digits") << "110105491231002" << Reason::IdLegacy15Digits << "";
        QTest::newRow("too short") << "1101051949123" << Reason::IdWrongLength << "13";
        QTest::newRow("too long") << "11010519491231002X1" << Reason::IdBadCharacter << "letter";
        QTest::newRow("19 digits") << "1101051949123100211" << Reason::IdWrongLength << "19";
        QTest::newRow("letter inside") << "1101051949A231002X" << Reason::IdBadCharacter << "letter";
        QTest::newRow("X not last") << "11010519491231X021" << Reason::IdBadCharacter << "letter";
        QTest::newRow("symbol") << "110105194912310#2X" << Reason::IdBadCharacter << "punctuation";
        QTest::newRow("province 00") << makeId(QStringLiteral("001234"), QStringLiteral("19900101"))
                                     << Reason::IdNotMainlandProvince << "00";
        QTest::newRow("province 16") << makeId(QStringLiteral("160101"), QStringLiteral("19900101"))
                                     << Reason::IdNotMainlandProvince << "16";
        QTest::newRow("province 99") << "999999199001010011" << Reason::IdNotMainlandProvince << "99";
        QTest::newRow("month 13") << makeId(QStringLiteral("110101"), QStringLiteral("19901301"))
                                  << Reason::IdBirthDateInvalid << "";
        QTest::newRow("30 February") << makeId(QStringLiteral("110101"), QStringLiteral("19900230"))
                                     << Reason::IdBirthDateInvalid << "";
        QTest::newRow("29 Feb non-leap 2023")
            << makeId(QStringLiteral("110101"), QStringLiteral("20230229")) << Reason::IdBirthDateInvalid << "";
        QTest::newRow("29 Feb 1900 (not leap)")
            << makeId(QStringLiteral("110101"), QStringLiteral("19000229")) << Reason::IdBirthDateInvalid << "";
        QTest::newRow("before 1900") << "440524188001010014" << Reason::IdBirthDateBefore1900 << "";
        QTest::newRow("31 Dec 1899") << makeId(QStringLiteral("110101"), QStringLiteral("18991231"))
                                     << Reason::IdBirthDateBefore1900 << "";
        QTest::newRow("tomorrow") << makeId(QStringLiteral("110101"), QStringLiteral("20261129"))
                                  << Reason::IdBirthDateInFuture << "";
        QTest::newRow("next year") << makeId(QStringLiteral("110101"), QStringLiteral("20270101"))
                                   << Reason::IdBirthDateInFuture << "";
        QTest::newRow("wrong check digit") << "110101199003074478" << Reason::IdChecksumMismatch << "";
        QTest::newRow("digit instead of X") << "110105194912310021" << Reason::IdChecksumMismatch << "";
        QTest::newRow("X instead of digit") << "11010119900307447X" << Reason::IdChecksumMismatch << "";
    }
    void reasons()
    {
        QFETCH(QString, input);
        QFETCH(Reason, reason);
        QFETCH(QString, detail);
        const Validation v = validateIdNumber(input, kToday);
        QVERIFY(!v.isValid());
        QVERIFY(v.primary() != nullptr);
        QCOMPARE(v.primary()->reason, reason);
        QCOMPARE(v.primary()->severity, Severity::Error);
        QCOMPARE(v.primary()->detail, detail);
        const QString text = IdentityText::describe(Field::IdNumber, *v.primary());
        QVERIFY(!text.isEmpty());
        // No piece of the number longer than three characters (a birth date, an area code) in a message.
        for (qsizetype i = 0; i + 4 <= input.size(); ++i)
            QVERIFY2(!text.contains(input.mid(i, 4)), qPrintable(text));
    }

    void boundaryDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("1900-01-01") << "19000101";
        QTest::newRow("29 Feb 2000 (leap, divisible by 400)") << "20000229";
        QTest::newRow("29 Feb 2024 (leap)") << "20240229";
        QTest::newRow("29 Feb 1996") << "19960229";
        QTest::newRow("today") << kToday.toString(QStringLiteral("yyyyMMdd"));
        QTest::newRow("yesterday") << kToday.addDays(-1).toString(QStringLiteral("yyyyMMdd"));
    }
    void boundaryDates()
    {
        QFETCH(QString, date);
        const Validation v = validateIdNumber(makeId(QStringLiteral("110101"), date), kToday);
        QVERIFY2(v.isValid(), qPrintable(v.primary() ? IdentityText::id(v.primary()->reason) : QString()));
        QCOMPARE(idBirthDate(v.normalized), QDate::fromString(date, QStringLiteral("yyyyMMdd")));
    }

    void todayDefaultsToTheClock()
    {
        const QString today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
        const QString tomorrow = QDate::currentDate().addDays(1).toString(QStringLiteral("yyyyMMdd"));
        QVERIFY(validateIdNumber(makeId(QStringLiteral("110101"), today)).isValid());
        QVERIFY(validateIdNumber(makeId(QStringLiteral("110101"), tomorrow)).hasReason(Reason::IdBirthDateInFuture));
    }

    void warningsDoNotBlock_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<Reason>("warning");
        QTest::newRow("Taiwan 71") << "710101" << Reason::IdNonMainlandRegion;
        QTest::newRow("Hong Kong 81") << "810000" << Reason::IdNonMainlandRegion;
        QTest::newRow("Macao 82") << "820000" << Reason::IdNonMainlandRegion;
        QTest::newRow("Taiwan 83") << "830000" << Reason::IdNonMainlandRegion;
        QTest::newRow("unknown area in Beijing") << "119999" << Reason::IdUnknownAreaCode;
        QTest::newRow("unknown area in Guangdong") << "449999" << Reason::IdUnknownAreaCode;
    }
    void warningsDoNotBlock()
    {
        QFETCH(QString, area);
        QFETCH(Reason, warning);
        const Validation v = validateIdNumber(makeId(area, QStringLiteral("19900101")), kToday);
        QVERIFY(v.isValid());
        QCOMPARE(v.warnings().size(), 1);
        QCOMPARE(v.warnings().first().reason, warning);
        QCOMPARE(v.primary()->reason, warning);
        QVERIFY(!IdentityText::describe(Field::IdNumber, v.warnings().first()).isEmpty());
    }

    void knownAreaCodesHaveNoWarning()
    {
        QVERIFY(AreaCodes::count() > 3000);
        QCOMPARE(AreaCodes::name(u"110105"), QStringLiteral("朝阳区"));
        QVERIFY(AreaCodes::isKnown(u"110103")); // 崇文区, merged in 2010: old cards keep the code
        QVERIFY(AreaCodes::isKnown(u"440524")); // 潮阳县, the standard's example, long since renamed
        const Validation v = validateIdNumber(QStringLiteral("11010519491231002X"), kToday);
        QVERIFY(v.findings.isEmpty());
    }

    void provinceCodes()
    {
        const QList<int> mainland{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                  42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
        for (int code = 0; code < 100; ++code)
            QCOMPARE(isMainlandProvinceCode(code), mainland.contains(code));
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("nul") << QString(QChar(0));
        QTest::newRow("lone surrogate") << QString(QChar(0xD800));
        QTest::newRow("emoji") << QStringLiteral("😀😀😀😀😀😀😀😀😀");
        QTest::newRow("long") << QString(10000, u'9');
        QTest::newRow("only x") << "x";
        QTest::newRow("17 digits") << "11010519491231002";
    }
    void garbageNeverCrashes()
    {
        QFETCH(QString, input);
        const Validation v = validateIdNumber(input, kToday);
        QVERIFY(!v.isValid());
        QVERIFY(v.primary() != nullptr);
        QVERIFY(!IdentityText::describe(Field::IdNumber, *v.primary()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "testidnumber.moc"
