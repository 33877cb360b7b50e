// The sandbox registry: CSV parsing (RFC 4180, BOM, quoting), refusal of malformed files with the
// line and reason, the answers for every SubCode in normal and md5 mode, and the shipped demo data.
#include "identity/carrier.h"
#include "identity/digest.h"
#include "identity/idnumber.h"
#include "identity/mobile.h"
#include "identity/personname.h"
#include "sandbox/registry.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck::sandbox;
using tricheck::identity::ParamType;

class TestSandboxRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void parsesQuotedFieldsBomAndLineEndings()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "mobile,name,id_number,carrier,status\r\n"
                               "13800138000,\"张三\",11010519491231002x,cmcc,\r\n"
                               "\r\n"
                               "\"13100000001\",\"Li \"\"Junior\"\" Si\",99999919900101002X,CUCC,other\n"
                               "18900000002,\"王,小明\",999999200012310033,CTCC,ACTIVE";
        const auto registry = Registry::fromCsv(csv);
        QVERIFY2(registry, qPrintable(registry ? QString() : registry.error().text()));
        QCOMPARE(registry->size(), 3);
        const Person& first = registry->people().at(0);
        QCOMPARE(first.mobile, QStringLiteral("13800138000"));
        QCOMPARE(first.name, QStringLiteral("张三"));
        QCOMPARE(first.idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(first.ispName, QStringLiteral("CMCC"));
        QCOMPARE(first.status, Person::Status::Active);
        QCOMPARE(first.line, 2);
        QCOMPARE(registry->people().at(1).name, QStringLiteral("Li \"Junior\" Si"));
        QCOMPARE(registry->people().at(1).status, Person::Status::Other);
        QCOMPARE(registry->people().at(1).line, 4);
        QCOMPARE(registry->people().at(2).name, QStringLiteral("王,小明"));
    }

    void statusColumnIsOptionalAndColumnsMayBeReordered()
    {
        const auto registry =
            Registry::fromCsv("Carrier,Name,Mobile,ID_Number\nCTCC,张三,13800138000,11010519491231002X\n");
        QVERIFY(registry);
        QCOMPARE(registry->people().constFirst().mobile, QStringLiteral("13800138000"));
        QCOMPARE(registry->people().constFirst().status, Person::Status::Active);
    }

    void quotedNewlineKeepsLineNumbers()
    {
        // Surrounding white space is trimmed, so a quoted field may end with a line break.
        const QByteArray csv = "mobile,name,id_number,carrier\n"
                               "\"13800138000\n\",张三,11010519491231002X,CMCC\n"
                               "13800138001,张三,bad,CMCC\n";
        const auto registry = Registry::fromCsv(csv);
        QVERIFY(!registry);
        QCOMPARE(registry.error().line, 4);
        // A line break inside a name is a control character: refused, at the record's first line.
        const auto name = Registry::fromCsv("mobile,name,id_number,carrier\n"
                                            "13800138000,\"two\r\nlines\",11010519491231002X,CMCC\n");
        QVERIFY(!name);
        QCOMPARE(name.error().line, 2);
        QVERIFY(name.error().reason.contains(QStringLiteral("name")));
    }

    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray header = "mobile,name,id_number,carrier,status\n";
        const QByteArray good = "13800138000,张三,11010519491231002X,CMCC,active\n";
        QTest::newRow("empty") << QByteArray() << 1 << "empty";
        QTest::newRow("unknown column") << QByteArray("mobile,name,id,carrier\n") << 1 << "unknown column";
        QTest::newRow("missing column") << QByteArray("mobile,name,carrier\n") << 1 << "no \"id_number\"";
        QTest::newRow("duplicate column") << QByteArray("mobile,name,id_number,carrier,mobile\n") << 1 << "twice";
        QTest::newRow("field count") << header + good + "13800138001,李四,11010519491231002X\n" << 3 << "expected 5";
        QTest::newRow("mobile") << header + "1380013800,张三,11010519491231002X,CMCC,\n" << 2 << "mobile";
        QTest::newRow("mobile letters") << header + good + QByteArray(good).replace("13800138000", "1380013800a") << 3
                                        << "mobile";
        QTest::newRow("name empty") << header + "13800138000,,11010519491231002X,CMCC,\n" << 2 << "name";
        QTest::newRow("id") << header + "13800138000,张三,1101051949123100,CMCC,\n" << 2 << "ID number";
        QTest::newRow("carrier") << header + "13800138000,张三,11010519491231002X,CBN,\n" << 2 << "carrier";
        QTest::newRow("status") << header + "13800138000,张三,11010519491231002X,CMCC,gone\n" << 2 << "status";
        QTest::newRow("duplicate mobile") << header + good + "\n" + good << 4 << "already listed on line 2";
        QTest::newRow("unterminated quote") << header + good + "13800138001,\"张三,x,CMCC,\n\n" << 3 << "not closed";
        QTest::newRow("quote inside field") << header + "13800138000,张\"三,11010519491231002X,CMCC,\n" << 2 << "quote";
        QTest::newRow("text after quote") << header + "13800138000,\"张三\"x,11010519491231002X,CMCC,\n"
                                          << 2 << "after a closing quote";
        QTest::newRow("invalid utf-8") << header + good + "13800138001,\xff\xfe,11010519491231002X,CMCC,\n"
                                       << 3 << "UTF-8";
    }
    void refusesMalformedFiles()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const auto registry = Registry::fromCsv(csv);
        QVERIFY(!registry);
        QCOMPARE(registry.error().line, line);
        QVERIFY2(registry.error().reason.contains(reason), qPrintable(registry.error().reason));
        QVERIFY(registry.error().text().startsWith(QStringLiteral("line %1: ").arg(line)));
    }

    void fromFileReportsUnreadableFiles()
    {
        QTemporaryDir dir;
        const auto missing = Registry::fromFile(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().line, 0);
        QVERIFY(missing.error().text().contains(QStringLiteral("nope.csv")));

        QFile file(dir.filePath(QStringLiteral("ok.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mobile,name,id_number,carrier\n13800138000,张三,11010519491231002X,CMCC\n");
        file.close();
        const auto loaded = Registry::fromFile(file.fileName());
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 1);
    }

    void answers_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("bizCode");
        QTest::addColumn<QString>("subCode");
        QTest::addColumn<QString>("isp");
        const QString id = QStringLiteral("11010519491231002X");
        const QString other = QStringLiteral("110101199003074477");
        QTest::newRow("101") << "13800138000"
                             << "张三" << id << "1"
                             << "101"
                             << "CTCC";
        QTest::newRow("101 lower x") << "13800138000"
                                     << "张三" << id.toLower() << "1"
                                     << "101"
                                     << "CTCC";
        QTest::newRow("202 name only") << "13800138000"
                                       << "张三" << other << "2"
                                       << "202"
                                       << "CTCC";
        QTest::newRow("203 id only") << "13800138000"
                                     << "李四" << id << "2"
                                     << "203"
                                     << "CTCC";
        QTest::newRow("201 neither") << "13800138000"
                                     << "李四" << other << "2"
                                     << "201"
                                     << "CTCC";
        QTest::newRow("204 other") << "13100000001"
                                   << "王五" << other << "2"
                                   << "204"
                                   << "CUCC";
        QTest::newRow("301 unknown") << "18900000002"
                                     << "张三" << id << "3"
                                     << "301"
                                     << "CTCC";
    }
    void answers()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, bizCode);
        QFETCH(QString, subCode);
        QFETCH(QString, isp);
        // 13800138000 is a CMCC prefix, registered here as CTCC: the record's carrier wins.
        const auto registry = Registry::fromCsv("mobile,name,id_number,carrier,status\n"
                                                "13800138000,张三,11010519491231002X,CTCC,active\n"
                                                "13100000001,王五,110101199003074477,CUCC,other\n");
        QVERIFY(registry);

        const Answer plain = registry->answer(mobile, name, id, ParamType::Normal);
        QCOMPARE(plain.bizCode, bizCode);
        QCOMPARE(plain.subCode, subCode);
        QCOMPARE(plain.ispName, isp);

        // md5 mode compares digests of the record's fields (the ID with an upper-case X).
        using tricheck::identity::md5Hex;
        const Answer hashed = registry->answer(md5Hex(mobile), md5Hex(name), md5Hex(id.toUpper()), ParamType::Md5);
        QCOMPARE(hashed.bizCode, bizCode);
        QCOMPARE(hashed.subCode, subCode);
        QCOMPARE(hashed.ispName, subCode == u"301" ? QString() : isp);
    }

    void md5OfLowerCaseXDoesNotMatch()
    {
        const auto registry =
            Registry::fromCsv("mobile,name,id_number,carrier\n13800138000,张三,11010519491231002X,CMCC\n");
        QVERIFY(registry);
        using tricheck::identity::md5Hex;
        const Answer a = registry->answer(md5Hex(QStringLiteral("13800138000")),
                                          md5Hex(QStringLiteral("张三")),
                                          QStringLiteral("84488d6c78590d326627f5ecf902d3f9"),
                                          ParamType::Md5);
        QCOMPARE(a.subCode, QStringLiteral("202"));
    }

    void demoRegistryIsPlausibleFictitiousData()
    {
        const Registry& registry = Registry::defaultRegistry();
        QVERIFY(registry.size() >= 30);
        QSet<QString> carriers;
        int minorityNames = 0;
        int endingInX = 0;
        int others = 0;
        for (const Person& p : registry.people()) {
            carriers.insert(p.ispName);
            minorityNames += p.name.contains(u'·');
            endingInX += p.idNumber.endsWith(u'X');
            others += p.status == Person::Status::Other;

            const auto id = tricheck::identity::validateIdNumber(p.idNumber);
            QVERIFY2(id.isValid(), qPrintable(p.idNumber));
            QVERIFY2(id.findings.isEmpty(), qPrintable(p.idNumber)); // real area code, no warning
            const QDate birth = tricheck::identity::idBirthDate(p.idNumber);
            QVERIFY(birth.year() >= 1940 && birth <= QDate::currentDate().addYears(-18));
            QVERIFY2(tricheck::identity::validateMobile(p.mobile).isValid(), qPrintable(p.mobile));
            QVERIFY2(tricheck::identity::validateName(p.name).isValid(), qPrintable(p.name));
            // The demo data keeps every number with the operator its prefix belongs to.
            QCOMPARE(
                tricheck::identity::CarrierInfo::ispName(tricheck::identity::CarrierInfo::forMobilePrefix(p.mobile)),
                p.ispName);
        }
        QCOMPARE(carriers, (QSet<QString>{QStringLiteral("CMCC"), QStringLiteral("CUCC"), QStringLiteral("CTCC")}));
        QVERIFY(minorityNames >= 2);
        QVERIFY(endingInX >= 2);
        QVERIFY(others >= 2);
    }

    // The examples of the "Demo data" section of docs/sandbox.md, answered as documented.
    void demoDataExamples_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subCode");
        QTest::addColumn<QString>("isp");
        QTest::newRow("张三") << "13800138000"
                              << "张三"
                              << "11010519491231002X"
                              << "101"
                              << "CMCC";
        QTest::newRow("阿依古丽") << "13512340006"
                                  << "阿依古丽·买买提"
                                  << "650102199304050489"
                                  << "101"
                                  << "CMCC";
        QTest::newRow("吴刚") << "13012340011"
                              << "吴刚"
                              << "210102197501300538"
                              << "101"
                              << "CUCC";
        QTest::newRow("买买提") << "15512340014"
                                << "买买提·吐尔逊"
                                << "65010219681208071X"
                                << "101"
                                << "CUCC";
        QTest::newRow("高山") << "13312340021"
                              << "高山"
                              << "150102196004200375"
                              << "101"
                              << "CTCC";
        QTest::newRow("202") << "13800138000"
                             << "张三"
                             << "110101199003074477"
                             << "202"
                             << "CMCC";
        QTest::newRow("203") << "13800138000"
                             << "李四"
                             << "11010519491231002X"
                             << "203"
                             << "CMCC";
        QTest::newRow("201") << "13800138000"
                             << "李四"
                             << "110101199003074477"
                             << "201"
                             << "CMCC";
        QTest::newRow("杨帆") << "18212340007"
                              << "杨帆"
                              << "320106197007210159"
                              << "204"
                              << "CMCC";
        QTest::newRow("黄蕾") << "17612340017"
                              << "李四"
                              << "110101199003074477"
                              << "204"
                              << "CUCC";
        QTest::newRow("朱立") << "18112340026"
                              << "朱立"
                              << "440106197202140114"
                              << "204"
                              << "CTCC";
        QTest::newRow("301") << "13900000000"
                             << "张三"
                             << "11010519491231002X"
                             << "301"
                             << "CMCC";
    }
    void demoDataExamples()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, subCode);
        QFETCH(QString, isp);
        const Answer answer = Registry::defaultRegistry().answer(mobile, name, id, ParamType::Normal);
        QCOMPARE(answer.subCode, subCode);
        QCOMPARE(answer.ispName, isp);
        using tricheck::identity::md5Hex;
        QCOMPARE(Registry::defaultRegistry().answer(md5Hex(mobile), md5Hex(name), md5Hex(id), ParamType::Md5).subCode,
                 subCode);
        // The table in docs/sandbox.md lists these people.
        QFile doc(tricheck::test::sourceDir() + QStringLiteral("/docs/sandbox.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(doc.readAll()).contains(mobile));
    }

    void formatChecks_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("mobile");
        QTest::addColumn<bool>("id");
        QTest::addColumn<bool>("md5");
        QTest::newRow("mobile") << "13800138000" << true << false << false;
        QTest::newRow("mobile 10") << "1380013800" << false << false << false;
        QTest::newRow("mobile 2") << "23800138000" << false << false << false;
        QTest::newRow("mobile full-width") << QStringLiteral("１３８００１３８０００") << false << false << false;
        QTest::newRow("id") << "999999199001010011" << false << true << false;
        QTest::newRow("id X") << "99999919900101002X" << false << true << false;
        QTest::newRow("id x") << "99999919900101002x" << false << true << false;
        QTest::newRow("id X inside") << "9999991990010100X2" << false << false << false;
        QTest::newRow("md5") << "615db57aa314529aaa0fbe95b3e95bd3" << false << false << true;
        QTest::newRow("md5 upper") << "615DB57AA314529AAA0FBE95B3E95BD3" << false << false << false;
        QTest::newRow("md5 31") << "615db57aa314529aaa0fbe95b3e95bd" << false << false << false;
    }
    void formatChecks()
    {
        QFETCH(QString, value);
        QFETCH(bool, mobile);
        QFETCH(bool, id);
        QFETCH(bool, md5);
        QCOMPARE(isMobileFormat(value), mobile);
        QCOMPARE(isIdNumberFormat(value), id);
        QCOMPARE(isLowerMd5Hex(value), md5);
    }

    void nameFormat()
    {
        QVERIFY(isNameFormat(QStringLiteral("张三")));
        QVERIFY(isNameFormat(QStringLiteral("Li Si")));
        QVERIFY(isNameFormat(QStringLiteral("阿依古丽·买买提")));
        QVERIFY(!isNameFormat(QString()));
        QVERIFY(!isNameFormat(QStringLiteral("  ")));
        QVERIFY(!isNameFormat(QStringLiteral("张\n三")));
        QVERIFY(isNameFormat(QString(64, u'张')));
        QVERIFY(!isNameFormat(QString(65, u'张')));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRegistry)
#include "testsandboxregistry.moc"
