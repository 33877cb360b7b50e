// One fingerprint key per team: the key file format (parse, format, the key's identifier), the
// policy's FingerprintKeyFile through SessionConfig, the identifier recorded once in the history
// (history_metadata, here on SQLite; tests/cli/testteamkeycli runs two operators on
// PostgreSQL), and a session that refuses to make fingerprints under another key than the
// history's.
#include "common/appinfo.h"
#include "credentials/fingerprintkey.h"
#include "history/historymetadata.h"
#include "history/historystore.h"
#include "session/session.h"
#include "session/teamkey.h"
#include "settings/appsettings.h"
#include "testenv.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using credentials::FingerprintKey;
using session::Session;
using session::TeamKey;

namespace {

QByteArray keyOf(char fill, int size = 32)
{
    return QByteArray(size, fill);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return {};
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return path;
}

std::unique_ptr<history::HistoryStore> openStore(const QString& path)
{
    history::HistoryStore::Options options;
    options.path = path;
    auto opened = history::HistoryStore::open(options);
    return opened ? std::move(opened).value() : nullptr;
}

FingerprintKey::Loaded loadedKey(const QByteArray& key)
{
    FingerprintKey::Loaded loaded;
    loaded.key = key;
    loaded.source = FingerprintKey::Source::Keychain;
    return loaded;
}

session::SessionOptions ownHistory(const QString& path)
{
    session::SessionOptions options;
    options.openHistoryInBackground = false;
    options.overrides.set(settings::Setting::HistoryPath, path, QStringLiteral("test"));
    return options;
}

// A session under a policy that names `keyFile`, started and settled.
std::unique_ptr<Session> startedSession(settings::AppSettings& settings, const QString& historyPath)
{
    auto s = std::make_unique<Session>(&settings, ownHistory(historyPath));
    if (s->openHistoryNow())
        return nullptr;
    s->start();
    if (!QTest::qWaitFor([&s] { return s->teamKey().state() != TeamKey::State::Waiting; }, 30000))
        return nullptr;
    return s;
}

} // namespace

class TestTeamKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        AppInfo::applyTo(*QCoreApplication::instance());
    }
    void init() { QSettings().clear(); }

    void keyFileRoundTrip()
    {
        const QByteArray key = keyOf('k');
        const QByteArray text = FingerprintKey::format(key);
        QVERIFY(text.startsWith('#'));
        QVERIFY(text.contains(FingerprintKey::keyId(key).toLatin1()));
        const auto parsed = FingerprintKey::parse(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed.value(), key);
        // CRLF line ends and blank lines are fine too.
        QCOMPARE(FingerprintKey::parse("# team key\r\n\r\n" + key.toBase64() + "\r\n").value(), key);
    }

    void keyIdIsStableAndRevealsNothing()
    {
        const QString id = FingerprintKey::keyId(keyOf('a'));
        QCOMPARE(id.size(), 16);
        QCOMPARE(FingerprintKey::keyId(keyOf('a')), id);
        QVERIFY(FingerprintKey::keyId(keyOf('b')) != id);
        QVERIFY(!id.contains(QString::fromLatin1(keyOf('a').toHex().left(8))));
    }

    void badKeyFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("# nothing\n") << "no fingerprint key";
        QTest::newRow("too short") << (keyOf('s', 15).toBase64() + '\n') << "too short: 15 bytes";
        QTest::newRow("not base64") << QByteArray("this is not base64!!\n") << "not valid base64";
        QTest::newRow("two keys") << (keyOf('a').toBase64() + '\n' + keyOf('b').toBase64() + '\n') << "one line";
        QTest::newRow("too long") << (keyOf('l', 2000).toBase64() + '\n') << "too long";
    }
    void badKeyFilesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const auto parsed = FingerprintKey::parse(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
    }

    void readsKeyFiles()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, QStringLiteral("team.key"), FingerprintKey::format(keyOf('t')));
        QString warning;
        QCOMPARE(FingerprintKey::readFile(good, &warning).value(), keyOf('t'));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));

        // Readable by every user: used, with a warning.
        QVERIFY(QFile::setPermissions(good, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(FingerprintKey::readFile(good, &warning));
        QVERIFY2(warning.contains(QStringLiteral("every user")), qPrintable(warning));

        const auto missing = FingerprintKey::readFile(dir.filePath(QStringLiteral("missing.key")));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QStringLiteral("cannot be read")), qPrintable(missing.error()));
        QVERIFY(!FingerprintKey::readFile(dir.path())); // a folder
    }

    void policyNamesTheKeyFile()
    {
        const settings::Policy policy =
            settings::Policy::parse("[Policy]\nFingerprintKeyFile=/etc/tricheck/../tricheck/team.key\n",
                                    QStringLiteral("p.conf"));
        QVERIFY(!policy.isMalformed());
        const auto config = session::SessionConfig::resolve([](settings::Setting) { return std::nullopt; }, policy);
        QCOMPARE(config.fingerprintKeyFile(), QStringLiteral("/etc/tricheck/team.key"));
        QVERIFY(session::SessionConfig().fingerprintKeyFile().isEmpty());

        const settings::Policy relative =
            settings::Policy::parse("[Policy]\nFingerprintKeyFile=team.key\n", QStringLiteral("p.conf"));
        QVERIFY(relative.isMalformed());
        QVERIFY(relative.fingerprintKeyFile().isEmpty());
        QVERIFY(relative.problemText().contains(QStringLiteral("absolute path")));
    }

    void firstWriterSetsTheKeyIdOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        auto first = openStore(path);
        auto second = openStore(path);
        QVERIFY(first && second);
        const QString name = history::HistoryMetadata::fingerprintKeyIdName();
        QVERIFY(!history::HistoryMetadata::value(*first, name).value().has_value());

        // Reading (a history command) does not claim; the first writer does, once.
        TeamKey reader;
        reader.setLoaded(loadedKey(keyOf('a')));
        reader.check(first.get(), false);
        QCOMPARE(reader.state(), TeamKey::State::Usable);
        QVERIFY(!history::HistoryMetadata::value(*first, name).value().has_value());

        TeamKey a;
        a.setLoaded(loadedKey(keyOf('a')));
        a.check(first.get(), true);
        QCOMPARE(a.state(), TeamKey::State::Usable);
        QCOMPARE(a.historyKeyId(), FingerprintKey::keyId(keyOf('a')));
        QCOMPARE(a.usableKey(), std::optional<QByteArray>(keyOf('a')));

        TeamKey b;
        b.setLoaded(loadedKey(keyOf('b')));
        b.check(second.get(), true);
        QCOMPARE(b.state(), TeamKey::State::Mismatch);
        QCOMPARE(b.historyKeyId(), a.keyId());
        QVERIFY(!b.usableKey().has_value());
        QVERIFY(b.problem().contains(b.keyId()));
        QVERIFY(b.problem().contains(a.keyId()));
        QVERIFY(b.problem().contains(QStringLiteral("without fingerprints")));
        QCOMPARE(history::HistoryMetadata::value(*second, name).value(), std::optional<QString>(a.keyId()));

        // The file holds the identifier, never the key.
        first.reset();
        second.reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll() + [&] {
            QFile wal(path + QStringLiteral("-wal"));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(bytes.contains(a.keyId().toLatin1()));
        QVERIFY(!bytes.contains(keyOf('a')));
        QVERIFY(!bytes.contains(keyOf('a').toBase64()));
    }

    void noKeyNoProblemUnlessThePolicyNamesOne()
    {
        TeamKey none;
        none.setLoaded({});
        QCOMPARE(none.state(), TeamKey::State::None);
        QVERIFY(none.problem().isEmpty()); // no keychain: as before, nothing to say here

        FingerprintKey::Loaded broken;
        broken.source = FingerprintKey::Source::PolicyFile;
        broken.path = QStringLiteral("/etc/tricheck/team.key");
        broken.problem = QStringLiteral("too short");
        TeamKey policy;
        policy.setLoaded(broken);
        QCOMPARE(policy.state(), TeamKey::State::None);
        QVERIFY(policy.problem().contains(QStringLiteral("too short")));
    }

    void sessionUsesThePolicyKeyAndChecksTheHistory()
    {
        QTemporaryDir dir;
        const QString historyPath = dir.filePath(QStringLiteral("shared.sqlite"));
        const QString teamKey = writeFile(dir, QStringLiteral("team.key"), FingerprintKey::format(keyOf('t')));
        const QString otherKey = writeFile(dir, QStringLiteral("other.key"), FingerprintKey::format(keyOf('o')));
        const QString shortKey = writeFile(dir, QStringLiteral("short.key"), keyOf('s', 8).toBase64());
        const auto policyFor = [](const QString& file) {
            return settings::Policy::parse("[Policy]\nFingerprintKeyFile=" + file.toUtf8() + '\n',
                                           QStringLiteral("policy.conf"));
        };

        settings::AppSettings teamSettings{policyFor(teamKey)};
        auto team = startedSession(teamSettings, historyPath);
        QVERIFY(team);
        QCOMPARE(team->teamKey().loaded().source, FingerprintKey::Source::PolicyFile);
        QCOMPARE(team->teamKey().state(), TeamKey::State::Usable);
        QCOMPARE(team->fingerprintKey(), std::optional<QByteArray>(keyOf('t')));
        QCOMPARE(team->teamKey().historyKeyId(), FingerprintKey::keyId(keyOf('t')));
        QVERIFY(team->teamKey().problem().isEmpty());

        settings::AppSettings otherSettings{policyFor(otherKey)};
        auto other = startedSession(otherSettings, historyPath);
        QVERIFY(other);
        QCOMPARE(other->teamKey().state(), TeamKey::State::Mismatch);
        QVERIFY(!other->fingerprintKey().has_value());
        QVERIFY(!other->teamKey().problem().isEmpty());

        // A key file that cannot be used gives no key at all (never the keychain's instead).
        settings::AppSettings shortSettings{policyFor(shortKey)};
        auto broken = startedSession(shortSettings, historyPath);
        QVERIFY(broken);
        QCOMPARE(broken->teamKey().state(), TeamKey::State::None);
        QVERIFY(!broken->fingerprintKey().has_value());
        QVERIFY2(broken->teamKey().problem().contains(QStringLiteral("too short")),
                 qPrintable(broken->teamKey().problem()));
    }
};

QTEST_GUILESS_MAIN(TestTeamKey)
#include "testteamkey.moc"
