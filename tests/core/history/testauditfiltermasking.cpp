// Audit events written before searches were classified may hold the text of an identity search as
// an export filter's "reference" (issue 18): the history's schema step masks them, on SQLite and
// on PostgreSQL (registered a second time as testauditfiltermasking_pg). The whole upgrade from
// a frozen old SQLite schema is in testhistorymigrations.
#include "history/auditfiltermasking.h"
#include "history/historyschema.h"
#include "history/historystore.h"
#include "history/sqldialect.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;

namespace {

using Backfill = std::optional<QSqlError> (*)(Transaction&);

const QList<std::pair<QString, QString>> kReferences{
    {QStringLiteral("张三丰"), QStringLiteral("张**")},
    {QStringLiteral("13800138000"), QStringLiteral("138****8000")},
    {QStringLiteral("11010519491231002X"), QStringLiteral("110***********002X")},
    {QStringLiteral("Zhang Wei"), QStringLiteral("Z********")},
    {QStringLiteral("KYC-0001"), QStringLiteral("KYC-0001")},
};

// Audit events as older versions wrote them: the search text in the clear.
void appendOldEvents(HistoryStore& store)
{
    for (int i = 0; i < kReferences.size(); ++i) {
        AuditEvent e = AuditEvent::exported({}, {}, 1, QStringLiteral("/tmp/s%1.csv").arg(i), {}, {}, {});
        e.details =
            QJsonObject{{QStringLiteral("filter"), QJsonObject{{QStringLiteral("reference"), kReferences.at(i).first}}},
                        {QStringLiteral("format"), QStringLiteral("csv")}};
        QVERIFY(store.appendAudit(e));
    }
}

void checkMasked(HistoryStore& store)
{
    const auto events = store.auditEvents();
    QVERIFY(events);
    QMap<QString, QString> references;
    for (const AuditEvent& e : *events)
        references.insert(
            e.subject,
            e.details.value(QStringLiteral("filter")).toObject().value(QStringLiteral("reference")).toString());
    for (int i = 0; i < kReferences.size(); ++i)
        QCOMPARE(references.value(QStringLiteral("/tmp/s%1.csv").arg(i)), kReferences.at(i).second);
}

} // namespace

class TestAuditFilterMasking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void theHistorySchemaHasTheStep()
    {
        const auto dialect = makeSqliteDialect();
        const QList<Migration> steps = historyMigrations(*dialect);
        int found = 0;
        for (const Migration& step : steps) {
            const Backfill* backfill = step.backfill.target<Backfill>();
            if (backfill != nullptr && *backfill == &maskAuditFilters) {
                QCOMPARE(step.version, maskedAuditFiltersMigration(step.version).version);
                QVERIFY(step.statements.isEmpty()); // data only: it can take any place in the order
                ++found;
            }
        }
        QCOMPARE(found, 1);
    }

    void rewritesPlaintextSearchesInPlace()
    {
        HistoryStore::Options options;
        options.path = test::historyLocation(m_dir.filePath(QStringLiteral("direct.sqlite")));
        auto store = HistoryStore::open(options);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        appendOldEvents(**store);
        QVERIFY(!(*store)->writeTransaction(&maskAuditFilters));
        checkMasked(**store);
        // Idempotent.
        QVERIFY(!(*store)->writeTransaction(&maskAuditFilters));
        checkMasked(**store);
    }

    void runsWhenTheHistoryIsOpened()
    {
        // The step is the newest one: a history one version older upgrades through it. (With a
        // newer schema step after it, testhistorymigrations covers the whole upgrade on SQLite.)
        int version = 0;
        for (const Migration& step : historyMigrations(*makeSqliteDialect())) {
            const Backfill* backfill = step.backfill.target<Backfill>();
            if (backfill != nullptr && *backfill == &maskAuditFilters)
                version = step.version;
        }
        if (version != HistoryStore::schemaVersion())
            QSKIP("a newer schema step follows; see testhistorymigrations");
        HistoryStore::Options options;
        options.path = test::historyLocation(m_dir.filePath(QStringLiteral("opened.sqlite")));
        {
            auto store = HistoryStore::open(options);
            QVERIFY(store);
            appendOldEvents(**store);
            QVERIFY(!(*store)->writeTransaction([version](Transaction& t) {
                QSqlQuery q = t.query();
                q.prepare(QStringLiteral("DELETE FROM tricheck_schema WHERE version = ?"));
                q.bindValue(0, version);
                return q.exec() ? std::nullopt : std::optional<QSqlError>(q.lastError());
            }));
        }
        auto store = HistoryStore::open(options);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->foundSchemaVersion(), version - 1);
        checkMasked(**store);
    }
};

QTEST_GUILESS_MAIN(TestAuditFilterMasking)
#include "testauditfiltermasking.moc"
