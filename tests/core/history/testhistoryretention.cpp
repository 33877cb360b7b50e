#include "common/appinfo.h"
#include "history/auditlogmodel.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "session/sessionconfig.h"
#include "settings/appsettings.h"
#include "testenv.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::resultOutcome;

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 6, 30), QTime(12, 0), Qt::UTC);

// Attempts 0, 1, 2 … `days` days old (one per day).
void fillDays(HistoryStore& store, int days, const QString& referencePrefix = QStringLiteral("day-"))
{
    QList<AttemptRecord> records;
    for (int d = 0; d < days; ++d) {
        api::VerifyOutcome o = resultOutcome(QStringLiteral("101"), kNow.addDays(-d).addSecs(-60));
        o.reference = referencePrefix + QString::number(d);
        records.append(AttemptRecord::fromOutcome(o));
    }
    QVERIFY(store.insertBatch(records));
}

} // namespace

class TestHistoryRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<HistoryStore> open(const QString& name, std::optional<int> retention = {})
    {
        auto store = HistoryStore::open({tricheck::test::historyLocation(m_dir.filePath(name)),
                                         retention,
                                         HistoryStore::IntegrityCheck::Quick,
                                         1000,
                                         {}});
        return store ? std::move(store).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void retentionOnDemandIsAudited()
    {
        auto store = open(QStringLiteral("manual.sqlite"));
        QVERIFY(store);
        fillDays(*store, 40);
        const auto deleted = store->applyRetention(30, QStringLiteral("manual"), kNow);
        QVERIFY(deleted);
        QCOMPARE(*deleted, 10); // 30 … 39 days old
        QCOMPARE(*store->count({}), 30);
        const auto audit = store->auditEvents();
        QCOMPARE(audit->size(), 1);
        const AuditEvent& e = audit->first();
        QCOMPARE(e.kind, AuditEvent::Kind::Retention);
        QCOMPARE(e.rowCount, std::optional<qint64>(10));
        QCOMPARE(e.details.value(QStringLiteral("days")).toInt(), 30);
        QCOMPARE(e.details.value(QStringLiteral("trigger")).toString(), QStringLiteral("manual"));
        QCOMPARE(e.operatorName, AppInfo::osUserName());
        QVERIFY(e.description().contains(QStringLiteral("30")));
        // On demand, a run that deletes nothing is still recorded.
        QCOMPARE(*store->applyRetention(30, QStringLiteral("manual"), kNow), 0);
        QCOMPARE(store->auditEvents()->size(), 2);
        const auto invalid = store->applyRetention(0, QStringLiteral("manual"), kNow);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().kind, HistoryError::Kind::InvalidArgument);
    }

    void retentionAtOpen()
    {
        {
            auto store = open(QStringLiteral("atopen.sqlite"));
            QVERIFY(store);
            for (int i = 0; i < 5; ++i)
                QVERIFY(
                    store->insert(resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc().addDays(-i))));
            QList<AttemptRecord> old;
            old.append(AttemptRecord::fromOutcome(
                resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc().addDays(-400))));
            QVERIFY(store->insertBatch(old));
            QVERIFY(!store->retentionDeletedAtOpen());
        }
        auto store = open(QStringLiteral("atopen.sqlite"), 365);
        QVERIFY(store);
        QCOMPARE(store->retentionDeletedAtOpen(), std::optional<qint64>(1));
        const auto audit = store->auditEvents();
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().details.value(QStringLiteral("trigger")).toString(), QStringLiteral("open"));
        store.reset();
        // Nothing to delete at the next start: no audit entry for every start.
        store = open(QStringLiteral("atopen.sqlite"), 365);
        QCOMPARE(store->retentionDeletedAtOpen(), std::optional<qint64>(0));
        QCOMPARE(store->auditEvents()->size(), 1);
    }

    void purgeSelectedAllAndOlderThan()
    {
        auto store = open(QStringLiteral("purge.sqlite"));
        QVERIFY(store);
        QList<AttemptRecord> records;
        for (int i = 0; i < 1500; ++i)
            records.append(AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("101"), kNow.addSecs(-i))));
        const auto ids = store->insertBatch(records);
        QVERIFY(ids);

        // A selection larger than any statement's parameter limit, in one transaction.
        const QList<qint64> many = ids->mid(0, 1200);
        QCOMPARE(*store->purge(PurgeRequest::selected(many)), 1200);
        QCOMPARE(*store->count({}), 300);
        AuditEvent e = store->auditEvents()->first();
        QCOMPARE(e.kind, AuditEvent::Kind::Purge);
        QCOMPARE(e.subject, QStringLiteral("selected"));
        QCOMPARE(e.rowCount, std::optional<qint64>(1200));
        QCOMPARE(e.details.value(QStringLiteral("count")).toInt(), 1200);
        QVERIFY(!e.details.contains(QStringLiteral("ids"))); // too many to list

        QCOMPARE(*store->purge(PurgeRequest::selected({ids->at(1200), ids->at(1201)})), 2);
        e = store->auditEvents()->first();
        QCOMPARE(e.details.value(QStringLiteral("ids")).toArray().size(), 2);
        QCOMPARE(*store->purge(PurgeRequest::selected({})), 0);

        QCOMPARE(*store->purge(PurgeRequest::olderThan(kNow.addSecs(-1400))), 99); // 1401 … 1499 s old
        QCOMPARE(store->auditEvents()->first().subject, QStringLiteral("older_than"));
        // People (the audit table, its exports, the detail pane) read what the purge selected.
        QCOMPARE(AuditLogModel::cells(store->auditEvents()->first()).at(AuditLogModel::Subject),
                 QStringLiteral("Attempts older than a date"));
        QCOMPARE(AuditLogModel::cells(e).at(AuditLogModel::Subject), QStringLiteral("Selected attempts"));
        QVERIFY(!store->purge(PurgeRequest::olderThan({})));

        QCOMPARE(*store->purge(PurgeRequest::all()), 199);
        QCOMPARE(*store->count({}), 0);
        // The audit trail is never purged with the history.
        QCOMPARE(store->auditEvents()->size(), 4);
        QCOMPARE(store->auditEvents()->first().subject, QStringLiteral("all"));
    }

    void purgedRowsLeaveNoTraceInTheFiles()
    {
        if (tricheck::test::onPostgres())
            QSKIP("SQLite's files; on PostgreSQL the server's vacuum removes deleted rows");
        const QString file = m_dir.filePath(QStringLiteral("secure.sqlite"));
        auto store = open(QStringLiteral("secure.sqlite"));
        QVERIFY(store);
        fillDays(*store, 200, QStringLiteral("PURGE-ME-"));
        fillDays(*store, 3, QStringLiteral("KEEP-ME-"));
        HistoryFilter purgeMe;
        purgeMe.referenceContains = QStringLiteral("PURGE-ME-");
        QList<qint64> ids;
        QVERIFY(store->forEach(purgeMe, {}, [&](const AttemptRecord& r) {
            ids.append(r.id);
            return true;
        }));
        QCOMPARE(*store->purge(PurgeRequest::selected(ids)), 200);
        store.reset();
        const QByteArray bytes =
            tricheck::test::fileBytes(file) + tricheck::test::fileBytes(file + QStringLiteral("-wal"));
        QVERIFY(bytes.contains("KEEP-ME-"));
        QVERIFY(!bytes.contains("PURGE-ME-"));
    }

    void auditTrailAppendAndList()
    {
        auto store = open(QStringLiteral("audit.sqlite"));
        QVERIFY(store);
        const QList<AuditEvent> events{
            AuditEvent::credentialProfile(AuditEvent::Kind::CredentialProfileAdded, QStringLiteral("prod")),
            AuditEvent::credentialProfile(AuditEvent::Kind::CredentialProfileChanged, QStringLiteral("prod")),
            AuditEvent::credentialProfile(AuditEvent::Kind::CredentialProfileRemoved, QStringLiteral("old")),
            AuditEvent::serviceSwitched(true, QStringLiteral("http://127.0.0.1:8080")),
            AuditEvent::serviceSwitched(false, QStringLiteral("hongkong")),
            AuditEvent::retentionSettingChanged(std::nullopt, 180),
            AuditEvent::retentionSettingChanged(180, std::nullopt),
        };
        for (const AuditEvent& e : events)
            QVERIFY(store->appendAudit(e));
        // A kind written by a newer version is kept as it is.
        AuditEvent future;
        future.kindId = QStringLiteral("future_kind");
        future.subject = QStringLiteral("x");
        QVERIFY(store->appendAudit(future));

        const auto listed = store->auditEvents();
        QVERIFY(listed);
        QCOMPARE(listed->size(), events.size() + 1);
        QCOMPARE(listed->first().kindId, QStringLiteral("future_kind"));
        QCOMPARE(listed->first().kind, AuditEvent::Kind::Unknown);
        QCOMPARE(listed->first().kindText(), QStringLiteral("future_kind"));
        for (int i = 1; i < listed->size(); ++i) {
            const AuditEvent& e = listed->at(i);
            const AuditEvent& original = events.at(events.size() - i);
            QCOMPARE(e.kind, original.kind);
            QCOMPARE(e.subject, original.subject);
            QCOMPARE(e.details, original.details);
            QVERIFY(e.atUtc.isValid());
            QVERIFY(!e.kindText().isEmpty());
            QVERIFY(!e.description().isEmpty());
            QVERIFY(listed->at(i - 1).id > e.id);
        }
        QVERIFY(listed->at(1).description().contains(QStringLiteral("turned off")));
        QVERIFY(listed->at(4).description().contains(QStringLiteral("sandbox")));
        QVERIFY(listed->last().description().contains(QStringLiteral("\"prod\"")));
        // Paging back through older events.
        const auto page = store->auditEvents(3, listed->at(2).id);
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->first().id, listed->at(3).id);
    }

    void settings()
    {
        tricheck::settings::AppSettings s(tricheck::settings::Policy{});
        using tricheck::settings::Setting;
        QCOMPARE(s.config().retentionPeriod(), std::nullopt); // off by default
        QVERIFY(s.setValue(Setting::RetentionDays, 180));
        QCOMPARE(s.config().retentionPeriod(), std::optional<int>(180));
        QVERIFY(s.setValue(Setting::RetentionDays, 0));
        QCOMPARE(s.config().retentionPeriod(), std::nullopt);
        QCOMPARE(s.config().historyPath(), HistoryStore::defaultPath());
        QVERIFY(s.setValue(Setting::HistoryPath, m_dir.filePath(QStringLiteral("elsewhere.sqlite"))));
        QCOMPARE(s.config().historyPath(), m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        s.reset(Setting::HistoryPath);
        QCOMPARE(s.config().historyPath(), HistoryStore::defaultPath());
    }
};

QTEST_GUILESS_MAIN(TestHistoryRetention)
#include "testhistoryretention.moc"
