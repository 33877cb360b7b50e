// Desktop app start to first shown window, offscreen: `tricheck --selftest` starts the real
// application, builds and shows the main window, then exits; the wall time of the whole process
// is an upper bound of the time to the first shown window.
#include "benchmark.h"

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>

TRICHECK_BENCHMARK(guistart, "GUI: process start to first shown window (offscreen)")
{
    const int runs = context.quick() ? 2 : 7;
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), context.workDir());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), context.workDir() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), context.workDir() + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(TRICHECK_GUI_PATH), {QStringLiteral("--selftest")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            context.note(QStringLiteral("tricheck --selftest failed: ") +
                         QString::fromLocal8Bit(p.readAllStandardError()));
            return;
        }
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    context.report(QStringLiteral("start to shown window, median of %1").arg(runs),
                   ms.at(ms.size() / 2),
                   QStringLiteral("ms"),
                   tricheck::bench::Goal::AtMost,
                   1000);
}
