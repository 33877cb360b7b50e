// tricheck-cli history list|export --search with the fingerprint key in a real gnome-keyring
// (dbus-run-session): a person is found by name, mobile number and ID number, a reference by
// ref:, and what the export's audit event records is masked. Without a keychain the same
// searches are refused (testclihistory).
#include "clitestutil.h"
#include "credentials/fingerprintkey.h"
#include "credentials/keychain.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;

namespace {

using Run = test::CliRun;

// This process's own environment (the keyring and variables the test sets up), not cliEnvironment().
Run runCli(const QStringList& args, const QByteArray& input = {})
{
    return test::runCli(args, QProcessEnvironment::systemEnvironment(), input);
}

const identity::IdentityInput kPerson{QStringLiteral("13800138000"),
                                      QStringLiteral("张三丰"),
                                      QStringLiteral("11010519491231002X")};

} // namespace

class TestCliHistorySearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    QStringList withHistory(QStringList args) const { return args << QStringLiteral("--history") << m_file; }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
        // The key the CLI will use: the application's keychain entry, created here first.
        credentials::Keychain keychain;
        std::optional<QByteArray> key;
        bool answered = false;
        QObject context;
        credentials::FingerprintKey::load(&keychain, &context, [&](const std::optional<QByteArray>& k, const QString&) {
            key = k;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(key);

        m_file = m_dir.filePath(QStringLiteral("search.sqlite"));
        auto store = HistoryStore::open({m_file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(store);
        api::VerifyOutcome wang = test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
        wang.reference = QStringLiteral("Wang");
        QVERIFY((*store)->insert(wang, Fingerprints::compute(key, kPerson)));
        api::VerifyOutcome other = test::resultOutcome(QStringLiteral("201"), QDateTime::currentDateTimeUtc());
        QVERIFY((*store)->insert(
            other,
            Fingerprints::compute(
                key,
                {QStringLiteral("13900139000"), QStringLiteral("李四"), QStringLiteral("440106199001011235")})));
    }

    void findsAPersonByEachValue_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("found");
        QTest::newRow("name") << kPerson.name << 1;
        QTest::newRow("mobile") << QStringLiteral("+86 138 0013 8000") << 1;
        QTest::newRow("id, lower-case x") << QStringLiteral("11010519491231002x") << 1;
        QTest::newRow("nobody") << QStringLiteral("王五") << 0;
        QTest::newRow("letters are a name") << QStringLiteral("Wang") << 0;
        QTest::newRow("ref:") << QStringLiteral("ref:wang") << 1;
    }
    void findsAPersonByEachValue()
    {
        QFETCH(QString, search);
        QFETCH(int, found);
        const Run r = runCli(withHistory({QStringLiteral("history"),
                                          QStringLiteral("list"),
                                          QStringLiteral("--search"),
                                          search,
                                          QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().isEmpty() ? QList<QByteArray>() : r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), found);
        if (found == 1)
            QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("reference")).toString(),
                     QStringLiteral("Wang"));
    }

    void exportFromStandardInputIsAuditedMasked()
    {
        const QString csv = m_dir.filePath(QStringLiteral("wang.csv"));
        const Run r = runCli(withHistory({QStringLiteral("history"),
                                          QStringLiteral("export"),
                                          QStringLiteral("--search"),
                                          QStringLiteral("-"),
                                          QStringLiteral("--output"),
                                          csv}),
                             kPerson.name.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        const Run audit =
            runCli(withHistory({QStringLiteral("history"), QStringLiteral("audit"), QStringLiteral("--json")}));
        QCOMPARE(audit.exitCode, 0);
        const QJsonObject last = QJsonDocument::fromJson(audit.out.trimmed().split('\n').constFirst()).object();
        const QJsonObject filter =
            last.value(QStringLiteral("details")).toObject().value(QStringLiteral("filter")).toObject();
        QCOMPARE(filter.value(QStringLiteral("name")).toString(), QStringLiteral("张**"));

        QStringEncoder gb18030("GB18030");
        QVERIFY(gb18030.isValid());
        const QByteArray gbName = gb18030(kPerson.name);
        for (const QString& path : QStringList{m_file, m_file + QStringLiteral("-wal"), csv}) {
            const QByteArray bytes = test::fileBytes(path);
            for (const QByteArray& needle :
                 {kPerson.name.toUtf8(), gbName, kPerson.mobile.toUtf8(), kPerson.idNumber.toUtf8()})
                QVERIFY2(!bytes.contains(needle), qPrintable(path));
        }
        // The scan read the export: the attempt found is in it.
        QVERIFY(test::fileBytes(csv).contains("Wang"));
    }
};

QTEST_GUILESS_MAIN(TestCliHistorySearch)
#include "testclihistorysearch.moc"
