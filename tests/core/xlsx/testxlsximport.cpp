// Batch files as Excel workbooks (.xlsx), written at test time by openpyxl: shared, inline and rich
// strings, numbers (mobiles read as their digits, ID numbers refused), formulas with and without a
// result, error values, Chinese headers, a worksheet chosen by name, empty rows, sparse cells,
// 10,000 rows; and broken or hostile files (not a zip, truncated, a zip bomb, entity expansion,
// an .xls file), each with a clear error.
#include "batch/batchreader.h"
#include "batch/filepreview.h"
#include "common/crypto.h"
#include "identity/finding.h"
#include "testenv.h"
#include "xlsxtestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::batch;
using tricheck::test::row;

namespace {

const QJsonArray kChineseHeader =
    row({QStringLiteral("手机号"), QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("备注")});

QJsonObject workbook(const QJsonArray& rows, bool shared, const QString& name = QStringLiteral("Sheet1"))
{
    return QJsonObject{{QStringLiteral("shared"), shared},
                       {QStringLiteral("sheets"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("rows"), rows}}}}};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every row of the file as the batch reader gives it.
QList<BatchRow>
rowsOf(const QString& path, const ImportOptions& options = {}, std::optional<ImportError>* error = nullptr)
{
    QFile file(path);
    QList<BatchRow> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    BatchReader reader(&file, options);
    if (const auto e = reader.open()) {
        if (error)
            *error = e;
        return rows;
    }
    BatchRow r;
    while (reader.next(&r))
        rows.append(r);
    if (error)
        *error = reader.error();
    return rows;
}

} // namespace

class TestXlsxImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QJsonObject& spec)
    {
        QString path = m_dir.filePath(name);
        if (!test::writeWorkbook(spec, path))
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        QVERIFY(m_dir.isValid());
    }

    // The same rows as shared strings (Excel, WPS) and as inline strings (openpyxl, streaming
    // writers) read alike, with Chinese headers mapped.
    void sharedAndInlineStrings_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared strings") << true;
        QTest::newRow("inline strings") << false;
    }
    void sharedAndInlineStrings()
    {
        QFETCH(bool, shared);
        QJsonArray rows{kChineseHeader};
        rows.append(row({QStringLiteral("13800138000"),
                         QStringLiteral("张三"),
                         QStringLiteral("11010519491231002X"),
                         QStringLiteral("KYC-1")}));
        rows.append(row({QStringLiteral("13512340006"),
                         QStringLiteral("阿依古丽·买买提"),
                         QStringLiteral("650102199304050489"),
                         QStringLiteral("KYC-2")}));
        rows.append(row({QStringLiteral("13800138000"),
                         QStringLiteral("张三"),
                         QStringLiteral("11010519491231002X"),
                         QStringLiteral("again")}));
        const QString path = write(QStringLiteral("strings-%1.xlsx").arg(shared), workbook(rows, shared));
        QVERIFY(!path.isEmpty());
        const auto report = importBatchFile(path, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->format, SourceFormat::Xlsx);
        QCOMPARE(report->sheet, QStringLiteral("Sheet1"));
        QCOMPARE(report->rows, 3);
        QCOMPARE(report->valid, 2);
        QCOMPARE(report->duplicates, 1);
        QCOMPARE(report->duplicateRows.constFirst(), std::make_pair(4, 2));
        QCOMPARE(report->validLines, (QList<int>{2, 3}));
        QCOMPARE(report->mapping.mobile, 0);
        QCOMPARE(report->mapping.reference, 3);
        // The journal's digest: the file's own SHA-256.
        QCOMPARE(report->sha256, crypto::digest(crypto::Hash::Sha256, readAll(path)));
        QCOMPARE(report->bytes, QFileInfo(path).size());
        const QList<BatchRow> read = rowsOf(path);
        QCOMPARE(read.at(1).input.name, QStringLiteral("阿依古丽·买买提"));
        QCOMPARE(read.at(1).reference, QStringLiteral("KYC-2"));
    }

    // A mobile kept as a number is read as its digits; an ID number kept as a number has lost its
    // last digits in Excel and is refused, with a reason that says what to do.
    void numbersForMobilesAndIdNumbers()
    {
        QJsonArray rows{kChineseHeader};
        rows.append(row({13800138000.0, QStringLiteral("张三"), QStringLiteral("11010519491231002X"), 42}));
        rows.append(row({13512340006.0, QStringLiteral("阿依古丽·买买提"), 6.50102199304050e17, QStringLiteral("x")}));
        rows.append(row({QStringLiteral("13012340011"), QStringLiteral("吴刚"), 210102197501300538.0, {}}));
        const QString path = write(QStringLiteral("numbers.xlsx"), workbook(rows, true));
        const QList<BatchRow> read = rowsOf(path);
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).kind, RowKind::Valid);
        QCOMPARE(read.at(0).input.mobile, QStringLiteral("13800138000"));
        QCOMPARE(read.at(0).reference, QStringLiteral("42"));
        QCOMPARE(read.at(1).input.mobile, QStringLiteral("13512340006"));
        for (const int i : {1, 2}) {
            QCOMPARE(read.at(i).kind, RowKind::Invalid);
            QCOMPARE(read.at(i).errorField(), identity::Field::IdNumber);
            QCOMPARE(read.at(i).error()->reason, identity::Reason::CellStoredAsNumber);
        }
        const auto report = importBatchFile(path, {});
        QVERIFY(report);
        QCOMPARE(report->invalid, 2);
        const QString text = report->invalidRows.constFirst().describe();
        QVERIFY2(text.contains(QStringLiteral("stored as a number in the workbook; its last digits are lost — format "
                                              "the column as text"),
                               Qt::CaseInsensitive),
                 qPrintable(text));
        QCOMPARE(report->invalidRows.constFirst().line, 3);
    }

    // Formulas count by the result saved with them; one without a result, or with an error, makes
    // its row invalid with a reason (naming Excel's error code, nothing else). Rich text runs are
    // joined, without their phonetic guide.
    void formulasRichTextAndBooleans()
    {
        QJsonArray rows{kChineseHeader};
        rows.append(row({QJsonObject{{QStringLiteral("formula"), QStringLiteral("=\"13800138000\"")},
                                     {QStringLiteral("cached"), QStringLiteral("13800138000")}},
                         QJsonObject{{QStringLiteral("rich"), QJsonArray{QStringLiteral("张"), QStringLiteral("三")}}},
                         QStringLiteral("11010519491231002X"),
                         true}));
        rows.append(row({QJsonObject{{QStringLiteral("formula"), QStringLiteral("=13512340006")},
                                     {QStringLiteral("cached"), 13512340006.0}},
                         QStringLiteral("阿依古丽·买买提"),
                         QJsonObject{{QStringLiteral("formula"), QStringLiteral("=A1&\"\"")}},
                         QStringLiteral("no result")}));
        rows.append(row({QStringLiteral("13012340011"),
                         QStringLiteral("#N/A"),
                         QStringLiteral("210102197501300538"),
                         QStringLiteral("error value")}));
        rows.append(row({QStringLiteral("13012340011"),
                         QJsonObject{{QStringLiteral("error"), QStringLiteral("吴刚 13012340011")}},
                         QStringLiteral("210102197501300538"),
                         QStringLiteral("not an error code")}));
        const QString path = write(QStringLiteral("formulas.xlsx"), workbook(rows, true));
        const QList<BatchRow> read = rowsOf(path);
        QCOMPARE(read.size(), 4);
        QCOMPARE(read.at(0).kind, RowKind::Valid);
        QCOMPARE(read.at(0).input.mobile, QStringLiteral("13800138000"));
        QCOMPARE(read.at(0).input.name, QStringLiteral("张三"));
        QCOMPARE(read.at(0).reference, QStringLiteral("TRUE"));
        QCOMPARE(read.at(1).kind, RowKind::Invalid);
        QCOMPARE(read.at(1).input.mobile, QStringLiteral("13512340006"));
        QCOMPARE(read.at(1).error()->reason, identity::Reason::CellFormulaWithoutValue);
        QCOMPARE(read.at(2).kind, RowKind::Invalid);
        QCOMPARE(read.at(2).errorField(), identity::Field::Name);
        QCOMPARE(read.at(2).error()->reason, identity::Reason::CellErrorValue);
        QVERIFY(identity::IdentityText::describe(identity::Field::Name, *read.at(2).error()).contains(u"#N/A"));
        // Whatever else an error cell holds is not quoted: messages never show a cell's contents.
        QCOMPARE(read.at(3).error()->reason, identity::Reason::CellErrorValue);
        const QString other = identity::IdentityText::describe(identity::Field::Name, *read.at(3).error());
        QVERIFY2(!other.contains(u"吴刚") && !other.contains(u"13012340011"), qPrintable(other));
    }

    // Lines are the worksheet's row numbers; empty rows and missing cells are gaps, not rows.
    void emptyRowsAndSparseCells()
    {
        QJsonArray rows{QJsonValue(), kChineseHeader}; // the header on row 2
        rows.append(row({QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")}));
        rows.append(QJsonValue());
        rows.append(QJsonValue());
        rows.append(
            row({QStringLiteral("13512340006"), {}, QStringLiteral("650102199304050489"), QStringLiteral("r")}));
        rows.append(row({{}, {}, {}, {}}));
        rows.append(row({QStringLiteral("13012340011"), QStringLiteral("吴刚"), QStringLiteral("210102197501300538")}));
        const QString path = write(QStringLiteral("gaps.xlsx"), workbook(rows, true));
        const auto report = importBatchFile(path, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->rows, 3);
        QCOMPARE(report->validLines, (QList<int>{3, 8}));
        QCOMPARE(report->invalidRows.constFirst().line, 6);
        QCOMPARE(report->invalidRows.constFirst().field, identity::Field::Name);
    }

    // The first worksheet by default; another by name (as Excel, without regard to case); a name
    // that is not there is an error that lists the worksheets.
    void worksheetByName()
    {
        QJsonObject spec{{QStringLiteral("shared"), true}};
        QJsonArray customers{kChineseHeader};
        customers.append(
            row({QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")}));
        spec.insert(QStringLiteral("sheets"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Notes")},
                                           {QStringLiteral("rows"), QJsonArray{row({QStringLiteral("read me")})}}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("客户 2024")},
                                           {QStringLiteral("rows"), customers}}});
        const QString path = write(QStringLiteral("sheets.xlsx"), spec);
        const auto first = importBatchFile(path, {});
        QVERIFY(!first);
        QCOMPARE(first.error().kind, ImportError::Kind::NoHeader);

        ImportOptions options;
        options.sheet = QStringLiteral("客户 2024");
        const auto chosen = importBatchFile(path, options);
        QVERIFY2(chosen, chosen ? "" : qPrintable(chosen.error().message));
        QCOMPARE(chosen->valid, 1);
        QCOMPARE(chosen->sheet, QStringLiteral("客户 2024"));
        QCOMPARE(chosen->sheets, (QStringList{QStringLiteral("Notes"), QStringLiteral("客户 2024")}));
        options.sheet = QStringLiteral("NOTES");
        QCOMPARE(importBatchFile(path, options).error().kind, ImportError::Kind::NoHeader);

        options.sheet = QStringLiteral("Kunden");
        const auto missing = importBatchFile(path, options);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kindId(), QStringLiteral("no_such_sheet"));
        QVERIFY(missing.error().message.contains(u"\"Kunden\""));
        QVERIFY(missing.error().message.contains(u"客户 2024"));

        // The journal keeps the worksheet, so that a resumed batch reads the same one.
        options.sheet = QStringLiteral("客户 2024");
        QCOMPARE(ImportOptions::fromJson(options.toJson()).sheet, options.sheet);
        QVERIFY(!ImportOptions::fromJson(ImportOptions().toJson()).toJson().contains(QStringLiteral("sheet")));

        // A CSV file has no worksheets.
        const QString csv = m_dir.filePath(QStringLiteral("plain.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mobile,name,id_number\r\n13800138000,张三,11010519491231002X\r\n");
        f.close();
        QCOMPARE(importBatchFile(csv, options).error().kind, ImportError::Kind::NoSuchSheet);

        // The preview shows the worksheets and a worksheet's first rows.
        const FilePreview preview = FilePreview::read(path, TextEncoding::Auto, QStringLiteral("客户 2024"), 9);
        QVERIFY(!preview.error);
        QCOMPARE(preview.format, SourceFormat::Xlsx);
        QCOMPARE(preview.sheets.size(), 2);
        QCOMPARE(preview.records.size(), 2);
        QCOMPARE(preview.records.at(0).fields.at(1), QStringLiteral("姓名"));
        QCOMPARE(preview.records.at(1).fields.at(1), QStringLiteral("张三"));
        QCOMPARE(FilePreview::read(path, TextEncoding::Auto, {}, 9).sheet, QStringLiteral("Notes"));
    }

    // By content, not by name.
    void formatByContent()
    {
        QJsonArray rows{kChineseHeader};
        rows.append(row({QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")}));
        const QString path = write(QStringLiteral("workbook.csv"), workbook(rows, true));
        const auto report = importBatchFile(path, {});
        QVERIFY(report);
        QCOMPARE(report->format, SourceFormat::Xlsx);
        const QString csv = m_dir.filePath(QStringLiteral("text.xlsx"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mobile,name,id_number\r\n13800138000,张三,11010519491231002X\r\n");
        f.close();
        QCOMPARE(importBatchFile(csv, {})->format, SourceFormat::Csv);
    }

    void tenThousandRows()
    {
        QJsonObject spec{
            {QStringLiteral("shared"), true},
            {QStringLiteral("sheets"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Big")}}}},
            {QStringLiteral("generated"),
             QJsonObject{{QStringLiteral("rows"), 10000}, {QStringLiteral("mobileAsNumber"), true}}}};
        const QString path = write(QStringLiteral("big.xlsx"), spec);
        QVERIFY(!path.isEmpty());
        int progressCalls = 0;
        qint64 lastBytes = 0;
        const auto report = importBatchFile(path, {}, {[&](qint64 bytes) {
                                                ++progressCalls;
                                                lastBytes = bytes;
                                                return true;
                                            }});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->rows, 10000);
        QCOMPARE(report->valid, 10000);
        QCOMPARE(report->validLines.constFirst(), 2);
        QCOMPARE(report->validLines.constLast(), 10001);
        QCOMPARE(progressCalls, 1);
        QVERIFY(lastBytes > 0 && lastBytes <= report->bytes);
        QCOMPARE(report->sha256, crypto::digest(crypto::Hash::Sha256, readAll(path)));
    }

    // Broken and hostile files: a clear error each, never a crash or a hang.
    void malformedWorkbooks()
    {
        QJsonArray rows{kChineseHeader};
        rows.append(row({QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")}));
        const QString good = write(QStringLiteral("good.xlsx"), workbook(rows, true));
        const QByteArray bytes = readAll(good);
        QVERIFY(!bytes.isEmpty());

        const auto errorOf = [](const QByteArray& file) {
            const auto report = importBatchBytes(file, {});
            return report ? ImportError() : report.error();
        };
        // Truncated: the zip's directory is at its end.
        for (const qsizetype size : {bytes.size() / 2, bytes.size() - 10, qsizetype(30)}) {
            const ImportError e = errorOf(bytes.left(size));
            QCOMPARE(e.kindId(), QStringLiteral("bad_workbook"));
            QVERIFY2(e.message.contains(u"truncated") || e.message.contains(u"damaged"), qPrintable(e.message));
        }
        // Zip magic, then rubbish.
        QCOMPARE(errorOf(QByteArray("PK\x03\x04") + QByteArray(2000, 'x')).kindId(), QStringLiteral("bad_workbook"));
        // Damaged compressed data: the checksum or the inflater says so.
        QByteArray flipped = bytes;
        for (qsizetype i = 100; i < flipped.size() / 2; i += 37)
            flipped[i] = char(flipped[i] ^ 0x5A);
        QVERIFY(!importBatchBytes(flipped, {}));
        // An Excel 97-2003 workbook, or an encrypted one.
        const ImportError ole = errorOf(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
        QCOMPARE(ole.kindId(), QStringLiteral("bad_workbook"));
        QVERIFY(ole.message.contains(u".xls"));

        // A zip bomb: a sheet of 100 MB of blanks, packed a thousand to one.
        const QString bomb = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(test::runXlsxTool({QStringLiteral("bomb"), bomb, QStringLiteral("100")}));
        QVERIFY(QFileInfo(bomb).size() < qint64{2} * 1024 * 1024);
        const auto bombed = importBatchFile(bomb, {});
        QVERIFY(!bombed);
        QCOMPARE(bombed.error().kindId(), QStringLiteral("unsafe_workbook"));
        QVERIFY2(bombed.error().message.contains(u"zip bomb"), qPrintable(bombed.error().message));
        QCOMPARE(FilePreview::read(bomb, TextEncoding::Auto, {}, 9).error->kindId(), QStringLiteral("unsafe_workbook"));

        // Entity expansion ("billion laughs"): a document type declaration is refused outright.
        const QString laughs = m_dir.filePath(QStringLiteral("laughs.xlsx"));
        QVERIFY(test::runXlsxTool({QStringLiteral("dtd"), laughs}));
        const auto expanded = importBatchFile(laughs, {});
        QVERIFY(!expanded);
        QCOMPARE(expanded.error().kindId(), QStringLiteral("unsafe_workbook"));
        QVERIFY(expanded.error().message.contains(u"document type declaration"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "testxlsximport.moc"
