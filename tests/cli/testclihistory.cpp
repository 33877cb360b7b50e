#include "clitestutil.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::errorOutcome;
using tricheck::test::resultOutcome;

namespace {

using Run = tricheck::test::CliRun;

// This process's own environment (the keyring and variables the test sets up), not cliEnvironment().
Run runCli(const QStringList& args, const QByteArray& input = {})
{
    return tricheck::test::runCli(args, QProcessEnvironment::systemEnvironment(), input);
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        objects.append(doc.object());
    }
    return objects;
}

QList<QByteArray> csvLines(const QByteArray& out)
{
    QByteArray body = out;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    QStringList withHistory(QStringList args) const { return args << QStringLiteral("--history") << m_file; }

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("cli.sqlite"));
        auto store = HistoryStore::open({m_file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(store);
        QList<AttemptRecord> records;
        const QStringList codes{QStringLiteral("101"),
                                QStringLiteral("201"),
                                QStringLiteral("202"),
                                QStringLiteral("301")};
        for (int i = 0; i < 20; ++i) // one per day, the newest now
            records.append(AttemptRecord::fromOutcome(
                resultOutcome(codes.at(i % 4), m_now.addDays(-i), QStringLiteral("CMCC"), 100 + i)));
        records.append(AttemptRecord::fromOutcome(errorOutcome(api::ErrorKind::Timeout, m_now.addDays(-30), 30000)));
        QVERIFY((*store)->insertBatch(records));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("history")};
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("history"), QStringLiteral("frobnicate")};
        QTest::newRow("bad date") << withHistory({QStringLiteral("history"),
                                                  QStringLiteral("stats"),
                                                  QStringLiteral("--from"),
                                                  QStringLiteral("2024-13-01")});
        QTest::newRow("from after to") << withHistory({QStringLiteral("history"),
                                                       QStringLiteral("export"),
                                                       QStringLiteral("--from"),
                                                       QStringLiteral("2024-05-02"),
                                                       QStringLiteral("--to"),
                                                       QStringLiteral("2024-05-01")});
        QTest::newRow("bad status") << withHistory(
            {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--status"), QStringLiteral("great")});
        QTest::newRow("bad language") << withHistory(
            {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QTest::newRow("bad limit") << withHistory(
            {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")});
        QTest::newRow("unknown option") << withHistory(
            {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--bogus")});
        QTest::newRow("purge without days")
            << withHistory({QStringLiteral("history"), QStringLiteral("purge"), QStringLiteral("--yes")});
        QTest::newRow("missing file") << QStringList{QStringLiteral("history"),
                                                     QStringLiteral("list"),
                                                     QStringLiteral("--history"),
                                                     QStringLiteral("/nonexistent/history.sqlite")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/history.sqlite")));
    }

    void identitySearchIsRefusedWithoutAKey_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QStringList list{QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--search")};
        const QStringList exportCsv{QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--search")};
        QTest::newRow("name") << withHistory(list + QStringList{QStringLiteral("张三丰")}) << QByteArray();
        QTest::newRow("latin name") << withHistory(list + QStringList{QStringLiteral("Zhang Wei")}) << QByteArray();
        QTest::newRow("mobile") << withHistory(exportCsv + QStringList{QStringLiteral("13800138000")}) << QByteArray();
        QTest::newRow("id from stdin") << withHistory(exportCsv + QStringList{QStringLiteral("-")})
                                       << QByteArray("11010519491231002X\n");
    }
    void identitySearchIsRefusedWithoutAKey()
    {
        // No keychain in this test: a person cannot be looked up, and is not searched as text.
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Run r = runCli(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("refused") && r.err.contains("ref:"), r.err.constData());
        // Nothing was exported, so nothing was audited.
        const Run audit =
            runCli(withHistory({QStringLiteral("history"), QStringLiteral("audit"), QStringLiteral("--json")}));
        QVERIFY(!audit.out.contains("13800138000") && !audit.out.contains("张三丰"));
    }

    void referenceSearch()
    {
        const Run found = runCli(withHistory({QStringLiteral("history"),
                                              QStringLiteral("list"),
                                              QStringLiteral("--search"),
                                              QStringLiteral("ref:kyc"),
                                              QStringLiteral("--limit"),
                                              QStringLiteral("3"),
                                              QStringLiteral("--json")}));
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(jsonLines(found.out).size(), 3);
        const Run none = runCli(withHistory({QStringLiteral("history"),
                                             QStringLiteral("list"),
                                             QStringLiteral("--search"),
                                             QStringLiteral("ref:nobody"),
                                             QStringLiteral("--json")}));
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
    }

    void helpOfEachSubcommand()
    {
        for (const char* sub : {"export", "list", "stats", "purge", "audit"}) {
            const Run r = runCli({QStringLiteral("history"), QLatin1String(sub), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("--history"));
        }
        const Run r = runCli({QStringLiteral("--help")});
        QVERIFY(r.out.contains("history"));
    }

    void listNewestFirst()
    {
        const Run r = runCli(withHistory({QStringLiteral("history"),
                                          QStringLiteral("list"),
                                          QStringLiteral("--limit"),
                                          QStringLiteral("3"),
                                          QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> rows = jsonLines(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).value(QStringLiteral("subCode")).toString(), QStringLiteral("101"));
        QCOMPARE(rows.at(1).value(QStringLiteral("subCode")).toString(), QStringLiteral("201"));
        QVERIFY(rows.at(0).value(QStringLiteral("startedUtc")).toString() >
                rows.at(1).value(QStringLiteral("startedUtc")).toString());
        for (const char* key : {"attemptId",
                                "time",
                                "operator",
                                "maskedMobile",
                                "maskedName",
                                "maskedIdNumber",
                                "paramType",
                                "scheme",
                                "endpoint",
                                "sandbox",
                                "httpStatus",
                                "requestId",
                                "bizCode",
                                "billed",
                                "latencyMs",
                                "status"})
            QVERIFY2(rows.at(0).contains(QLatin1String(key)), key);
        QCOMPARE(rows.at(0).value(QStringLiteral("maskedMobile")).toString(), QStringLiteral("138****8000"));
        QCOMPARE(rows.at(0).value(QStringLiteral("billed")).toBool(), true);

        const Run text = runCli(withHistory({QStringLiteral("history"), QStringLiteral("list")}));
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 20); // the default limit
        QVERIFY(text.out.contains("138****8000"));
    }

    void statsJson()
    {
        const Run r =
            runCli(withHistory({QStringLiteral("history"), QStringLiteral("stats"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject& s = lines.first();
        QCOMPARE(s.value(QStringLiteral("total")).toInt(), 21);
        const QJsonObject subCodes = s.value(QStringLiteral("bySubCode")).toObject();
        QCOMPARE(subCodes.value(QStringLiteral("101")).toInt(), 5);
        QCOMPARE(subCodes.value(QStringLiteral("301")).toInt(), 5);
        QCOMPARE(s.value(QStringLiteral("byErrorKind")).toObject().value(QStringLiteral("timeout")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("billed")).toInt(), 15); // 101, 201, 202
        QCOMPARE(s.value(QStringLiteral("billingUnknown")).toInt(), 1);
        const QJsonObject latency = s.value(QStringLiteral("latencyMs")).toObject();
        QCOMPARE(latency.value(QStringLiteral("p50")).toInt(), 110); // 100 … 119 and 30000
        QCOMPARE(latency.value(QStringLiteral("p95")).toInt(), 119);

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const Run day = runCli(withHistory({QStringLiteral("history"),
                                            QStringLiteral("stats"),
                                            QStringLiteral("--from"),
                                            today,
                                            QStringLiteral("--to"),
                                            today,
                                            QStringLiteral("--json")}));
        QCOMPARE(day.exitCode, 0);
        QCOMPARE(jsonLines(day.out).first().value(QStringLiteral("total")).toInt(), 1);

        const Run text = runCli(withHistory({QStringLiteral("history"), QStringLiteral("stats")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("21"));
    }

    void exportToStdoutWithFilters_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QStringList{} << 21;
        QTest::newRow("status pass") << QStringList{QStringLiteral("--status"), QStringLiteral("pass")} << 5;
        QTest::newRow("status mismatch (with partial)")
            << QStringList{QStringLiteral("--status"), QStringLiteral("mismatch")} << 10;
        QTest::newRow("status error") << QStringList{QStringLiteral("--status"), QStringLiteral("error")} << 1;
        QTest::newRow("two subcodes") << QStringList{QStringLiteral("--subcode"),
                                                     QStringLiteral("201"),
                                                     QStringLiteral("--subcode"),
                                                     QStringLiteral("301")}
                                      << 10;
        const QDate today = QDate::currentDate();
        QTest::newRow("last three days") << QStringList{QStringLiteral("--from"),
                                                        today.addDays(-2).toString(Qt::ISODate)}
                                         << 3;
        QTest::newRow("up to ten days ago")
            << QStringList{QStringLiteral("--to"), today.addDays(-10).toString(Qt::ISODate)} << 11;
    }

    void exportToStdoutWithFilters()
    {
        QFETCH(QStringList, filter);
        QFETCH(int, rows);
        const Run r = runCli(withHistory(QStringList{QStringLiteral("history"),
                                                     QStringLiteral("export"),
                                                     QStringLiteral("--output"),
                                                     QStringLiteral("-")} +
                                         filter));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csvLines(r.out);
        QCOMPARE(lines.size(), rows + 1);
        for (const QByteArray& line : lines)
            QVERIFY(line.endsWith('\r'));
        QVERIFY(lines.first().startsWith("Time,"));
    }

    void exportToFileInChinese()
    {
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        const Run r = runCli(withHistory({QStringLiteral("history"),
                                          QStringLiteral("export"),
                                          QStringLiteral("--output"),
                                          out,
                                          QStringLiteral("--lang"),
                                          QStringLiteral("zh_CN"),
                                          QStringLiteral("--subcode"),
                                          QStringLiteral("301")}));
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("exported")).toInt(), 5);
        QCOMPARE(lines.first().value(QStringLiteral("output")).toString(), out);
        const QByteArray csv = tricheck::test::fileBytes(out);
        QVERIFY(csv.startsWith(QByteArray(QByteArray("\xEF\xBB\xBF") + QStringLiteral("时间,").toUtf8())));
        QVERIFY(csv.contains(QStringLiteral("查无记录").toUtf8()));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        const Run audit =
            runCli(withHistory({QStringLiteral("history"), QStringLiteral("audit"), QStringLiteral("--json")}));
        QCOMPARE(audit.exitCode, 0);
        const QJsonObject newest = jsonLines(audit.out).first();
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("export"));
        QCOMPARE(newest.value(QStringLiteral("subject")).toString(), out);
        QCOMPARE(newest.value(QStringLiteral("rowCount")).toInt(), 5);
        QCOMPARE(newest.value(QStringLiteral("details")).toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(newest.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("subCodes"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("301"));
    }

    void purgeNeedsConfirmation()
    {
        // Not a terminal and no --yes: refused, nothing deleted.
        const Run refused = runCli(withHistory({QStringLiteral("history"),
                                                QStringLiteral("purge"),
                                                QStringLiteral("--older-than"),
                                                QStringLiteral("10")}),
                                   "yes\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("--yes"));
        QCOMPARE(
            jsonLines(
                runCli(withHistory({QStringLiteral("history"), QStringLiteral("stats"), QStringLiteral("--json")})).out)
                .first()
                .value(QStringLiteral("total"))
                .toInt(),
            21);

        const Run r = runCli(withHistory({QStringLiteral("history"),
                                          QStringLiteral("purge"),
                                          QStringLiteral("--older-than"),
                                          QStringLiteral("10"),
                                          QStringLiteral("--yes")}));
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("deleted")).toInt(), 11); // 10 … 19 days and the 30-day timeout
        QCOMPARE(lines.first().value(QStringLiteral("olderThanDays")).toInt(), 10);

        const Run audit = runCli(withHistory({QStringLiteral("history"), QStringLiteral("audit")}));
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out.contains("Purge"));
        QVERIFY(audit.out.contains("10"));
    }

    void checkReportsAndRemembersTheResult()
    {
        const Run quick = runCli({QStringLiteral("history"),
                                  QStringLiteral("check"),
                                  QStringLiteral("--history"),
                                  m_file,
                                  QStringLiteral("--json")});
        QCOMPARE(quick.exitCode, 0);
        const QList<QJsonObject> report = jsonLines(quick.out);
        QCOMPARE(report.size(), 1);
        QVERIFY(report.constFirst().value(QStringLiteral("sound")).toBool());
        const Run thorough = runCli({QStringLiteral("history"),
                                     QStringLiteral("check"),
                                     QStringLiteral("--history"),
                                     m_file,
                                     QStringLiteral("--thorough")});
        QCOMPARE(thorough.exitCode, 0);
        QVERIFY2(thorough.out.contains("sound"), thorough.out.constData());
        // Remembered in the history.
        auto store = HistoryStore::open({m_file, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(store);
        const auto last = (*store)->lastIntegrityCheck();
        QVERIFY(last && last.value());
        QCOMPARE((*last)->trigger, QStringLiteral("cli"));
        QVERIFY((*last)->thorough);
    }

    void badFilesAreReported()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const Run r = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history"), text});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("damaged"));
        QCOMPARE(tricheck::test::fileBytes(text), QByteArray(8192, 'x'));
        const Run check =
            runCli({QStringLiteral("history"), QStringLiteral("check"), QStringLiteral("--history"), text});
        QCOMPARE(check.exitCode, 2);
        QVERIFY(check.err.contains("damaged"));
        QCOMPARE(tricheck::test::fileBytes(text), QByteArray(8192, 'x'));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "testclihistory.moc"
