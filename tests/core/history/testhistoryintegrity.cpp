// The integrity check at open costs nothing for a healthy history: a full check runs only when the
// file was not closed cleanly, was changed by something else, has no record of a clean close or
// is about to be migrated; on demand; and its result is remembered in the history.
#include "history/historyfeed.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::resultOutcome;

namespace {

const char* const kChildPathVar = "TRICHECK_INTEGRITY_CHILD";

// The child: opens the history, records an attempt and dies without closing anything.
int dyingChild()
{
    HistoryStore::Options options;
    options.path = qEnvironmentVariable(kChildPathVar);
    auto store = HistoryStore::open(options);
    if (!store || !(*store)->insert(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())))
        return 3;
    (void)std::raise(SIGKILL);
    return 4; // not reached
}

std::unique_ptr<HistoryStore> openStore(const QString& file)
{
    auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
    if (!store) {
        qWarning() << store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

// Writes to the file as another program would (plain SQLite, no TriCheck).
bool writeBehindTriChecksBack(const QString& file)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign-writer"));
        db.setDatabaseName(file);
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("UPDATE attempts SET reference = 'edited'"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-writer"));
    return ok;
}

} // namespace

class TestHistoryIntegrity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshHistory(const QString& name)
    {
        QString file = m_dir.filePath(name);
        auto store = openStore(file);
        if (!store || !store->insert(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())))
            return {};
        return file;
    }

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void healthyHistoryIsNotCheckedAtOpen()
    {
        const QString file = freshHistory(QStringLiteral("healthy.sqlite"));
        QVERIFY(!file.isEmpty());
        for (int i = 0; i < 3; ++i) {
            auto store = openStore(file);
            QVERIFY(store);
            QVERIFY2(!store->checkAtOpen(),
                     qPrintable(store->checkAtOpen() ? store->checkAtOpen()->reason : QString()));
            QVERIFY(store->insert(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())));
        }
        auto store = openStore(file);
        QVERIFY(store);
        QVERIFY(!store->checkAtOpen());
        QCOMPARE(*store->count({}), 4);
    }

    void historyLeftNotClosedCleanlyIsCheckedAtNextOpen()
    {
        const QString file = freshHistory(QStringLiteral("crashed.sqlite"));
        QVERIFY(!file.isEmpty());
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildPathVar), file);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        {
            auto store = openStore(file);
            QVERIFY(store);
            QVERIFY(store->checkAtOpen());
            QCOMPARE(store->checkAtOpen()->reason, QStringLiteral("not closed cleanly"));
            QVERIFY(store->checkAtOpen()->sound());
            QCOMPARE(*store->count({}), 2); // what the child committed is there
            // The check is remembered in the history.
            const auto last = store->lastIntegrityCheck();
            QVERIFY(last && last.value());
            QCOMPARE((*last)->trigger, QStringLiteral("open"));
            QCOMPARE((*last)->reason, QStringLiteral("not closed cleanly"));
        }
        // Closed cleanly this time: the next open reads nothing.
        auto again = openStore(file);
        QVERIFY(again);
        QVERIFY(!again->checkAtOpen());
    }

    // A file about to be upgraded is checked first, unless the upgrade only records its version
    // on this engine: schemas v13 and v14 are PostgreSQL's alone (its tally of past days).
    void anUpgradeIsCheckedOnlyWhenItRewritesTheFile()
    {
        const QString file = freshHistory(QStringLiteral("upgraded.sqlite"));
        QVERIFY(!file.isEmpty());
        QCOMPARE(HistoryStore::schemaVersion(), 14);
        const auto forgetVersionsFrom = [&file](int version) {
            auto store = openStore(file); // through TriCheck's own connection: it still closes cleanly
            QVERIFY(store);
            QSqlQuery q(QSqlDatabase::database(store->connectionName()));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM tricheck_schema WHERE version >= %1").arg(version)));
        };
        forgetVersionsFrom(13);
        {
            auto store = openStore(file);
            QVERIFY(store);
            QCOMPARE(store->foundSchemaVersion(), 12);
            QVERIFY2(!store->checkAtOpen(),
                     qPrintable(store->checkAtOpen() ? store->checkAtOpen()->reason : QString()));
        }
        forgetVersionsFrom(12); // v12 renews SQLite's reference index trigger
        auto store = openStore(file);
        QVERIFY(store);
        QCOMPARE(store->foundSchemaVersion(), 11);
        QVERIFY(store->checkAtOpen());
        QCOMPARE(store->checkAtOpen()->reason, QStringLiteral("schema migration"));
        QCOMPARE(*store->count({}), 1);
    }

    void changesBehindTriChecksBackAreChecked()
    {
        const QString file = freshHistory(QStringLiteral("edited.sqlite"));
        QVERIFY(!file.isEmpty());
        QVERIFY(writeBehindTriChecksBack(file));
        auto store = openStore(file);
        QVERIFY(store);
        QVERIFY(store->checkAtOpen());
        QCOMPARE(store->checkAtOpen()->reason, QStringLiteral("changed since it was closed"));
    }

    void historyWithoutARecordOfACleanCloseIsChecked()
    {
        // A history written by an earlier TriCheck, or copied here: no stamp.
        const QString file = freshHistory(QStringLiteral("copied.sqlite"));
        QVERIFY(!file.isEmpty());
        QVERIFY(QDir(file + QStringLiteral("-tricheck")).removeRecursively());
        auto store = openStore(file);
        QVERIFY(store);
        QVERIFY(store->checkAtOpen());
        QCOMPARE(store->checkAtOpen()->reason, QStringLiteral("no clean-close stamp"));
    }

    void storesOpenAtOnceVouchForEachOther()
    {
        const QString file = freshHistory(QStringLiteral("shared.sqlite"));
        QVERIFY(!file.isEmpty());
        auto first = openStore(file);
        QVERIFY(first);
        QVERIFY(first->insert(resultOutcome(QStringLiteral("201"), QDateTime::currentDateTimeUtc())));
        auto second = openStore(file);
        QVERIFY(second);
        QVERIFY(!second->checkAtOpen()); // the first one is alive and holds its lease
        // Two spellings of one file share one feed: a write on either reaches every view.
        auto third = openStore(m_dir.filePath(QStringLiteral("sub/../shared.sqlite")));
        QVERIFY(third);
        QCOMPARE(third->feed(), first->feed());
        QSignalSpy appended(first->feed(), &HistoryFeed::attemptsAppended);
        QVERIFY(third->insert(resultOutcome(QStringLiteral("301"), QDateTime::currentDateTimeUtc())));
        QCOMPARE(appended.count(), 1);
        first.reset();
        third.reset();
        second.reset(); // the last one stamps the file clean
        auto fourth = openStore(file);
        QVERIFY(fourth);
        QVERIFY(!fourth->checkAtOpen());
    }

    void checksOnDemandAreRemembered()
    {
        const QString file = freshHistory(QStringLiteral("ondemand.sqlite"));
        QVERIFY(!file.isEmpty());
        auto store = openStore(file);
        QVERIFY(store);
        const auto report = store->runIntegrityCheck(true, QStringLiteral("cli"));
        QVERIFY(report);
        QVERIFY(report->sound());
        QVERIFY(report->thorough);
        const auto last = store->lastIntegrityCheck();
        QVERIFY(last && last.value());
        QCOMPARE((*last)->trigger, QStringLiteral("cli"));
        QVERIFY((*last)->thorough);
        QVERIFY(report->summary(file).contains(QStringLiteral("sound")));
    }

    void damageFoundByACheckIsReportedAndNotWritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("rotten.sqlite"));
        {
            auto store = openStore(file);
            QVERIFY(store);
            QList<AttemptRecord> rows;
            for (int i = 0; i < 3000; ++i)
                rows.append(
                    AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())));
            QVERIFY(store->insertBatch(rows));
        }
        // Damage that leaves the file's size and time as stamped (bad sectors, a faulty disk):
        // the open does not notice, the check on demand does, and writes nothing.
        QFile f(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        for (qint64 at = 8LL * 4096; at < size; at += 16LL * 4096) {
            f.seek(at + 16);
            f.write(QByteArray(2048, '\xA5'));
        }
        f.close();
        const QByteArray before = tricheck::test::fileBytes(file);
        Q_UNUSED(modified)
        auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Skip, 1000, {}});
        if (!store) {
            QCOMPARE(store.error().kind, HistoryError::Kind::Corrupt);
            return;
        }
        const auto report = (*store)->runIntegrityCheck(false, QStringLiteral("manual"));
        if (report) {
            QVERIFY(!report->sound());
            QVERIFY(report->summary(file).contains(QStringLiteral("damaged")));
        } else {
            QCOMPARE(report.error().kind, HistoryError::Kind::Corrupt);
        }
        store.value().reset();
        QCOMPARE(tricheck::test::fileBytes(file), before);
        // Not stamped clean after damage was seen: the next open checks, and refuses it.
        const auto refused = openStore(file);
        QVERIFY(!refused);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildPathVar))
        return dyingChild();
    TestHistoryIntegrity test;
    return QTest::qExec(&test, argc, argv);
}

#include "testhistoryintegrity.moc"
