#include "api/redaction.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void removes_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("mustNotContain");
        QTest::addColumn<QString>("mustKeep");
        const QStringList identity{QStringLiteral("11010519491231002X"),
                                   QStringLiteral("13800138000"),
                                   QStringLiteral("%E5%BC%A0"),
                                   QStringLiteral("%25E5%25BC%25A0")};
        QTest::newRow("V1 echo (2023 capture form)")
            << QStringLiteral("Specified signature is not matched with our calculation. server string to sign "
                              "is:POST&%2F&AccessKeyId%3Dtestid%26IdentifyNum%3D11010519491231002X%26Mobile%"
                              "3D13800138000%26UserName%3D%25E5%25BC%25A0%25E4%25B8%2589")
            << identity << QStringLiteral("not matched with our calculation");
        QTest::newRow("StringToSign spelling")
            << QStringLiteral("Invalid signature. StringToSign: ACS3-HMAC-SHA256\n4c16da95…")
            << QStringList{QStringLiteral("4c16da95")} << QStringLiteral("Invalid signature.");
        QTest::newRow("V3 canonical request echo")
            << QStringLiteral("signature mismatch, string-to-sign=POST\n/\nIdentifyNum=11010519491231002X&Mobile="
                              "13800138000&UserName=%E5%BC%A0%E4%B8%89")
            << identity << QStringLiteral("signature mismatch");
        QTest::newRow("parameter pairs without an echo")
            << QStringLiteral("The specified value of parameter IdentifyNum=11010519491231002X and Mobile: "
                              "13800138000 is not valid")
            << identity << QStringLiteral("is not valid");
        QTest::newRow("JSON-style pairs")
            << QStringLiteral(R"(bad request {"UserName":"Zhang San","Mobile":"13800138000"})")
            << QStringList{QStringLiteral("Zhang San"), QStringLiteral("13800138000")} << QStringLiteral("bad request");
        QTest::newRow("bare ID number and mobile")
            << QStringLiteral("record 11010519491231002X / +8613800138000 not found")
            << QStringList{QStringLiteral("11010519491231002X"), QStringLiteral("13800138000")}
            << QStringLiteral("not found");
        QTest::newRow("md5 digest") << QStringLiteral("digest ae05564031c21338aa8a2e7266e7855c rejected")
                                    << QStringList{QStringLiteral("ae05564031c21338aa8a2e7266e7855c")}
                                    << QStringLiteral("rejected");
        QTest::newRow("credentials") << QStringLiteral("Credential=LTAI5tXYZ,Signature=abc SecurityToken=CAIS+x")
                                     << QStringList{QStringLiteral("LTAI5tXYZ"), QStringLiteral("CAIS+x")}
                                     << QStringLiteral("Credential=");
        QTest::newRow("Chinese wording") << QStringLiteral(
                                                "签名不匹配，服务端待签名字符串为：POST&%2F&UserName%3D%25E5")
                                         << QStringList{QStringLiteral("UserName%3D"), QStringLiteral("%25E5")}
                                         << QStringLiteral("签名不匹配");
    }
    void removes()
    {
        QFETCH(QString, message);
        QFETCH(QStringList, mustNotContain);
        QFETCH(QString, mustKeep);
        const QString redacted = redactServerMessage(message);
        for (const QString& value : mustNotContain)
            QVERIFY2(!redacted.contains(value), qPrintable(redacted));
        QVERIFY2(redacted.contains(mustKeep), qPrintable(redacted));
        QVERIFY(redacted.contains(redactedMarker()));
    }

    void removesExplicitValuesInEveryEncoding()
    {
        const QStringList values{QStringLiteral("欧阳娜娜"), QStringLiteral("Secret/With+Plus=")};
        const QString message = QStringLiteral("got 欧阳娜娜, %E6%AC%A7%E9%98%B3%E5%A8%9C%E5%A8%9C, "
                                               "%25E6%25AC%25A7 and Secret%2FWith%2BPlus%3D");
        const QString redacted = redactServerMessage(message, values);
        QVERIFY2(!redacted.contains(u"欧阳"), qPrintable(redacted));
        QVERIFY2(!redacted.contains(u"%E6%AC"), qPrintable(redacted));
        QVERIFY2(!redacted.contains(u"%25E6"), qPrintable(redacted));
        QVERIFY2(!redacted.contains(u"Secret"), qPrintable(redacted));
    }

    void leavesOrdinaryMessagesAlone_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("success") << QStringLiteral("success");
        QTest::newRow("throttling") << QStringLiteral("Request was denied due to user flow control.");
        QTest::newRow("access key") << QStringLiteral("Specified access key is not found.");
        QTest::newRow("request id") << QStringLiteral("See request D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD.");
    }
    void leavesOrdinaryMessagesAlone()
    {
        QFETCH(QString, message);
        QCOMPARE(redactServerMessage(message), message);
    }

    void capsTheLength()
    {
        const QString redacted = redactServerMessage(QString(5000, u'a'));
        QCOMPARE(redacted.size(), kMaxRedactedLength);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "testredaction.moc"
