#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::cli {

// tricheck-cli key status|export|import: the fingerprint key behind exact-match history search,
// moved between operators through their keychains so that a team sharing one history shares one
// key (credentials/fingerprintkey.h). export writes the key file format (to a new file with
// owner-only permissions, or to stdout); import replaces the keychain's key after confirmation
// (or --force). Both are recorded in the history's audit trail with the key's identifier only;
// the key itself never reaches a log, the audit trail or the history.
class KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    static QString summary();
    static int run(const QStringList& args);
};

} // namespace tricheck::cli
