// Captures every log message (all categories, all levels, Qt's own included) while signed calls
// succeed and fail, and proves that none of them carries the secret, the STS token or an identity
// value, in any of the encodings they take on the wire.
#include "api/apiclient.h"
#include "api/errortext.h"
#include "apitestutil.h"
#include "common/crypto.h"
#include "identity/digest.h"
#include "scriptedserver.h"
#include "testenv.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::api;
using namespace tricheck::test;

namespace {

QMutex g_mutex;
QStringList g_captured;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_captured.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (type == QtFatalMsg && g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestApiLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        g_previous = qInstallMessageHandler(capture);
        // Everything on, Qt's own categories included, except qt.httpserver: that is the scripted
        // server of this test (running in this process) printing the requests it receives, not the
        // client. (A QHttpServer-based sandbox must keep qt.httpserver.debug off for the same reason.)
        QLoggingCategory::setFilterRules(QStringLiteral("*=true\ntricheck.*=true\nqt.httpserver*=false"));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void nothingPersonalOrSecretIsLogged()
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam);
        ClientOptions options = fastOptions();
        options.transferTimeoutMs = 500;
        client.setOptions(options);
        ScriptedServer server;
        QVERIFY(server.start());

        const QByteArray echo = "Specified signature is not matched with our calculation. server string to sign "
                                "is:POST&%2F&AccessKeyId%3D" +
                                kAccessKeyId.toLatin1() +
                                "%26IdentifyNum%3D11010519491231002X%26Mobile%3D13800138000%26UserName%3D%25E5%25BC%"
                                "25A0%25E4%25B8%2589%26SecurityToken%3D" +
                                percentEncode(kStsToken);
        ScriptedReply slow = ScriptedReply::success("1", "101");
        slow.delayMs = 3000;
        ScriptedReply cut;
        cut.kind = ScriptedReply::Kind::Raw;
        cut.raw = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{";
        const QList<ScriptedReply> replies{
            ScriptedReply::success("1", "101"),
            ScriptedReply::success("2", "203", "CUCC"),
            ScriptedReply::gatewayError(400, "SignatureDoesNotMatch", echo),
            ScriptedReply::gatewayError(
                400,
                "InvalidParameter",
                "The specified value of parameter IdentifyNum 11010519491231002X is not valid."),
            ScriptedReply::json(403, R"({"Code":"Throttling.Api"})", {{"x-acs-retry-after", "5"}}),
            ScriptedReply::success("3", "301", ""),
            slow,
            cut,
        };
        QList<VerifyOutcome> outcomes;
        int i = 0;
        for (const ScriptedReply& reply : replies) {
            server.enqueue(reply);
            const auto scheme = i % 2 ? SignatureScheme::V3 : SignatureScheme::V1;
            const auto type = i == 5 ? identity::ParamType::Md5 : identity::ParamType::Normal;
            const auto o = runVerify(client, verifyRequest(server.url(), scheme, /*sts=*/true, type));
            QVERIFY(o);
            outcomes.append(*o);
            ++i;
        }
        QVERIFY(server.requestCount() >= replies.size());

        QString all;
        {
            const QMutexLocker lock(&g_mutex);
            all = g_captured.join(u'\n');
        }
        for (const VerifyOutcome& o : outcomes) {
            if (const ApiError* e = o.error())
                all += u'\n' + e->serverMessage + u'\n' + ErrorText::message(*e) + u'\n' + e->detail;
        }
        // The capture works and the client did log what it may log.
        QVERIFY2(all.contains(u"tricheck.api POST 127.0.0.1"), qPrintable(all));
        QVERIFY(all.contains(u"RequestId D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD"));

        QStringList forbidden{kSecret, kStsToken, kIdNumber, kName, kMobile};
        for (const QString& value : QStringList{kIdNumber, kName, kMobile, kStsToken, kSecret}) {
            forbidden << QString::fromLatin1(percentEncode(value))
                      << QString::fromLatin1(percentEncode(QString::fromLatin1(percentEncode(value))));
        }
        for (const QString& value : {kIdNumber, kName, kMobile})
            forbidden << identity::md5Hex(value);
        forbidden << QStringLiteral("1380013") << QStringLiteral("19491231") << QStringLiteral("%E5%BC%A0")
                  << QStringLiteral("%25E5%25BC");
        for (const QString& value : std::as_const(forbidden))
            QVERIFY2(!all.contains(value, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("leaked: ") + value + u" in " + all.mid(all.indexOf(value) - 200, 300)));
    }
};

QTEST_GUILESS_MAIN(TestApiLogging)
#include "testapilogging.moc"
