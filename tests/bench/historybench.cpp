#include "historybench.h"

#include "benchmark.h"
#include "history/csvexport.h"
#include "history/historylocation.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "history/xlsxexport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <numeric>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::bench::Context;
using tricheck::bench::Goal;
using tricheck::bench::measureVerifyWithHistory;

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU seconds used by the process: the machine running the benchmark may be shared, and the
// wall-clock rates (the targets) then undersell the code; both are reported.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// A year of plausible traffic: mostly consistent results, some mismatches, no-records and
// errors, four carriers, a tenth in the sandbox, keyed fingerprints on every row.
AttemptRecord makeRecord(QRandomGenerator& rng, qint64 startedMs, qint64 n)
{
    static const QStringList codes{QStringLiteral("101"),
                                   QStringLiteral("201"),
                                   QStringLiteral("202"),
                                   QStringLiteral("203"),
                                   QStringLiteral("204"),
                                   QStringLiteral("301")};
    static const QList<int> weights{60, 10, 5, 5, 5, 10}; // + 5 % errors
    static const QStringList isps{QStringLiteral("CMCC"),
                                  QStringLiteral("CUCC"),
                                  QStringLiteral("CTCC"),
                                  QStringLiteral("CBN")};
    AttemptRecord r;
    r.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.startedMs = startedMs;
    r.operatorName = QStringLiteral("analyst%1").arg(rng.bounded(8));
    r.reference = QStringLiteral("KYC-%1").arg(n);
    r.maskedMobile =
        QStringLiteral("1%1****%2").arg(rng.bounded(30, 99)).arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    r.maskedName = QStringLiteral("张*");
    r.maskedIdNumber =
        QStringLiteral("%1***********%2").arg(rng.bounded(110, 660)).arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    r.endpoint = QStringLiteral("hongkong");
    r.sandbox = rng.bounded(10) == 0;
    r.latencyMs = 50 + rng.bounded(3000);
    r.fingerprints.mobile = qint64(rng.generate64());
    r.fingerprints.name = qint64(rng.generate64());
    r.fingerprints.idNumber = qint64(rng.generate64());
    int pick = rng.bounded(100);
    if (pick >= 95) {
        r.errorKind = pick == 99 ? QStringLiteral("timeout") : QStringLiteral("network");
        r.role = api::StatusRole::Error;
        r.billed = pick == 99 ? std::nullopt : std::optional<bool>(false);
        return r;
    }
    int i = 0;
    while (pick >= weights.at(i)) {
        pick -= weights.at(i);
        ++i;
    }
    r.httpStatus = 200;
    r.code = QStringLiteral("Success");
    r.message = QStringLiteral("success");
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    r.subCode = codes.at(i);
    r.bizCode = i == 0 ? QStringLiteral("1") : i == 5 ? QStringLiteral("3") : QStringLiteral("2");
    r.billed = i != 5;
    r.ispName = isps.at(rng.bounded(isps.size()));
    r.role = api::ResultCatalogue::roleForSubCode(r.subCode);
    return r;
}

// Opens the model on `filter` and reads the first screenful (50 rows, the default columns).
double firstWindowMs(HistoryModel& model, const HistoryFilter& filter, bool setFilter, qint64* rows)
{
    QElapsedTimer t;
    t.start();
    if (setFilter)
        model.setFilter(filter);
    const int n = std::min(50, model.rowCount());
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < kHistoryDefaultColumnCount; ++c)
            model.data(model.index(r, c));
    }
    *rows = model.rowCount();
    return msSince(t);
}

} // namespace

std::optional<tricheck::bench::HistoryFill>
tricheck::bench::fillHistory(Context& context, HistoryStore& store, qint64 total)
{
    const int batchSize = int(std::min<qint64>(10000, total));
    QRandomGenerator rng(20240501);
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 365LL * 24 * 3600 * 1000;
    HistoryFill filled;
    qint64 insertNs = 0;
    for (qint64 done = 0; done < total; done += batchSize) {
        QList<AttemptRecord> batch;
        batch.reserve(batchSize);
        for (qint64 i = done; i < std::min(total, done + batchSize); ++i) {
            batch.append(makeRecord(rng, end - span + span * i / total, i));
            if (i == total / 2)
                filled.known = batch.constLast().fingerprints;
        }
        QElapsedTimer t;
        t.start();
        const double cpu = cpuSeconds();
        if (!store.insertBatch(batch)) {
            context.note(QStringLiteral("insert failed"));
            return std::nullopt;
        }
        filled.cpuSeconds += cpuSeconds() - cpu;
        insertNs += t.nsecsElapsed();
        filled.rows += batch.size();
        if ((done / batchSize) % 20 == 0)
            context.note(QStringLiteral("%1 rows").arg(done + batch.size()));
    }
    filled.seconds = double(insertNs) / 1e9;
    return filled;
}

namespace {

// The database's size: the SQLite file and its WAL, or PostgreSQL's pg_database_size().
double databaseMiB(HistoryStore& store, const QString& path)
{
    if (!HistoryLocation::isPostgresUrl(path))
        return double(QFile(path).size() + QFile(path + QStringLiteral("-wal")).size()) / 1048576.0;
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    if (!q.exec(QStringLiteral("SELECT pg_database_size(current_database())")) || !q.next())
        return -1;
    return double(q.value(0).toLongLong()) / 1048576.0;
}

// The benchmark on one history: `path` is a SQLite file or a postgresql:// URL.
void historyBenchmark(Context& context, const QString& path)
{
    const qint64 total = context.size(1000000, 20000);
    const int batchSize = int(std::min<qint64>(10000, total));
    auto opened = HistoryStore::open({path, {}, HistoryStore::IntegrityCheck::Quick, 15000, {}});
    if (!opened) {
        context.note(opened.error().message);
        return;
    }
    std::unique_ptr<HistoryStore> store = std::move(opened).value();

    // 1. Fill, in batched transactions (the batch runner's path).
    const auto filled = fillHistory(context, *store, total);
    if (!filled)
        return;
    const Fingerprints known = filled->known; // of a row in the middle: an exact match that finds something
    const bool postgres = HistoryLocation::isPostgresUrl(path);
    QRandomGenerator rng(20240502); // the single attempts below
    context.report(QStringLiteral("insert, %1 rows per transaction").arg(batchSize),
                   double(total) / filled->seconds,
                   QStringLiteral("rows/s"),
                   Goal::AtLeast,
                   50000);
    context.report(QStringLiteral("insert, rows per CPU second"),
                   double(total) / filled->cpuSeconds,
                   QStringLiteral("rows/s"));
    context.report(QStringLiteral("database size after %1 rows").arg(total),
                   databaseMiB(*store, path),
                   QStringLiteral("MiB"));

    // 2. Single attempts, each committed (synchronous=FULL) before it would be reported.
    QList<double> singles;
    for (int i = 0; i < 200; ++i) {
        const AttemptRecord r = makeRecord(rng, QDateTime::currentMSecsSinceEpoch(), total + i);
        QElapsedTimer t;
        t.start();
        if (!store->insert(r))
            return;
        singles.append(msSince(t));
    }
    std::sort(singles.begin(), singles.end());
    context.report(QStringLiteral("single committed insert, median"),
                   singles.at(singles.size() / 2),
                   QStringLiteral("ms"),
                   Goal::AtMost,
                   5);
    context.report(QStringLiteral("single committed insert, p95"),
                   singles.at(singles.size() * 95 / 100),
                   QStringLiteral("ms"),
                   Goal::AtMost,
                   5);
    store.reset();

    // 3. Opening the store. A history closed cleanly is not read through at open; the full
    //    check runs on demand (tricheck-cli history check), timed here too.
    QElapsedTimer t;
    t.start();
    opened = HistoryStore::open({path, {}, HistoryStore::IntegrityCheck::Quick, 15000, {}});
    if (!opened)
        return context.note(opened.error().message);
    std::shared_ptr<HistoryStore> shared(std::move(opened).value());
    context.report(postgres ? QStringLiteral("open store (connect, schema check)")
                            : QStringLiteral("open store, closed cleanly (no full check)"),
                   msSince(t),
                   QStringLiteral("ms"));
    if (!postgres) {
        t.restart();
        const auto report = shared->runIntegrityCheck(false, QStringLiteral("manual"));
        context.report(QStringLiteral("quick_check on demand (history check)"), msSince(t), QStringLiteral("ms"));
        if (!report || !report->sound())
            context.note(QStringLiteral("the quick check did not pass"));
    }

    // PostgreSQL counts from its tally of the days that are over, which a count fills for about a
    // second per call (reading the attempts meanwhile). After the fill no day is counted: the
    // first counts of the whole history are the one-time cost, the rows below the steady state.
    if (postgres) {
        QSqlDatabase db = QSqlDatabase::database(shared->connectionName());
        const auto countedDays = [&db] {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM attempt_days_counted")) && q.next()
                       ? q.value(0).toLongLong()
                       : qint64(-1);
        };
        QList<double> calls;
        qint64 counted = countedDays();
        while (calls.size() < 1000) {
            t.restart();
            if (!shared->count({}))
                break;
            calls.append(msSince(t));
            const qint64 now = countedDays();
            if (now == counted)
                break; // every day that is over is in the tally
            counted = now;
        }
        if (!calls.isEmpty()) {
            context.report(QStringLiteral("first count of the whole history (its days being counted)"),
                           calls.first(),
                           QStringLiteral("ms"));
            context.report(QStringLiteral("counts until all %1 past days were in the tally").arg(counted),
                           double(calls.size() - 1),
                           QStringLiteral("calls"));
            context.report(QStringLiteral("those counts, together"),
                           std::accumulate(calls.begin(), calls.end() - 1, 0.0),
                           QStringLiteral("ms"));
            context.report(QStringLiteral("count of the whole history from the tally"),
                           calls.last(),
                           QStringLiteral("ms"));
        }
    }

    // 4. The history table: model on the open store, first window.
    qint64 rows = 0;
    t.restart();
    HistoryModel model(shared);
    const double open = msSince(t) + firstWindowMs(model, {}, false, &rows);
    context.report(QStringLiteral("open history model + first window (%1 rows)").arg(rows),
                   open,
                   QStringLiteral("ms"),
                   Goal::AtMost,
                   100);

    // 5. Every filter the history bar offers (status, period, mine, search) and some
    //    combinations: count + first window.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    struct Case
    {
        QString name;
        HistoryFilter filter;
    };
    QList<Case> cases;
    const auto statusCase = [&](const QString& name, QList<api::StatusRole> roles) {
        HistoryFilter f;
        f.roles = std::move(roles);
        cases.append({QStringLiteral("status ") + name, f});
    };
    statusCase(QStringLiteral("consistent"), {api::StatusRole::Pass});
    statusCase(QStringLiteral("inconsistent (all)"), {api::StatusRole::Mismatch, api::StatusRole::PartialMismatch});
    statusCase(QStringLiteral("partly inconsistent"), {api::StatusRole::PartialMismatch});
    statusCase(QStringLiteral("no record"), {api::StatusRole::NoRecord});
    statusCase(QStringLiteral("errors"), {api::StatusRole::Error});
    for (const auto& [name, from] : {std::pair{QStringLiteral("today"), today},
                                     std::pair{QStringLiteral("last 7 days"), today.addDays(-6)},
                                     std::pair{QStringLiteral("last 30 days"), today.addDays(-29)}}) {
        HistoryFilter f;
        f.from = from;
        cases.append({name, f});
    }
    {
        HistoryFilter f;
        f.operatorName = QStringLiteral("analyst3");
        cases.append({QStringLiteral("mine (one of 8 operators)"), f});
        f = {};
        f.roles = {api::StatusRole::Error};
        f.from = today.addDays(-6);
        cases.append({QStringLiteral("errors, last 7 days"), f});
        f = {};
        f.roles = {api::StatusRole::Mismatch, api::StatusRole::PartialMismatch};
        f.operatorName = QStringLiteral("analyst3");
        cases.append({QStringLiteral("inconsistent (all), mine"), f});
        f = {};
        f.roles = {api::StatusRole::Error};
        f.operatorName = QStringLiteral("analyst3");
        f.from = today.addDays(-29);
        cases.append({QStringLiteral("errors, mine, last 30 days"), f});
        f = {};
        f.subCodes = QStringList{QStringLiteral("301")};
        f.from = now.addDays(-30);
        cases.append({QStringLiteral("SubCode 301, last 30 days"), f});
        f = {};
        f.referenceContains = QStringLiteral("kyc-4242");
        cases.append({QStringLiteral("search: reference contains \"kyc-4242\""), f});
        f = {};
        f.mobileFingerprint = known.mobile;
        cases.append({QStringLiteral("search: exact mobile number"), f});
        f = {};
        f.idNumberFingerprint = known.idNumber;
        cases.append({QStringLiteral("search: exact ID number"), f});
    }
    const double filterTarget = postgres ? 500 : 300;
    for (const Case& c : cases) {
        const double ms = firstWindowMs(model, c.filter, true, &rows);
        context.report(QStringLiteral("filter + first window: %1 (%2 rows)").arg(c.name).arg(rows),
                       ms,
                       QStringLiteral("ms"),
                       Goal::AtMost,
                       filterTarget);
    }
    // The same filters as the desktop's history view applies them: pages and counts that are not
    // kept are read on a thread of their own, so the view shows its first window at once and
    // "Counting…" until the number arrives. The first time is what the user waits for; the
    // second, until the count is shown, is reported beside it.
    {
        HistoryModel desktop(shared, nullptr, HistoryModel::InitialLoad::Deferred);
        desktop.setPagesReadInBackground(true);
        QList<Case> desktopCases{{QStringLiteral("none (the whole history)"), {}}};
        desktopCases += cases;
        for (const Case& c : std::as_const(desktopCases)) {
            QElapsedTimer shown;
            shown.start();
            const double ms = firstWindowMs(desktop, c.filter, true, &rows);
            if (desktop.isCounting()) {
                QEventLoop wait;
                QObject::connect(&desktop, &HistoryModel::counted, &wait, &QEventLoop::quit);
                QObject::connect(&desktop, &HistoryModel::errorOccurred, &wait, &QEventLoop::quit);
                QTimer::singleShot(600000, &wait, &QEventLoop::quit);
                wait.exec();
            }
            const double countedMs = msSince(shown);
            context.report(QStringLiteral("desktop view, filter + first window: %1 (%2 rows)")
                               .arg(c.name)
                               .arg(desktop.totalRows()),
                           ms,
                           QStringLiteral("ms"),
                           Goal::AtMost,
                           filterTarget);
            context.report(QStringLiteral("desktop view, until the count is shown: %1").arg(c.name),
                           countedMs,
                           QStringLiteral("ms"));
        }
    }
    // Exact match by fingerprint, straight from the store (count + window, as the model does).
    for (const auto& [name, fingerprint] :
         {std::pair{QStringLiteral("found"), known.idNumber},
          std::pair{QStringLiteral("none"), std::optional<qint64>(1234567890123LL)}}) {
        HistoryFilter f;
        f.idNumberFingerprint = fingerprint;
        QList<double> times;
        qint64 n = 0;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            const auto window = shared->window(f, {}, {50, 0, {}, false});
            const auto count = shared->count(f);
            times.append(msSince(t));
            n = count ? *count : -1;
            if (!window)
                break;
        }
        std::sort(times.begin(), times.end());
        context.report(
            QStringLiteral("exact match by ID-number fingerprint, %1 (%2 rows; median of 5)").arg(name).arg(n),
            times.at(times.size() / 2),
            QStringLiteral("ms"),
            Goal::AtMost,
            postgres ? 50 : 10);
    }
    model.setFilter({});

    // Scrolling: a jump to the middle and to the end, then sorting by another column.
    t.restart();
    model.data(model.index(model.rowCount() / 2, 0));
    context.report(QStringLiteral("jump to the middle row"), msSince(t), QStringLiteral("ms"));
    t.restart();
    model.data(model.index(model.rowCount() - 1, 0));
    context.report(QStringLiteral("jump to the last row"), msSince(t), QStringLiteral("ms"));
    t.restart();
    model.sort(int(HistoryColumn::LatencyMs), Qt::AscendingOrder);
    firstWindowMs(model, {}, false, &rows);
    context.report(QStringLiteral("sort by latency + first window (no index)"), msSince(t), QStringLiteral("ms"));
    model.sort(int(HistoryColumn::Time), Qt::DescendingOrder);

    t.restart();
    HistoryFilter month;
    month.from = now.addDays(-30);
    const auto monthStats = shared->stats(month);
    context.report(QStringLiteral("statistics over the last month (%1 attempts: SubCodes, billing, p50/p95)")
                       .arg(monthStats ? monthStats->total : -1),
                   msSince(t),
                   QStringLiteral("ms"),
                   Goal::AtMost,
                   300);
    t.restart();
    const auto stats = shared->stats({});
    context.report(QStringLiteral("statistics over all rows"), msSince(t), QStringLiteral("ms"));

    // 6. CSV export of every row, every column, with resident memory sampled during the run.
    const qint64 rssBefore = Context::residentKb();
    qint64 rssMax = rssBefore;
    CsvExportOptions options;
    options.progressInterval = 10000;
    options.progress = [&](qint64, qint64) { rssMax = std::max(rssMax, Context::residentKb()); };
    const QString csv = context.workDir() + QStringLiteral("/export.csv");
    t.restart();
    const double exportCpu = cpuSeconds();
    const auto exported = CsvExport::exportToFile(*shared, {}, {}, csv, options);
    const double seconds = msSince(t) / 1000.0;
    const double cpu = cpuSeconds() - exportCpu;
    rssMax = std::max(rssMax, Context::residentKb());
    if (!exported) {
        context.note(exported.error().message);
        return;
    }
    context.report(QStringLiteral("CSV export, %1 rows x %2 columns").arg(*exported).arg(kHistoryColumnCount),
                   double(*exported) / seconds,
                   QStringLiteral("rows/s"),
                   Goal::AtLeast,
                   200000);
    context.report(QStringLiteral("CSV export, rows per CPU second"),
                   double(*exported) / cpu,
                   QStringLiteral("rows/s"));
    context.report(QStringLiteral("CSV export, resident memory growth"),
                   double(rssMax - rssBefore) / 1024.0,
                   QStringLiteral("MiB"),
                   Goal::AtMost,
                   50);
    context.report(QStringLiteral("CSV file size"), double(QFile(csv).size()) / 1048576.0, QStringLiteral("MiB"));
    QFile::remove(csv);

    // 7. The same as an Excel workbook (libxlsxwriter, constant memory), every column.
    const qint64 xlsxBefore = Context::residentKb();
    qint64 xlsxMax = xlsxBefore;
    options.progress = [&](qint64, qint64) { xlsxMax = std::max(xlsxMax, Context::residentKb()); };
    const QString xlsx = context.workDir() + QStringLiteral("/export.xlsx");
    t.restart();
    const double xlsxCpu = cpuSeconds();
    const auto workbook = XlsxExport::exportToFile(*shared, {}, {}, xlsx, options);
    const double xlsxSeconds = msSince(t) / 1000.0;
    const double xlsxCpuUsed = cpuSeconds() - xlsxCpu;
    xlsxMax = std::max(xlsxMax, Context::residentKb());
    if (!workbook) {
        context.note(workbook.error().message);
        return;
    }
    context.report(QStringLiteral("XLSX export, %1 rows x %2 columns").arg(*workbook).arg(kHistoryColumnCount),
                   double(*workbook) / xlsxSeconds,
                   QStringLiteral("rows/s"));
    context.report(QStringLiteral("XLSX export, rows per CPU second"),
                   double(*workbook) / xlsxCpuUsed,
                   QStringLiteral("rows/s"));
    context.report(QStringLiteral("XLSX export, resident memory growth"),
                   double(xlsxMax - xlsxBefore) / 1024.0,
                   QStringLiteral("MiB"),
                   Goal::AtMost,
                   50);
    context.report(QStringLiteral("XLSX file size"), double(QFile(xlsx).size()) / 1048576.0, QStringLiteral("MiB"));
}

} // namespace

TRICHECK_BENCHMARK(history, "History: 1,000,000 attempts - insert, open, filter, export")
{
    const QString path = context.workDir() + QStringLiteral("/history.sqlite");
    historyBenchmark(context, path);
    // One verification from the command line with this history (closed cleanly), against the sandbox.
    measureVerifyWithHistory(context, path);
}

// The same on PostgreSQL: the cluster at TRICHECK_BENCH_PG_URL (postgresql://USER@HOST:PORT/DB of
// a role that may create databases; password in PGPASSWORD), else a throwaway cluster on loopback
// started here with tests/support/pg-cluster.sh (fsync on, as a real server). Each run works in a
// new database.
TRICHECK_BENCHMARK(history_pg, "History on PostgreSQL (loopback): insert, open, filter, export")
{
    QString admin = qEnvironmentVariable("TRICHECK_BENCH_PG_URL");
    QString state;
    if (admin.isEmpty()) {
        state = context.workDir() + QStringLiteral("/pg-cluster");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PG_CLUSTER_FSYNC"), QStringLiteral("on"));
        env.insert(QStringLiteral("PG_CLUSTER_PASSWORD"), QStringLiteral("tricheck-bench-pg-password"));
        QProcess start;
        start.setProcessEnvironment(env);
        start.start(QStringLiteral(TRICHECK_PG_CLUSTER_SCRIPT), {QStringLiteral("start"), state});
        if (!start.waitForFinished(180000) || start.exitCode() != 0) {
            context.note(QStringLiteral("no PostgreSQL cluster: ") + QString::fromUtf8(start.readAllStandardError()));
            return;
        }
        QFile url(state + QStringLiteral("/url"));
        if (!url.open(QIODevice::ReadOnly))
            return;
        admin = QString::fromUtf8(url.readAll()).trimmed();
        qputenv("PGPASSWORD", "tricheck-bench-pg-password");
    }
    const QUrl adminUrl(admin);
    const QString name = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(adminUrl.host());
        db.setPort(adminUrl.port(5432));
        db.setUserName(adminUrl.userName());
        db.setDatabaseName(adminUrl.path().mid(1));
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + name))
            context.note(QStringLiteral("cannot create the benchmark database: ") + db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    QUrl url = adminUrl;
    url.setPath(u'/' + name);
    historyBenchmark(context, url.toString());
    measureVerifyWithHistory(context, url.toString());
    if (!state.isEmpty()) {
        QProcess stop;
        stop.start(QStringLiteral(TRICHECK_PG_CLUSTER_SCRIPT), {QStringLiteral("stop"), state});
        stop.waitForFinished(120000);
    }
}
