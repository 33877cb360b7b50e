#include "history/historystore.h"
#include "pdf/documents.h"
#include "reportfixture.h"
#include "reports/receiptrecord.h"
#include "testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace tricheck;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const QByteArray& out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

// The text of a PDF as poppler reads it (Debian's poppler-utils; quickstart.sh installs it), in
// NFKC: Noto Sans CJK draws a Kangxi radical and its unified ideograph (⼀ U+2F00, 一 U+4E00) with
// one glyph, and Qt's PDF engine maps that glyph back to the radical.
QString pdfText(const QString& path)
{
    const Run r =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (r.exitCode != 0)
        qFatal("pdftotext failed (is poppler-utils installed?): %s", r.err.constData());
    return QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC);
}

QByteArray utf16be(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

} // namespace

// The period report and the verification record as PDF, through tricheck-cli, in both languages:
// the figures, the RequestId and masked values are in the text; no plaintext identity is anywhere
// in the file's bytes; the fonts are embedded.
class TestReportPdf : public QObject
{
    Q_OBJECT

    QString m_history;
    QStringList m_ids;
    QTemporaryDir m_dir;

    QStringList withHistory(QStringList args) const { return args << QStringLiteral("--history") << m_history; }

    void checkPrivateAndEmbedded(const QString& path, const QString& text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        for (const QString& plain : test::fixturePlaintexts()) {
            QVERIFY2(!bytes.contains(plain.toUtf8()), qPrintable(plain));
            QVERIFY2(!bytes.contains(utf16be(plain)), qPrintable(plain));
            QVERIFY2(!text.contains(plain), qPrintable(plain));
        }
        const Run fonts = run(QStringLiteral("pdffonts"), {path});
        QCOMPARE(fonts.exitCode, 0);
        const QList<QByteArray> lines = fonts.out.split('\n');
        QVERIFY2(lines.size() > 3, fonts.out.constData()); // a header of two lines, then one per font
        for (const QByteArray& line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            // name type encoding emb sub uni object ID: "emb" is the fourth column from the right.
            const QList<QByteArray> cols = line.simplified().split(' ');
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == "yes", line.constData());
        }
    }

private slots:
    void initTestCase()
    {
        test::isolateEnvironment();
        m_history = m_dir.filePath(QStringLiteral("history.sqlite"));
        m_ids = test::seedReportFixture(*test::openStore(m_history));
    }

    void periodReportInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("consistent");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Verification report")
                            << QStringLiteral("Consistent");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("核验报告") << QStringLiteral("一致");
    }

    void periodReportInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, consistent);
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        const Run r = run(test::cliPath(),
                          withHistory({QStringLiteral("report"),
                                       QStringLiteral("--from"),
                                       QStringLiteral("2024-05-01"),
                                       QStringLiteral("--to"),
                                       QStringLiteral("2024-05-03"),
                                       QStringLiteral("--language"),
                                       language,
                                       QStringLiteral("--pdf"),
                                       pdf,
                                       QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r.out);
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(totals.value(QStringLiteral("billed")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("error")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("passRate")).toDouble(), 0.25);
        QCOMPARE(o.value(QStringLiteral("days")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(o.value(QStringLiteral("output")).toString(), QFileInfo(pdf).absoluteFilePath());

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY(text.contains(consistent));
        QVERIFY(text.contains(QStringLiteral("2024-05-01")));
        QVERIFY(text.contains(QStringLiteral("2024-05-03")));
        QVERIFY(text.contains(QStringLiteral("b1")));    // the batch
        QVERIFY(text.contains(QStringLiteral("bob")));   // an operator
        QVERIFY(text.contains(QStringLiteral("25.0%"))); // the pass rate
        checkPrivateAndEmbedded(pdf, text);

        // Without --json: one line naming the file.
        const Run plain = run(test::cliPath(),
                              withHistory({QStringLiteral("report"),
                                           QStringLiteral("--from"),
                                           QStringLiteral("2024-05-01"),
                                           QStringLiteral("--to"),
                                           QStringLiteral("2024-05-03"),
                                           QStringLiteral("--pdf"),
                                           pdf}));
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(json(plain.out).value(QStringLiteral("attempts")).toInt(), 6);
    }

    void receiptInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en result") << QStringLiteral("en") << 2 << QStringLiteral("Inconsistent — ");
        QTest::newRow("zh_CN result") << QStringLiteral("zh_CN") << 2 << QStringLiteral("核验记录");
        QTest::newRow("en unknown outcome") << QStringLiteral("en") << 4 << QStringLiteral("may have been processed");
    }

    void receiptInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(int, attempt);
        QFETCH(QString, expected);
        const QString pdf = m_dir.filePath(QStringLiteral("receipt-%1-%2.pdf").arg(language).arg(attempt));
        const QString id = m_ids.at(attempt);
        const Run r = run(test::cliPath(),
                          withHistory({QStringLiteral("history"),
                                       QStringLiteral("receipt"),
                                       id,
                                       QStringLiteral("--pdf"),
                                       pdf,
                                       QStringLiteral("--language"),
                                       language}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto store = test::openStore(m_history);
        const auto record = reports::ReceiptRecord::find(*store, id);
        QVERIFY(record && record->has_value());
        const reports::ReceiptRecord receipt{**record};
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), receipt.sha256());
        QCOMPARE(o.value(QStringLiteral("attemptId")).toString(), id);

        const QString text = pdfText(pdf);
        QString joined = text;
        joined.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(joined.contains(QString(expected).remove(QRegularExpression(QStringLiteral("\\s")))),
                 qPrintable(text));
        QVERIFY(joined.contains(receipt.sha256()));
        QVERIFY(joined.contains(id));
        if (!receipt.record.requestId.isEmpty())
            QVERIFY(joined.contains(receipt.record.requestId));
        QVERIFY(text.contains(receipt.record.maskedMobile));
        QVERIFY(text.contains(receipt.record.maskedName));
        QVERIFY(text.contains(receipt.record.maskedIdNumber));
        checkPrivateAndEmbedded(pdf, text);
    }

    void contractErrors()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
        const QStringList from{QStringLiteral("--from"), QStringLiteral("2024-05-01")};
        const QStringList to{QStringLiteral("--to"), QStringLiteral("2024-05-03")};
        const QStringList out{QStringLiteral("--pdf"), pdf};
        const QString report = QStringLiteral("report");
        QCOMPARE(run(test::cliPath(), withHistory(QStringList{report} + from + to)).exitCode, 2);
        QCOMPARE(run(test::cliPath(), withHistory(QStringList{report} + from + out)).exitCode, 2);
        QCOMPARE(
            run(test::cliPath(),
                withHistory(QStringList{report, QStringLiteral("--from"), QStringLiteral("2024-13-01")} + to + out))
                .exitCode,
            2);
        QCOMPARE(
            run(test::cliPath(),
                withHistory(QStringList{report, QStringLiteral("--from"), QStringLiteral("2024-05-04")} + to + out))
                .exitCode,
            2);
        QCOMPARE(run(test::cliPath(),
                     withHistory(QStringList{report} + from + to + out +
                                 QStringList{QStringLiteral("--language"), QStringLiteral("fr")}))
                     .exitCode,
                 2);
        QCOMPARE(run(test::cliPath(),
                     QStringList{report} + from + to + out +
                         QStringList{QStringLiteral("--history"), m_dir.filePath(QStringLiteral("none.sqlite"))})
                     .exitCode,
                 2);
        QCOMPARE(run(test::cliPath(),
                     withHistory(QStringList{report} + from + to +
                                 QStringList{QStringLiteral("--pdf"), QStringLiteral("/nonexistent/dir/r.pdf")}))
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(pdf));
        const QStringList receipt{QStringLiteral("history"), QStringLiteral("receipt")};
        QCOMPARE(run(test::cliPath(), withHistory(receipt + QStringList{QStringLiteral("no-such-id")} + out)).exitCode,
                 2);
        QCOMPARE(run(test::cliPath(), withHistory(receipt + QStringList{m_ids.at(1)})).exitCode, 2);
        QCOMPARE(run(test::cliPath(), withHistory(receipt + out)).exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
        const Run help = run(test::cliPath(), {report, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--pdf"));
        QVERIFY(help.out.contains("--language"));
    }

    void emptyPeriodInProcess()
    {
        const auto store = test::openStore(m_history);
        const auto report = reports::PeriodReport::build(*store, {QDate(2020, 1, 1), QDate(2020, 1, 31)});
        QVERIFY(report);
        QCOMPARE(report->statistics.totals.total, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(!pdf::Documents::writeReportPdf(*report, pdf, reports::Price{0.4, QStringLiteral("CNY")}));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("None in this period.")));
        QVERIFY(text.contains(QStringLiteral("0.00 CNY")));
    }
};

QTEST_MAIN(TestReportPdf)
#include "testreportpdf.moc"
