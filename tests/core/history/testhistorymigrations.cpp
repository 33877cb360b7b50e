#include "api/resultcatalogue.h"
#include "batch/batchjournal.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::history;

namespace {

// Frozen copies of every released schema, exactly as each version of TriCheck created it. They
// never change: a new schema version adds a new entry here, so every upgrade path stays tested.
const QStringList kSchemaV1{
    QStringLiteral("CREATE TABLE tricheck_schema (version INTEGER NOT NULL PRIMARY KEY, applied_ms BIGINT NOT NULL, "
                   "app_version TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, attempt_id TEXT NOT NULL, "
                   "started_ms BIGINT NOT NULL, operator_name TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '', "
                   "masked_mobile TEXT NOT NULL DEFAULT '', masked_name TEXT NOT NULL DEFAULT '', masked_id TEXT NOT "
                   "NULL DEFAULT '', param_type TEXT NOT NULL, scheme TEXT NOT NULL, endpoint TEXT NOT NULL, sandbox "
                   "INTEGER NOT NULL, http_status INTEGER, code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL "
                   "DEFAULT '', request_id TEXT NOT NULL DEFAULT '', biz_code TEXT NOT NULL DEFAULT '', sub_code TEXT "
                   "NOT NULL DEFAULT '', isp_name TEXT NOT NULL DEFAULT '', billed INTEGER, latency_ms BIGINT NOT "
                   "NULL, send_count INTEGER NOT NULL DEFAULT 1, error_kind TEXT)"),
    QStringLiteral("CREATE UNIQUE INDEX attempts_attempt ON attempts (started_ms, attempt_id)"),
    QStringLiteral("CREATE INDEX attempts_timeline ON attempts (started_ms, id)"),
    QStringLiteral("CREATE TABLE audit_events (id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms BIGINT NOT NULL, "
                   "operator_name TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', row_count "
                   "BIGINT, details TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX audit_events_at ON audit_events (at_ms, id)"),
    QStringLiteral("PRAGMA application_id = 1414678851"),
    QStringLiteral("INSERT INTO tricheck_schema VALUES (1, 1714550400000, '1.0.0')"),
};

const QStringList kSchemaV2 =
    kSchemaV1 +
    QStringList{
        QStringLiteral("ALTER TABLE attempts ADD COLUMN status_role TEXT NOT NULL DEFAULT 'unknown'"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN batch_id TEXT"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN batch_row INTEGER"),
        QStringLiteral("DROP INDEX attempts_timeline"),
        QStringLiteral("CREATE INDEX attempts_timeline ON attempts (started_ms, id, status_role, sub_code, isp_name, "
                       "sandbox, error_kind, billed, latency_ms, reference)"),
        QStringLiteral("CREATE INDEX attempts_batch ON attempts (batch_id, batch_row) WHERE batch_id IS NOT NULL"),
        QStringLiteral("INSERT INTO tricheck_schema VALUES (2, 1717228800000, '1.1.0')"),
    };

const QStringList kSchemaV3 =
    kSchemaV2 +
    QStringList{
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_mobile BIGINT"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_name BIGINT"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN fp_id BIGINT"),
        QStringLiteral("DROP INDEX attempts_timeline"),
        QStringLiteral("CREATE INDEX attempts_timeline ON attempts (started_ms, id, status_role, sub_code, isp_name, "
                       "sandbox, error_kind, billed, latency_ms, reference, fp_mobile, fp_name, fp_id)"),
        QStringLiteral("INSERT INTO tricheck_schema VALUES (3, 1719792000000, '1.2.0')"),
    };

// Rows as the old versions wrote them (v2 also sets status_role and batch columns).
QStringList rowsFor(int version)
{
    const QString cols = QStringLiteral(
        "attempt_id, started_ms, operator_name, reference, masked_mobile, masked_name, masked_id, param_type, "
        "scheme, endpoint, sandbox, http_status, code, message, request_id, biz_code, sub_code, isp_name, billed, "
        "latency_ms, send_count, error_kind");
    QStringList rows{
        QStringLiteral("INSERT INTO attempts (%1) VALUES ('a1', 1714550400000, 'alice', 'KYC-1', '138****8000', "
                       "'张*', '110***********002X', 'normal', 'v3', 'hongkong', 0, 200, 'Success', 'success', 'R1', "
                       "'1', '101', 'CMCC', 1, 120, 1, NULL)"),
        QStringLiteral("INSERT INTO attempts (%1) VALUES ('a2', 1714550401000, 'alice', 'KYC-2', '139****0000', "
                       "'李*', '440***********1234', 'md5', 'v1', 'hongkong', 0, 200, 'Success', 'success', 'R2', "
                       "'2', '202', 'CUCC', 1, 150, 1, NULL)"),
        QStringLiteral("INSERT INTO attempts (%1) VALUES ('a3', 1714550402000, 'bob', '', '137****1111', '王*', "
                       "'320***********5678', 'normal', 'v3', 'http://127.0.0.1:8080', 1, 200, 'Success', 'success', "
                       "'R3', '3', '301', '', 0, 90, 1, NULL)"),
        QStringLiteral("INSERT INTO attempts (%1) VALUES ('a4', 1714550403000, 'bob', 'T', '136****2222', '赵*', "
                       "'510***********0000', 'normal', 'v3', 'hongkong', 0, NULL, '', '', '', '', '', '', NULL, "
                       "30000, 1, 'timeout')"),
        QStringLiteral("INSERT INTO attempts (%1) VALUES ('a5', 1714550404000, 'bob', 'U', '135****3333', '钱*', "
                       "'610***********9999', 'normal', 'v3', 'hongkong', 0, 200, 'Success', 'success', 'R5', "
                       "'9', '777', 'CTCC', NULL, 80, 2, NULL)"),
        QStringLiteral("INSERT INTO audit_events (at_ms, operator_name, kind, subject, row_count, details) VALUES "
                       "(1714550500000, 'alice', 'export', '/tmp/out.csv', 5, '{\"format\":\"csv\"}')"),
    };
    for (QString& r : rows) {
        if (r.contains(QStringLiteral("%1")))
            r = r.arg(cols);
    }
    if (version >= 2) {
        rows.append(QStringLiteral("UPDATE attempts SET status_role = 'pass' WHERE sub_code = '101'"));
        rows.append(QStringLiteral("UPDATE attempts SET status_role = 'partial' WHERE sub_code = '202'"));
        rows.append(QStringLiteral("UPDATE attempts SET status_role = 'norecord' WHERE sub_code = '301'"));
        rows.append(QStringLiteral("UPDATE attempts SET status_role = 'error' WHERE error_kind IS NOT NULL"));
        rows.append(QStringLiteral("UPDATE attempts SET batch_id = 'batch-1', batch_row = 2 WHERE attempt_id = 'a2'"));
    }
    return rows;
}

bool runSql(const QString& file, const QStringList& statements, QString* error)
{
    const QString name = QStringLiteral("raw-%1").arg(qHash(file));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& s : statements) {
            if (ok && !q.exec(s)) {
                *error = s + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList column(HistoryStore& store, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    QStringList out;
    if (!q.exec(sql))
        return {QStringLiteral("<error>")};
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

class TestHistoryMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void upgradesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("schema");
        QTest::newRow("v1") << 1 << kSchemaV1;
        QTest::newRow("v2") << 2 << kSchemaV2;
        QTest::newRow("v3") << 3 << kSchemaV3;
    }

    void upgradesEveryEarlierVersion()
    {
        QFETCH(int, version);
        QFETCH(QStringList, schema);
        QVERIFY(version < HistoryStore::schemaVersion());
        const QString file = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        QString error;
        QVERIFY2(runSql(file, schema + rowsFor(version), &error), qPrintable(error));

        HistoryStore::Options options;
        options.path = file;
        auto opened = HistoryStore::open(options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        HistoryStore& store = **opened;
        QCOMPARE(store.foundSchemaVersion(), version);
        QStringList versions;
        for (int v = 1; v <= HistoryStore::schemaVersion(); ++v)
            versions.append(QString::number(v));
        QCOMPARE(column(store, QStringLiteral("SELECT version FROM tricheck_schema ORDER BY version")), versions);

        // Every row kept, field for field.
        QCOMPARE(*store.count({}), 5);
        const auto rows = store.window({}, {HistoryColumn::Time, Qt::AscendingOrder}, {10, 0, {}, false});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 5);
        const AttemptRecord& a2 = rows->at(1);
        QCOMPARE(a2.attemptId, QStringLiteral("a2"));
        QCOMPARE(a2.startedUtc(), QDateTime::fromMSecsSinceEpoch(1714550401000, Qt::UTC));
        QCOMPARE(a2.operatorName, QStringLiteral("alice"));
        QCOMPARE(a2.maskedName, QStringLiteral("李*"));
        QCOMPARE(a2.paramType, identity::ParamType::Md5);
        QCOMPARE(a2.scheme, api::SignatureScheme::V1);
        QCOMPARE(a2.subCode, QStringLiteral("202"));
        QCOMPARE(a2.billed, std::optional<bool>(true));
        QCOMPARE(a2.batch.batchId, version >= 2 ? QStringLiteral("batch-1") : QString());
        const AttemptRecord& a4 = rows->at(3);
        QCOMPARE(a4.errorKind, QStringLiteral("timeout"));
        QVERIFY(!a4.httpStatus);
        QVERIFY(!a4.billed);

        // Upgraded: status roles are there (backfilled from SubCode / error kind for v1 rows) …
        QCOMPARE(rows->at(0).role, api::StatusRole::Pass);
        QCOMPARE(rows->at(1).role, api::StatusRole::PartialMismatch);
        QCOMPARE(rows->at(2).role, api::StatusRole::NoRecord);
        QCOMPARE(rows->at(3).role, api::StatusRole::Error);
        QCOMPARE(rows->at(4).role, api::StatusRole::Unknown);
        HistoryFilter f;
        f.roles = {api::StatusRole::Pass, api::StatusRole::NoRecord};
        QCOMPARE(*store.count(f), 2);
        // … the indexes of the newer versions exist …
        const QStringList indexes =
            column(store,
                   QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'attempts_%'"));
        for (const char* name : {"attempts_attempt", "attempts_timeline", "attempts_batch"})
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
        // … the batch journal's tables exist once a journal is attached (its own module) …
        QVERIFY(!store.attach(batch::BatchJournal::schemaModule()));
        const QStringList tables =
            column(store, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QVERIFY(tables.contains(QStringLiteral("batches")));
        QVERIFY(tables.contains(QStringLiteral("batch_rows")));
        // … new rows with every new column can be written, and the audit trail is intact.
        const QByteArray key(32, 'k');
        const auto id =
            store.insert(tricheck::test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc()),
                         Fingerprints::compute(key, {QStringLiteral("13800138000"), QStringLiteral("张三"), {}}),
                         BatchRef{QStringLiteral("b"), 1});
        QVERIFY(id);
        // The counts kept per status follow the new row (the table view reads them, not the table).
        for (const api::StatusRole role :
             {api::StatusRole::Pass, api::StatusRole::NoRecord, api::StatusRole::Unknown}) {
            f = {};
            f.roles = {role};
            QCOMPARE(QString::number(*store.count(f)),
                     column(store,
                            QStringLiteral("SELECT COUNT(*) FROM attempts WHERE status_role = '%1'")
                                .arg(api::ResultCatalogue::roleId(role)))
                         .constFirst());
        }
        QCOMPARE(*store.count({}), 6);
        f = {};
        f.mobileFingerprint = Fingerprints::forMobile(key, QStringLiteral("13800138000"));
        QCOMPARE(*store.count(f), 1);
        QVERIFY(column(store, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'attempts_timeline'"))
                    .constFirst()
                    .contains(QStringLiteral("fp_id")));
        const auto audit = store.auditEvents();
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().kind, AuditEvent::Kind::Export);
        QCOMPARE(audit->first().rowCount, std::optional<qint64>(5));
        QCOMPARE(audit->first().details.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(*store.checkIntegrity(), QStringList());
    }

    // An upgrade says what it is doing, step by step: each index, table and trigger by its name.
    void reportsEachStepOfAnUpgradeByName()
    {
        const QString file = m_dir.filePath(QStringLiteral("progress.sqlite"));
        QString error;
        QVERIFY2(runSql(file, kSchemaV1 + rowsFor(1), &error), qPrintable(error));
        QList<int> steps;
        QStringList names;
        int total = 0;
        HistoryStore::Options options;
        options.path = file;
        options.migrationProgress = [&](int done, int of, const QString& what) {
            steps.append(done);
            total = of;
            names.append(what);
        };
        auto opened = HistoryStore::open(options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(total > 10);
        QCOMPARE(steps.size(), total);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i), i + 1);
        QVERIFY(names.contains(QStringLiteral("attempts_fp_id")));      // CREATE INDEX
        QVERIFY(names.contains(QStringLiteral("attempts_in_flight")));  // CREATE TABLE
        QVERIFY(names.contains(QStringLiteral("attempt_days_insert"))); // CREATE TRIGGER
        QVERIFY(names.contains(QStringLiteral("daily statistics")));    // a backfill: the step's description
        for (const QString& name : std::as_const(names))
            QVERIFY2(!name.isEmpty() && name.toUpper() != name, qPrintable(name)); // never a keyword ("AS")
    }

    void masksIdentitySearchesRecordedByOlderVersions()
    {
        // Before searches were classified, a name (or a whole mobile or ID number searched without a
        // keychain) was recorded in an export's filter as reference text, in the clear.
        const QString file = m_dir.filePath(QStringLiteral("audit-plaintext.sqlite"));
        const QStringList references{QStringLiteral("张三丰"),
                                     QStringLiteral("13800138000"),
                                     QStringLiteral("11010519491231002X"),
                                     QStringLiteral("Zhang Wei"),
                                     QStringLiteral("KYC-0001")};
        QStringList rows = kSchemaV3 + rowsFor(3);
        for (int i = 0; i < references.size(); ++i)
            rows.append(QStringLiteral("INSERT INTO audit_events (at_ms, operator_name, kind, subject, row_count, "
                                       "details) VALUES (%1, 'alice', 'export', '/tmp/s%2.csv', 1, "
                                       "'{\"filter\":{\"reference\":\"%3\",\"status\":[\"pass\"]},"
                                       "\"format\":\"csv\"}')")
                            .arg(1714550600000 + i)
                            .arg(i)
                            .arg(references.at(i)));
        QString error;
        QVERIFY2(runSql(file, rows, &error), qPrintable(error));
        QVERIFY(tricheck::test::fileBytes(file).contains(QStringLiteral("张三丰").toUtf8()));

        {
            auto opened = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            const auto events = (*opened)->auditEvents();
            QVERIFY(events);
            QMap<QString, QJsonObject> filters; // by subject
            for (const AuditEvent& e : *events)
                filters.insert(e.subject, e.details.value(QStringLiteral("filter")).toObject());
            const QStringList masked{QStringLiteral("张**"),
                                     QStringLiteral("138****8000"),
                                     QStringLiteral("110***********002X"),
                                     QStringLiteral("Z********"),
                                     QStringLiteral("KYC-0001")}; // a reference stays as it was
            for (int i = 0; i < references.size(); ++i) {
                const QJsonObject filter = filters.value(QStringLiteral("/tmp/s%1.csv").arg(i));
                QCOMPARE(filter.value(QStringLiteral("reference")).toString(), masked.at(i));
                QCOMPARE(filter.value(QStringLiteral("status")).toArray().size(), 1); // the rest kept
            }
            // The event written by the export before any filter was recorded is untouched.
            QCOMPARE(filters.value(QStringLiteral("/tmp/out.csv")), QJsonObject());
        }
        // Rewritten in place: the old text is not left behind in the file (secure_delete).
        const QByteArray bytes =
            tricheck::test::fileBytes(file) + tricheck::test::fileBytes(file + QStringLiteral("-wal"));
        for (const QString& plaintext : references.mid(0, 4))
            QVERIFY2(!bytes.contains(plaintext.toUtf8()), qPrintable(plaintext));
    }

    void reopeningIsANoOp()
    {
        const QString file = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
            QVERIFY(store);
            QCOMPARE((*store)->foundSchemaVersion(), 0);
        }
        auto again = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(again);
        QCOMPARE((*again)->foundSchemaVersion(), HistoryStore::schemaVersion());
        QCOMPARE(column(**again, QStringLiteral("SELECT COUNT(*) FROM tricheck_schema")),
                 QStringList{QString::number(HistoryStore::schemaVersion())});
    }

    void refusesANewerSchemaUntouched()
    {
        const QString file = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
            QVERIFY(store);
            QVERIFY((*store)->insert(
                tricheck::test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())));
        }
        QString error;
        QVERIFY2(runSql(file,
                        {QStringLiteral("INSERT INTO tricheck_schema VALUES (99, 1893456000000, '9.0.0')"),
                         QStringLiteral("CREATE TABLE from_the_future (x TEXT)")},
                        &error),
                 qPrintable(error));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        const QByteArray before = tricheck::test::fileBytes(file);

        const auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(!store);
        QCOMPARE(store.error().kind, HistoryError::Kind::NewerSchema);
        QVERIFY2(store.error().message.contains(QStringLiteral("newer version")), qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(QStringLiteral("99")));
        QVERIFY(store.error().message.contains(QStringLiteral("newer.sqlite")));
        QCOMPARE(tricheck::test::fileBytes(file), before);
        // Retention at open must not touch it either.
        HistoryStore::Options withRetention{file, 1, HistoryStore::IntegrityCheck::Quick, 1000, {}};
        QVERIFY(!HistoryStore::open(withRetention));
        QCOMPARE(tricheck::test::fileBytes(file), before);
    }

    void reportsCorruption_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage header") << QStringLiteral("header");
        QTest::newRow("garbage page") << QStringLiteral("page");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("text file") << QStringLiteral("text");
    }

    void reportsCorruption()
    {
        QFETCH(QString, damage);
        const QString file = m_dir.filePath(QStringLiteral("corrupt-%1.sqlite").arg(damage));
        {
            auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
            QVERIFY(store);
            QList<AttemptRecord> rows;
            for (int i = 0; i < 3000; ++i)
                rows.append(AttemptRecord::fromOutcome(
                    tricheck::test::resultOutcome(QStringLiteral("101"), QDateTime::currentDateTimeUtc())));
            QVERIFY((*store)->insertBatch(rows));
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64LL * 4096);
        if (damage == u"header") {
            f.write(QByteArray(100, '\xA5'));
        } else if (damage == u"page") {
            // Pages in the middle of the attempts table and its indexes.
            for (qint64 at = 8LL * 4096; at < size; at += 16LL * 4096) {
                f.seek(at + 16);
                f.write(QByteArray(2048, '\xA5'));
            }
        } else if (damage == u"truncate") {
            f.resize(size / 3);
        } else {
            f.resize(0);
            f.write("name,mobile\r\nthis is not a database at all, just some text that is long enough to count\r\n");
        }
        f.close();
        const QByteArray before = tricheck::test::fileBytes(file);

        const auto store = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(!store);
        QCOMPARE(store.error().kind, HistoryError::Kind::Corrupt);
        QVERIFY2(store.error().message.contains(QStringLiteral("damaged")), qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(file.section(u'/', -1)));
        QCOMPARE(tricheck::test::fileBytes(file), before);

        // Without the check at open, the damage is still reported (when a read reaches it),
        // never a crash, and the file is not changed.
        if (damage == u"page") {
            const auto unchecked = HistoryStore::open({file, {}, HistoryStore::IntegrityCheck::Skip, 1000, {}});
            if (unchecked) {
                const auto rows = (*unchecked)->forEach({}, {}, [](const AttemptRecord&) { return true; });
                QVERIFY(!rows);
                QCOMPARE(rows.error().kind, HistoryError::Kind::Corrupt);
            } else {
                QCOMPARE(unchecked.error().kind, HistoryError::Kind::Corrupt);
            }
            QCOMPARE(tricheck::test::fileBytes(file), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryMigrations)
#include "testhistorymigrations.moc"
