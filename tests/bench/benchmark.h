#pragma once

// tricheck-bench: one executable for every benchmark of the project (speed and memory goals are
// measured here, never asserted in tests). Build and run:
//
//   cmake --build build --target bench && build/tests/bench/tricheck-bench [--list] [--quick] [--size N] [NAME…]
//
// Adding a benchmark is one function in any .cpp file of this directory (listed in
// tests/bench/CMakeLists.txt):
//
//   #include "benchmark.h"
//   TRICHECK_BENCHMARK(signing, "V3 signatures per second")
//   {
//       QElapsedTimer t;
//       t.start();
//       … work …
//       context.report(QStringLiteral("sign"), n / (t.nsecsElapsed() / 1e9), QStringLiteral("ops/s"),
//                      tricheck::bench::Goal::AtLeast, 10000);
//   }
//
// Every report() becomes a row of the table printed at the end (benchmark, measurement, value,
// unit, target, pass/fail). The exit status is 1 when any row misses its target.

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace tricheck::bench {

enum class Goal {
    None,    // informational
    AtLeast, // value >= target
    AtMost,  // value <= target
};

struct Row
{
    QString benchmark;
    QString measurement;
    double value = 0;
    QString unit;
    Goal goal = Goal::None;
    double target = 0;

    bool passed() const;
};

class Context
{
public:
    Context(QString benchmark, QString workDir, bool quick, qint64 size, std::vector<Row>* rows);

    // A scratch directory for this benchmark (deleted when the run ends).
    QString workDir() const { return m_workDir; }
    // --quick: a smoke run with small sizes (figures then mean little).
    bool quick() const { return m_quick; }
    // The benchmark's main size: --size N when given, else `full` (or `quick` with --quick).
    qint64 size(qint64 full, qint64 quick) const { return m_size > 0 ? m_size : (m_quick ? quick : full); }

    void
    report(const QString& measurement, double value, const QString& unit, Goal goal = Goal::None, double target = 0);
    void note(const QString& text) const; // progress on stderr

    static qint64 residentKb();     // VmRSS from /proc/self/status
    static qint64 peakResidentKb(); // VmHWM

private:
    QString m_benchmark;
    QString m_workDir;
    bool m_quick;
    qint64 m_size;
    std::vector<Row>* m_rows;
};

using Function = std::function<void(Context&)>;

struct Registration
{
    QString name;
    QString description;
    Function run;
};

std::vector<Registration>& registry();

struct Registrar
{
    Registrar(const char* name, const char* description, Function run);
};

} // namespace tricheck::bench

#define TRICHECK_BENCHMARK(id, description)                                                                      \
    static void tricheckBenchmark_##id(::tricheck::bench::Context& context);                                     \
    static const ::tricheck::bench::Registrar tricheckRegistrar_##id(#id, description, &tricheckBenchmark_##id); \
    static void tricheckBenchmark_##id(::tricheck::bench::Context& context)
