// The administrator's locks on every path that uses them. One table per front end: each row names
// a locked setting, a path (tricheck-cli verify, batch, batch --resume, history list|export|purge;
// the desktop's start with and without --history, the batch dialog's start and resume, the settings
// dialog), what the operator asks for against the lock, and what must happen: the locked value is
// used (or nothing is sent) and the operator is told.
#include "batchtestutil.h"
#include "clitestutil.h"
#include "gui/batchdialog.h"
#include "gui/messagebox.h"
#include "gui/noticebanner.h"
#include "gui/settingsdialog.h"
#include "guitestutil.h"
#include "history/historystore.h"
#include "sandbox/sandboxserver.h"
#include "sandboxfixture.h"
#include "session/session.h"
#include "testenv.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using settings::Setting;
using test::CliRun;

namespace {

// Placeholders in a row's policy and arguments.
//   %SANDBOX%  the sandbox's URL      %TEAM%  the team's history (locked)
//   %OWN%      a private history      %CSV%   a small batch file
struct Places
{
    QString sandbox;
    QString team;
    QString own;
    QString csv;

    QString fill(QString text) const
    {
        return text.replace(QStringLiteral("%SANDBOX%"), sandbox)
            .replace(QStringLiteral("%TEAM%"), team)
            .replace(QStringLiteral("%OWN%"), own)
            .replace(QStringLiteral("%CSV%"), csv);
    }
    QStringList fill(const QStringList& args) const
    {
        QStringList out;
        for (const QString& a : args)
            out << fill(a);
        return out;
    }
};

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

qint64 attemptsIn(const QString& path)
{
    if (!QFileInfo::exists(path))
        return -1;
    history::HistoryStore::Options options;
    options.path = path;
    auto store = history::HistoryStore::open(options);
    if (!store)
        return -1;
    const auto n = store.value()->count({});
    return n ? n.value() : -1;
}

QJsonObject lastJson(const CliRun& r)
{
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
}

// What a row checks besides the exit status and stderr.
enum Check {
    None,
    SandboxAnswered, // the sandbox received requests
    NothingSent,     // the sandbox received nothing
    SignedV1,        // every request the sandbox received is signed with V1
    SentMd5,         // every request carried digests, never the plain mobile
    TeamRecorded,    // the team's history has attempts, the private one does not exist
};

} // namespace

class TestPolicyLocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    Places m_places;
    int m_case = 0;
    int m_requestsBefore = 0; // the sandbox's counts before the row ran
    int m_eventsBefore = 0;

    QProcessEnvironment cliEnvironment(const QString& policy) const
    {
        QProcessEnvironment env = test::cliEnvironment();
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), sandbox::AccessKey::demo().id);
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), sandbox::AccessKey::demo().secret);
        env.insert(QStringLiteral("TRICHECK_POLICY_FILE"), policy);
        return env;
    }

    QString policyFile(const QString& body)
    {
        return writeFile(m_dir.filePath(QStringLiteral("policy-%1.conf").arg(++m_case)),
                         (QStringLiteral("[Policy]\n") + m_places.fill(body)).toUtf8());
    }

    // Fresh team and private histories and file for every row.
    void freshPlaces()
    {
        const QString n = QString::number(++m_case);
        m_places.team = m_dir.filePath(QStringLiteral("team-%1.sqlite").arg(n));
        m_places.own = m_dir.filePath(QStringLiteral("own-%1.sqlite").arg(n));
        m_places.csv = writeFile(m_dir.filePath(QStringLiteral("rows-%1.csv").arg(n)),
                                 test::utf8Csv({"mobile,name,id", test::syntheticRow(1), test::syntheticRow(2)}));
        m_sandbox->resetState();
        m_requestsBefore = m_sandbox->requestCount();
        m_eventsBefore = int(m_sandbox->events().size());
    }

    static QStringList triple()
    {
        return {QStringLiteral("--mobile"),
                QStringLiteral("13800138000"),
                QStringLiteral("--name"),
                QStringLiteral("张三"),
                QStringLiteral("--id"),
                QStringLiteral("11010519491231002X")};
    }

    // A finished batch of %CSV% in %TEAM%, started without MD5 against the sandbox; its id.
    QString finishedBatch()
    {
        const CliRun r = test::runCli({QStringLiteral("batch"),
                                       QStringLiteral("--input"),
                                       m_places.csv,
                                       QStringLiteral("--history"),
                                       m_places.team,
                                       QStringLiteral("--endpoint"),
                                       m_places.sandbox,
                                       QStringLiteral("--qps"),
                                       QStringLiteral("0")},
                                      cliEnvironment(m_dir.filePath(QStringLiteral("no-policy.conf"))));
        if (r.exitCode != 0)
            qWarning("batch failed: %s", r.err.constData());
        return lastJson(r).value(QStringLiteral("batchId")).toString();
    }

    void check(Check what)
    {
        const auto requests = m_sandbox->events().mid(m_eventsBefore);
        const int sent = m_sandbox->requestCount() - m_requestsBefore;
        switch (what) {
        case None:
            break;
        case SandboxAnswered:
            QVERIFY(sent > 0);
            break;
        case NothingSent:
            QCOMPARE(sent, 0);
            break;
        case SignedV1:
            QVERIFY(sent > 0);
            for (const sandbox::SandboxEvent& e : requests)
                QCOMPARE(e.scheme, QStringLiteral("v1"));
            break;
        case SentMd5:
            QVERIFY(sent > 0);
            for (const sandbox::SandboxEvent& e : requests)
                QCOMPARE(e.paramType, QStringLiteral("md5"));
            break;
        case TeamRecorded:
            QVERIFY(attemptsIn(m_places.team) > 0);
            QVERIFY(!QFileInfo::exists(m_places.own));
            break;
        }
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
        test::SandboxSetup setup;
        setup.qps = 0;
        m_sandbox = test::startSandbox(setup);
        QVERIFY(m_sandbox);
        m_places.sandbox = m_sandbox->url().toString();
    }

    // --- tricheck-cli ---------------------------------------------------------------------------

    void cli_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("told"); // on stderr
        QTest::addColumn<int>("check");

        const QString verify = QStringLiteral("verify");
        const QStringList toSandbox{QStringLiteral("--endpoint"), QStringLiteral("%SANDBOX%")};
        const QStringList batch{QStringLiteral("batch"),
                                QStringLiteral("--input"),
                                QStringLiteral("%CSV%"),
                                QStringLiteral("--qps"),
                                QStringLiteral("0")};
        const QStringList v = QStringList{verify} + triple();
        const QString team = QStringLiteral("HistoryConnection=%TEAM%\n");
        const QString teamLocked = QStringLiteral("Locked=HistoryConnection");

        QTest::newRow("Endpoint × verify")
            << "Endpoint=%SANDBOX%\nLocked=Endpoint\n"
            << v + QStringList{QStringLiteral("--endpoint"),
                               QStringLiteral("http://127.0.0.1:1"),
                               QStringLiteral("--no-history")}
            << 0 << "--endpoint is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("Endpoint × batch")
            << QStringLiteral("Endpoint=%SANDBOX%\n") + team + QStringLiteral("Locked=Endpoint,HistoryConnection\n")
            << batch + QStringList{QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1")} << 0
            << "--endpoint is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("SignatureScheme × verify")
            << "SignatureScheme=v1\nLocked=SignatureScheme\n"
            << v + toSandbox +
                   QStringList{QStringLiteral("--signature"), QStringLiteral("v3"), QStringLiteral("--no-history")}
            << 0 << "--signature is set by your administrator's policy" << int(SignedV1);
        QTest::newRow("SignatureScheme × batch")
            << QStringLiteral("SignatureScheme=v1\n") + team +
                   QStringLiteral("Locked=SignatureScheme,HistoryConnection\n")
            << batch + toSandbox + QStringList{QStringLiteral("--signature"), QStringLiteral("v3")} << 0
            << "--signature is set by your administrator's policy" << int(SignedV1);
        QTest::newRow("TimeoutMs × verify")
            << "TimeoutMs=20000\nLocked=TimeoutMs\n"
            << v + toSandbox +
                   QStringList{QStringLiteral("--timeout-ms"), QStringLiteral("100"), QStringLiteral("--no-history")}
            << 0 << "--timeout-ms is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("TimeoutMs × batch")
            << QStringLiteral("TimeoutMs=20000\n") + team + QStringLiteral("Locked=TimeoutMs,HistoryConnection\n")
            << batch + toSandbox + QStringList{QStringLiteral("--timeout-ms"), QStringLiteral("100")} << 0
            << "--timeout-ms is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("ForceMd5 × verify") << "ForceMd5=true\nLocked=ForceMd5\n"
                                           << v + toSandbox + QStringList{QStringLiteral("--no-history")} << 0
                                           << "required by your administrator's policy" << int(SentMd5);
        QTest::newRow("ForceMd5 × batch")
            << QStringLiteral("ForceMd5=true\n") + team + QStringLiteral("Locked=ForceMd5,HistoryConnection\n")
            << batch + toSandbox << 0 << "required by your administrator's policy" << int(SentMd5);
        QTest::newRow("Profile × verify")
            << "Profile=team-desk\nLocked=Profile\n"
            << v + toSandbox +
                   QStringList{QStringLiteral("--profile"), QStringLiteral("mine"), QStringLiteral("--no-history")}
            << 5 << "--profile is set by your administrator's policy: using \"team-desk\"" << int(NothingSent);
        QTest::newRow("HistoryConnection × verify --history")
            << team + teamLocked + QStringLiteral("\n")
            << v + toSandbox + QStringList{QStringLiteral("--history"), QStringLiteral("%OWN%")} << 0
            << "--history is set by your administrator's policy" << int(TeamRecorded);
        QTest::newRow("HistoryConnection × verify --no-history")
            << team + teamLocked + QStringLiteral("\n") << v + toSandbox + QStringList{QStringLiteral("--no-history")}
            << 0 << "--no-history is overruled by your administrator's policy" << int(TeamRecorded);
        QTest::newRow("HistoryConnection × batch --history")
            << team + teamLocked + QStringLiteral("\n")
            << batch + toSandbox + QStringList{QStringLiteral("--history"), QStringLiteral("%OWN%")} << 0
            << "--history is set by your administrator's policy" << int(TeamRecorded);
        QTest::newRow("Proxy × verify") << "Proxy=none\nLocked=Proxy\n"
                                        << v + toSandbox +
                                               QStringList{QStringLiteral("--proxy"),
                                                           QStringLiteral("http://127.0.0.1:1"),
                                                           QStringLiteral("--no-history")}
                                        << 0 << "--proxy is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("Proxy × batch")
            << QStringLiteral("Proxy=none\n") + team + QStringLiteral("Locked=Proxy,HistoryConnection\n")
            << batch + toSandbox + QStringList{QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:1")} << 0
            << "--proxy is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("SandboxAllowed × verify") << "SandboxAllowed=false\nLocked=SandboxAllowed\n"
                                                 << v + toSandbox + QStringList{QStringLiteral("--no-history")} << 2
                                                 << "not allowed by your administrator's policy" << int(NothingSent);
        QTest::newRow("SandboxAllowed × batch")
            << QStringLiteral("SandboxAllowed=false\n") + team +
                   QStringLiteral("Locked=SandboxAllowed,HistoryConnection\n")
            << batch + toSandbox << 2 << "not allowed by your administrator's policy" << int(NothingSent);
        QTest::newRow("BatchQps × batch")
            << QStringLiteral("BatchQps=7\n") + team + QStringLiteral("Locked=BatchQps,HistoryConnection\n")
            << batch + toSandbox << 0 << "sending at most 7 requests per second" << int(SandboxAnswered);
        QTest::newRow("BatchConcurrency × batch")
            << QStringLiteral("BatchConcurrency=2\n") + team +
                   QStringLiteral("Locked=BatchConcurrency,HistoryConnection\n")
            << batch + toSandbox + QStringList{QStringLiteral("--concurrency"), QStringLiteral("16")} << 0
            << "--concurrency is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("SkipVerifiedDays × batch")
            << QStringLiteral("SkipVerifiedDays=0\n") + team +
                   QStringLiteral("Locked=SkipVerifiedDays,HistoryConnection\n")
            << batch + toSandbox + QStringList{QStringLiteral("--skip-verified-days"), QStringLiteral("30")} << 0
            << "--skip-verified-days is set by your administrator's policy" << int(SandboxAnswered);
        QTest::newRow("unreadable policy × verify")
            << "%UNREADABLE%" << v + toSandbox + QStringList{QStringLiteral("--no-history")} << 2
            << "cannot be read completely" << int(NothingSent);
        QTest::newRow("unreadable policy × batch")
            << "%UNREADABLE%" << batch + toSandbox + QStringList{QStringLiteral("--history"), QStringLiteral("%OWN%")}
            << 2 << "cannot be read completely" << int(NothingSent);
    }

    void cli()
    {
        QFETCH(QString, policy);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, told);
        QFETCH(int, check);
        freshPlaces();
        // A policy file that exists but cannot be read as one: a directory.
        const QString file = policy == u"%UNREADABLE%" ? m_dir.path() : policyFile(policy);
        const CliRun r = test::runCli(m_places.fill(args), cliEnvironment(file));
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(told), r.err.constData());
        this->check(Check(check));
    }

    void cliResume_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("told");
        const QString team = QStringLiteral("HistoryConnection=%TEAM%\n");
        QTest::newRow("ForceMd5 × batch --resume")
            << QStringLiteral("ForceMd5=true\n") + team + QStringLiteral("Locked=ForceMd5,HistoryConnection\n")
            << QStringList{QStringLiteral("--endpoint"), QStringLiteral("%SANDBOX%")} << 2
            << "your administrator's policy now requires MD5";
        QTest::newRow("SandboxAllowed × batch --resume")
            << QStringLiteral("SandboxAllowed=false\n") + team +
                   QStringLiteral("Locked=SandboxAllowed,HistoryConnection\n")
            << QStringList{QStringLiteral("--endpoint"), QStringLiteral("%SANDBOX%")} << 2
            << "not allowed by your administrator's policy";
        QTest::newRow("HistoryConnection × batch --resume") << team + QStringLiteral("Locked=HistoryConnection\n")
                                                            << QStringList{QStringLiteral("--endpoint"),
                                                                           QStringLiteral("%SANDBOX%"),
                                                                           QStringLiteral("--history"),
                                                                           QStringLiteral("%OWN%")}
                                                            << 0 << "--history is set by your administrator's policy";
        QTest::newRow("Endpoint × batch --resume")
            << QStringLiteral("Endpoint=hongkong\n") + team + QStringLiteral("Locked=Endpoint,HistoryConnection\n")
            << QStringList{QStringLiteral("--endpoint"), QStringLiteral("%SANDBOX%")} << 2 << "nothing is sent";
    }

    void cliResume()
    {
        QFETCH(QString, policy);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, told);
        freshPlaces();
        const QString batchId = finishedBatch();
        QVERIFY(!batchId.isEmpty());
        const int before = m_sandbox->requestCount();
        const CliRun r = test::runCli(m_places.fill(QStringList{QStringLiteral("batch"),
                                                                QStringLiteral("--input"),
                                                                m_places.csv,
                                                                QStringLiteral("--resume"),
                                                                batchId} +
                                                    args),
                                      cliEnvironment(policyFile(policy)));
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(told), r.err.constData());
        QCOMPARE(m_sandbox->requestCount(), before); // nothing sent again
        QVERIFY(!QFileInfo::exists(m_places.own));
    }

    void cliHistory_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("told");
        const QString team = QStringLiteral("HistoryConnection=%TEAM%\n");
        QTest::newRow("HistoryConnection × history list") << team + QStringLiteral("Locked=HistoryConnection\n")
                                                          << QStringList{QStringLiteral("history"),
                                                                         QStringLiteral("list"),
                                                                         QStringLiteral("--json"),
                                                                         QStringLiteral("--history"),
                                                                         QStringLiteral("%OWN%")}
                                                          << 0 << "--history is set by your administrator's policy";
        QTest::newRow("HistoryConnection × history export") << team + QStringLiteral("Locked=HistoryConnection\n")
                                                            << QStringList{QStringLiteral("history"),
                                                                           QStringLiteral("export"),
                                                                           QStringLiteral("--history"),
                                                                           QStringLiteral("%OWN%")}
                                                            << 0 << "--history is set by your administrator's policy";
        QTest::newRow("HistoryConnection × history purge") << team + QStringLiteral("Locked=HistoryConnection\n")
                                                           << QStringList{QStringLiteral("history"),
                                                                          QStringLiteral("purge"),
                                                                          QStringLiteral("--older-than"),
                                                                          QStringLiteral("30"),
                                                                          QStringLiteral("--yes"),
                                                                          QStringLiteral("--history"),
                                                                          QStringLiteral("%OWN%")}
                                                           << 0 << "--history is set by your administrator's policy";
        QTest::newRow("RetentionDays × history purge")
            << team + QStringLiteral("RetentionDays=0\nLocked=HistoryConnection,RetentionDays\n")
            << QStringList{QStringLiteral("history"),
                           QStringLiteral("purge"),
                           QStringLiteral("--older-than"),
                           QStringLiteral("1"),
                           QStringLiteral("--yes")}
            << 2 << "nothing can be deleted by hand";
        QTest::newRow("RetentionDays=365 × history purge --older-than 30")
            << team + QStringLiteral("RetentionDays=365\nLocked=HistoryConnection,RetentionDays\n")
            << QStringList{QStringLiteral("history"),
                           QStringLiteral("purge"),
                           QStringLiteral("--older-than"),
                           QStringLiteral("30"),
                           QStringLiteral("--yes")}
            << 2 << "keeps attempts for 365 days";
    }

    void cliHistory()
    {
        QFETCH(QString, policy);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, told);
        freshPlaces();
        // One attempt in the team's history, recorded under the same lock.
        const CliRun recorded = test::runCli(
            QStringList{QStringLiteral("verify")} + triple() +
                QStringList{QStringLiteral("--endpoint"), m_places.sandbox},
            cliEnvironment(policyFile(QStringLiteral("HistoryConnection=%TEAM%\nLocked=HistoryConnection\n"))));
        QCOMPARE(recorded.exitCode, 0);
        const CliRun r = test::runCli(m_places.fill(args), cliEnvironment(policyFile(policy)));
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(told), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_places.own));
        if (args.contains(QStringLiteral("list")))
            QVERIFY(r.out.contains("138****8000")); // the team's attempt
        if (args.contains(QStringLiteral("export")))
            QVERIFY(r.out.contains("138****8000"));
        QCOMPARE(attemptsIn(m_places.team), 1); // purge refused or older-than: nothing deleted
    }

    void configShowsSourcesAndLocks()
    {
        const QString file = policyFile(QStringLiteral("Endpoint=hongkong-vpc\nBatchQps=9\nLocked=Endpoint\n"));
        const CliRun r = test::runCli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")},
                                      cliEnvironment(file));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject settings = r.json.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.size(), int(settings::allSettings().size()));
        const QJsonObject endpoint = settings.value(QStringLiteral("Endpoint")).toObject();
        QCOMPARE(endpoint.value(QStringLiteral("value")).toString(), QStringLiteral("hongkong-vpc"));
        QCOMPARE(endpoint.value(QStringLiteral("source")).toString(), QStringLiteral("policy"));
        QVERIFY(endpoint.value(QStringLiteral("locked")).toBool());
        const QJsonObject qps = settings.value(QStringLiteral("BatchQps")).toObject();
        QCOMPARE(qps.value(QStringLiteral("value")).toInt(), 9);
        QCOMPARE(qps.value(QStringLiteral("source")).toString(), QStringLiteral("policy"));
        QVERIFY(!qps.value(QStringLiteral("locked")).toBool());
        QCOMPARE(settings.value(QStringLiteral("TimeoutMs")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("default"));
        QCOMPARE(r.json.value(QStringLiteral("policy")).toObject().value(QStringLiteral("failedClosed")).toBool(true),
                 false);

        // A policy that cannot be read: every setting locked, and said so.
        const CliRun broken = test::runCli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")},
                                           cliEnvironment(m_dir.path()));
        QCOMPARE(broken.exitCode, 0);
        const QJsonObject all = broken.json.value(QStringLiteral("settings")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it)
            QVERIFY2(it.value().toObject().value(QStringLiteral("locked")).toBool(), qPrintable(it.key()));
        QVERIFY(broken.json.value(QStringLiteral("policy")).toObject().value(QStringLiteral("failedClosed")).toBool());

        // The text form names sources and locks too, and never a secret.
        const CliRun text = test::runCli({QStringLiteral("config"), QStringLiteral("show")}, cliEnvironment(file));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Endpoint"));
        QVERIFY(text.out.contains("locked"));
        QVERIFY(!text.out.contains(sandbox::AccessKey::demo().secret.toUtf8()));
    }

    // --- the desktop ------------------------------------------------------------------------------

    void desktopHistory_data()
    {
        QTest::addColumn<bool>("withHistoryOption");
        QTest::newRow("start") << false;
        QTest::newRow("start --history") << true;
    }

    void desktopHistory()
    {
        QFETCH(bool, withHistoryOption);
        freshPlaces();
        test::DesktopApp app(
            QStringLiteral("en"),
            settings::Policy::parse(
                m_places.fill(QStringLiteral("[Policy]\nHistoryConnection=%TEAM%\nLocked=HistoryConnection\n"))
                    .toUtf8()),
            withHistoryOption);
        QVERIFY(app.waitReady());
        QCOMPARE(app.session->history()->path(), m_places.team);
        QVERIFY(!QFileInfo::exists(app.historyPath));
        // A file of its own for this run (`tricheck --history`) is refused, and the window says so.
        QCOMPARE(app.window->policyBanner()->isVisible(), withHistoryOption);
        if (withHistoryOption)
            QVERIFY(app.window->policyBanner()->text().contains(
                QStringLiteral("tricheck --history is set by your administrator's policy")));
    }

    void desktopBrokenPolicy()
    {
        test::DesktopApp app(QStringLiteral("en"), settings::Policy::load(m_dir.path()));
        QTRY_VERIFY(app.window->policyBanner()->isVisible());
        QVERIFY(app.window->policyBanner()->text().contains(QStringLiteral("cannot be read completely")));
        QVERIFY(!app.window->findChild<QAction*>(QStringLiteral("actionChinese"))->isEnabled());
        QVERIFY(!app.window->findChild<QAction*>(QStringLiteral("actionPrivacyMask"))->isEnabled());
        auto* md5 = app.window->findChild<QCheckBox*>(QStringLiteral("md5CheckBox"));
        QVERIFY(md5->isChecked() && !md5->isEnabled());
        // The sandbox is off and no credentials exist: nothing can be verified, and the window says why.
        QTRY_VERIFY_WITH_TIMEOUT(app.window->problemBanner()->isVisible(), 30000);
        QVERIFY(!app.session->canVerify());
    }

    void desktopSettingsDialog_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        for (const Setting s : settings::allSettings()) {
            const QString key = QString::fromLatin1(settings::settingInfo(s).policyKey);
            QVariant v = settings::builtinDefault(s);
            if (s == Setting::Language)
                v = QStringLiteral("en");
            if (s == Setting::SandboxAllowed)
                v = false;
            QTest::newRow(qPrintable(key)) << key << v.toString();
        }
    }

    void desktopSettingsDialog()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto setting = settings::settingFromPolicyKey(key);
        QVERIFY(setting);
        test::DesktopApp app(
            QStringLiteral("en"),
            settings::Policy::parse(QStringLiteral("[Policy]\n%1=%2\nLocked=%1\n").arg(key, value).toUtf8()));
        gui::SettingsDialog* dialog = app.window->showSettings();
        if (QWidget* editor = dialog->editorFor(*setting)) {
            QVERIFY2(!editor->isEnabled(), qPrintable(key));
            QCOMPARE(editor->toolTip(), QStringLiteral("Set by your administrator"));
        } else if (*setting == Setting::SandboxAllowed) {
            // Shown as the service mode's sandbox choice, unavailable.
            auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("modeComboBox"));
            auto* model = qobject_cast<QStandardItemModel*>(mode->model());
            QVERIFY(model);
            QVERIFY(!model->item(mode->findData(QStringLiteral("sandbox")))->isEnabled());
        } else {
            // The batch's limits are chosen in the batch dialog.
            QVERIFY(*setting == Setting::BatchQps || *setting == Setting::BatchConcurrency);
            QVERIFY(app.waitReady());
            gui::BatchDialog* batch = app.window->showBatchDialog();
            QVERIFY(batch);
            const char* name = *setting == Setting::BatchQps ? "qpsSpin" : "concurrencySpin";
            QVERIFY(!test::child<QSpinBox>(batch, name)->isEnabled());
        }
        dialog->reject();
    }

    void batchDialogStart()
    {
        freshPlaces();
        test::DesktopApp app(QStringLiteral("en"),
                             settings::Policy::parse("[Policy]\nForceMd5=true\nBatchQps=9\nBatchConcurrency=3\n"
                                                     "Locked=ForceMd5,BatchQps,BatchConcurrency\n"));
        QVERIFY(app.waitReady());
        gui::BatchDialog* dialog = app.window->showBatchDialog();
        auto* qps = test::child<QSpinBox>(dialog, "qpsSpin");
        auto* concurrency = test::child<QSpinBox>(dialog, "concurrencySpin");
        auto* md5 = test::child<QCheckBox>(dialog, "md5Check");
        QVERIFY(!qps->isEnabled() && qps->value() == 9);
        QVERIFY(!concurrency->isEnabled() && concurrency->value() == 3);
        QVERIFY(!md5->isEnabled() && md5->isChecked());
        // Even a choice made around the disabled controls does not change what is sent.
        md5->setChecked(false);
        qps->setValue(0);
        dialog->openFile(m_places.csv);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating() && dialog->report(), 30000);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 60000);
        const auto sandbox = app.session->service().sandbox();
        QVERIFY(sandbox && sandbox->requestCount() > 0);
        for (const sandbox::SandboxEvent& e : sandbox->events())
            QCOMPARE(e.paramType, QStringLiteral("md5"));
        QCOMPARE(dialog->runner()->counts().toSend, 2);
    }

    void batchDialogResume()
    {
        freshPlaces();
        const QByteArray team = m_places.fill(QStringLiteral("HistoryConnection=%TEAM%\n")).toUtf8();
        QString batchId;
        {
            test::DesktopApp app(
                QStringLiteral("en"),
                settings::Policy::parse(QByteArray("[Policy]\n" + team + "Locked=HistoryConnection\n")));
            QVERIFY(app.waitReady());
            gui::BatchDialog* dialog = app.window->showBatchDialog();
            dialog->openFile(m_places.csv);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isValidating() && dialog->report(), 30000);
            QVERIFY(dialog->start());
            QTRY_VERIFY_WITH_TIMEOUT(dialog->runner() != nullptr, 30000);
            dialog->runner()->cancel(); // resumable
            QTRY_VERIFY_WITH_TIMEOUT(dialog->finalTally().has_value(), 60000);
            batchId = dialog->batchId();
        }
        test::DesktopApp app(QStringLiteral("en"),
                             settings::Policy::parse(QByteArray("[Policy]\n" + team +
                                                                "ForceMd5=true\nLocked=HistoryConnection,ForceMd5\n")));
        QVERIFY(app.waitReady());
        gui::BatchDialog* dialog = app.window->showBatchDialog();
        const int before = app.session->service().sandbox()->requestCount();
        gui::MessageBox::setNextAnswer(gui::MessageBox::Button(QMessageBox::Ok));
        QVERIFY(!dialog->resumeBatch(batchId, false));
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("your administrator's policy now requires MD5")),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(app.session->service().sandbox()->requestCount(), before);
    }
};

QTEST_MAIN(TestPolicyLocks)
#include "testpolicylocks.moc"
