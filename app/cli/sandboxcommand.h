#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::cli {

// tricheck-cli sandbox: runs the local Mobile3MetaVerifyIntl endpoint (SandboxServer) in the
// foreground until SIGINT/SIGTERM or --max-seconds. Prints one JSON line when it is listening:
//   {"event":"listening","url":"http://127.0.0.1:PORT","keys":["sandbox-access-key-id"]}
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    static QString summary();
    static int run(const QStringList& args);
};

} // namespace tricheck::cli
