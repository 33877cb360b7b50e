#include "benchmark.h"
#include "common/appinfo.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace tricheck::bench;

namespace {

QString number(double v)
{
    return std::abs(v) >= 1000 ? QString::number(v, 'f', 0) : QString::number(v, 'f', 2);
}

bool printTable(const std::vector<Row>& rows) // false when stdout failed
{
    const QStringList header{QStringLiteral("benchmark"),
                             QStringLiteral("measurement"),
                             QStringLiteral("value"),
                             QStringLiteral("unit"),
                             QStringLiteral("target"),
                             QStringLiteral("result")};
    QList<QStringList> table{header};
    for (const Row& r : rows) {
        QString target;
        if (r.goal == Goal::AtLeast)
            target = QStringLiteral(">= ") + number(r.target);
        else if (r.goal == Goal::AtMost)
            target = QStringLiteral("<= ") + number(r.target);
        const QString result = r.goal == Goal::None ? QStringLiteral("info")
                                                    : (r.passed() ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
        table.append({r.benchmark, r.measurement, number(r.value), r.unit, target, result});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : table) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QString out;
    for (const QStringList& line : table) {
        for (int i = 0; i < line.size(); ++i) {
            const bool numeric = i == 2;
            out += (numeric ? line.at(i).rightJustified(widths[i]) : line.at(i).leftJustified(widths[i]));
            out += i + 1 < line.size() ? QStringLiteral("  ") : QStringLiteral("\n");
        }
    }
    return std::fputs(out.toUtf8().constData(), stdout) != EOF && std::fflush(stdout) == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The report benchmark draws a PDF (Qt Gui's fonts) and gui_responsiveness runs the desktop's
    // main window: widgets, on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tricheck::AppInfo::applyTo(app);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or history

    QStringList names;
    bool quick = false;
    qint64 size = 0;
    bool keep = false;
    QString base = QDir::tempPath();
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--list") {
            for (const Registration& r : registry())
                std::printf("%-16s %s\n", qPrintable(r.name), qPrintable(r.description));
            return 0;
        }
        if (a == u"--quick") {
            quick = true;
        } else if (a == u"--keep") {
            keep = true;
        } else if (a == u"--size" && i + 1 < args.size()) {
            size = args.at(++i).toLongLong();
        } else if (a == u"--dir" && i + 1 < args.size()) {
            base = args.at(++i);
        } else if (a == u"--help" || a == u"-h") {
            std::printf("Usage: tricheck-bench [--list] [--quick] [--size N] [--dir SCRATCH] [--keep] [NAME...]\n");
            return 0;
        } else {
            names.append(a);
        }
    }

    std::vector<Row> rows;
    int ran = 0;
    for (const Registration& r : registry()) {
        if (!names.isEmpty() && !names.contains(r.name))
            continue;
        QTemporaryDir scratch(base + QStringLiteral("/tricheck-bench-XXXXXX"));
        if (!scratch.isValid()) {
            (void)std::fprintf(stderr, "cannot create a scratch directory under %s\n", qPrintable(base));
            return 2;
        }
        scratch.setAutoRemove(!keep);
        if (keep)
            (void)std::fprintf(stderr, "keeping %s\n", qPrintable(scratch.path()));
        Context context(r.name, scratch.path(), quick, size, &rows);
        context.note(r.description);
        r.run(context);
        ++ran;
    }
    if (ran == 0) {
        (void)std::fprintf(stderr, "no benchmark matches; --list shows them\n");
        return 2;
    }
    if (!printTable(rows))
        return 2;
    for (const Row& r : rows) {
        if (!r.passed())
            return 1;
    }
    return 0;
}
