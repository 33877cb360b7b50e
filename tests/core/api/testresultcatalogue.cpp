#include "api/errortext.h"
#include "api/resultcatalogue.h"
#include "history/auditdetails.h"
#include "i18n/translations.h"
#include "testenv.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
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

    // Issue 24 item 10: one word per outcome in the headline (outcomeName), on the BizCode row
    // (bizCode().text) and in the lists (roleName, which qualifies the same word).
    void oneWordPerOutcome()
    {
        for (const QString& code :
             {QStringLiteral("201"), QStringLiteral("202"), QStringLiteral("203"), QStringLiteral("204")}) {
            const StatusRole role = ResultCatalogue::roleForSubCode(code);
            QCOMPARE(ResultCatalogue::outcomeName(role), ResultCatalogue::bizCode(u"2").text);
            QVERIFY(ResultCatalogue::roleName(role).startsWith(ResultCatalogue::outcomeName(role)));
        }
        QCOMPARE(ResultCatalogue::outcomeName(StatusRole::PartialMismatch), QStringLiteral("Inconsistent"));
        QCOMPARE(ResultCatalogue::outcomeName(StatusRole::Pass), ResultCatalogue::bizCode(u"1").text);
        QCOMPARE(ResultCatalogue::outcomeName(StatusRole::NoRecord), ResultCatalogue::bizCode(u"3").text);
        QCOMPARE(ResultCatalogue::subCode(u"301").shortText, ResultCatalogue::bizCode(u"3").text);
        // Listed side by side, the two kinds of inconsistency stay apart.
        QVERIFY(ResultCatalogue::roleName(StatusRole::Mismatch) !=
                ResultCatalogue::roleName(StatusRole::PartialMismatch));
        for (const auto role : {StatusRole::Pass,
                                StatusRole::Mismatch,
                                StatusRole::PartialMismatch,
                                StatusRole::NoRecord,
                                StatusRole::Error,
                                StatusRole::Unknown})
            QVERIFY(!ResultCatalogue::roleName(role).contains(QStringLiteral("Partly")));
    }

    void chineseCoversOutcomesErrorsAndEndpoints()
    {
        tricheck::i18n::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        const QRegularExpression latin(QStringLiteral("[A-Za-z]{4,}")); // "DNS", "TLS", "MD5" may stay
        QCOMPARE(ResultCatalogue::outcomeName(StatusRole::PartialMismatch), QStringLiteral("不一致"));
        QCOMPARE(ResultCatalogue::bizCode(u"2").text, QStringLiteral("不一致"));
        QVERIFY(ResultCatalogue::roleName(StatusRole::PartialMismatch).startsWith(QStringLiteral("不一致")));
        QCOMPARE(ResultCatalogue::outcomeName(StatusRole::NoRecord), QStringLiteral("查无记录"));
        // Error kinds, Qt's network errors, ParamType and the endpoints: no English left.
        for (const ErrorKind kind : {ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Throttled, ErrorKind::Tls})
            QVERIFY2(!ErrorText::kindName(kind).contains(latin), qPrintable(ErrorText::kindName(kind)));
        for (const auto error : {QNetworkReply::HostNotFoundError,
                                 QNetworkReply::ConnectionRefusedError,
                                 QNetworkReply::RemoteHostClosedError,
                                 QNetworkReply::ProxyNotFoundError}) {
            const QString text = ErrorText::networkErrorText(int(error));
            QVERIFY2(!text.isEmpty() && !text.contains(latin), qPrintable(text));
        }
        ApiError e;
        e.kind = ErrorKind::Network;
        e.networkError = int(QNetworkReply::HostNotFoundError);
        e.detail = QStringLiteral("Host cloudauth-intl.cn-hongkong.aliyuncs.com not found");
        QVERIFY2(!ErrorText::message(e).contains(QStringLiteral("Host")), qPrintable(ErrorText::message(e)));
        QVERIFY(ErrorText::message(e).contains(ErrorText::networkErrorText(e.networkError)));
        QVERIFY(!ResultCatalogue::paramTypeText(tricheck::identity::ParamType::Normal).contains(latin));
        QVERIFY(!ResultCatalogue::endpointText(QStringLiteral("hongkong")).contains(QStringLiteral("hongkong")));

        // The audit log's details: labelled, translated fields, never the stored keys.
        QJsonObject confirmed{{QStringLiteral("confirmed"), true},
                              {QStringLiteral("accessKeyId"), QStringLiteral("LTAI****Key")}};
        const auto event = tricheck::history::AuditEvent::serviceSwitched(false, QStringLiteral("hongkong"), confirmed);
        const auto fields = tricheck::history::AuditDetails::fields(event);
        QVERIFY(fields.size() >= 5);
        for (const auto& field : fields) {
            QVERIFY2(!field.label.contains(latin) || field.label.contains(QStringLiteral("AccessKey")),
                     qPrintable(field.label));
            QVERIFY(field.value != u"true" && field.value != u"hongkong");
        }
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        const auto english = tricheck::history::AuditDetails::fields(event);
        QStringList labels;
        for (const auto& field : english)
            labels << field.label;
        QVERIFY2(labels.contains(QStringLiteral("AccessKey ID")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(QStringLiteral("Confirmed by the operator")));
        QVERIFY(!labels.contains(QStringLiteral("accessKeyId")));
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
