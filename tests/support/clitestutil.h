#pragma once

#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

namespace tricheck::test {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // the single line on stdout, parsed
    int lines = 0;    // lines on stdout
};

// A private home for the CLI processes of one test, also when the test is started by hand: the
// CLI never sees the developer's settings, profiles or ~/.aliyun.
inline QString cliHome()
{
    static QTemporaryDir home;
    return home.path();
}

// The environment a CLI test starts from: a private HOME and XDG config/data dirs, no Alibaba
// Cloud variables inherited from whoever runs the suite, English messages. (XDG_RUNTIME_DIR and
// the D-Bus session stay: KEYCHAIN tests share their keyring with the CLI.)
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), cliHome());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), cliHome() + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), cliHome() + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cliHome() + QStringLiteral("/.cache"));
    for (const QString& key : env.keys()) {
        if (key.startsWith(u"ALIBABA_CLOUD_") || key.startsWith(u"ALIBABACLOUD_") || key.startsWith(u"ALICLOUD_"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// Runs tricheck-cli while this process's event loop keeps serving (the scripted server lives here).
// `whileRunning` is called once the process has started.
inline CliRun runCli(const QStringList& args,
                     const QProcessEnvironment& env,
                     const QByteArray& input = {},
                     const std::function<void(QProcess&)>& whileRunning = {})
{
    CliRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(cliPath(), args);
    if (!p.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (whileRunning)
        whileRunning(p);
    if (finished.isEmpty() && !finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.finished = true;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    run.lines = int(run.out.count('\n'));
    run.json = QJsonDocument::fromJson(run.out).object();
    return run;
}

} // namespace tricheck::test
