#include "common/appinfo.h"
#include "history/csvexport.h"
#include "history/historycolumns.h"
#include "history/historystore.h"
#include "historytestdata.h"
#include "i18n/translations.h"
#include "testenv.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <ctime>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::resultOutcome;

namespace {

using Table = QList<QStringList>;

// A strict RFC 4180 reader (written here on purpose, independent of the exporter): records end
// with CRLF, fields are separated by commas, a field containing a quote, comma, CR or LF must be
// quoted, quotes inside are doubled, and every record has the same number of fields. Anything
// else is an error. The UTF-8 BOM is required (the exporter promises it).
Table parseCsv(const QByteArray& bytes, QString* error)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        *error = QStringLiteral("no UTF-8 BOM");
        return {};
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    Table table;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto fail = [&](const QString& why) {
        *error = QStringLiteral("%1 at character %2").arg(why).arg(i);
        return Table{};
    };
    while (i < n) {
        field.clear();
        if (text.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"));
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n')
                    return fail(QStringLiteral("quote or line feed in an unquoted field"));
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i < n && text.at(i) == u',') {
            ++i;
            if (i == n)
                return fail(QStringLiteral("comma at end of file"));
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            table.append(record);
            record.clear();
            continue;
        }
        return fail(QStringLiteral("a record must end with CRLF"));
    }
    if (!record.isEmpty())
        return fail(QStringLiteral("last record without CRLF"));
    for (const QStringList& r : std::as_const(table)) {
        if (r.size() != table.first().size()) {
            *error = QStringLiteral("records of different lengths");
            return {};
        }
    }
    return table;
}

const QDateTime kBase = QDateTime(QDate(2024, 5, 1), QTime(2, 30, 15), Qt::UTC);

const QStringList kTrickyReferences{
    QStringLiteral("plain"),
    QStringLiteral("with, comma"),
    QStringLiteral("with \"quotes\" inside"),
    QStringLiteral("two\nlines"),
    QStringLiteral("windows\r\nlines"),
    QStringLiteral("中文业务编号：张三"),
    QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
    QStringLiteral("+1+1"),
    QStringLiteral("-2+3"),
    QStringLiteral("@SUM(A1:A2)"),
    QStringLiteral("\tstarts with tab"),
    QStringLiteral("\rstarts with CR"),
    QStringLiteral(" =not at start"),
    QString(),
};

bool isFormulaStart(const QString& s)
{
    return !s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front());
}

} // namespace

class TestHistoryCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;

    QByteArray exportBuffer(const HistoryFilter& filter, const HistorySort& sort, const CsvExportOptions& options = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto rows = CsvExport::exportTo(*m_store, filter, sort, buffer, QStringLiteral("buffer"), options);
        return rows ? buffer.data() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
        auto store = HistoryStore::open({tricheck::test::historyLocation(m_dir.filePath(QStringLiteral("csv.sqlite"))),
                                         {},
                                         HistoryStore::IntegrityCheck::Quick,
                                         1000,
                                         {}});
        QVERIFY(store);
        m_store = std::move(store).value();
        int i = 0;
        for (const QString& reference : kTrickyReferences) {
            api::VerifyOutcome o = resultOutcome(i % 2 ? QStringLiteral("101") : QStringLiteral("202"),
                                                 kBase.addSecs(i),
                                                 QStringLiteral("CTCC"),
                                                 100 - i);
            o.reference = reference;
            std::get<api::VerifyResult>(o.value).message = QStringLiteral("msg, \"%1\"").arg(i);
            QVERIFY(m_store->insert(o));
            ++i;
        }
        QVERIFY(m_store->insert(tricheck::test::errorOutcome(api::ErrorKind::Timeout, kBase.addSecs(100))));
    }

    void strictReaderRejectsMalformedCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("no BOM") << QByteArray("a,b\r\n");
        QTest::newRow("bare LF") << QByteArray("\xEF\xBB\xBF"
                                               "a,b\n");
        QTest::newRow("quote in unquoted") << QByteArray("\xEF\xBB\xBF"
                                                         "a\"b,c\r\n");
        QTest::newRow("unterminated quote") << QByteArray("\xEF\xBB\xBF"
                                                          "\"a,b\r\n");
        QTest::newRow("ragged") << QByteArray("\xEF\xBB\xBF"
                                              "a,b\r\nc\r\n");
        QTest::newRow("no final CRLF") << QByteArray("\xEF\xBB\xBF"
                                                     "a,b\r\nc,d");
    }

    void strictReaderRejectsMalformedCsv()
    {
        QFETCH(QByteArray, csv);
        QString error;
        QVERIFY(parseCsv(csv, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void exportsTrickyTextExactly()
    {
        const QByteArray bytes = exportBuffer({}, {HistoryColumn::Time, Qt::AscendingOrder});
        QVERIFY(!bytes.isEmpty());
        QString error;
        const Table table = parseCsv(bytes, &error);
        QVERIFY2(!table.isEmpty(), qPrintable(error));
        QCOMPARE(table.size(), kTrickyReferences.size() + 2); // header + rows + the timeout
        QStringList header;
        for (const HistoryColumn c : HistoryColumns::all())
            header.append(HistoryColumns::title(c));
        QCOMPARE(table.first(), header);

        const int reference = int(HistoryColumn::Reference);
        const int message = int(HistoryColumn::Message);
        for (int i = 0; i < kTrickyReferences.size(); ++i) {
            const QString& original = kTrickyReferences.at(i);
            const QString cell = table.at(i + 1).at(reference);
            if (isFormulaStart(original)) {
                QCOMPARE(cell, u'\'' + original); // protected, otherwise unchanged
            } else {
                QCOMPARE(cell, original);
            }
            QCOMPARE(table.at(i + 1).at(message), QStringLiteral("msg, \"%1\"").arg(i));
            QCOMPARE(table.at(i + 1).at(int(HistoryColumn::MaskedName)), QStringLiteral("张*"));
        }
        // No cell anywhere starts a formula.
        for (const QStringList& row : table) {
            for (const QString& cell : row)
                QVERIFY2(!isFormulaStart(cell), qPrintable(cell));
        }
    }

    void timestampsAreIsoWithOffset()
    {
        // TZ=Asia/Shanghai for this test (CMake): +08:00, no daylight saving.
        const Table table = parseCsv(exportBuffer({}, {HistoryColumn::Time, Qt::AscendingOrder}), nullptr);
        const QString first = table.at(1).at(int(HistoryColumn::Time));
        QCOMPARE(first, QStringLiteral("2024-05-01T10:30:15+08:00"));
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
        for (int i = 1; i < table.size(); ++i) {
            const QString cell = table.at(i).at(int(HistoryColumn::Time));
            QVERIFY2(iso.match(cell).hasMatch(), qPrintable(cell));
            QCOMPARE(QDateTime::fromString(cell, Qt::ISODate).toUTC(),
                     kBase.addSecs(i == table.size() - 1 ? 100 : i - 1));
        }
    }

    void offsetsFollowDaylightSaving()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        ::tzset();
        HistoryFormatter iso(HistoryFormatter::TimeStyle::IsoWithOffset);
        HistoryFormatter local(HistoryFormatter::TimeStyle::LocalDisplay);
        const QDateTime change(QDate(2024, 3, 31), QTime(1, 0), Qt::UTC);
        const QString before = iso.time(change.addSecs(-1));
        const QString after = iso.time(change);
        const QString winter = iso.time(QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC));
        const QString display = local.time(change);
        qputenv("TZ", oldTz);
        ::tzset();
        QCOMPARE(before, QStringLiteral("2024-03-31T01:59:59+01:00"));
        QCOMPARE(after, QStringLiteral("2024-03-31T03:00:00+02:00"));
        QCOMPARE(winter, QStringLiteral("2000-01-01T00:59:59+01:00"));
        QCOMPARE(display, QStringLiteral("2024-03-31 03:00:00"));
    }

    void exactlyTheFilteredRowsAndChosenColumnsInOrder()
    {
        HistoryFilter filter;
        filter.roles = {api::StatusRole::Pass};
        const HistorySort sort{HistoryColumn::LatencyMs, Qt::AscendingOrder};
        CsvExportOptions options;
        options.columns = {HistoryColumn::LatencyMs, HistoryColumn::AttemptId, HistoryColumn::Result};
        QString error;
        const Table table = parseCsv(exportBuffer(filter, sort, options), &error);
        QVERIFY2(!table.isEmpty(), qPrintable(error));
        const auto expected = m_store->window(filter, sort, {1000, 0, {}, false});
        QVERIFY(expected);
        QCOMPARE(table.size(), expected->size() + 1);
        QCOMPARE(table.first(),
                 (QStringList{HistoryColumns::title(HistoryColumn::LatencyMs),
                              HistoryColumns::title(HistoryColumn::AttemptId),
                              HistoryColumns::title(HistoryColumn::Result),
                              HistoryColumns::title(HistoryColumn::Sandbox)})); // every export carries it
        for (int i = 0; i < expected->size(); ++i) {
            QCOMPARE(table.at(i + 1).at(0), QString::number(expected->at(i).latencyMs));
            QCOMPARE(table.at(i + 1).at(1), expected->at(i).attemptId);
            QCOMPARE(table.at(i + 1).at(2), QStringLiteral("Consistent"));
        }
    }

    void headerAndTextsInTheUiLanguage()
    {
        i18n::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        CsvExportOptions options;
        options.columns = {HistoryColumn::Time,
                           HistoryColumn::MaskedMobile,
                           HistoryColumn::Result,
                           HistoryColumn::Carrier};
        HistoryFilter filter;
        filter.subCodes = QStringList{QStringLiteral("202")};
        const Table table = parseCsv(exportBuffer(filter, {}, options), nullptr);
        QVERIFY(!table.isEmpty());
        QCOMPARE(table.first(),
                 (QStringList{QStringLiteral("时间"),
                              QStringLiteral("手机号（脱敏）"),
                              QStringLiteral("核验结果"),
                              QStringLiteral("运营商"),
                              HistoryColumns::title(HistoryColumn::Sandbox)}));
        QCOMPARE(table.at(1).at(3), QStringLiteral("中国电信"));
        QVERIFY2(table.at(1).at(2).contains(QStringLiteral("身份证")), qPrintable(table.at(1).at(2)));
    }

    void progressAndAudit()
    {
        QList<std::pair<qint64, qint64>> calls;
        CsvExportOptions options;
        options.progressInterval = 4;
        options.progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };
        const auto before = m_store->auditEvents();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        HistoryFilter filter;
        filter.referenceContains = QStringLiteral("starts WITH");
        const auto rows = CsvExport::exportTo(*m_store, filter, {}, buffer, QStringLiteral("-"), options);
        QVERIFY(rows);
        QCOMPARE(*rows, 2);
        QCOMPARE(calls.first(), (std::pair<qint64, qint64>{0, 2}));
        QCOMPARE(calls.last(), (std::pair<qint64, qint64>{2, 2}));
        const auto after = m_store->auditEvents();
        QCOMPARE(after->size(), before->size() + 1);
        const AuditEvent& e = after->first();
        QCOMPARE(e.kind, AuditEvent::Kind::Export);
        QCOMPARE(e.subject, QStringLiteral("-"));
        QCOMPARE(e.rowCount, std::optional<qint64>(2));
        QCOMPARE(e.operatorName, AppInfo::osUserName());
        // Letters only pass the name rules: the audit trail records such text masked, as a name
        // (HistorySearch::auditText()).
        QCOMPARE(e.details.value(QStringLiteral("filter")).toObject().value(QStringLiteral("reference")).toString(),
                 QStringLiteral("s**********"));
        QCOMPARE(e.details.value(QStringLiteral("columns")).toArray().size(), kHistoryColumnCount);
    }

    void fileExportIsAtomicAndPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        const auto rows = CsvExport::exportToFile(*m_store, {}, {}, path);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(*rows, kTrickyReferences.size() + 1);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QString error;
        QCOMPARE(parseCsv(tricheck::test::fileBytes(path), &error).size(), kTrickyReferences.size() + 2);
        QCOMPARE(m_store->auditEvents()->first().subject, path);

        // Cancelled half-way: the existing file stays as it was, no partial file, no audit entry.
        const qint64 auditBefore = m_store->auditEvents()->size();
        CsvExportOptions options;
        options.progressInterval = 2;
        options.cancelRequested = [] { return true; };
        const QByteArray previous = tricheck::test::fileBytes(path);
        const auto cancelled = CsvExport::exportToFile(*m_store, {}, {}, path, options);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, HistoryError::Kind::Cancelled);
        QCOMPARE(tricheck::test::fileBytes(path), previous);
        const QString fresh = m_dir.filePath(QStringLiteral("never.csv"));
        QVERIFY(!CsvExport::exportToFile(*m_store, {}, {}, fresh, options));
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("never.csv*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        QCOMPARE(m_store->auditEvents()->size(), auditBefore);

        // An unwritable destination is a clear error, and leaves nothing either.
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/dir/out.csv"));
        const auto failed = CsvExport::exportToFile(*m_store, {}, {}, nowhere);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, HistoryError::Kind::OutputFailed);
        QVERIFY(failed.error().message.contains(QStringLiteral("out.csv")));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "testhistorycsv.moc"
