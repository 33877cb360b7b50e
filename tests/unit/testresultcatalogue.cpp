#include "api/resultcatalogue.h"
#include "i18n/translations.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

Q_DECLARE_METATYPE(tricheck::api::StatusRole)

class TestResultCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void subCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<StatusRole>("role");
        QTest::newRow("101") << "101" << StatusRole::Pass;
        QTest::newRow("201") << "201" << StatusRole::Mismatch;
        QTest::newRow("202") << "202" << StatusRole::PartialMismatch;
        QTest::newRow("203") << "203" << StatusRole::PartialMismatch;
        QTest::newRow("204") << "204" << StatusRole::Mismatch;
        QTest::newRow("301") << "301" << StatusRole::NoRecord;
        QTest::newRow("unknown 999") << "999" << StatusRole::Unknown;
        QTest::newRow("empty") << "" << StatusRole::Unknown;
        QTest::newRow("text") << "abc" << StatusRole::Unknown;
    }
    void subCodes()
    {
        QFETCH(QString, code);
        QFETCH(StatusRole, role);
        const SubCodeEntry e = ResultCatalogue::subCode(code);
        QCOMPARE(e.role, role);
        QCOMPARE(ResultCatalogue::roleForSubCode(code), role);
        QCOMPARE(e.known, role != StatusRole::Unknown);
        QVERIFY(!e.shortText.isEmpty());
        QVERIFY(!e.longText.isEmpty());
        QVERIFY(e.shortText != e.longText);
    }

    void everyKnownSubCodeHasItsOwnText()
    {
        QSet<QString> seen;
        for (const QString& code : ResultCatalogue::knownSubCodes()) {
            const SubCodeEntry e = ResultCatalogue::subCode(code);
            QVERIFY(e.known);
            QVERIFY2(!seen.contains(e.longText), qPrintable(code));
            seen.insert(e.longText);
        }
        QCOMPARE(seen.size(), 6);
    }

    void unknownSubCodeNamesTheCode()
    {
        QVERIFY(ResultCatalogue::subCode(u"777").shortText.contains(QStringLiteral("777")));
    }

    void bizCodes()
    {
        QCOMPARE(ResultCatalogue::bizCode(u"1").billed, std::optional<bool>(true));
        QCOMPARE(ResultCatalogue::bizCode(u"2").billed, std::optional<bool>(true));
        QCOMPARE(ResultCatalogue::bizCode(u"3").billed, std::optional<bool>(false));
        QVERIFY(!ResultCatalogue::bizCode(u"4").billed.has_value());
        QVERIFY(!ResultCatalogue::bizCode(u"4").known);
        QVERIFY(ResultCatalogue::bizCode(u"4").text.contains(QStringLiteral("4")));
        QVERIFY(!ResultCatalogue::bizCode(u"").text.isEmpty());
        for (const QString& c : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
            QVERIFY(!ResultCatalogue::bizCode(c).text.isEmpty());
        QCOMPARE(ResultCatalogue::billedText(true), QStringLiteral("Billed"));
        QCOMPARE(ResultCatalogue::billedText(false), QStringLiteral("Not billed"));
        QVERIFY(!ResultCatalogue::billedText(std::nullopt).isEmpty());
    }

    void carriers()
    {
        QCOMPARE(ResultCatalogue::carrierName(u"CMCC"), QStringLiteral("China Mobile"));
        QCOMPARE(ResultCatalogue::carrierName(u"CUCC"), QStringLiteral("China Unicom"));
        QCOMPARE(ResultCatalogue::carrierName(u"CTCC"), QStringLiteral("China Telecom"));
        QCOMPARE(ResultCatalogue::carrierName(u""), QStringLiteral("Unknown carrier"));
        QCOMPARE(ResultCatalogue::carrierName(u"NEW"), QStringLiteral("Unknown carrier"));
    }

    void roleIdsRoundTrip()
    {
        for (const auto role : {StatusRole::Pass,
                                StatusRole::Mismatch,
                                StatusRole::PartialMismatch,
                                StatusRole::NoRecord,
                                StatusRole::Error,
                                StatusRole::Unknown}) {
            QCOMPARE(ResultCatalogue::roleFromId(ResultCatalogue::roleId(role)), std::optional<StatusRole>(role));
            QVERIFY(!ResultCatalogue::roleName(role).isEmpty());
        }
        QVERIFY(!ResultCatalogue::roleFromId(u"bogus").has_value());
    }

    void chineseTexts()
    {
        tricheck::i18n::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(ResultCatalogue::carrierName(u"CMCC"), QStringLiteral("中国移动"));
        QCOMPARE(ResultCatalogue::carrierName(u"CUCC"), QStringLiteral("中国联通"));
        QCOMPARE(ResultCatalogue::carrierName(u"CTCC"), QStringLiteral("中国电信"));
        QCOMPARE(ResultCatalogue::subCode(u"101").shortText, QStringLiteral("一致"));
        QCOMPARE(ResultCatalogue::subCode(u"301").shortText, QStringLiteral("查无记录"));
        QCOMPARE(ResultCatalogue::billedText(true), QStringLiteral("计费"));
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        QCOMPARE(ResultCatalogue::carrierName(u"CMCC"), QStringLiteral("China Mobile"));
    }
};

QTEST_GUILESS_MAIN(TestResultCatalogue)
#include "testresultcatalogue.moc"
