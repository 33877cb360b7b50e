#include "common/crypto.h"
#include "identity/digest.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck;
using namespace tricheck::identity;

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void specVectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("md5");
        // alibaba-api.md §1.2, UTF-8 input, lowercase hex output
        QTest::newRow("ID ending in X") << "11010519491231002X"
                                        << "ae05564031c21338aa8a2e7266e7855c";
        QTest::newRow("ID with lower-case x (contrast)") << "11010519491231002x"
                                                         << "84488d6c78590d326627f5ecf902d3f9";
        QTest::newRow("张三 UTF-8") << QStringLiteral("张三") << "615db57aa314529aaa0fbe95b3e95bd3";
        QTest::newRow("mobile") << "13800138000"
                                << "7945bd83237335e5376ff44d62e4f0ae";
        // signing-vectors.md: the plaintexts behind the md5 vectors
        QTest::newRow("王小明") << QStringLiteral("王小明") << "252654e29e5656218f9b24e528dc0bf3";
        QTest::newRow("999999200012310033") << "999999200012310033"
                                            << "4fcfd3fb51220c1fbacb53fc497e88d9";
        QTest::newRow("18900000002") << "18900000002"
                                     << "48e9a9e11efd42d6da885afa0147e20e";
        QTest::newRow("999999199001010011") << "999999199001010011"
                                            << "1d5487e6c90acadfb0e0786c768c8e83";
        QTest::newRow("empty") << ""
                               << "d41d8cd98f00b204e9800998ecf8427e";
    }
    void specVectors()
    {
        QFETCH(QString, input);
        QFETCH(QString, md5);
        QCOMPARE(md5Hex(input), md5);
        QCOMPARE(md5ParamValue(input), md5);
    }

    void gbkEncodingDiffers()
    {
        // The spec's contrast vector: the GBK bytes of 张三 give another digest; TriCheck hashes UTF-8.
        const QByteArray gbk = QByteArray::fromHex("d5c5c8fd");
        QCOMPARE(crypto::digestHex(crypto::Hash::Md5, gbk), QStringLiteral("894152fff4f97e8fb2b8f304c5c56ebb"));
        QVERIFY(md5Hex(QStringLiteral("张三")) != QStringLiteral("894152fff4f97e8fb2b8f304c5c56ebb"));
    }

    void precomputedDigestsAreLowerCased()
    {
        QVERIFY(isMd5Hex(u"7945BD83237335E5376FF44D62E4F0AE"));
        QCOMPARE(md5ParamValue(QStringLiteral("7945BD83237335E5376FF44D62E4F0AE")),
                 QStringLiteral("7945bd83237335e5376ff44d62e4f0ae"));
        QVERIFY(!isMd5Hex(u"7945bd83237335e5376ff44d62e4f0a"));   // 31
        QVERIFY(!isMd5Hex(u"7945bd83237335e5376ff44d62e4f0aeg")); // 33
        QVERIFY(!isMd5Hex(u"7945bd83237335e5376ff44d62e4f0ag"));  // non-hex
    }

    void hmacAndSha()
    {
        QCOMPARE(crypto::digestHex(crypto::Hash::Sha256, ""),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        // RFC 4231 test case 2
        QCOMPARE(crypto::hmacHex(crypto::Hash::Sha256, "Jefe", "what do ya want for nothing?"),
                 QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // RFC 2202 test case 2
        QCOMPARE(crypto::hmacHex(crypto::Hash::Sha1, "Jefe", "what do ya want for nothing?"),
                 QStringLiteral("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
    }

    void randomHexIsFreshAndLowercase()
    {
        const QString a = crypto::randomHex(16);
        const QString b = crypto::randomHex(16);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        QVERIFY(isMd5Hex(a));
        QCOMPARE(a, a.toLower());
    }

    void constantTimeEquals()
    {
        QVERIFY(crypto::constantTimeEquals("abc", "abc"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "testdigest.moc"
