#include "api/percentencoding.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

class TestPercentEncoding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void rfc3986()
    {
        // alibaba-api.md §3.5: "a b*c~d!'()+/:" -> "a%20b%2Ac~d%21%27%28%29%2B%2F%3A"
        QCOMPARE(percentEncode(u"a b*c~d!'()+/:"), QByteArray("a%20b%2Ac~d%21%27%28%29%2B%2F%3A"));
        QCOMPARE(percentEncode(u"AZaz09-_.~"), QByteArray("AZaz09-_.~"));
        QCOMPARE(percentEncode(QStringLiteral("张三")), QByteArray("%E5%BC%A0%E4%B8%89"));
        QCOMPARE(percentEncode(u"2025-01-01T00:00:00Z"), QByteArray("2025-01-01T00%3A00%3A00Z"));
        QCOMPARE(percentEncode(u"CAIS-test-token+/="), QByteArray("CAIS-test-token%2B%2F%3D"));
        QCOMPARE(percentEncode(u""), QByteArray());
    }

    void canonicalSortsByEncodedName()
    {
        const QueryItems items{{QStringLiteral("b"), QStringLiteral("2")},
                               {QStringLiteral("a"), QStringLiteral("x y")},
                               {QStringLiteral("B"), QStringLiteral("3")},
                               {QStringLiteral("empty"), QString()}};
        // Upper case sorts before lower case (byte order); an empty value gives "name=".
        QCOMPARE(canonicalQueryString(items), QByteArray("B=3&a=x%20y&b=2&empty="));
        QCOMPARE(wireQueryString(items), QByteArray("b=2&a=x%20y&B=3&empty="));
        QCOMPARE(canonicalQueryString({}), QByteArray());
    }

    void parseDecodesPlusAsSpace()
    {
        const QueryItems items = parseQuery("UserName=Li+Si&Mobile=138&X=%E5%BC%A0%E4%B8%89&flag&Empty=&&Sig=a%2Bb%3D");
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.at(0), (std::pair{QStringLiteral("UserName"), QStringLiteral("Li Si")}));
        QCOMPARE(items.at(2).second, QStringLiteral("张三"));
        QCOMPARE(items.at(3), (std::pair{QStringLiteral("flag"), QString()}));
        QCOMPARE(items.at(4), (std::pair{QStringLiteral("Empty"), QString()}));
        QCOMPARE(items.at(5).second, QStringLiteral("a+b="));
    }

    void parseNeverCrashesOnGarbage()
    {
        QVERIFY(parseQuery("").isEmpty());
        QVERIFY(parseQuery("&&&").isEmpty());
        QCOMPARE(parseQuery("%").size(), 1);
        QCOMPARE(parseQuery("=%ZZ%").size(), 1);
        QCOMPARE(parseQuery(QByteArray("a=\xff\xfe", 4)).first().second.size(), 2);
    }

    void roundTrip()
    {
        const QueryItems items{{QStringLiteral("UserName"), QStringLiteral("欧阳 娜娜*~")},
                               {QStringLiteral("k+ey"), QStringLiteral("a&b=c")}};
        QCOMPARE(parseQuery(wireQueryString(items)), items);
    }
};

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "testpercentencoding.moc"
