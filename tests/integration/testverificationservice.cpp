// The one path of every verification: validate → send → record (COMMIT) → report, against the real
// sandbox and a real SQLite history.
#include "history/fingerprints.h"
#include "history/historystore.h"
#include "sandboxfixture.h"
#include "testenv.h"
#include "verification/verificationservice.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::verification;

namespace {

const identity::IdentityInput kZhangSan{QStringLiteral("+86 138 0013 8000"),
                                        QStringLiteral("张三"),
                                        QStringLiteral("11010519491231002x")};

ServiceTarget sandboxTarget(const QUrl& url)
{
    ServiceTarget t;
    t.endpoint = *api::Endpoint::fromUrl(url);
    t.credentials = {QStringLiteral("sandbox-access-key-id"), QStringLiteral("sandbox-access-key-secret"), {}, {}};
    return t;
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

class TestVerificationService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateEnvironment(); }

    void recordedBeforeReported()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(store);
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        const QByteArray key(32, 'k');
        service.setFingerprintKey(key);
        QSignalSpy recorded(&service, &VerificationService::recorded);

        Verification* v = service.verify(kZhangSan,
                                         identity::ParamType::Normal,
                                         sandboxTarget(server->url()),
                                         QStringLiteral("KYC-42"));
        QSignalSpy sent(v, &Verification::sent);
        QSignalSpy finished(v, &Verification::finished);
        // When finished() arrives, the row is already committed: read it back inside the slot.
        std::optional<history::AttemptRecord> seenAtReport;
        connect(v, &Verification::finished, this, [&](const api::VerifyOutcome&, const HistoryWrite& write) {
            if (write.state == HistoryWrite::State::Recorded)
                seenAtReport = store->record(write.rowId).value();
        });
        QVERIFY(finished.wait(20000));
        QCOMPARE(sent.count(), 1);
        QCOMPARE(recorded.count(), 1);
        QVERIFY(v->outcome().isResult());
        QCOMPARE(v->outcome().result()->subCode, QStringLiteral("101"));
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Recorded);
        QVERIFY(seenAtReport.has_value());
        QCOMPARE(seenAtReport->attemptId, v->outcome().attemptId);
        QCOMPARE(seenAtReport->maskedMobile, QStringLiteral("138****8000"));
        QCOMPARE(seenAtReport->reference, QStringLiteral("KYC-42"));

        // Exact-match search by keyed fingerprint finds it, whatever way the number was typed.
        history::HistoryFilter byMobile;
        byMobile.mobileFingerprint = history::Fingerprints::forMobile(key, QStringLiteral("13800138000"));
        QCOMPARE(store->count(byMobile).value(), 1);
        byMobile.mobileFingerprint = history::Fingerprints::forMobile(key, QStringLiteral("13800138001"));
        QCOMPARE(store->count(byMobile).value(), 0);
    }

    void errorsAreRecordedToo()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        ServiceTarget target = sandboxTarget(server->url());
        target.credentials.accessKeySecret = QStringLiteral("wrong");
        Verification* v = service.verify(kZhangSan, identity::ParamType::Md5, target);
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(v->outcome().error());
        QCOMPARE(v->outcome().error()->code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Recorded);
        const auto row = store->record(v->historyWrite().rowId).value();
        QVERIFY(row.has_value());
        QCOMPARE(row->code, QStringLiteral("SignatureDoesNotMatch"));
    }

    void invalidInputIsNeitherSentNorRecorded()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        auto store = openStore(dir.filePath(QStringLiteral("history.sqlite")));
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        Verification* v = service.verify({QStringLiteral("1380013800"), QStringLiteral("张三"), QStringLiteral("x")},
                                         identity::ParamType::Normal,
                                         sandboxTarget(server->url()));
        QVERIFY(!v->isFinished()); // always reported from the event loop
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(v->outcome().error()->kind, api::ErrorKind::Validation);
        QVERIFY(!v->outcome().error()->detail.isEmpty());
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::NotAttempted);
        QCOMPARE(server->requestCount(), 0);
        QCOMPARE(store->count({}).value(), 0);
    }

    void withoutHistory()
    {
        auto server = test::startSandbox();
        QVERIFY(server);
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        Verification* v = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(v->outcome().isResult());
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Disabled);
    }

    void aFailedWriteIsReportedNotHidden()
    {
        QTemporaryDir dir;
        auto server = test::startSandbox();
        QVERIFY(server);
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        auto store = openStore(path);
        QVERIFY(store);
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        VerificationService service(&client);
        service.setHistory(store);
        // Another process holds the write lock for longer than the busy timeout allows.
        history::HistoryStore::Options lockerOptions;
        lockerOptions.path = path;
        lockerOptions.busyTimeoutMs = 100;
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery(locker).exec(QStringLiteral("PRAGMA busy_timeout=0"));
        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        Verification* v = service.verify(kZhangSan, identity::ParamType::Normal, sandboxTarget(server->url()));
        QSignalSpy finished(v, &Verification::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY(v->outcome().isResult());                               // the answer is still reported …
        QCOMPARE(v->historyWrite().state, HistoryWrite::State::Failed); // … and so is the failed write
        QVERIFY(!v->historyWrite().error.isEmpty());
        QSqlQuery(locker).exec(QStringLiteral("ROLLBACK"));
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }
};

QTEST_GUILESS_MAIN(TestVerificationService)
#include "testverificationservice.moc"
