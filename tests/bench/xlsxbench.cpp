#include "batch/batchreader.h"
#include "benchmark.h"

#include <QElapsedTimer>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <ctime>
#include <functional>

using namespace tricheck;
using tricheck::bench::Context;
using tricheck::bench::Goal;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// A workbook as Excel saves one: text in shared strings (a distinct reference per row, so the table
// holds a million strings), mobiles as numbers, cell references and row spans on every cell. Written
// streaming (QuaZip), so that generating it leaves nothing behind in this process's memory.
bool writeWorkbook(const QString& path, qint64 rows)
{
    static const char* const names[] = {"张三", "阿依古丽·买买提", "吴刚", "买买提·吐尔逊", "高山"};
    static const char* const ids[] = {"11010519491231002X",
                                      "650102199304050489",
                                      "210102197501300538",
                                      "65010219681208071X",
                                      "150102196004200375"};
    QuaZip zip(path);
    zip.setZip64Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const auto add = [&zip](const char* name, const std::function<bool(QIODevice&)>& write) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name))))
            return false;
        const bool ok = write(f);
        f.close();
        return ok && f.getZipError() == UNZ_OK;
    };
    const auto text = [](const char* xml) {
        return [xml](QIODevice& d) { return d.write(xml) == qint64(qstrlen(xml)); };
    };
    bool ok = add("[Content_Types].xml",
                  text("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
                       "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                       "PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                       "<Override PartName=\"/xl/sharedStrings.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                       "</Types>"));
    ok = ok &&
         add("_rels/.rels",
             text("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                  "Target=\"xl/workbook.xml\"/></Relationships>"));
    ok =
        ok && add("xl/workbook.xml",
                  text("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
                       "name=\"客户\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    ok = ok &&
         add("xl/_rels/workbook.xml.rels",
             text("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                  "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                  "Target=\"sharedStrings.xml\"/></Relationships>"));
    // Shared strings: 0-3 the header, 4-8 names, 9-13 ID numbers, then one reference per row.
    ok = ok && add("xl/sharedStrings.xml", [&](QIODevice& d) {
             QByteArray out =
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst "
                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
                 QByteArray::number(rows * 3 + 4) + "\" uniqueCount=\"" + QByteArray::number(rows + 14) +
                 "\"><si><t>手机号</t></si><si><t>姓名</t></si><si><t>身份证号</t></si><si><t>备注</t></si>";
             for (const char* n : names)
                 out += QByteArray("<si><t>") + n + "</t></si>";
             for (const char* id : ids)
                 out += QByteArray("<si><t>") + id + "</t></si>";
             for (qint64 i = 0; i < rows; ++i) {
                 out += "<si><t>KYC-" + QByteArray::number(i) + "</t></si>";
                 if (out.size() > (1 << 20)) {
                     if (d.write(out) != out.size())
                         return false;
                     out.clear();
                 }
             }
             out += "</sst>";
             return d.write(out) == out.size();
         });
    ok = ok && add("xl/worksheets/sheet1.xml", [&](QIODevice& d) {
             QByteArray out =
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:D" +
                 QByteArray::number(rows + 1) +
                 "\"/><sheetData><row r=\"1\" spans=\"1:4\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                 "t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>";
             for (qint64 i = 0; i < rows; ++i) {
                 const QByteArray r = QByteArray::number(i + 2);
                 out += "<row r=\"" + r + "\" spans=\"1:4\"><c r=\"A" + r + "\"><v>139" +
                        QByteArray::number(10000000 + i).right(8) + "</v></c><c r=\"B" + r + "\" t=\"s\"><v>" +
                        QByteArray::number(4 + i % 5) + "</v></c><c r=\"C" + r + "\" t=\"s\"><v>" +
                        QByteArray::number(9 + i % 5) + "</v></c><c r=\"D" + r + "\" t=\"s\"><v>" +
                        QByteArray::number(14 + i) + "</v></c></row>";
                 if (out.size() > (1 << 20)) {
                     if (d.write(out) != out.size())
                         return false;
                     out.clear();
                 }
             }
             out += "</sheetData></worksheet>";
             return d.write(out) == out.size();
         });
    zip.close();
    return ok && zip.getZipError() == UNZ_OK;
}

} // namespace

TRICHECK_BENCHMARK(batch_import_xlsx, "Batch: import and validate a generated 1,000,000-row .xlsx workbook")
{
    const qint64 rows = context.size(1000000, 100000);
    const QString input = context.workDir() + QStringLiteral("/million.xlsx");
    if (!writeWorkbook(input, rows))
        return context.note(QStringLiteral("cannot write the workbook"));
    context.note(QStringLiteral("workbook: %1 MB").arg(double(QFile(input).size()) / 1048576.0, 0, 'f', 1));
    {
        // Resets VmHWM (Linux): the peak below is the import's, not an earlier benchmark's.
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }
    const qint64 before = Context::residentKb();
    const double cpu = cpuSeconds();
    QElapsedTimer t;
    t.start();
    const auto report = batch::importBatchFile(input, {});
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const double cpuUsed = cpuSeconds() - cpu;
    if (!report)
        return context.note(report.error().message);
    context.report(QStringLiteral("%1 rows read and validated").arg(report->valid),
                   seconds,
                   QStringLiteral("s"),
                   Goal::AtMost,
                   20.0 * double(rows) / 1e6);
    context.report(QStringLiteral("rows per second"),
                   double(report->rows) / seconds,
                   QStringLiteral("rows/s"),
                   Goal::AtLeast,
                   50000);
    context.report(QStringLiteral("the same, CPU time"), cpuUsed, QStringLiteral("s"));
    context.report(QStringLiteral("peak resident memory of the process (VmHWM)"),
                   double(Context::peakResidentKb()) / 1024.0,
                   QStringLiteral("MB"),
                   Goal::AtMost,
                   200);
    context.report(QStringLiteral("resident before the import"), double(before) / 1024.0, QStringLiteral("MB"));
    context.report(QStringLiteral("workbook size"), double(QFile(input).size()) / 1048576.0, QStringLiteral("MB"));
}
