#include "api/errortext.h"
#include "i18n/translations.h"
#include "testenv.h"

#include <QtTest>

using namespace tricheck::api;

Q_DECLARE_METATYPE(tricheck::api::ErrorKind)

namespace {

ApiError error(ErrorKind kind, const QString& code = {}, const QString& cause = {})
{
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.cause = cause;
    return e;
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void actionableMessages_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<bool>("mayBeBilled");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("signature") << ErrorKind::Authentication << "SignatureDoesNotMatch"
                                   << "" << false << QStringList{QStringLiteral("secret"), QStringLiteral("clock")};
        QTest::newRow("timestamp") << ErrorKind::Authentication << "InvalidTimeStamp.Expired"
                                   << "" << false << QStringList{QStringLiteral("clock")};
        QTest::newRow("reply timeout") << ErrorKind::Timeout << ""
                                       << "reply-timeout" << true
                                       << QStringList{QStringLiteral("outcome is unknown"),
                                                      QStringLiteral("may have been billed")};
        QTest::newRow("connection lost") << ErrorKind::Timeout << ""
                                         << "connection-lost" << true
                                         << QStringList{QStringLiteral("may have been billed")};
        QTest::newRow("connect timeout") << ErrorKind::Network << ""
                                         << "connect-timeout" << false
                                         << QStringList{QStringLiteral("Nothing was sent")};
        QTest::newRow("tls") << ErrorKind::Tls << ""
                             << "tls" << false
                             << QStringList{QStringLiteral("certificate"), QStringLiteral("Nothing was sent in clear")};
        QTest::newRow("http elsewhere") << ErrorKind::Configuration << ""
                                        << "insecure-http" << false
                                        << QStringList{QStringLiteral("https://"), QStringLiteral("Nothing was sent")};
        QTest::newRow("redirect") << ErrorKind::Configuration << ""
                                  << "redirect" << false << QStringList{QStringLiteral("redirect")};
        QTest::newRow("no credentials") << ErrorKind::Configuration << ""
                                        << "credentials" << false << QStringList{QStringLiteral("AccessKey")};
        QTest::newRow("random") << ErrorKind::Configuration << ""
                                << "random" << false << QStringList{QStringLiteral("random")};
        QTest::newRow("throttled") << ErrorKind::Throttled << "Throttling.User"
                                   << "" << false
                                   << QStringList{QStringLiteral("Throttling.User"), QStringLiteral("not billed")};
        QTest::newRow("gateway 504") << ErrorKind::Server << ""
                                     << "" << true << QStringList{QStringLiteral("may have been billed")};
        QTest::newRow("service 5xx") << ErrorKind::Server << "InternalError"
                                     << "" << true
                                     << QStringList{QStringLiteral("InternalError"),
                                                    QStringLiteral("HTTP 504"),
                                                    QStringLiteral("may have been billed")};
        QTest::newRow("2xx without a result") << ErrorKind::MalformedReply << "Throttling.User"
                                              << "unexpected-code" << true
                                              << QStringList{QStringLiteral("Throttling.User"),
                                                             QStringLiteral("instead of a result"),
                                                             QStringLiteral("may have been billed")};
        QTest::newRow("too large") << ErrorKind::MalformedReply << ""
                                   << "too-large" << true
                                   << QStringList{QStringLiteral("1 MiB"), QStringLiteral("may have been billed")};
        QTest::newRow("cancelled after sending") << ErrorKind::Cancelled << ""
                                                 << "" << true << QStringList{QStringLiteral("may have been billed")};
        QTest::newRow("cancelled before") << ErrorKind::Cancelled << ""
                                          << "" << false << QStringList{QStringLiteral("Nothing was billed")};
    }
    void actionableMessages()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(QString, code);
        QFETCH(QString, cause);
        QFETCH(bool, mayBeBilled);
        QFETCH(QStringList, mentions);
        ApiError e = error(kind, code, cause);
        e.mayBeBilled = mayBeBilled;
        e.httpStatus = 504;
        e.timeoutMs = 10000;
        const QString text = ErrorText::message(e);
        for (const QString& m : mentions)
            QVERIFY2(text.contains(m), qPrintable(text));
    }

    void retryAfterIsRoundedUpToSeconds()
    {
        ApiError e = error(ErrorKind::Throttled, QStringLiteral("Throttling.Api"));
        e.retryAfterMs = 1200;
        QVERIFY(ErrorText::message(e).contains(u"Retry after 2 s"));
    }

    void clockOffsets_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds behind") << qint64(42) << "42 s behind";
        QTest::newRow("minutes ahead") << qint64(-17 * 60 - 10) << "about 17 min ahead";
        QTest::newRow("hours behind") << qint64(8 * 3600 + 100) << "about 8 h behind";
    }
    void clockOffsets()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, text);
        QCOMPARE(ErrorText::clockOffsetText(offset), text);
    }

    // One message says one thing: an attempt that never reached the service (DNS failure) is not
    // also said to have been asked by the service to retry.
    void attemptsAgreeWithTheMessage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("nothingSent");
        QTest::newRow("dns failure") << int(ErrorKind::Network) << true;
        QTest::newRow("tls") << int(ErrorKind::Tls) << true;
        QTest::newRow("throttled") << int(ErrorKind::Throttled) << false;
        QTest::newRow("server") << int(ErrorKind::Server) << false;
    }
    void attemptsAgreeWithTheMessage()
    {
        QFETCH(int, kind);
        QFETCH(bool, nothingSent);
        tricheck::api::VerifyOutcome o;
        o.attempts = 4;
        o.value = error(ErrorKind(kind), {});
        const QString message = ErrorText::message(*o.error());
        const QString attempts = ErrorText::attemptsText(o);
        QCOMPARE(ErrorText::nothingSent(*o.error()), nothingSent);
        QVERIFY(attempts.contains(u'4'));
        if (message.contains(QStringLiteral("Nothing was sent")) || message.contains(QStringLiteral("not sent")))
            QVERIFY2(!attempts.contains(QStringLiteral("retry")), qPrintable(attempts));
        if (nothingSent)
            QVERIFY2(!attempts.contains(QStringLiteral("retry")), qPrintable(attempts));
        else
            QVERIFY2(attempts.contains(QStringLiteral("asked to retry")), qPrintable(attempts));
        o.attempts = 1;
        QVERIFY(ErrorText::attemptsText(o).isEmpty());
    }

    void messagesAreTranslated()
    {
        tricheck::i18n::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        ApiError e = error(ErrorKind::Timeout, {}, QStringLiteral("reply-timeout"));
        e.timeoutMs = 10000;
        const QString text = ErrorText::message(e);
        QVERIFY2(text.contains(QStringLiteral("计费")) && text.contains(u"10"), qPrintable(text));
        QCOMPARE(ErrorText::title(ErrorKind::Timeout), QStringLiteral("结果未知"));
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        QCOMPARE(ErrorText::title(ErrorKind::Timeout), QStringLiteral("Outcome unknown"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "testerrortext.moc"
