#include "identity/masking.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::identity;

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void idNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("spec example") << "411111111111110001"
                                      << "411***********0001";
        QTest::newRow("ends in X") << "11010519491231002X"
                                   << "110***********002X";
        QTest::newRow("8 characters") << "12345678"
                                      << "123*5678";
        QTest::newRow("7 characters: all hidden") << "1234567"
                                                  << "*******";
        QTest::newRow("empty") << ""
                               << "";
    }
    void idNumber()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(maskIdNumber(input), masked);
    }

    void mobile_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("spec example") << "13112348888"
                                      << "131****8888";
        QTest::newRow("another") << "13800138000"
                                 << "138****8000";
        QTest::newRow("short") << "1380"
                               << "****";
        QTest::newRow("empty") << ""
                               << "";
    }
    void mobile()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(maskMobile(input), masked);
    }

    void name_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("张三") << QStringLiteral("张三") << QStringLiteral("张*");
        QTest::newRow("王小明") << QStringLiteral("王小明") << QStringLiteral("王**");
        QTest::newRow("欧阳娜娜 compound surname") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧阳**");
        QTest::newRow("欧阳锋") << QStringLiteral("欧阳锋") << QStringLiteral("欧阳*");
        QTest::newRow("two-character 欧阳 keeps one") << QStringLiteral("欧阳") << QStringLiteral("欧*");
        QTest::newRow("Latin") << "Zhao"
                               << "Z***";
        QTest::newRow("Latin with space") << "Li Si"
                                          << "L****";
        QTest::newRow("minority name") << QStringLiteral("阿依古丽·买买提") << QStringLiteral("阿*******");
        QTest::newRow("supplementary plane") << QStringLiteral("𠀋小") << QStringLiteral("𠀋*");
        QTest::newRow("single") << QStringLiteral("敏") << QStringLiteral("敏");
        QTest::newRow("empty") << ""
                               << "";
    }
    void name()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(maskName(input), masked);
    }

    void digestRevealsNothing()
    {
        QCOMPARE(maskDigest(QStringLiteral("7945bd83237335e5376ff44d62e4f0ae")), QStringLiteral("[MD5]"));
    }

    void maskedValuesNeverContainTheMiddle()
    {
        const QString id = QStringLiteral("11010519491231002X");
        QVERIFY(!maskIdNumber(id).contains(QStringLiteral("19491231")));
        QVERIFY(!maskMobile(QStringLiteral("13800138000")).contains(QStringLiteral("0013")));
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "testmasking.moc"
