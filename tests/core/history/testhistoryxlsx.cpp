// The history exported as an Excel workbook, read back by openpyxl: every value equal to the CSV
// export's, identity columns as text, numbers as numbers, the header bold, frozen and filtered,
// each row in its result's colour, a summary sheet whose counts are right; audited, atomic and
// private like the CSV export; tricheck-cli history export --format xlsx.
#include "clitestutil.h"
#include "history/csvexport.h"
#include "history/exportformat.h"
#include "history/historycolumns.h"
#include "history/historystore.h"
#include "history/resultcolours.h"
#include "history/xlsxexport.h"
#include "historytestdata.h"
#include "i18n/translations.h"
#include "testenv.h"
#include "xlsxtestutil.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::test::cellText;
using tricheck::test::resultOutcome;

namespace {

using Table = QList<QStringList>;

Table parseCsv(const QByteArray& bytes)
{
    return test::parseExportCsv(bytes);
}

QString hex(quint32 rgb)
{
    return QStringLiteral("%1").arg(rgb, 6, 16, QLatin1Char('0')).toUpper();
}

QString columnLetters(int count)
{
    QString s;
    for (int n = count; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

const QDateTime kBase = QDateTime(QDate(2024, 5, 1), QTime(2, 30, 15), Qt::UTC);

// The summary sheet as label → value.
QHash<QString, QString> summaryOf(const QJsonObject& sheet)
{
    QHash<QString, QString> values;
    for (const QJsonValue r : sheet.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray cells = r.toArray();
        if (cells.size() >= 2 && !cellText(cells.at(0)).isEmpty())
            values.insert(cellText(cells.at(0)), cellText(cells.at(1)));
    }
    return values;
}

} // namespace

class TestHistoryXlsx : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QString m_historyPath;

    QByteArray csvOf(const HistoryFilter& filter, const HistorySort& sort, const CsvExportOptions& options)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto rows = CsvExport::exportTo(*m_store, filter, sort, buffer, QStringLiteral("buffer"), options);
        return rows ? buffer.data() : QByteArray();
    }

    QJsonObject xlsxOf(const QString& name,
                       const HistoryFilter& filter,
                       const HistorySort& sort,
                       const CsvExportOptions& options,
                       qint64* rows = nullptr)
    {
        const QString path = m_dir.filePath(name);
        const auto written = XlsxExport::exportToFile(*m_store, filter, sort, path, options);
        if (!written) {
            qWarning() << written.error().message;
            return {};
        }
        if (rows)
            *rows = *written;
        return test::readWorkbook(path);
    }

    // The workbook's first sheet holds exactly the CSV export's table; identity columns are text.
    void compareWithCsv(const QJsonObject& sheet, const Table& csv, const QList<HistoryColumn>& columns)
    {
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), csv.size());
        const QList<HistoryColumn> text{HistoryColumn::MaskedMobile,
                                        HistoryColumn::MaskedName,
                                        HistoryColumn::MaskedIdNumber,
                                        HistoryColumn::Reference,
                                        HistoryColumn::RequestId,
                                        HistoryColumn::AttemptId,
                                        HistoryColumn::BatchId,
                                        HistoryColumn::SubCode,
                                        HistoryColumn::BizCode,
                                        HistoryColumn::Code,
                                        HistoryColumn::Time};
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray cells = rows.at(r).toArray();
            QCOMPARE(cells.size(), csv.at(r).size());
            for (int c = 0; c < cells.size(); ++c) {
                QCOMPARE(cellText(cells.at(c)), csv.at(r).at(c));
                const QJsonObject cell = cells.at(c).toObject();
                if (r == 0) {
                    QVERIFY(cell.value(QStringLiteral("bold")).toBool());
                    continue;
                }
                if (text.contains(columns.at(c)) && !csv.at(r).at(c).isEmpty()) {
                    QCOMPARE(cell.value(QStringLiteral("t")).toString(), QStringLiteral("str"));
                    QCOMPARE(cell.value(QStringLiteral("format")).toString(), QStringLiteral("@"));
                }
                if (columns.at(c) == HistoryColumn::LatencyMs)
                    QCOMPARE(cell.value(QStringLiteral("t")).toString(), QStringLiteral("int"));
            }
        }
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(sheet.value(QStringLiteral("filter")).toString(),
                 QStringLiteral("A1:%1%2").arg(columnLetters(int(columns.size()))).arg(rows.size()));
    }

private slots:
    void initTestCase()
    {
        TRICHECK_REQUIRE_WORKBOOK_WRITER();
        tricheck::test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_historyPath = tricheck::test::historyLocation(m_dir.filePath(QStringLiteral("xlsx.sqlite")));
        auto store = HistoryStore::open({m_historyPath, {}, HistoryStore::IntegrityCheck::Quick, 1000, {}});
        QVERIFY(store);
        m_store = std::move(store).value();
        const QStringList references{QStringLiteral("plain"),
                                     QStringLiteral("with, comma and \"quotes\""),
                                     QStringLiteral("two\nlines"),
                                     QStringLiteral("中文业务编号：张三"),
                                     QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                                     QStringLiteral("+1+1"),
                                     QStringLiteral("@SUM(A1:A2)"),
                                     QStringLiteral("00123"),
                                     QStringLiteral("123456789012345678"),
                                     QString()};
        const QStringList codes{QStringLiteral("101"),
                                QStringLiteral("201"),
                                QStringLiteral("202"),
                                QStringLiteral("203"),
                                QStringLiteral("204"),
                                QStringLiteral("301")};
        for (int i = 0; i < 30; ++i) {
            api::VerifyOutcome o = resultOutcome(codes.at(i % codes.size()),
                                                 kBase.addSecs(qint64{i} * 60),
                                                 i % 3 ? QStringLiteral("CMCC") : QStringLiteral("CTCC"),
                                                 100 + i);
            o.reference = references.at(i % references.size());
            o.maskedIdNumber = QStringLiteral("110***********%1").arg(1000 + i);
            BatchRef batch;
            if (i % 7 == 0)
                batch = {QStringLiteral("B-%1").arg(i), i + 2};
            QVERIFY(m_store->insert(o, std::nullopt, batch));
        }
        QVERIFY(m_store->insert(test::errorOutcome(api::ErrorKind::Timeout, kBase.addSecs(5000))));
        QVERIFY(m_store->insert(test::errorOutcome(api::ErrorKind::Network, kBase.addSecs(5001))));
        QVERIFY(m_store->insert(test::errorOutcome(api::ErrorKind::Authentication, kBase.addSecs(5002))));
    }

    // Every column, every row: the workbook says what the CSV export says.
    void everyValueAsInTheCsvExport()
    {
        CsvExportOptions options;
        const Table csv = parseCsv(csvOf({}, {}, options));
        QCOMPARE(csv.size(), 34);
        qint64 rows = 0;
        const QJsonObject book = xlsxOf(QStringLiteral("all.xlsx"), {}, {}, options, &rows);
        QCOMPARE(rows, 33);
        const QJsonObject sheet = test::sheetOf(book, 0);
        QCOMPARE(sheet.value(QStringLiteral("name")).toString(), QStringLiteral("History"));
        compareWithCsv(sheet, csv, HistoryColumns::all());

        // Each row in its result's colour, as in the history table.
        const int statusColumn = int(HistoryColumns::all().indexOf(HistoryColumn::Status));
        const QJsonArray sheetRows = sheet.value(QStringLiteral("rows")).toArray();
        for (int r = 1; r < sheetRows.size(); ++r) {
            const QString status = csv.at(r).at(statusColumn);
            std::optional<api::StatusRole> role;
            for (const auto candidate : {api::StatusRole::Pass,
                                         api::StatusRole::Mismatch,
                                         api::StatusRole::PartialMismatch,
                                         api::StatusRole::NoRecord,
                                         api::StatusRole::Error,
                                         api::StatusRole::Unknown}) {
                if (api::ResultCatalogue::roleName(candidate) == status)
                    role = candidate;
            }
            QVERIFY2(role, qPrintable(status));
            const QJsonObject cell = sheetRows.at(r).toArray().at(0).toObject();
            QCOMPARE(cell.value(QStringLiteral("fill")).toString(), hex(resultColours(*role).background));
            QCOMPARE(cell.value(QStringLiteral("font")).toString(), hex(resultColours(*role).foreground));
        }
        // Columns are as wide as their contents (within limits).
        QVERIFY(!sheet.value(QStringLiteral("widths")).toObject().isEmpty());

        // The summary: attempts by result and billing, the filter, the privacy note.
        const QJsonObject summarySheet = test::sheetOf(book, 1);
        QCOMPARE(summarySheet.value(QStringLiteral("name")).toString(), QStringLiteral("Summary"));
        const QHash<QString, QString> summary = summaryOf(summarySheet);
        QCOMPARE(summary.value(QStringLiteral("Attempts")), QStringLiteral("33"));
        QHash<QString, int> byStatus;
        for (int r = 1; r < csv.size(); ++r)
            ++byStatus[csv.at(r).at(statusColumn)];
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            QCOMPARE(summary.value(it.key()), QString::number(it.value()));
        // Billing in the Billed column's words: the sandbox's answers are "Simulated — not billed".
        const int billedColumn = int(HistoryColumns::all().indexOf(HistoryColumn::Billed));
        QHash<QString, int> byBilling;
        for (int r = 1; r < csv.size(); ++r)
            ++byBilling[csv.at(r).at(billedColumn)];
        for (auto it = byBilling.cbegin(); it != byBilling.cend(); ++it)
            QCOMPARE(summary.value(it.key()), QString::number(it.value()));
        QCOMPARE(summary.value(QStringLiteral("none")), QStringLiteral("every attempt"));
        QVERIFY(summary.value(QStringLiteral("Identity values")).startsWith(u"masked"));
    }

    // The chosen filter, sort and columns, exactly; the filter is named in the summary.
    void filteredSortedChosenColumns()
    {
        CsvExportOptions options;
        options.columns = {HistoryColumn::LatencyMs,
                           HistoryColumn::MaskedIdNumber,
                           HistoryColumn::Reference,
                           HistoryColumn::Status,
                           HistoryColumn::BatchRow};
        HistoryFilter filter;
        filter.roles = {api::StatusRole::Mismatch, api::StatusRole::PartialMismatch};
        const HistorySort sort{HistoryColumn::LatencyMs, Qt::AscendingOrder};
        const Table csv = parseCsv(csvOf(filter, sort, options));
        QVERIFY(csv.size() > 5);
        const QJsonObject book = xlsxOf(QStringLiteral("filtered.xlsx"), filter, sort, options);
        // The chosen columns, and the Service column that every export carries.
        compareWithCsv(test::sheetOf(book, 0), csv, HistoryColumns::exported(options.columns));
        const QHash<QString, QString> summary = summaryOf(test::sheetOf(book, 1));
        QCOMPARE(summary.value(QStringLiteral("Attempts")), QString::number(csv.size() - 1));
        QCOMPARE(summary.value(QStringLiteral("status")), QStringLiteral("mismatch, partial"));
        QVERIFY(summary.value(QStringLiteral("sorted by")).contains(u"ascending"));
    }

    void headerAndSheetsInTheUiLanguage()
    {
        i18n::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
        CsvExportOptions options;
        options.columns = {HistoryColumn::Time, HistoryColumn::MaskedMobile, HistoryColumn::Result};
        const QJsonObject book = xlsxOf(QStringLiteral("zh.xlsx"), {}, {}, options);
        const QJsonObject sheet = test::sheetOf(book, 0);
        QCOMPARE(cellText(sheet.value(QStringLiteral("rows")).toArray().at(0).toArray().at(1)),
                 QStringLiteral("手机号（脱敏）"));
        QCOMPARE(sheet.value(QStringLiteral("name")).toString(), XlsxExport::dataSheetName());
        QVERIFY(XlsxExport::dataSheetName() != u"History");
        QCOMPARE(test::sheetOf(book, 1).value(QStringLiteral("name")).toString(), XlsxExport::summarySheetName());
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
    }

    void auditedAtomicAndPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("audited.xlsx"));
        const auto before = m_store->auditEvents();
        const auto rows = exportHistoryToFile(ExportFormat::Xlsx, *m_store, {}, {}, path);
        QVERIFY(rows);
        const auto after = m_store->auditEvents();
        QCOMPARE(after->size(), before->size() + 1);
        const AuditEvent& e = after->first();
        QCOMPARE(e.kind, AuditEvent::Kind::Export);
        QCOMPARE(e.subject, QFileInfo(path).absoluteFilePath());
        QCOMPARE(e.rowCount, std::optional<qint64>(*rows));
        QCOMPARE(e.details.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
        struct stat st
        { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600U);

        // Cancelled: no file, and an existing one untouched.
        const QByteArray existing = test::fileBytes(path);
        CsvExportOptions options;
        options.progressInterval = 5;
        options.cancelRequested = [] { return true; };
        const auto cancelled = XlsxExport::exportToFile(*m_store, {}, {}, path, options);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, HistoryError::Kind::Cancelled);
        QCOMPARE(test::fileBytes(path), existing);
        const QString fresh = m_dir.filePath(QStringLiteral("never.xlsx"));
        QVERIFY(!XlsxExport::exportToFile(*m_store, {}, {}, fresh, options));
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(m_store->auditEvents()->size(), after->size());
        QVERIFY(!XlsxExport::exportToFile(*m_store, {}, {}, QStringLiteral("/nonexistent/dir/x.xlsx")));

        QCOMPARE(exportFormatForPath(QStringLiteral("a.XLSX")), ExportFormat::Xlsx);
        QCOMPARE(exportFormatForPath(QStringLiteral("a.csv")), ExportFormat::Csv);
        QCOMPARE(exportFormatFromId(u"xlsx"), std::optional<ExportFormat>(ExportFormat::Xlsx));
        QVERIFY(!exportFormatFromId(u"xls"));
    }

    // tricheck-cli history export: --format xlsx, or by the file's extension; to stdout when it is
    // not a terminal; a bad format is a usage error.
    void cli()
    {
        if (test::onPostgres())
            QSKIP("the CLI runs against the SQLite history only here");
        m_store.reset(); // the CLI opens the file itself
        const auto env = test::cliEnvironment();
        const QString byFlag = m_dir.filePath(QStringLiteral("cli-flag.out"));
        const test::CliRun flagged = test::runCli({QStringLiteral("history"),
                                                   QStringLiteral("export"),
                                                   QStringLiteral("--history"),
                                                   m_historyPath,
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xlsx"),
                                                   QStringLiteral("--status"),
                                                   QStringLiteral("pass"),
                                                   QStringLiteral("--output"),
                                                   byFlag},
                                                  env);
        QVERIFY2(flagged.exitCode == 0, flagged.err.constData());
        QCOMPARE(flagged.json.value(QStringLiteral("exported")).toInt(), 5);
        QVERIFY(QFile::copy(byFlag, byFlag + QStringLiteral(".xlsx"))); // openpyxl goes by the name
        const QJsonObject book = test::readWorkbook(byFlag + QStringLiteral(".xlsx"));
        QCOMPARE(test::sheetOf(book, 0).value(QStringLiteral("rows")).toArray().size(), 6);

        const QString byName = m_dir.filePath(QStringLiteral("cli-name.xlsx"));
        const test::CliRun named = test::runCli({QStringLiteral("history"),
                                                 QStringLiteral("export"),
                                                 QStringLiteral("--history"),
                                                 m_historyPath,
                                                 QStringLiteral("--output"),
                                                 byName},
                                                env);
        QVERIFY2(named.exitCode == 0, named.err.constData());
        QVERIFY(test::fileBytes(byName).startsWith("PK\x03\x04"));

        const test::CliRun piped = test::runCli({QStringLiteral("history"),
                                                 QStringLiteral("export"),
                                                 QStringLiteral("--history"),
                                                 m_historyPath,
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("xlsx")},
                                                env);
        QCOMPARE(piped.exitCode, 0);
        const QString pipedPath = m_dir.filePath(QStringLiteral("cli-piped.xlsx"));
        QFile pipedFile(pipedPath);
        QVERIFY(pipedFile.open(QIODevice::WriteOnly));
        pipedFile.write(piped.out);
        pipedFile.close();
        QCOMPARE(test::sheetOf(test::readWorkbook(pipedPath), 0).value(QStringLiteral("rows")).toArray().size(), 34);

        const test::CliRun bad = test::runCli({QStringLiteral("history"),
                                               QStringLiteral("export"),
                                               QStringLiteral("--history"),
                                               m_historyPath,
                                               QStringLiteral("--format"),
                                               QStringLiteral("xls")},
                                              env);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--format must be csv or xlsx"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryXlsx)
#include "testhistoryxlsx.moc"
