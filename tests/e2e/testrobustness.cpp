// What happens when the world misbehaves: the sandbox process is killed while a request is in
// flight, and the disk fills up under the history. Every case ends in a clear, translated error
// value; nothing crashes and nothing committed is lost.
#include "api/apiclient.h"
#include "api/errortext.h"
#include "history/historystore.h"
#include "testenv.h"
#include "verification/verificationservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <csignal>

using namespace tricheck;

namespace {

const identity::IdentityInput kZhangSan{QStringLiteral("13800138000"),
                                        QStringLiteral("张三"),
                                        QStringLiteral("11010519491231002X")};

// `tricheck-cli sandbox` in its own process, so that it can be killed like a crashed server.
class SandboxProcess
{
public:
    bool start(const QStringList& extra)
    {
        m_process.setProgram(test::cliPath());
        m_process.setArguments(QStringList{QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")} +
                               extra);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        // The first line on stdout announces {"event":"listening","url":…}.
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(15000))
                return false;
        }
        const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
        m_url = QUrl(line.value(QStringLiteral("url")).toString());
        return line.value(QStringLiteral("event")).toString() == u"listening" && m_url.isValid();
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    ~SandboxProcess() { kill(); }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

verification::ServiceTarget sandboxTarget(const QUrl& url)
{
    verification::ServiceTarget target;
    target.endpoint = *api::Endpoint::fromUrl(url);
    target.credentials = {QStringLiteral("sandbox-access-key-id"), QStringLiteral("sandbox-access-key-secret"), {}, {}};
    return target;
}

std::shared_ptr<history::HistoryStore> openStore(const QString& path)
{
    history::HistoryStore::Options options;
    options.path = path;
    auto opened = history::HistoryStore::open(options);
    if (!opened)
        return {};
    return std::shared_ptr<history::HistoryStore>(std::move(opened).value().release());
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void sandboxKilledWhileARequestIsInFlight()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("20000")}));
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store);

        QNetworkAccessManager network;
        api::ApiClient client(&network);
        verification::VerificationService service(&client);
        service.setHistory(store);
        verification::Verification* v = service.verify(kZhangSan,
                                                       identity::ParamType::Normal,
                                                       sandboxTarget(sandbox.url()),
                                                       QStringLiteral("kill"));
        QSignalSpy sent(v, &verification::Verification::sent);
        QSignalSpy finished(v, &verification::Verification::finished);
        QVERIFY(sent.wait(10000));
        QTest::qWait(300); // the request is on the wire, the server is "thinking"
        sandbox.kill();
        QVERIFY(finished.wait(30000));

        const api::VerifyOutcome& outcome = v->outcome();
        QVERIFY(outcome.error());
        // Sent and never answered: the outcome is unknown (the client's "timeout" family), and the
        // service may have processed (and billed) it. (Qt's network layer itself may resend once on
        // a lost connection; the client logs that and TriCheck never retries such an attempt.)
        QVERIFY(outcome.error()->kind == api::ErrorKind::Timeout);
        QCOMPARE(outcome.error()->cause, QStringLiteral("connection-lost"));
        QVERIFY(outcome.error()->mayBeBilled);
        QVERIFY(!api::ErrorText::message(*outcome.error()).isEmpty());
        // ... and the attempt is in the history, as such.
        QCOMPARE(v->historyWrite().state, verification::HistoryWrite::State::Recorded);
        const auto row = store->record(v->historyWrite().rowId);
        QVERIFY(row && row->has_value());
        QCOMPARE((*row)->reference, QStringLiteral("kill"));
    }

    void diskFullUnderTheHistory()
    {
        // A file-size limit is a real, unprivileged way to make writes fail the way a full disk
        // does (SQLite sees EFBIG as it sees ENOSPC). SIGXFSZ would kill the process instead.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        auto store = openStore(path);
        QVERIFY(store);

        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        auto restore = qScopeGuard([&original] { setrlimit(RLIMIT_FSIZE, &original); });
        QVERIFY(std::signal(SIGXFSZ, SIG_IGN) != SIG_ERR);
        rlimit limited = original;
        limited.rlim_cur = rlim_t(256) * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);

        int committed = 0;
        QString error;
        for (int i = 0; i < 20000 && error.isEmpty(); ++i) {
            history::AttemptRecord record;
            record.attemptId = QStringLiteral("full-%1").arg(i, 6, 10, QLatin1Char('0'));
            record.setStartedUtc(QDateTime::currentDateTimeUtc());
            record.reference = QString(200, QLatin1Char('r'));
            record.maskedMobile = QStringLiteral("138****8000");
            record.maskedName = QStringLiteral("*三");
            record.maskedIdNumber = QStringLiteral("110***********002X");
            record.endpoint = QStringLiteral("http://127.0.0.1:1/");
            const auto inserted = store->insert(record);
            if (inserted)
                ++committed;
            else
                error = inserted.error().message;
        }
        QVERIFY2(!error.isEmpty(), "the size limit was never reached");
        QVERIFY(committed > 0);

        // Room again: everything that was committed is there, the store still works, and the
        // database is intact.
        restore.dismiss();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &original), 0);
        store.reset();
        store = openStore(path);
        QVERIFY(store);
        const auto problems = store->checkIntegrity();
        QVERIFY(problems && problems->isEmpty());
        QCOMPARE(store->count({}).value(), qint64(committed));
        history::AttemptRecord after;
        after.attemptId = QStringLiteral("after");
        after.setStartedUtc(QDateTime::currentDateTimeUtc());
        QVERIFY(store->insert(after));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "testrobustness.moc"
