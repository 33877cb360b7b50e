// A PostgreSQL history's password from the OS keychain (a real gnome-keyring in a private D-Bus
// session): without PGPASSWORD, `tricheck-cli history` and the core's loadHistoryPassword() find
// the password the settings dialog stored; without either, the server's refusal is reported.

#include "credentials/keychain.h"
#include "history/historylocation.h"
#include "history/historypassword.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(tricheck::test::cliPath(), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

credentials::KeychainResult
keychainCall(const std::function<void(credentials::Keychain&, QObject*, credentials::Keychain::Callback)>& call)
{
    credentials::Keychain keychain;
    QObject context;
    std::optional<credentials::KeychainResult> result;
    call(keychain, &context, [&result](const credentials::KeychainResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {};
    return result.value_or(credentials::KeychainResult{});
}

} // namespace

class TestHistoryPgKeychain : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    QString m_password;

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        m_url = tricheck::test::freshPgDatabase();
        m_password = qEnvironmentVariable("PGPASSWORD");
        QVERIFY(!m_password.isEmpty());
        qunsetenv("PGPASSWORD"); // from here on only the keychain knows it
    }

    void withoutAPasswordTheServerRefuses()
    {
        const Run r = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history"), m_url});
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("password"), r.err.constData());
    }

    void passwordFromTheKeychain()
    {
        const auto written = keychainCall([this](credentials::Keychain& k, QObject* c, auto done) {
            k.write(HistoryLocation::keychainKey(), m_password.toUtf8(), c, std::move(done));
        });
        QVERIFY2(written.ok(), qPrintable(written.message));

        const Run r = runCli({QStringLiteral("history"),
                              QStringLiteral("list"),
                              QStringLiteral("--history"),
                              m_url,
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.err.contains(m_password.toUtf8()));
        QVERIFY(!r.out.contains(m_password.toUtf8()));

        // The app's path: the options are completed from the keychain, then the store opens.
        credentials::Keychain keychain;
        QObject context;
        HistoryStore::Options options;
        options.path = m_url;
        std::optional<HistoryStore::Options> completed;
        loadHistoryPassword(options, &keychain, &context, [&](const HistoryStore::Options& o) { completed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(completed.has_value(), 30000);
        QCOMPARE(completed->password, m_password);
        const auto store = HistoryStore::open(*completed);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    }

    void aSqliteHistoryNeedsNoPassword()
    {
        credentials::Keychain keychain;
        QObject context;
        HistoryStore::Options options;
        options.path = QStringLiteral("/tmp/never-opened.sqlite");
        std::optional<HistoryStore::Options> completed;
        loadHistoryPassword(options, &keychain, &context, [&](const HistoryStore::Options& o) { completed = o; });
        QTRY_VERIFY(completed.has_value());
        QVERIFY(completed->password.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryPgKeychain)
#include "testhistorypgkeychain.moc"
