#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::cli {

// tricheck-cli config show [--json]: the configuration in force for this user, each setting with
// its value, where the value comes from (default, settings, policy, override) and whether the
// administrator locked it. Administrators check a policy roll-out with it. Never a secret.
class ConfigCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)

public:
    static QString summary();
    static int run(const QStringList& args);
};

} // namespace tricheck::cli
