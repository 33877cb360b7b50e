#pragma once

#include <QString>

namespace tricheck::test {

// Paths baked in at configure time, so tests run from ctest or by hand alike.
QString sourceDir();
QString testDataPath(const QString& relative);
QString cliPath();

// Puts QStandardPaths in test mode and gives the process a clean per-test HOME/XDG layout (also
// when started by hand outside ctest). Call at the start of initTestCase().
void isolateEnvironment();

} // namespace tricheck::test
