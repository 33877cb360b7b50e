#include "testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tricheck::test {

QString sourceDir()
{
    return QStringLiteral(TRICHECK_SOURCE_DIR);
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(TRICHECK_TEST_DATA_DIR) + u'/' + relative;
}

QString cliPath()
{
    return QStringLiteral(TRICHECK_CLI_PATH);
}

void isolateEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    QDir().mkpath(qEnvironmentVariable("XDG_RUNTIME_DIR"));
    QFile::setPermissions(qEnvironmentVariable("XDG_RUNTIME_DIR"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace tricheck::test
