// The desktop stays responsive (issue 21): the real main window, in this process (offscreen), on a
// history of 10,000,000 attempts (--size N), while it opens the history, scrolls the table from the
// first row to the last and back, filters, exports, runs a 10,000-row batch against its in-process
// sandbox and exports that batch's results. An event-loop probe on the GUI thread (a 5 ms precise
// timer) measures the longest stall of the GUI thread during each action (the longest gap between
// two firings, less the interval), and the longest time a wait or busy cursor was shown.
//
// Filling 10,000,000 attempts takes a long while: TRICHECK_BENCH_HISTORY=PATH keeps the history at
// PATH (filled there when the file does not exist yet) and reuses it on the next run.
// Each stall is told with where the GUI thread's time went (ThreadClock, below).
#include "batch/batchjournal.h"
#include "batch/batchrunner.h"
#include "batchbench.h"
#include "benchmark.h"
#include "gui/accessibility.h"
#include "gui/batchdialog.h"
#include "gui/exportcontroller.h"
#include "gui/historyfilterbar.h"
#include "gui/historyview.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historybench.h"
#include "i18n/translations.h"
#include "session/session.h"
#include "settings/appsettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

#include <csignal>
#include <functional>
#include <memory>

using namespace tricheck;
using tricheck::bench::Context;
using tricheck::bench::Goal;

namespace {

constexpr int kProbeIntervalMs = 5;
constexpr double kStallGoalMs = 50;
constexpr double kWaitCursorGoalMs = 100;

// What a thread did with its time, from Linux's own accounting: on a CPU, runnable but waiting for
// one (/proc/self/task/TID/schedstat), and its major page faults and disk reads (getrusage). Between two probe
// firings, the rest of the gap is the thread asleep: a poll, a lock, a disk read. So a stall reads as
// the thread's own work, other threads (or processes) holding both CPUs, or a wait, without a
// tracer running. Under a hypervisor the guest counts time its vCPU was taken away as on a CPU.
struct ThreadTime
{
    qint64 onCpuNs = 0;
    qint64 waitingNs = 0;
    qint64 majorFaults = 0;
    qint64 diskReadKiB = 0; // what the thread's reads had to fetch from the disk

    ThreadTime operator-(const ThreadTime& o) const
    {
        return {onCpuNs - o.onCpuNs, waitingNs - o.waitingNs, majorFaults - o.majorFaults, diskReadKiB - o.diskReadKiB};
    }
};

// Reads the calling thread's figures; made on the thread it reads (the GUI thread).
class ThreadClock
{
public:
    ThreadClock()
    {
        const QByteArray path = "/proc/self/task/" + QByteArray::number(::gettid()) + "/schedstat";
        m_schedstat = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    }
    ~ThreadClock()
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    ThreadClock(const ThreadClock&) = delete;
    ThreadClock& operator=(const ThreadClock&) = delete;

    ThreadTime now() const
    {
        ThreadTime t;
        char text[128];
        // procfs makes the file again on every read from offset 0: one open for the whole run.
        const ssize_t n = m_schedstat >= 0 ? ::pread(m_schedstat, text, sizeof text - 1, 0) : -1;
        if (n > 0) {
            // "<on a CPU, ns> <waiting for one, ns> <time slices>"
            const QList<QByteArray> fields = QByteArray(text, int(n)).trimmed().split(' ');
            bool onCpuRead = false;
            bool waitingRead = false;
            const qint64 onCpu = fields.value(0).toLongLong(&onCpuRead);
            const qint64 waiting = fields.value(1).toLongLong(&waitingRead);
            if (onCpuRead && waitingRead)
                t.onCpuNs = onCpu, t.waitingNs = waiting;
        }
        rusage usage{};
        if (::getrusage(RUSAGE_THREAD, &usage) == 0) {
            t.majorFaults = usage.ru_majflt;
            t.diskReadKiB = usage.ru_inblock / 2; // Linux counts 512-byte blocks
        }
        return t;
    }

private:
    int m_schedstat = -1;
};

// A stall and where its time went.
struct Stall
{
    double ms = 0;    // the gap between two firings, less the interval
    double atMs = 0;  // when it ended, from the start of the action
    ThreadTime spent; // the GUI thread's accounting over the whole gap

    QString describe() const
    {
        const double gapMs = ms + kProbeIntervalMs;
        const double onCpu = double(spent.onCpuNs) / 1e6;
        const double waiting = double(spent.waitingNs) / 1e6;
        return QStringLiteral("%1 ms at %2 s (of its %3 ms: on a CPU %4, waiting for one %5, asleep %6; "
                              "%7 major faults, %8 KiB read from the disk)")
            .arg(ms, 0, 'f', 1)
            .arg(atMs / 1000, 0, 'f', 3)
            .arg(gapMs, 0, 'f', 1)
            .arg(onCpu, 0, 'f', 1)
            .arg(waiting, 0, 'f', 1)
            .arg(std::max(0.0, gapMs - onCpu - waiting), 0, 'f', 1)
            .arg(spent.majorFaults)
            .arg(spent.diskReadKiB);
    }
};

// What the probe saw during one action.
struct Probed
{
    Stall longest;
    double stallAtClockS = 0; // when it ended on CLOCK_MONOTONIC (perf record -k CLOCK_MONOTONIC; perf report --time)
    double longestWaitCursorMs = 0;
    double totalMs = 0;
    qint64 firings = 0;
    // Every stall over the goal: how long and when it ended (ms from the start of the action). One
    // outlier in a long action reads differently from many (the machine, or work of the app's own).
    QList<Stall> overGoal; // the first kOverGoalKept of them
    int overGoalCount = 0;
};

// A timer on the GUI thread every 5 ms: the gap between two firings, less the interval, is the
// time the GUI thread could not run its event loop. The same firing looks at the override cursor.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
    }

    void begin()
    {
        m_seen = {};
        m_start = m_last = m_clock.nsecsElapsed();
        m_lastSpent = m_threadClock.now();
        m_waitSince = busyCursor() ? m_start : -1;
        m_timer.start();
    }

    // Counts the time since the last firing too: a stall that ends the action is not missed.
    Probed end()
    {
        tick();
        m_timer.stop();
        if (m_waitSince >= 0)
            m_seen.longestWaitCursorMs =
                std::max(m_seen.longestWaitCursorMs, double(m_clock.nsecsElapsed() - m_waitSince) / 1e6);
        m_seen.totalMs = double(m_clock.nsecsElapsed() - m_start) / 1e6;
        return m_seen;
    }

private:
    static bool busyCursor()
    {
        const QCursor* cursor = QApplication::overrideCursor();
        return cursor && (cursor->shape() == Qt::WaitCursor || cursor->shape() == Qt::BusyCursor);
    }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const ThreadTime spentNow = m_threadClock.now();
        const Stall stall{double(now - m_last) / 1e6 - kProbeIntervalMs,
                          double(now - m_start) / 1e6,
                          spentNow - m_lastSpent};
        if (stall.ms > m_seen.longest.ms) {
            m_seen.longest = stall;
            m_seen.stallAtClockS = double(m_clock.msecsSinceReference()) / 1e3 + double(now) / 1e9;
        }
        if (stall.ms > kStallGoalMs) {
            ++m_seen.overGoalCount;
            if (m_seen.overGoal.size() < kOverGoalKept)
                m_seen.overGoal.append(stall);
            snapshotTrace(now);
        }
        m_last = now;
        m_lastSpent = spentNow;
        ++m_seen.firings;
        const bool busy = busyCursor();
        if (busy && m_waitSince < 0) {
            m_waitSince = now;
        } else if (!busy && m_waitSince >= 0) {
            m_seen.longestWaitCursorMs = std::max(m_seen.longestWaitCursorMs, double(now - m_waitSince) / 1e6);
            m_waitSince = -1;
        }
    }

    // TRICHECK_BENCH_STALL_SIGNAL=PID: a stall over the goal sends SIGUSR2 to PID (at most once a
    // second), for `perf record --overwrite --switch-output=signal`, which then writes what its ring
    // buffer holds: the scheduler's view of the stall's window, without tracing the whole run to disk.
    void snapshotTrace(qint64 now)
    {
        static const pid_t tracer = pid_t(qEnvironmentVariableIntValue("TRICHECK_BENCH_STALL_SIGNAL"));
        if (tracer <= 0 || (m_lastSnapshot >= 0 && now - m_lastSnapshot < 1'000'000'000))
            return;
        m_lastSnapshot = now;
        ::kill(tracer, SIGUSR2);
    }

    static constexpr int kOverGoalKept = 20;
    QTimer m_timer;
    QElapsedTimer m_clock;
    ThreadClock m_threadClock;
    ThreadTime m_lastSpent;
    qint64 m_lastSnapshot = -1;
    qint64 m_start = 0;
    qint64 m_last = 0;
    qint64 m_waitSince = -1;
    Probed m_seen;
};

// Runs the event loop (as QTest::qWait does) until `done`; false after `timeoutMs`.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Counts the paint events of a widget (the history table's viewport): a page is "shown" once the
// table painted it. `showing` (when set) says whether a paint now shows what is awaited: such
// paints are counted in `shown` as well.
class PaintCounter : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (showing && showing())
                ++shown;
        }
        return QObject::eventFilter(watched, event);
    }
    int paints = 0;
    int shown = 0;
    std::function<bool()> showing;
};

// The history: TRICHECK_BENCH_HISTORY when set (filled there first when it does not exist), else
// one filled in the scratch directory. Empty when it could not be made.
QString prepareHistory(Context& context, qint64 rows)
{
    const QString kept = qEnvironmentVariable("TRICHECK_BENCH_HISTORY");
    QString path = kept.isEmpty() ? context.workDir() + QStringLiteral("/history.sqlite") : kept;
    if (!kept.isEmpty() && QFileInfo::exists(path)) {
        context.note(QStringLiteral("reusing the history %1 (TRICHECK_BENCH_HISTORY)").arg(path));
        return path;
    }
    context.note(QStringLiteral("filling %1 attempts into %2").arg(rows).arg(path));
    auto opened = history::HistoryStore::open({path, {}, history::HistoryStore::IntegrityCheck::Quick, 15000, {}});
    if (!opened) {
        context.note(opened.error().message);
        return {};
    }
    std::unique_ptr<history::HistoryStore> store = std::move(opened).value();
    const auto filled = bench::fillHistory(context, *store, rows);
    if (!filled) {
        store.reset();
        QFile::remove(path); // half a history is not one to reuse
        return {};
    }
    context.note(QStringLiteral("filled in %1 s").arg(filled->seconds, 0, 'f', 1));
    return path; // closed cleanly when `store` goes
}

// The desktop as Application::run() assembles it, on the history at `path`.
struct Desktop
{
    explicit Desktop(const QString& path)
    {
        gui::Accessibility::install();
        for (const settings::Setting setting : settings::allSettings())
            settings.reset(setting); // test mode keeps settings between runs: start from the defaults
        translations.setLanguage(QStringLiteral("en"));
        session::SessionOptions options;
        options.overrides.set(settings::Setting::HistoryPath, path, QStringLiteral("tricheck --history"));
        session = std::make_unique<session::Session>(&settings, options);
        window = std::make_unique<gui::MainWindow>(translations, session.get());
    }
    ~Desktop()
    {
        window.reset();
        session.reset();
    }
    Desktop(const Desktop&) = delete;
    Desktop& operator=(const Desktop&) = delete;

    gui::HistoryView* view() const { return window->historyView(); }

    settings::AppSettings settings;
    i18n::Translations translations;
    std::unique_ptr<session::Session> session;
    std::unique_ptr<gui::MainWindow> window;
};

class Bench
{
public:
    Bench(Context& context, Desktop& desktop)
        : m_context(context)
        , m_desktop(desktop)
    { }

    // Measures `action`: it starts the work and returns the condition that says it is done (from the
    // app's own state and signals); the probe runs until then. False when it did not finish.
    bool measure(const QString& name, const std::function<std::function<bool()>()>& action, int timeoutMs = 600000)
    {
        m_probe.begin();
        const std::function<bool()> done = action();
        const bool finished = done && waitFor(done, timeoutMs);
        const Probed p = m_probe.end();
        if (!done)
            return false;
        if (!finished) {
            // What the probe saw so far still counts: a stall does not become acceptable by being slow.
            m_context.note(QStringLiteral("%1: did not finish within %2 s").arg(name).arg(timeoutMs / 1000));
            m_context.report(name + QStringLiteral(": did not finish"), 1, {}, Goal::AtMost, 0);
        }
        m_context.report(name + QStringLiteral(": longest GUI-thread stall"),
                         p.longest.ms,
                         QStringLiteral("ms"),
                         Goal::AtMost,
                         kStallGoalMs);
        m_context.report(name + QStringLiteral(": longest wait cursor"),
                         p.longestWaitCursorMs,
                         QStringLiteral("ms"),
                         Goal::AtMost,
                         kWaitCursorGoalMs);
        m_context.report(name + QStringLiteral(": duration"), p.totalMs, QStringLiteral("ms"));
        m_context.note(QStringLiteral("%1: %2 ms in all, %3 probe firings, longest stall %4 (monotonic %5 s)")
                           .arg(name)
                           .arg(p.totalMs, 0, 'f', 0)
                           .arg(p.firings)
                           .arg(p.longest.describe())
                           .arg(p.stallAtClockS, 0, 'f', 3));
        noteStallsOverGoal(name, p);
        return finished;
    }

    // The same probe with the app idle: how long this machine keeps an idle GUI thread from running
    // (the scheduler, a virtual machine's host). Every stall figure above it includes that noise.
    void idleBaseline(const QString& name, int ms)
    {
        QElapsedTimer t;
        t.start();
        m_probe.begin();
        waitFor([&] { return t.elapsed() >= ms; }, ms + 1000);
        const Probed p = m_probe.end();
        m_context.report(name + QStringLiteral(": longest stall of the idle GUI thread"),
                         p.longest.ms,
                         QStringLiteral("ms"));
        m_context.note(QStringLiteral("%1: %2 probe firings, longest stall %3")
                           .arg(name)
                           .arg(p.firings)
                           .arg(p.longest.describe()));
        noteStallsOverGoal(name, p);
    }

    // The table painted since `before`.
    std::function<bool()> paintedSince(int before) const
    {
        return [this, before] { return m_paints.paints > before; };
    }

    void watchTable() { m_desktop.view()->table()->viewport()->installEventFilter(&m_paints); }
    int paints() const { return m_paints.paints; }
    // Paints of the table while `showing` held.
    int shown() const { return m_paints.shown; }
    void setShowing(std::function<bool()> showing) { m_paints.showing = std::move(showing); }

private:
    void noteStallsOverGoal(const QString& name, const Probed& p)
    {
        if (p.overGoal.isEmpty())
            return;
        QStringList stalls;
        for (const Stall& stall : p.overGoal)
            stalls.append(stall.describe());
        m_context.note(QStringLiteral("%1: %2 stalls over %3 ms: %4")
                           .arg(name)
                           .arg(p.overGoalCount)
                           .arg(kStallGoalMs)
                           .arg(stalls.join(u", ")));
    }

    Context& m_context;
    Desktop& m_desktop;
    StallProbe m_probe;
    PaintCounter m_paints;
};

// The model has every row of the filter (not only the first page while it counts in the background).
bool allRowsAnnounced(gui::HistoryView* view)
{
    return !view->model()->isCounting();
}

// Sets the filter bar's status choice as a click in its list does; done when the model was reset
// and the table painted.
std::function<bool()>
chooseStatus(Bench& bench, gui::HistoryView* view, int index, const std::shared_ptr<int>& resets, int resetsBefore)
{
    auto* status = view->filterBar()->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    const int before = bench.paints();
    status->setCurrentIndex(index);
    emit status->activated(index);
    return [&bench, view, resets, resetsBefore, before] {
        return *resets > resetsBefore && bench.paintedSince(before)() && allRowsAnnounced(view);
    };
}

void runActions(Context& context, Desktop& desktop, qint64 historyRows)
{
    Bench bench(context, desktop);
    QObject receiver; // the connections to the app's signals end with this function
    gui::HistoryView* view = desktop.view();
    QTableView* table = view->table();
    bench.watchTable();

    // The window first (its first layout and paint are the start benchmark's), then the history.
    PaintCounter windowPaints;
    desktop.window->installEventFilter(&windowPaints);
    QElapsedTimer t;
    t.start();
    desktop.window->show();
    if (!waitFor([&] { return windowPaints.paints > 0; }, 60000))
        return context.note(QStringLiteral("the window was never painted"));
    context.report(QStringLiteral("window shown (before the history opens)"),
                   double(t.elapsed()),
                   QStringLiteral("ms"));

    // (0) The machine's own noise floor: the window shown, nothing happening, for a minute.
    bench.idleBaseline(QStringLiteral("idle for %1 s").arg(context.quick() ? 5 : 60), context.quick() ? 5000 : 60000);

    // (a) Open: the session opens the history (off the GUI thread) until the first page is painted
    //     and the model has every row (a count not kept is made in the background).
    bench.setShowing([view] { return view->model() != nullptr && view->model()->rowCount() > 0; });
    QElapsedTimer opening;
    double firstPageMs = -1;
    if (!bench.measure(QStringLiteral("open"), [&]() -> std::function<bool()> {
            opening.start();
            desktop.session->start();
            return [&] {
                if (bench.shown() == 0)
                    return false;
                if (firstPageMs < 0)
                    firstPageMs = double(opening.nsecsElapsed()) / 1e6;
                return allRowsAnnounced(view);
            };
        }))
        return;
    context.report(QStringLiteral("open: first page painted"), firstPageMs, QStringLiteral("ms"));
    // TRICHECK_BENCH_GUI_ONLY=scroll,filter,export,batch (any of them): the open and those
    // actions alone, for repeated runs (a cold page cache, a tracer); `open` is the open alone.
    const QStringList only = qEnvironmentVariable("TRICHECK_BENCH_GUI_ONLY").split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&only, &context](const QString& action) {
        if (only.isEmpty() || only.contains(action))
            return true;
        context.note(QStringLiteral("%1: left out (TRICHECK_BENCH_GUI_ONLY)").arg(action));
        return false;
    };
    bench.setShowing({});
    history::HistoryModel* model = view->model();
    context.note(QStringLiteral("history open: %1 rows shown (%2 filled)").arg(model->totalRows()).arg(historyRows));
    auto resets = std::make_shared<int>(0);
    QObject::connect(model, &QAbstractItemModel::modelReset, &receiver, [resets] { ++*resets; });

    // (b) Scroll from the first row to the last in 200 steps and back, each step painted with its
    //     rows (a page far from the cached ones is read in the background and painted when it arrives).
    if (wanted(QStringLiteral("scroll"))) {
        QScrollBar* bar = view->rowScrollBar();
        const int steps = 200;
        const auto rowsShown = [&] {
            return table->model()->index(0, 0).data(history::HistoryModel::RecordIdRole).isValid();
        };
        double slowestStepMs = 0;
        const auto scrollTo = [&](int value) {
            if (bar->value() == value)
                return true;
            QElapsedTimer step;
            step.start();
            const int before = bench.shown();
            bar->setValue(value);
            const bool shown = waitFor([&] { return bench.shown() > before; }, 60000);
            slowestStepMs = std::max(slowestStepMs, double(step.nsecsElapsed()) / 1e6);
            return shown;
        };
        bench.setShowing(rowsShown); // a paint with the top row's values
        bench.measure(QStringLiteral("scroll end to end and back (%1 steps each way)").arg(steps), [&] {
            const int max = bar->maximum();
            bool ok = true;
            for (int i = 1; i <= steps && ok; ++i)
                ok = scrollTo(int(qint64(max) * i / steps));
            for (int i = steps - 1; i >= 0 && ok; --i)
                ok = scrollTo(int(qint64(max) * i / steps));
            return std::function<bool()>([ok] { return ok; });
        });
        bench.setShowing({});
        context.report(QStringLiteral("scroll: slowest step until its rows were painted"),
                       slowestStepMs,
                       QStringLiteral("ms"));
    }

    // (c) Filter through the filter bar: a status, then a RequestId searched within it, then reset.
    if (wanted(QStringLiteral("filter"))) {
        bench.measure(QStringLiteral("filter: status inconsistent (all)"),
                      [&] { return chooseStatus(bench, view, 2, resets, *resets); });
        context.note(QStringLiteral("inconsistent attempts: %1").arg(model->totalRows()));
        const auto sample = model->rowCount() > 0 ? model->recordAt(0) : std::nullopt;
        if (sample && !sample->requestId.isEmpty()) {
            bench.measure(QStringLiteral("filter: search a RequestId"), [&] {
                auto* search = view->filterBar()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
                const int before = bench.paints();
                const int resetsBefore = *resets;
                search->setText(sample->requestId);
                emit search->returnPressed(); // Enter: at once, not after the typing pause
                return std::function<bool()>([&, before, resetsBefore] {
                    return *resets > resetsBefore && bench.paintedSince(before)() && allRowsAnnounced(view);
                });
            });
            context.note(QStringLiteral("found: %1 row(s)").arg(model->totalRows()));
        }
        bench.measure(QStringLiteral("filter: reset"), [&] {
            const int before = bench.paints();
            const int resetsBefore = *resets;
            view->filterBar()->findChild<QAbstractButton*>(QStringLiteral("resetButton"))->click();
            return std::function<bool()>([&, before, resetsBefore] {
                return *resets > resetsBefore && bench.paintedSince(before)() && allRowsAnnounced(view);
            });
        });
    }

    // (d) Export the whole history to CSV, as File → Export history… does (the file dialog and the
    //     personal-data question answered).
    if (wanted(QStringLiteral("export"))) {
        const QString csv = context.workDir() + QStringLiteral("/export.csv");
        bool exported = false;
        bool exportDone = false;
        QObject::connect(desktop.window->exporter(), &gui::ExportController::finished, &receiver, [&](bool ok) {
            exported = ok;
            exportDone = true;
        });
        bench.measure(QStringLiteral("export %1 rows to CSV").arg(model->totalRows()), [&] {
            gui::MessageBox::setNextFileName(csv);
            gui::MessageBox::setNextAnswer(QMessageBox::Yes);
            desktop.window->exportHistory();
            return std::function<bool()>([&] { return exportDone; });
        });
        if (!exported)
            context.note(QStringLiteral("the export failed"));
        context.report(QStringLiteral("export: CSV file size"),
                       double(QFile(csv).size()) / 1048576.0,
                       QStringLiteral("MiB"));
        QFile::remove(csv);
    }

    // (e) A batch through File → Verify a file…: the file validated, then Start, as fast as the
    //     sandbox allows (0 = no rate limit, sandbox only), until its final tally.
    if (!wanted(QStringLiteral("batch")))
        return;
    const qint64 batchRows = context.quick() ? 1000 : 10000;
    const QString input = context.workDir() + QStringLiteral("/batch.csv");
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly))
            return context.note(QStringLiteral("cannot write the batch file"));
        bench::writeBatchRows(f, batchRows);
    }
    if (!waitFor([&] { return desktop.session->canVerify(); }, 60000))
        return context.note(QStringLiteral("not ready to verify: ") + desktop.session->notReadyReason());
    gui::BatchDialog* dialog = nullptr;
    PaintCounter dialogPaints;
    bench.measure(QStringLiteral("batch: open the dialog"), [&] {
        dialog = desktop.window->showBatchDialog();
        dialog->installEventFilter(&dialogPaints);
        return std::function<bool()>([&] { return dialogPaints.paints > 0; });
    });
    bench.measure(QStringLiteral("batch: read and validate %1 rows").arg(batchRows), [&] {
        dialog->openFile(input);
        return std::function<bool()>([&] { return !dialog->isValidating() && dialog->report().has_value(); });
    });
    if (!dialog || !dialog->report() || dialog->report()->valid != batchRows)
        return context.note(QStringLiteral("the batch file did not validate: ") +
                            (dialog ? dialog->fileProblem() : QString()));
    dialog->findChild<QSpinBox*>(QStringLiteral("qpsSpin"))->setValue(0);
    QElapsedTimer batchTime;
    batchTime.start();
    const bool batchDone = bench.measure(
        QStringLiteral("batch: run %1 rows against the in-process sandbox").arg(batchRows),
        [&] {
            // The same file as an earlier run's batch (a reused history): a new batch, not a resume.
            gui::MessageBox::setNextChoice(1);
            dialog->findChild<QAbstractButton*>(QStringLiteral("startButton"))->click();
            return std::function<bool()>([&] { return dialog->finalTally().has_value(); });
        },
        context.quick() ? 120000 : 300000);
    if (!batchDone && dialog->runner()) {
        const batch::RunnerCounts& counts = dialog->runner()->counts();
        context.note(QStringLiteral("batch: %1 of %2 rows answered in %3 s; cancelled")
                         .arg(counts.answered)
                         .arg(counts.toSend)
                         .arg(batchTime.elapsed() / 1000));
        dialog->runner()->cancel();
        waitFor([&] { return !dialog->isRunning(); }, 60000);
    }
    context.report(QStringLiteral("batch: rows per second"),
                   double(batchDone          ? batchRows
                          : dialog->runner() ? dialog->runner()->counts().answered
                                             : 0) /
                       (double(batchTime.elapsed()) / 1000.0),
                   QStringLiteral("rows/s"));
    if (dialog->runner())
        context.note(QStringLiteral("batch: qps %1, concurrency %2")
                         .arg(dialog->runner()->options().qps)
                         .arg(dialog->runner()->options().concurrency));
    if (dialog->finalTally())
        context.note(QStringLiteral("batch: %1 sent, %2 errors, %3 unknown")
                         .arg(dialog->finalTally()->sent)
                         .arg(dialog->finalTally()->errors)
                         .arg(dialog->finalTally()->unknown));
    if (!batchDone)
        return;

    // (f) The batch's results exported through "Export results…": one line per input row, read
    //     back from the file and the history (Export is enabled again when it is done).
    const QString results = context.workDir() + QStringLiteral("/batch-results.csv");
    auto* exportButton = dialog->findChild<QAbstractButton*>(QStringLiteral("exportButton"));
    bench.measure(QStringLiteral("batch: export its %1 results to CSV").arg(batchRows), [&] {
        gui::MessageBox::setNextFileName(results);
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        exportButton->click();
        return std::function<bool()>([exportButton] { return exportButton->isEnabled(); });
    });
    if (!QFile::exists(results))
        context.note(QStringLiteral("batch: the results were not exported: ") + gui::MessageBox::lastText());
    QFile::remove(results);
}

} // namespace

TRICHECK_BENCHMARK(gui_responsiveness, "GUI thread's longest stall: open, scroll, filter, export, batch (10M history)")
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr)
        return context.note(QStringLiteral("needs a QApplication"));
    const qint64 rows = context.size(10000000, 100000);
    const QString path = prepareHistory(context, rows);
    if (path.isEmpty())
        return;
    Desktop desktop(path);
    runActions(context, desktop, rows);
}
