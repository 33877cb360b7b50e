#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList& args, const QString& lang = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(tricheck::test::cliPath(), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void version()
    {
        const Run r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("tricheck-cli "));
    }

    void helpListsCommandsAndExitStatuses()
    {
        const Run r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("check"));
        QVERIFY(r.out.contains("Exit status"));
        QVERIFY(r.out.contains("130"));
    }

    void noArgumentsIsUsageError()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        const Run r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("frobnicate"));
    }

    void validTriple()
    {
        const Run r = runCli({QStringLiteral("check"),
                              QStringLiteral("--mobile"),
                              QStringLiteral("+86 138 0013 8000"),
                              QStringLiteral("--name"),
                              QStringLiteral("张三"),
                              QStringLiteral("--id"),
                              QStringLiteral("11010519491231002x")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("expectedCarrier")).toString(), QStringLiteral("CMCC"));
        QCOMPARE(o.value(QStringLiteral("mobile")).toObject().value(QStringLiteral("masked")).toString(),
                 QStringLiteral("138****8000"));
        QCOMPARE(o.value(QStringLiteral("name")).toObject().value(QStringLiteral("masked")).toString(),
                 QStringLiteral("张*"));
        // Nothing printed reveals the plaintext.
        QVERIFY(!r.out.contains("13800138000"));
        QVERIFY(!r.out.contains("19491231"));
    }

    void invalidTripleExplainsEachField()
    {
        const Run r = runCli({QStringLiteral("check"),
                              QStringLiteral("--mobile"),
                              QStringLiteral("1380013800"),
                              QStringLiteral("--name"),
                              QStringLiteral("张3"),
                              QStringLiteral("--id"),
                              QStringLiteral("110105194912310021")});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
        const auto reason = [&o](const char* field) {
            return o.value(QLatin1String(field))
                .toObject()
                .value(QStringLiteral("findings"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("reason"))
                .toString();
        };
        QCOMPARE(reason("mobile"), QStringLiteral("mobile.length"));
        QCOMPARE(reason("name"), QStringLiteral("name.digit"));
        QCOMPARE(reason("idNumber"), QStringLiteral("id.checksum"));
    }

    void messagesFollowTheLocale()
    {
        const Run r = runCli({QStringLiteral("check"),
                              QStringLiteral("--mobile"),
                              QStringLiteral("138"),
                              QStringLiteral("--name"),
                              QStringLiteral("张三"),
                              QStringLiteral("--id"),
                              QStringLiteral("11010519491231002X")},
                             QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(r.exitCode, 2);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QString message = o.value(QStringLiteral("mobile"))
                                    .toObject()
                                    .value(QStringLiteral("findings"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QStringLiteral("位")), qPrintable(message));
    }

    void unknownOptionIsUsageError()
    {
        const Run r = runCli({QStringLiteral("check"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "testclicheck.moc"
