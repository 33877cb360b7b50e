// Attempts committed in flight before their request leaves: settled in place by their outcome,
// settled as "outcome unknown — may have been billed" by the next open once their process is gone,
// and left alone while their process still runs (another TriCheck).
#include "common/processowner.h"
#include "history/historycolumns.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::resultOutcome;

namespace {

std::unique_ptr<HistoryStore> openStore(const QString& path)
{
    HistoryStore::Options o;
    o.path = tricheck::test::historyLocation(path);
    auto store = HistoryStore::open(o);
    if (!store) {
        qWarning() << store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

// What VerificationService commits before a request leaves.
AttemptRecord inFlight(const QString& reference)
{
    api::VerifyOutcome o = resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc());
    api::ApiError e;
    e.kind = api::ErrorKind::InFlight;
    e.mayBeBilled = true;
    o.value = e;
    o.reference = reference;
    AttemptRecord r = AttemptRecord::fromOutcome(o);
    r.fingerprints.mobile = 11;
    r.fingerprints.name = 22;
    r.fingerprints.idNumber = 33;
    return r;
}

bool exec(HistoryStore& store, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

qint64 inFlightCount(HistoryStore& store)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts_in_flight")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The owner text of a process of this computer.
QString ownerOf(qint64 pid)
{
    return QStringLiteral("%1:%2:feedface").arg(QSysInfo::machineHostName()).arg(pid);
}

// A process id that no process has now: one of a process that has ended.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), QStringList{});
    p.waitForFinished();
    return p.processId() > 0 ? p.processId() : 999999;
}

} // namespace

class TestInFlightAttempts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("inflight-%1.sqlite").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void inFlightThenSettledInPlace()
    {
        const QString path = freshPath();
        auto store = openStore(path);
        QVERIFY(store);
        const auto id = store->insert(inFlight(QStringLiteral("KYC-1")));
        QVERIFY(id);
        QCOMPARE(*store->count({}), 1);
        const auto before = store->record(*id);
        QVERIFY(before && *before);
        QCOMPARE((*before)->errorKind, QStringLiteral("in_flight"));
        QVERIFY(!(*before)->billed);
        QCOMPARE((*before)->role, api::StatusRole::Error);
        QCOMPARE(HistoryColumns::errorKindText((*before)->errorKind), QStringLiteral("In flight (may be billed)"));
        QCOMPARE(inFlightCount(*store), 1);

        // The outcome settles the same row.
        AttemptRecord outcome = AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), kNow()));
        outcome.id = *id;
        outcome.reference = QStringLiteral("KYC-1");
        const auto settled = store->insert(outcome);
        QVERIFY(settled);
        QCOMPARE(*settled, *id);
        QCOMPARE(*store->count({}), 1);
        QCOMPARE(inFlightCount(*store), 0);
        const auto after = store->record(*id);
        QVERIFY(after && *after);
        QVERIFY((*after)->errorKind.isEmpty());
        QCOMPARE((*after)->subCode, QStringLiteral("101"));
        QCOMPARE((*after)->billed, std::optional<bool>(true));
        QCOMPARE((*after)->role, api::StatusRole::Pass);
        // The counts per status follow the change (the engine's kept counts too).
        HistoryFilter pass;
        pass.roles = {api::StatusRole::Pass};
        QCOMPARE(*store->count(pass), 1);
        HistoryFilter errors;
        errors.roles = {api::StatusRole::Error};
        QCOMPARE(*store->count(errors), 0);
        // A later open has nothing to settle.
        store.reset();
        auto again = openStore(path);
        QVERIFY(again);
        QCOMPARE(again->orphansSettledAtOpen(), 0);
    }

    // The statements a settlement runs are prepared once per connection and kept: each use binds
    // its own values, and a failed settlement (rolled back) leaves the next ones working.
    void settlementsKeepWorkingAfterAFailedOne()
    {
        auto store = openStore(freshPath());
        QVERIFY(store);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const auto id = store->insert(inFlight(QStringLiteral("KYC-%1").arg(i)));
            QVERIFY(id);
            ids.append(*id);
        }
        const auto settled = [](qint64 id, const QString& subCode) {
            AttemptRecord r = AttemptRecord::fromOutcome(resultOutcome(subCode, kNow()));
            r.id = id;
            return r;
        };
        QVERIFY(store->insert(settled(ids.at(0), QStringLiteral("101"))));
        // No such attempt: the whole transaction is rolled back, the first settlement stays.
        const auto missing = store->insertBatch(
            {settled(ids.at(1), QStringLiteral("201")), settled(ids.last() + 1000, QStringLiteral("101"))});
        QVERIFY(!missing);
        QCOMPARE(inFlightCount(*store), 2);
        const auto both =
            store->insertBatch({settled(ids.at(1), QStringLiteral("201")), settled(ids.at(2), QStringLiteral("301"))});
        QVERIFY2(both, both ? "" : qPrintable(both.error().message));
        QCOMPARE(inFlightCount(*store), 0);
        const QStringList expected{QStringLiteral("101"), QStringLiteral("201"), QStringLiteral("301")};
        for (int i = 0; i < 3; ++i) {
            const auto r = store->record(ids.at(i));
            QVERIFY(r && *r);
            QCOMPARE((*r)->subCode, expected.at(i));
            QVERIFY((*r)->errorKind.isEmpty());
        }
        QCOMPARE(*store->count({}), 3);
        // A later attempt in flight and its settlement use the kept statements again.
        const auto another = store->insert(inFlight(QStringLiteral("KYC-3")));
        QVERIFY(another);
        QVERIFY(store->insert(settled(*another, QStringLiteral("204"))));
        QCOMPARE((*store->record(*another))->subCode, QStringLiteral("204"));
    }

    // Settling an attempt re-indexes its reference only when the text changed (SQLite's trigram
    // index): a settled attempt is found by its reference, and a changed one by its new text only.
    void referenceSearchFollowsSettlement()
    {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const auto kept = store->insert(inFlight(QStringLiteral("KYC-alpha-1")));
        const auto renamed = store->insert(inFlight(QStringLiteral("KYC-beta-2")));
        QVERIFY(kept && renamed);
        const auto settled = [](qint64 id, const QString& reference) {
            AttemptRecord r = AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), kNow()));
            r.id = id;
            r.reference = reference;
            return r;
        };
        QVERIFY(store->insertBatch(
            {settled(*kept, QStringLiteral("KYC-alpha-1")), settled(*renamed, QStringLiteral("KYC-gamma-3"))}));
        const auto found = [&](const QString& text) {
            HistoryFilter f;
            f.referenceContains = text;
            const auto n = store->count(f);
            return n ? int(*n) : -1;
        };
        QCOMPARE(found(QStringLiteral("alpha")), 1);
        QCOMPARE(found(QStringLiteral("gamma")), 1);
        QCOMPARE(found(QStringLiteral("beta")), 0);
        QCOMPARE(found(QStringLiteral("KYC-")), 2);
    }

    void orphanSettledAtNextOpen()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            const auto inserted = store->insert(inFlight(QStringLiteral("KYC-2")));
            QVERIFY(inserted);
            id = *inserted;
            // Its process is not this one any more: one that ended.
            QVERIFY(exec(*store,
                         QStringLiteral("UPDATE attempts_in_flight SET owner = ? WHERE attempt_row = ?"),
                         {ownerOf(deadPid()), id}));
            // This process's own open leaves its own attempts alone; the dead owner's is settled.
            QCOMPARE(store->insert(inFlight(QStringLiteral("KYC-mine"))).value() > id, true);
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->orphansSettledAtOpen(), 1);
        const auto r = store->record(id);
        QVERIFY(r && *r);
        QCOMPARE((*r)->errorKind, QStringLiteral("outcome_unknown"));
        QCOMPARE((*r)->role, api::StatusRole::Error);
        QVERIFY(!(*r)->billed); // may have been billed
        QCOMPARE((*r)->reference, QStringLiteral("KYC-2"));
        QCOMPARE((*r)->maskedMobile, QStringLiteral("138****8000"));
        HistoryFilter byId; // the keyed fingerprints stay: it is found like any attempt
        byId.idNumberFingerprint = 33;
        byId.referenceContains = QStringLiteral("KYC-2");
        QCOMPARE(*store->count(byId), 1);
        QVERIFY((*r)->startedMs > 0);
        QCOMPARE(HistoryColumns::errorKindText((*r)->errorKind),
                 QStringLiteral("Outcome unknown — may have been billed"));
        HistoryFormatter text;
        QVERIFY(text.text(HistoryColumn::Result, **r).contains(u"may have been billed"));
        // Counted as "billing unknown" by the statistics.
        const auto stats = store->stats({});
        QVERIFY(stats);
        QCOMPARE(stats->billingUnknown, 2);
        QCOMPARE(stats->byErrorKind.value(QStringLiteral("outcome_unknown")), 1);
        QCOMPARE(inFlightCount(*store), 1); // this process's own attempt stays in flight
        // The compliance record shows it: one audit event, with the count.
        const auto events = store->auditEvents();
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().kind, AuditEvent::Kind::OrphansSettled);
        QCOMPARE(events->first().kindId, QStringLiteral("orphans_settled"));
        QCOMPARE(events->first().rowCount, std::optional<qint64>(1));
        QVERIFY(events->first().description().contains(u"may have been billed"));
    }

    void liveOwnerLeftAlone()
    {
        const QString path = freshPath();
        QProcess other; // stands for another TriCheck that waits for its answer
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        qint64 id = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            const auto inserted = store->insert(inFlight(QStringLiteral("KYC-3")));
            QVERIFY(inserted);
            id = *inserted;
            QVERIFY(exec(*store,
                         QStringLiteral("UPDATE attempts_in_flight SET owner = ? WHERE attempt_row = ?"),
                         {ownerOf(other.processId()), id}));
        }
        {
            auto store = openStore(path);
            QVERIFY(store);
            QCOMPARE(store->orphansSettledAtOpen(), 0);
            QCOMPARE(store->record(id).value()->errorKind, QStringLiteral("in_flight"));
        }
        other.kill();
        QVERIFY(other.waitForFinished());
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->orphansSettledAtOpen(), 1);
        QCOMPARE(store->record(id).value()->errorKind, QStringLiteral("outcome_unknown"));
    }

    void anotherComputersAttemptAfterAnHour()
    {
        const QString path = freshPath();
        qint64 recent = 0;
        qint64 old = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            recent = store->insert(inFlight(QStringLiteral("KYC-4"))).value();
            old = store->insert(inFlight(QStringLiteral("KYC-5"))).value();
            const QString elsewhere = QStringLiteral("another-host.example:4242:cafe");
            QVERIFY(exec(*store, QStringLiteral("UPDATE attempts_in_flight SET owner = ?"), {elsewhere}));
            QVERIFY(exec(*store,
                         QStringLiteral("UPDATE attempts_in_flight SET since_ms = ? WHERE attempt_row = ?"),
                         {QDateTime::currentMSecsSinceEpoch() - qint64(2) * 60 * 60 * 1000, old}));
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->orphansSettledAtOpen(), 1);
        QCOMPARE(store->record(recent).value()->errorKind, QStringLiteral("in_flight"));
        QCOMPARE(store->record(old).value()->errorKind, QStringLiteral("outcome_unknown"));
    }

    void processOwner()
    {
        QVERIFY(!ProcessOwner::isGone(ProcessOwner::current()));
        QVERIFY(ProcessOwner::isGone(ownerOf(deadPid())));
        QVERIFY(!ProcessOwner::isGone(QStringLiteral("another-host.example:1:x")));
        // This process's id under another token: not gone (only time tells).
        QVERIFY(!ProcessOwner::isGone(ownerOf(QCoreApplication::applicationPid())));
    }

private:
    static QDateTime kNow() { return QDateTime::currentDateTimeUtc(); }
};

QTEST_GUILESS_MAIN(TestInFlightAttempts)
#include "testinflightattempts.moc"
