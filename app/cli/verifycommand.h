#pragma once

#include "api/verifyoutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::cli {

// tricheck-cli verify: one signed Mobile3MetaVerifyIntl call, printed as exactly one JSON object.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    static QString summary();
    static int run(const QStringList& args);

    // The exit status for an outcome: 0 a result, 2 refused input or configuration, 3 an error
    // returned by the service, 4 network / TLS / timeout, 130 interrupted.
    static int exitStatusFor(const api::VerifyOutcome& outcome);
};

} // namespace tricheck::cli
