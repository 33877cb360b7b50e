#include "batch/batchreader.h"
#include "batchtestutil.h"
#include "common/crypto.h"
#include "testenv.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;
using namespace tricheck::batch;
using tricheck::test::utf8Csv;

namespace {

ImportReport imported(const QByteArray& bytes, const ImportOptions& options = {})
{
    const auto report = importBatchBytes(bytes, options);
    if (!report) {
        qWarning() << "import failed:" << report.error().kindId() << report.error().line << report.error().message;
        return {};
    }
    return report.value();
}

const QByteArray kHeader = "mobile,name,id_number,reference";
const QByteArray kRow1 = "13800138000,张三,11010519491231002X,KYC-1";
const QByteArray kRow2 = "13512340006,阿依古丽·买买提,650102199304050489,KYC-2";

} // namespace

class TestBatchImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding"); // chosen
        QTest::addColumn<QString>("detected");
        const QByteArray utf8 = utf8Csv({"手机号,姓名,身份证号,备注", kRow1, kRow2});
        QTest::newRow("utf-8") << utf8 << "auto"
                               << "utf-8";
        QTest::newRow("utf-8 BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << "auto"
                                   << "utf-8";
        QTest::newRow("gb18030 detected") << tricheck::test::toGb18030(utf8) << "auto"
                                          << "gb18030";
        QTest::newRow("gb18030 chosen") << tricheck::test::toGb18030(utf8) << "gb18030"
                                        << "gb18030";
        QTest::newRow("gbk alias") << tricheck::test::toGb18030(utf8) << "gbk"
                                   << "gb18030";
        QTest::newRow("utf-8 chosen, BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << "utf-8"
                                           << "utf-8";
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, detected);
        ImportOptions options;
        options.encoding = *textEncodingFromId(encoding);
        const ImportReport r = imported(bytes, options);
        QCOMPARE(r.rows, 2);
        QCOMPARE(r.valid, 2);
        QCOMPARE(textEncodingId(r.encoding), detected);
        QCOMPARE(r.header.first(), QStringLiteral("手机号"));
        QCOMPARE(r.mapping.reference, 3);
        QCOMPARE(r.validLines, (QList<int>{2, 3}));
        QCOMPARE(r.sha256, crypto::digest(crypto::Hash::Sha256, bytes));

        // The names survive decoding: read the rows back.
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        BatchReader reader(&buffer, options);
        QVERIFY(!reader.open());
        BatchRow row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.input.name, QStringLiteral("张三"));
        QCOMPARE(row.reference, QStringLiteral("KYC-1"));
        QVERIFY(reader.next(&row));
        QCOMPARE(row.input.name, QStringLiteral("阿依古丽·买买提"));
        QVERIFY(!reader.next(&row));
        QVERIFY(!reader.error());
    }

    void dialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("detected");
        QTest::newRow("comma crlf") << utf8Csv({kHeader, kRow1}) << "auto"
                                    << "comma";
        QTest::newRow("comma lf, no final newline") << QByteArray(kHeader + "\n" + kRow1) << "auto"
                                                    << "comma";
        QByteArray semi = utf8Csv({kHeader, kRow1});
        semi.replace(',', ';');
        QTest::newRow("semicolon") << semi << "auto"
                                   << "semicolon";
        QByteArray tab = utf8Csv({kHeader, kRow1});
        tab.replace(',', '\t');
        QTest::newRow("tab") << tab << "auto"
                             << "tab";
        QTest::newRow("tab chosen") << tab << "tab"
                                    << "tab";
        QTest::newRow("quoted, delimiter inside")
            << utf8Csv({"\"mobile\",\"name\",\"id, number\",\"reference\"",
                        "\"138 0013 8000\",\"张三\",\"11010519491231002X\",\"case \"\"A\"\", 7\""})
            << "auto"
            << "comma";
    }

    void dialects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(QString, detected);
        ImportOptions options;
        options.delimiter = *delimiterFromId(delimiter);
        if (bytes.contains("id, number"))
            options.columns = {{BatchField::IdNumber, QStringLiteral("id, number")}};
        const ImportReport r = imported(bytes, options);
        QCOMPARE(delimiterId(r.delimiter), detected);
        QCOMPARE(r.rows, 1);
        QCOMPARE(r.valid, 1);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        BatchReader reader(&buffer, options);
        QVERIFY(!reader.open());
        BatchRow row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.check.mobile.normalized, QStringLiteral("13800138000"));
        if (bytes.contains("case"))
            QCOMPARE(row.reference, QStringLiteral("case \"A\", 7"));
    }

    void quotedFieldsSpanLines()
    {
        // A reference with a line break inside quotes: the row keeps the line it starts on, and the
        // next row's line number counts the embedded break.
        const QByteArray bytes = utf8Csv({kHeader, "13800138000,张三,11010519491231002X,\"two\nlines\"", kRow2});
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        BatchReader reader(&buffer, {});
        QVERIFY(!reader.open());
        BatchRow row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.line, 2);
        QCOMPARE(row.reference, QStringLiteral("two\nlines"));
        QVERIFY(reader.next(&row));
        QCOMPARE(row.line, 4);
    }

    void headerNames_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QList<int>>("columns"); // mobile, name, id, reference
        QTest::newRow("english") << QByteArray("Name,Mobile,ID Number,Reference") << QList<int>{1, 0, 2, 3};
        QTest::newRow("english variants")
            << QByteArray("phone_number,full name,id_no,remarks") << QList<int>{0, 1, 2, 3};
        QTest::newRow("short") << QByteArray("phone,name,id") << QList<int>{0, 1, 2, -1};
        QTest::newRow("chinese") << QByteArray("姓名,手机号码,身份证号码,案件号") << QList<int>{1, 0, 2, 3};
        QTest::newRow("chinese short") << QByteArray("备注,身份证号,手机号,姓名") << QList<int>{2, 3, 1, 0};
        QTest::newRow("extra columns") << QByteArray("序号,客户姓名,联系电话,身份证,金额") << QList<int>{2, 1, 3, -1};
        QTest::newRow("spaces and colons")
            << QByteArray(" Mobile No. , 姓名：, ID-Number ,note") << QList<int>{0, 1, 2, 3};
    }

    void headerNames()
    {
        QFETCH(QByteArray, header);
        QFETCH(QList<int>, columns);
        const ImportReport r = imported(utf8Csv({header}));
        QCOMPARE(r.rows, 0);
        QCOMPARE(r.mapping.mobile, columns.at(0));
        QCOMPARE(r.mapping.name, columns.at(1));
        QCOMPARE(r.mapping.idNumber, columns.at(2));
        QCOMPARE(r.mapping.reference, columns.at(3));
    }

    void chosenColumns()
    {
        const QByteArray bytes = utf8Csv({"a,b,c,d", "x,13800138000,张三,11010519491231002X"});
        ImportOptions options;
        options.columns = {{BatchField::Mobile, QStringLiteral("b")},
                           {BatchField::Name, QStringLiteral("3")},
                           {BatchField::IdNumber, QStringLiteral("D")},
                           {BatchField::Reference, QStringLiteral("a")}};
        const ImportReport r = imported(bytes, options);
        QCOMPARE(r.valid, 1);
        QCOMPARE(r.mapping.mobile, 1);
        QCOMPARE(r.mapping.name, 2);
        QCOMPARE(r.mapping.idNumber, 3);
        QCOMPARE(r.mapping.reference, 0);

        // Without a header: positions, by default mobile, name, ID number, reference.
        ImportOptions noHeader;
        noHeader.hasHeader = false;
        const ImportReport plain = imported(utf8Csv({kRow1, kRow2}), noHeader);
        QCOMPARE(plain.rows, 2);
        QCOMPARE(plain.valid, 2);
        noHeader.columns = {{BatchField::Mobile, QStringLiteral("mobile")}};
        const auto byName = importBatchBytes(utf8Csv({kRow1}), noHeader);
        QVERIFY(!byName);
        QCOMPARE(byName.error().kind, ImportError::Kind::BadMapping);
    }

    void badHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<ColumnChoice>>("choices");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::newRow("data, no header") << utf8Csv({kRow1}) << QList<ColumnChoice>{}
                                         << int(ImportError::Kind::NoHeader) << 1;
        QTest::newRow("missing id column")
            << utf8Csv({"", "mobile,name,email"}) << QList<ColumnChoice>{} << int(ImportError::Kind::NoHeader) << 2;
        QTest::newRow("unknown chosen column")
            << utf8Csv({kHeader}) << QList<ColumnChoice>{{BatchField::Mobile, QStringLiteral("telefon")}}
            << int(ImportError::Kind::BadMapping) << 1;
        QTest::newRow("one column for two fields")
            << utf8Csv({kHeader})
            << QList<ColumnChoice>{{BatchField::Mobile, QStringLiteral("1")}, {BatchField::Name, QStringLiteral("1")}}
            << int(ImportError::Kind::BadMapping) << 1;
    }

    void badHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<ColumnChoice>, choices);
        QFETCH(int, kind);
        QFETCH(int, line);
        ImportOptions options;
        options.columns = choices;
        const auto r = importBatchBytes(bytes, options);
        QVERIFY(!r);
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().line, line);
        QVERIFY(!r.error().message.isEmpty());
    }

    void invalidRowsListedWithLineAndReason()
    {
        const QByteArray bytes = utf8Csv({
            kHeader,
            kRow1,                                                // 2 valid
            "1380013800,张三,11010519491231002X,short mobile",    // 3 mobile length
            "13800138000,张三,110105194912310021,bad check",      // 4 ID check character
            "",                                                   // 5 blank: skipped
            "13800138000,张3,11010519491231002X,digit in name",   // 6 name
            "13800138000,张三,110105491231002,legacy 15",         // 7 legacy ID
            ",,,",                                                // 8 blank fields: skipped
            "+86 138-0013-8001,张三,11010519491231002x,fixed up", // 9 valid after normalising
        });
        const ImportReport r = imported(bytes);
        QCOMPARE(r.rows, 6);
        QCOMPARE(r.valid, 2);
        QCOMPARE(r.invalid, 4);
        QCOMPARE(r.validLines, (QList<int>{2, 9}));
        QCOMPARE(r.invalidRows.size(), 4);
        QCOMPARE(r.invalidRows.at(0).line, 3);
        QCOMPARE(r.invalidRows.at(0).field, identity::Field::Mobile);
        QCOMPARE(r.invalidRows.at(0).finding.reason, identity::Reason::MobileWrongLength);
        QCOMPARE(r.invalidRows.at(1).line, 4);
        QCOMPARE(r.invalidRows.at(1).finding.reason, identity::Reason::IdChecksumMismatch);
        QCOMPARE(r.invalidRows.at(2).line, 6);
        QCOMPARE(r.invalidRows.at(2).field, identity::Field::Name);
        QCOMPARE(r.invalidRows.at(3).line, 7);
        QCOMPARE(r.invalidRows.at(3).finding.reason, identity::Reason::IdLegacy15Digits);
        QVERIFY(r.invalidRows.at(0).describe().contains(QStringLiteral("11")));
    }

    void duplicatesSentOnce()
    {
        const QByteArray bytes = utf8Csv({
            kHeader,
            kRow1,                                                   // 2
            kRow2,                                                   // 3
            "138 0013 8000,张三,11010519491231002x,another ref",     // 4 = 2 once normalised
            kRow1,                                                   // 5 = 2
            "13800138000,张三,110101199003074477,other ID: not dup", // 6
            kRow2,                                                   // 7 = 3
        });
        const ImportReport r = imported(bytes);
        QCOMPARE(r.rows, 6);
        QCOMPARE(r.valid, 3);
        QCOMPARE(r.duplicates, 3);
        QCOMPARE(r.validLines, (QList<int>{2, 3, 6}));
        QCOMPARE(r.duplicateRows, (QList<std::pair<int, int>>{std::pair<int, int>{4, 2}, {5, 2}, {7, 3}}));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << "auto" << int(ImportError::Kind::Empty) << 0;
        QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << "auto" << int(ImportError::Kind::Empty) << 0;
        QTest::newRow("unterminated quote") << utf8Csv({kHeader, kRow1, "\"13800138000,张三,x,y", kRow2}) << "auto"
                                            << int(ImportError::Kind::UnterminatedQuote) << 3;
        QTest::newRow("text after closing quote")
            << utf8Csv({kHeader, kRow1, "\"138\"00138000,张三,x,y"}) << "auto" << int(ImportError::Kind::BadQuote) << 3;
        QTest::newRow("NUL byte") << utf8Csv({kHeader,
                                              kRow1,
                                              kRow2,
                                              QByteArray("1380013\0"
                                                         "8000,a,b,c",
                                                         18)})
                                  << "auto" << int(ImportError::Kind::BinaryData) << 4;
        QTest::newRow("binary file") << QByteArray("\x7F"
                                                   "ELF\x02\x01\x01\x00\x00\x00",
                                                   10)
                                     << "auto" << int(ImportError::Kind::BinaryData) << 1;
        QTest::newRow("GB18030 read as UTF-8")
            << QByteArray(kHeader + "\r\n" + kRow1 + "\r\n") + tricheck::test::toGb18030(kRow2 + "\r\n") << "utf-8"
            << int(ImportError::Kind::WrongEncoding) << 3;
        QTest::newRow("invalid GB18030") << utf8Csv({kHeader, "13800138000,\x81\x30\xFF,x,y"}) << "gb18030"
                                         << int(ImportError::Kind::WrongEncoding) << 2;
        QTest::newRow("one endless line")
            << QByteArray(qsizetype(3) * 1024 * 1024, 'a') << "auto" << int(ImportError::Kind::LineTooLong) << 1;
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(int, kind);
        QFETCH(int, line);
        ImportOptions options;
        options.encoding = *textEncodingFromId(encoding);
        const auto r = importBatchBytes(bytes, options);
        QVERIFY(!r);
        QCOMPARE(r.error().kindId(), ImportError::make(ImportError::Kind(kind), 0).kindId());
        QCOMPARE(r.error().line, line);
        QVERIFY(!r.error().message.isEmpty());
        if (line > 0)
            QVERIFY2(r.error().message.contains(QString::number(line)), qPrintable(r.error().message));
    }

    void streamsAcrossChunks()
    {
        // More than two read chunks, with a quoted multi-line field straddling the first boundary.
        QByteArray bytes = kHeader + "\r\n";
        int i = 0;
        while (bytes.size() < CsvSource::kChunkBytes - 20)
            bytes += tricheck::test::syntheticRow(i++) + "\r\n";
        const int quotedLine = i + 2;
        bytes += "13912345678,张三,11010519491231002X,\"a reference\r\nover the chunk boundary " + QByteArray(60, 'x') +
                 "\"\r\n";
        const int after = i;
        while (bytes.size() < 2 * CsvSource::kChunkBytes + 1000)
            bytes += tricheck::test::syntheticRow(i++) + "\r\n";
        const ImportReport r = imported(bytes);
        QCOMPARE(r.rows, i + 1);
        QCOMPARE(r.valid, i + 1);
        QVERIFY(r.validLines.contains(quotedLine));
        QCOMPARE(r.validLines.at(after + 1), quotedLine + 2); // the embedded line break is counted
        QCOMPARE(r.sha256, crypto::digest(crypto::Hash::Sha256, bytes));
    }

    void optionsRoundTrip()
    {
        ImportOptions o;
        o.encoding = TextEncoding::Gb18030;
        o.delimiter = Delimiter::Semicolon;
        o.hasHeader = false;
        o.columns = {{BatchField::Reference, QStringLiteral("5")}};
        o.paramType = identity::ParamType::Md5;
        const ImportOptions back = ImportOptions::fromJson(o.toJson());
        QCOMPARE(back.encoding, o.encoding);
        QCOMPARE(back.delimiter, o.delimiter);
        QCOMPARE(back.hasHeader, false);
        QCOMPARE(back.columns.size(), 1);
        QCOMPARE(back.columns.first().field, BatchField::Reference);
        QCOMPARE(back.paramType, identity::ParamType::Md5);
    }

    void neverCrashesOnRandomBytes()
    {
        // A small in-test fuzz run (the importer is callable on a byte buffer for a real fuzzer):
        // random mutations of a valid file, every encoding; any outcome but a crash is fine.
        QRandomGenerator rng(20240601);
        const QByteArray seed = utf8Csv({"手机号,姓名,身份证号,备注", kRow1, kRow2, "\"q\"\"x\",\"a\nb\",c,d"});
        for (int n = 0; n < 3000; ++n) {
            QByteArray bytes = seed;
            const int edits = 1 + int(rng.bounded(8));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(rng.bounded(bytes.size() + 1));
                switch (rng.bounded(3)) {
                case 0:
                    bytes.insert(pos, char(rng.bounded(256)));
                    break;
                case 1:
                    if (pos < bytes.size())
                        bytes[pos] = char(rng.bounded(256));
                    break;
                default:
                    bytes.remove(pos, int(rng.bounded(4)));
                    break;
                }
            }
            for (const TextEncoding enc : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gb18030}) {
                ImportOptions options;
                options.encoding = enc;
                const auto r = importBatchBytes(bytes, options);
                if (r)
                    QVERIFY(r->rows == r->valid + r->invalid + r->duplicates);
                else
                    QVERIFY(!r.error().message.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchImport)
#include "testbatchimport.moc"
