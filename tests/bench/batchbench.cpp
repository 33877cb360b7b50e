#include "batchbench.h"

#include "batch/batchjournal.h"
#include "batch/batchreader.h"
#include "batch/batchrunner.h"
#include "benchmark.h"
#include "history/historystore.h"
#include "sandboxprocess.h"
#include "selfsigned.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <ctime>

using namespace tricheck;
using tricheck::bench::Context;
using tricheck::bench::Goal;
using tricheck::bench::Sandbox;
using tricheck::bench::writeBatchRows;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Runs tricheck-cli batch while this event loop keeps reading the sandbox's log.
QJsonObject runBatch(const QStringList& args, QString* error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("sandbox-access-key-id"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("sandbox-access-key-secret"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(TRICHECK_CLI_PATH), QStringList{QStringLiteral("batch")} + args);
    loop.exec();
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    if (p.exitCode() != 0)
        *error = QString::fromUtf8(p.readAllStandardError().right(2000));
    return QJsonDocument::fromJson(lines.last()).object();
}

qint64 historyRows(const QString& path, const QString& batchId)
{
    history::HistoryStore::Options options;
    options.path = path;
    auto store = history::HistoryStore::open(options);
    if (!store)
        return -1;
    history::HistoryFilter filter;
    filter.batchId = batchId;
    const auto n = (*store)->count(filter);
    return n ? *n : -1;
}

} // namespace

// Rows the sandbox answers (no record: the mobiles are not in the demo registry), all valid and
// distinct, a few names and ID numbers in turn so validation sees some variety.
void tricheck::bench::writeBatchRows(QIODevice& out, qint64 rows)
{
    static const char* const people[] = {"张三,11010519491231002X",
                                         "阿依古丽·买买提,650102199304050489",
                                         "吴刚,210102197501300538",
                                         "买买提·吐尔逊,65010219681208071X",
                                         "高山,150102196004200375"};
    out.write("手机号,姓名,身份证号,备注\r\n");
    QByteArray chunk;
    for (qint64 i = 0; i < rows; ++i) {
        chunk += "139" + QByteArray::number(10000000 + i).right(8) + ',' + people[i % 5] + ",KYC-" +
                 QByteArray::number(i) + "\r\n";
        if (chunk.size() > (1 << 20)) {
            out.write(chunk);
            chunk.clear();
        }
    }
    out.write(chunk);
}

TRICHECK_BENCHMARK(batch_throughput,
                   "Batch: 10,000 rows against the sandbox process, --qps 0, concurrency 8, over plain HTTP "
                   "and over HTTPS (--ca-certificates)")
{
    const qint64 rows = context.size(10000, 1000);
    const QString input = context.workDir() + QStringLiteral("/throughput.csv");
    QFile f(input);
    if (!f.open(QIODevice::WriteOnly))
        return context.note(QStringLiteral("cannot write the input"));
    writeBatchRows(f, rows);
    f.close();

    // One batch against `sandbox`, reported under `transport` ("" for the plain-HTTP rows, whose
    // names stay as they were).
    const auto measure = [&](const Sandbox& sandbox, const QString& transport, const QStringList& extra) {
        if (sandbox.url().isEmpty())
            return context.note(QStringLiteral("the sandbox did not start"));
        const QString history = context.workDir() + QStringLiteral("/throughput%1.sqlite").arg(transport);
        QString error;
        QElapsedTimer t;
        t.start();
        const QJsonObject summary = runBatch(QStringList{QStringLiteral("--input"),
                                                         input,
                                                         QStringLiteral("--history"),
                                                         history,
                                                         QStringLiteral("--endpoint"),
                                                         sandbox.url(),
                                                         QStringLiteral("--qps"),
                                                         QStringLiteral("0"),
                                                         QStringLiteral("--concurrency"),
                                                         QStringLiteral("8")} +
                                                 extra,
                                             &error);
        const double wall = double(t.nsecsElapsed()) / 1e9;
        if (!error.isEmpty())
            context.note(error);
        const QString prefix = transport.isEmpty() ? QString() : transport + QStringLiteral(": ");
        const double seconds = summary.value(QStringLiteral("seconds")).toDouble();
        context.report(prefix + QStringLiteral("%1 rows, rows per second (the batch's own time)").arg(rows),
                       seconds > 0 ? double(rows) / seconds : 0,
                       QStringLiteral("rows/s"),
                       Goal::AtLeast,
                       1500);
        context.report(prefix + QStringLiteral("the same, with process start and exit"),
                       double(rows) / wall,
                       QStringLiteral("rows/s"));
        context.report(prefix + QStringLiteral("rows answered (norecord)"),
                       summary.value(QStringLiteral("norecord")).toDouble(),
                       QStringLiteral("rows"),
                       Goal::AtLeast,
                       double(rows));
        context.report(prefix + QStringLiteral("attempts in history for the batch"),
                       double(historyRows(history, summary.value(QStringLiteral("batchId")).toString())),
                       QStringLiteral("rows"),
                       Goal::AtLeast,
                       double(rows));
    };
    {
        const Sandbox plain(false);
        measure(plain, QString(), {});
    }
    // Production's transport: Qt 6.4 reads plain HTTP one byte at a time (docs/sandbox.md).
    const test::SelfSigned made = test::makeSelfSigned(context.workDir());
    if (!made.error.isEmpty())
        return context.note(made.error);
    const Sandbox tls(false,
                      {QStringLiteral("--tls-certificate"), made.certificate, QStringLiteral("--tls-key"), made.key});
    measure(tls, QStringLiteral("HTTPS"), {QStringLiteral("--ca-certificates"), made.certificate});
}

TRICHECK_BENCHMARK(batch_rate, "Batch: observed rate at --qps 50, per 1-second window at the sandbox")
{
    const qint64 rows = context.size(600, 150);
    const QString input = context.workDir() + QStringLiteral("/rate.csv");
    QFile f(input);
    if (!f.open(QIODevice::WriteOnly))
        return context.note(QStringLiteral("cannot write the input"));
    writeBatchRows(f, rows);
    f.close();
    Sandbox sandbox(true);
    if (sandbox.url().isEmpty())
        return context.note(QStringLiteral("the sandbox did not start"));
    QString error;
    runBatch({QStringLiteral("--input"),
              input,
              QStringLiteral("--history"),
              context.workDir() + QStringLiteral("/rate.sqlite"),
              QStringLiteral("--endpoint"),
              sandbox.url(),
              QStringLiteral("--qps"),
              QStringLiteral("50")},
             &error);
    if (!error.isEmpty())
        context.note(error);
    // Let the last log lines arrive.
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    QList<qint64> a = sandbox.arrivals();
    std::sort(a.begin(), a.end());
    if (a.size() < 100)
        return context.note(QStringLiteral("too few requests logged: %1").arg(a.size()));
    // Every 1-second window [t, t + 1 s) starting at an arrival, away from the start and the end.
    int most = 0;
    int least = INT_MAX;
    qsizetype j = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        while (j < a.size() && a.at(j) < a.at(i) + 1000)
            ++j;
        most = std::max(most, int(j - i));
        if (a.at(i) >= a.first() + 1000 && a.at(i) + 1000 <= a.last() - 1000)
            least = std::min(least, int(j - i));
    }
    context.report(QStringLiteral("most requests in any 1-second window"),
                   most,
                   QStringLiteral("req"),
                   Goal::AtMost,
                   52);
    context.report(QStringLiteral("fewest requests in a 1-second window (steady state)"),
                   least == INT_MAX ? 0 : least,
                   QStringLiteral("req"),
                   Goal::AtLeast,
                   48);
    context.report(QStringLiteral("mean rate"),
                   double(a.size() - 1) * 1000.0 / double(a.last() - a.first()),
                   QStringLiteral("req/s"));
}

TRICHECK_BENCHMARK(batch_import, "Batch: import and validate a generated 1,000,000-row file")
{
    const qint64 rows = context.size(1000000, 100000);
    const QString input = context.workDir() + QStringLiteral("/million.csv");
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly))
            return context.note(QStringLiteral("cannot write the input"));
        writeBatchRows(f, rows);
    }
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
                   10.0 * double(rows) / 1e6);
    context.report(QStringLiteral("the same, CPU time"), cpuUsed, QStringLiteral("s"));
    context.report(QStringLiteral("peak resident memory of the process (VmHWM)"),
                   double(Context::peakResidentKb()) / 1024.0,
                   QStringLiteral("MB"),
                   Goal::AtMost,
                   200);
    context.report(QStringLiteral("resident before the import"), double(before) / 1024.0, QStringLiteral("MB"));

    // Starting the batch records every row to send in the journal, in one transaction: the batch
    // dialog does this on the GUI thread (with a wait cursor), so its length is what the operator waits.
    history::HistoryStore::Options options;
    options.path = context.workDir() + QStringLiteral("/journal.sqlite");
    auto store = history::HistoryStore::open(options);
    if (!store)
        return context.note(store.error().message);
    batch::BatchJournal journal(store.value().get());
    const batch::BatchInfo info = batch::newBatchInfo(*report, {}, input, {}, {});
    t.restart();
    if (const auto error = journal.create(info, report->validLines))
        return context.note(error->message);
    context.report(QStringLiteral("batch journal: %1 rows recorded (one transaction)").arg(report->validLines.size()),
                   double(t.nsecsElapsed()) / 1e9,
                   QStringLiteral("s"));
}
