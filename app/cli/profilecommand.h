#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::cli {

// tricheck-cli profile list | add | remove | import-aliyun: TriCheck's credential profiles without
// the GUI. Secrets are read from stdin (or a prompt without echo), never from the command line.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    static QString summary();
    static int run(const QStringList& args);

private:
    static int list(const QStringList& args);
    static int add(const QStringList& args);
    static int remove(const QStringList& args);
    static int importAliyun(const QStringList& args);
};

} // namespace tricheck::cli
