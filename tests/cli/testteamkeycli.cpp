// One fingerprint key per team, as operators use it: several users (each a HOME of its own with a
// gnome-keyring of its own, in a private D-Bus session per command) on ONE PostgreSQL history.
// With the same imported key, one finds the other's attempts by exact match; with another key
// the history commands warn, a search for a person is refused (exit 7) and new attempts are stored
// without fingerprints. Also the administrator's key file (good, too short, unreadable) and the
// key's export/import round trip, audited with the key's identifier only.
#include "history/historylocation.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;

namespace {

const QString kMobile = QStringLiteral("13800138000");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    int lines() const { return int(out.count('\n')); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-access-key-id"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-access-key-secret"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tricheck.*=false"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("TRICHECK_POLICY_FILE"));
    return env;
}

} // namespace

class TestTeamKeyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_endpoint;
    QProcess m_sandbox;

    // tricheck-cli as `user`: its own HOME and XDG dirs, its own D-Bus session and gnome-keyring
    // (the keyring file stays in that HOME from one command to the next).
    Run as(const QString& user, const QStringList& args, const QString& policyFile = {})
    {
        const QString home = m_dir.filePath(user);
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        if (!policyFile.isEmpty())
            env.insert(QStringLiteral("TRICHECK_POLICY_FILE"), policyFile);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("dbus-run-session"),
                QStringList{QStringLiteral("--"),
                            test::sourceDir() + QStringLiteral("/tests/support/run-with-keyring.sh"),
                            test::cliPath()} +
                    args + QStringList{QStringLiteral("--history"), m_url});
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run verifyAs(const QString& user)
    {
        return as(user,
                  {QStringLiteral("verify"),
                   QStringLiteral("--mobile"),
                   kMobile,
                   QStringLiteral("--name"),
                   QStringLiteral("张三"),
                   QStringLiteral("--id"),
                   QStringLiteral("11010519491231002X"),
                   QStringLiteral("--endpoint"),
                   m_endpoint});
    }

    Run searchAs(const QString& user, const QString& policyFile = {})
    {
        return as(user,
                  {QStringLiteral("history"),
                   QStringLiteral("list"),
                   QStringLiteral("--search"),
                   kMobile,
                   QStringLiteral("--json")},
                  policyFile);
    }

    QJsonObject statusOf(const QString& user, const QString& policyFile = {})
    {
        return as(user, {QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("--json")}, policyFile).json();
    }

    QString writeFile(const QString& name, const QByteArray& text, QFileDevice::Permissions permissions)
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return {};
        f.close();
        f.setPermissions(permissions);
        return path;
    }

    qint64 pgScalar(const QString& sql)
    {
        const QUrl url(m_url);
        const QString connection = QStringLiteral("teamkey-check");
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            db.setPassword(qEnvironmentVariable("PGPASSWORD"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return value;
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_url = test::freshPgDatabase();
        const QString portFile = m_dir.filePath(QStringLiteral("sandbox.port"));
        m_sandbox.setProcessEnvironment(baseEnvironment());
        m_sandbox.start(test::cliPath(),
                        {QStringLiteral("sandbox"),
                         QStringLiteral("--port"),
                         QStringLiteral("0"),
                         QStringLiteral("--port-file"),
                         portFile,
                         QStringLiteral("--qps"),
                         QStringLiteral("0")});
        QVERIFY(m_sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(portFile).size() > 0, 30000);
        QFile port(portFile);
        QVERIFY(port.open(QIODevice::ReadOnly));
        m_endpoint = QStringLiteral("http://127.0.0.1:") + QString::fromUtf8(port.readAll()).trimmed();
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(10000))
            m_sandbox.kill();
    }

    void sameImportedKeyFindsEachOthersAttempts()
    {
        const QString keyFile = m_dir.filePath(QStringLiteral("team.key"));
        // Alice exports (her keychain has no key yet: export creates it), Bob imports.
        const Run exported = as(QStringLiteral("alice"),
                                {QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("--output"), keyFile});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(QFileInfo(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const Run imported = as(QStringLiteral("bob"), {QStringLiteral("key"), QStringLiteral("import"), keyFile});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        const QJsonObject alice = statusOf(QStringLiteral("alice"));
        const QJsonObject bob = statusOf(QStringLiteral("bob"));
        const QString keyId = alice.value(QStringLiteral("keyId")).toString();
        QCOMPARE(keyId.size(), 16);
        QCOMPARE(bob.value(QStringLiteral("keyId")).toString(), keyId);
        QCOMPARE(bob.value(QStringLiteral("source")).toString(), QStringLiteral("keychain"));

        const Run verified = verifyAs(QStringLiteral("alice"));
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QVERIFY2(!verified.err.contains("Warning"), verified.err.constData());
        QCOMPARE(statusOf(QStringLiteral("bob")).value(QStringLiteral("historyKeyId")).toString(), keyId);

        const Run found = searchAs(QStringLiteral("bob"));
        QVERIFY2(found.exitCode == 0, found.err.constData());
        QCOMPARE(found.lines(), 1);
        QVERIFY(!found.err.contains("Warning"));

        // The audit trail names the key by its identifier, never the key itself.
        const Run audit =
            as(QStringLiteral("bob"), {QStringLiteral("history"), QStringLiteral("audit"), QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QVERIFY(audit.out.contains("fingerprint_key_exported"));
        QVERIFY(audit.out.contains("fingerprint_key_imported"));
        QVERIFY(audit.out.contains(keyId.toLatin1()));
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray keyLine = file.readAll().trimmed().split('\n').last().trimmed();
        QVERIFY(!audit.out.contains(keyLine));
        QCOMPARE(pgScalar(QStringLiteral("SELECT COUNT(*) FROM history_metadata WHERE value = '%1'").arg(keyId)), 1);
    }

    void anotherKeyIsWarnedAndSearchRefused()
    {
        // Carol has a key of her own (created by exporting it to a file nobody uses).
        const Run own = as(QStringLiteral("carol"),
                           {QStringLiteral("key"),
                            QStringLiteral("export"),
                            QStringLiteral("--output"),
                            m_dir.filePath(QStringLiteral("carol.key"))});
        QVERIFY2(own.exitCode == 0, own.err.constData());
        QCOMPARE(statusOf(QStringLiteral("carol")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("mismatch"));

        const Run refused = searchAs(QStringLiteral("carol"));
        QCOMPARE(refused.exitCode, 7);
        QCOMPARE(refused.lines(), 0);
        QVERIFY2(refused.err.contains("Warning: Your fingerprint key"), refused.err.constData());
        QVERIFY2(refused.err.contains("refused"), refused.err.constData());

        const Run listed =
            as(QStringLiteral("carol"), {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.lines(), 1);
        QVERIFY(listed.err.contains("Warning"));

        // Her attempt is recorded, without fingerprints (they could never be matched).
        const Run verified = verifyAs(QStringLiteral("carol"));
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QVERIFY2(verified.err.contains("without fingerprints"), verified.err.constData());
        QCOMPARE(pgScalar(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE fp_mobile IS NULL")), 1);
        QCOMPARE(pgScalar(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE fp_mobile IS NOT NULL")), 1);
        QCOMPARE(searchAs(QStringLiteral("bob")).lines(), 1);

        // A batch that would skip people verified before cannot recognise them either: the refusal
        // names the key's problem, not a keychain she has.
        const QString input = m_dir.filePath(QStringLiteral("carol.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mobile,name,id\n" + kMobile.toUtf8() + ",张三,11010519491231002X\n");
        file.close();
        const Run skipping = as(QStringLiteral("carol"),
                                {QStringLiteral("batch"),
                                 QStringLiteral("--input"),
                                 input,
                                 QStringLiteral("--endpoint"),
                                 m_endpoint,
                                 QStringLiteral("--skip-verified-days"),
                                 QStringLiteral("30")});
        QVERIFY2(skipping.exitCode != 0, skipping.err.constData());
        QVERIFY2(skipping.err.contains("cannot be skipped: Your fingerprint key (id"), skipping.err.constData());
        QVERIFY2(!skipping.err.contains("keychain, so earlier"), skipping.err.constData());
    }

    void importAsksBeforeReplacingAKey()
    {
        const QString keyFile = m_dir.filePath(QStringLiteral("team.key"));
        const Run unconfirmed = as(QStringLiteral("carol"), {QStringLiteral("key"), QStringLiteral("import"), keyFile});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains("--force"), unconfirmed.err.constData());
        QCOMPARE(statusOf(QStringLiteral("carol")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("mismatch"));

        const Run forced = as(QStringLiteral("carol"),
                              {QStringLiteral("key"), QStringLiteral("import"), keyFile, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(statusOf(QStringLiteral("carol")).value(QStringLiteral("state")).toString(), QStringLiteral("usable"));
        const Run found = searchAs(QStringLiteral("carol"));
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.lines(), 1);
    }

    void administratorsKeyFile()
    {
        QFile team(m_dir.filePath(QStringLiteral("team.key")));
        QVERIFY(team.open(QIODevice::ReadOnly));
        const QByteArray teamText = team.readAll();
        const auto groupReadable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        const QString good = writeFile(QStringLiteral("policy-team.key"), teamText, groupReadable);
        const QString tooShort = writeFile(QStringLiteral("short.key"), QByteArray(8, 's').toBase64(), groupReadable);
        const auto policy = [this, groupReadable](const QString& name, const QString& keyFile) {
            return writeFile(name, "[Policy]\nFingerprintKeyFile=" + keyFile.toUtf8() + '\n', groupReadable);
        };

        // Dave has no key of his own: the policy's file is used (and wins over any keychain key).
        const QString goodPolicy = policy(QStringLiteral("good.conf"), good);
        const QJsonObject dave = statusOf(QStringLiteral("dave"), goodPolicy);
        QCOMPARE(dave.value(QStringLiteral("source")).toString(), QStringLiteral("policy"));
        QCOMPARE(dave.value(QStringLiteral("state")).toString(), QStringLiteral("usable"));
        const Run found = searchAs(QStringLiteral("dave"), goodPolicy);
        QVERIFY2(found.exitCode == 0, found.err.constData());
        QCOMPARE(found.lines(), 1);
        // Carol's own keychain key is ignored under the policy too.
        QCOMPARE(statusOf(QStringLiteral("carol"), goodPolicy).value(QStringLiteral("source")).toString(),
                 QStringLiteral("policy"));

        const Run shortKey = searchAs(QStringLiteral("dave"), policy(QStringLiteral("short.conf"), tooShort));
        QCOMPARE(shortKey.exitCode, 7);
        QVERIFY2(shortKey.err.contains("too short"), shortKey.err.constData());

        const Run unreadable =
            searchAs(QStringLiteral("dave"),
                     policy(QStringLiteral("missing.conf"), m_dir.filePath(QStringLiteral("nope.key"))));
        QCOMPARE(unreadable.exitCode, 7);
        QVERIFY2(unreadable.err.contains("cannot be read"), unreadable.err.constData());

        // Readable by everyone: still used, with a warning.
        QVERIFY(QFile::setPermissions(good, groupReadable | QFileDevice::ReadOther));
        const Run open = searchAs(QStringLiteral("dave"), goodPolicy);
        QCOMPARE(open.exitCode, 0);
        QCOMPARE(open.lines(), 1);
        QVERIFY2(open.err.contains("every user"), open.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeamKeyCli)
#include "testteamkeycli.moc"
