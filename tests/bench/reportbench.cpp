#include "benchmark.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "pdf/documents.h"
#include "reports/periodreport.h"
#include "reports/statistics.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace tricheck;
using namespace tricheck::history;
using tricheck::bench::Context;
using tricheck::bench::Goal;

namespace {

// Plausible traffic: most results consistent, some mismatches, no-records and errors, four
// carriers, eight operators, every 50th attempt part of a batch.
AttemptRecord makeAttempt(QRandomGenerator& rng, qint64 startedMs, qint64 n)
{
    static const QStringList codes{QStringLiteral("101"),
                                   QStringLiteral("201"),
                                   QStringLiteral("202"),
                                   QStringLiteral("203"),
                                   QStringLiteral("204"),
                                   QStringLiteral("301")};
    static const QStringList isps{QStringLiteral("CMCC"),
                                  QStringLiteral("CUCC"),
                                  QStringLiteral("CTCC"),
                                  QStringLiteral("CBN")};
    AttemptRecord r;
    r.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.startedMs = startedMs;
    r.operatorName = QStringLiteral("analyst%1").arg(rng.bounded(8));
    r.reference = QStringLiteral("KYC-%1").arg(n);
    r.maskedMobile = QStringLiteral("138****%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    r.maskedName = QStringLiteral("张*");
    r.maskedIdNumber = QStringLiteral("110***********%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    r.endpoint = QStringLiteral("hongkong");
    r.latencyMs = 50 + rng.bounded(3000);
    if (n % 50 == 0) {
        r.batch.batchId = QStringLiteral("batch-%1").arg(n / 20000);
        r.batch.row = int(n % 20000);
    }
    const int pick = rng.bounded(100);
    if (pick >= 95) {
        r.errorKind = pick == 99 ? QStringLiteral("timeout") : QStringLiteral("network");
        r.role = api::StatusRole::Error;
        r.billed = pick == 99 ? std::nullopt : std::optional<bool>(false);
        return r;
    }
    const QString& code = codes.at(pick < 60 ? 0 : 1 + (pick - 60) % 5);
    r.httpStatus = 200;
    r.code = QStringLiteral("Success");
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    r.subCode = code;
    r.bizCode = code == u"101" ? QStringLiteral("1") : code == u"301" ? QStringLiteral("3") : QStringLiteral("2");
    r.billed = code != u"301";
    r.ispName = isps.at(rng.bounded(isps.size()));
    r.role = api::ResultCatalogue::roleForSubCode(code);
    return r;
}

bool fill(Context& context, HistoryStore& store, qint64 total, qint64 fromMs, qint64 toMs)
{
    QRandomGenerator rng(20240601);
    for (qint64 done = 0; done < total; done += 10000) {
        QList<AttemptRecord> batch;
        for (qint64 i = done; i < std::min(total, done + 10000); ++i)
            batch.append(makeAttempt(rng, fromMs + (toMs - fromMs) * i / total, i));
        if (!store.insertBatch(batch)) {
            context.note(QStringLiteral("insert failed"));
            return false;
        }
        if ((done / 10000) % 20 == 0)
            context.note(QStringLiteral("%1 rows").arg(done + batch.size()));
    }
    return true;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Statistics of the last full month and of all time over a year of `total` attempts, then the PDF
// report of a month of 100,000 attempts.
void reportBenchmark(Context& context, const QString& path, const QString& monthPath)
{
    const qint64 total = context.size(1000000, 20000);
    auto opened = HistoryStore::open({path, {}, HistoryStore::IntegrityCheck::Skip, 15000, {}});
    if (!opened) {
        context.note(opened.error().message);
        return;
    }
    std::unique_ptr<HistoryStore> store = std::move(opened).value();
    const QDate today = QDate::currentDate();
    const QDate first = today.addYears(-1);
    if (!fill(context,
              *store,
              total,
              QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch(),
              QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch()))
        return;
    const reports::Period month = reports::Period::lastMonth(today);
    const reports::Period year{first, today};
    for (int round = 0; round < 2; ++round) { // the second round: a warm cache, as in the app
        QElapsedTimer t;
        t.start();
        const auto m = reports::StatisticsQuery::run(*store, month, reports::Grouping::Day);
        const double monthMs = msSince(t);
        t.restart();
        const auto all = reports::StatisticsQuery::run(*store, year, reports::Grouping::Month);
        const double allMs = msSince(t);
        if (!m || !all)
            return;
        if (round == 0)
            continue;
        context.report(
            QStringLiteral("statistics, last month (%1 of %2 attempts), by day").arg(m->totals.total).arg(total),
            monthMs,
            QStringLiteral("ms"),
            Goal::AtMost,
            300);
        context.report(QStringLiteral("statistics, all time (%1 attempts), by month").arg(all->totals.total),
                       allMs,
                       QStringLiteral("ms"),
                       Goal::AtMost,
                       300);
    }
    store.reset();

    // A month of 100,000 attempts as a PDF report: figures, chart, a 31-day table, breakdowns.
    opened = HistoryStore::open({monthPath, {}, HistoryStore::IntegrityCheck::Skip, 15000, {}});
    if (!opened)
        return;
    store = std::move(opened).value();
    const qint64 monthly = context.quick() ? 5000 : 100000;
    if (!fill(context,
              *store,
              monthly,
              QDateTime(month.first, QTime(0, 0)).toMSecsSinceEpoch(),
              QDateTime(month.last.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1))
        return;
    QElapsedTimer t;
    t.start();
    const auto report = reports::PeriodReport::build(*store, month);
    if (!report)
        return;
    const double buildMs = msSince(t);
    const QString pdf = context.workDir() + QStringLiteral("/report.pdf");
    t.restart();
    if (const auto failed = pdf::Documents::writeReportPdf(*report, pdf)) {
        context.note(*failed);
        return;
    }
    const double drawMs = msSince(t);
    context.report(QStringLiteral("report of a month (%1 attempts): figures").arg(monthly),
                   buildMs,
                   QStringLiteral("ms"));
    context.report(QStringLiteral("report of a month: PDF drawn and written"), drawMs, QStringLiteral("ms"));
    context.report(QStringLiteral("report of a month: total"),
                   buildMs + drawMs,
                   QStringLiteral("ms"),
                   Goal::AtMost,
                   2000);
    context.report(QStringLiteral("report PDF size"), double(QFile(pdf).size()) / 1024.0, QStringLiteral("KiB"));
}

} // namespace

TRICHECK_BENCHMARK(statistics, "Statistics (month, all time) at 1,000,000 attempts; month report PDF")
{
    reportBenchmark(context,
                    context.workDir() + QStringLiteral("/history.sqlite"),
                    context.workDir() + QStringLiteral("/month.sqlite"));
}

// The same on PostgreSQL: TRICHECK_BENCH_PG_URL (a role that may create databases), else a
// throwaway loopback cluster (tests/support/pg-cluster.sh).
TRICHECK_BENCHMARK(statistics_pg, "Statistics on PostgreSQL (loopback) at 1,000,000 attempts; month report PDF")
{
    QString admin = qEnvironmentVariable("TRICHECK_BENCH_PG_URL");
    QString state;
    if (admin.isEmpty()) {
        state = context.workDir() + QStringLiteral("/pg-cluster");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
    QStringList urls;
    for (int i = 0; i < 2; ++i) {
        const QString name = QStringLiteral("stats_") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("stats-admin"));
            db.setHostName(adminUrl.host());
            db.setPort(adminUrl.port(5432));
            db.setUserName(adminUrl.userName());
            db.setDatabaseName(adminUrl.path().mid(1));
            db.setPassword(qEnvironmentVariable("PGPASSWORD"));
            if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + name))
                context.note(QStringLiteral("cannot create the benchmark database: ") + db.lastError().text());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stats-admin"));
        QUrl url = adminUrl;
        url.setPath(u'/' + name);
        urls.append(url.toString());
    }
    reportBenchmark(context, urls.at(0), urls.at(1));
    if (!state.isEmpty()) {
        QProcess stop;
        stop.start(QStringLiteral(TRICHECK_PG_CLUSTER_SCRIPT), {QStringLiteral("stop"), state});
        stop.waitForFinished(120000);
    }
}
