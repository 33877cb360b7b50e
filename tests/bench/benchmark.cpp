#include "benchmark.h"

#include <QFile>

#include <cstdio>

namespace tricheck::bench {

namespace {

qint64 statusField(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

bool Row::passed() const
{
    switch (goal) {
    case Goal::AtLeast:
        return value >= target;
    case Goal::AtMost:
        return value <= target;
    case Goal::None:
        break;
    }
    return true;
}

Context::Context(QString benchmark, QString workDir, bool quick, qint64 size, std::vector<Row>* rows)
    : m_benchmark(std::move(benchmark))
    , m_workDir(std::move(workDir))
    , m_quick(quick)
    , m_size(size)
    , m_rows(rows)
{ }

void Context::report(const QString& measurement, double value, const QString& unit, Goal goal, double target)
{
    m_rows->push_back({m_benchmark, measurement, value, unit, goal, target});
    note(QStringLiteral("%1: %2 %3").arg(measurement).arg(value, 0, 'f', 2).arg(unit));
}

void Context::note(const QString& text) const
{
    // Progress only: a failed write to stderr must not stop a benchmark.
    (void)std::fprintf(stderr, "[%s] %s\n", qPrintable(m_benchmark), qPrintable(text));
    (void)std::fflush(stderr);
}

qint64 Context::residentKb()
{
    return statusField("VmRSS");
}

qint64 Context::peakResidentKb()
{
    return statusField("VmHWM");
}

std::vector<Registration>& registry()
{
    static std::vector<Registration> all;
    return all;
}

Registrar::Registrar(const char* name, const char* description, Function run)
{
    registry().push_back({QString::fromUtf8(name), QString::fromUtf8(description), std::move(run)});
}

} // namespace tricheck::bench
