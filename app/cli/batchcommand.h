#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::cli {

// tricheck-cli batch: verifies every row of a CSV file within the account's QPS limit, journaled
// in the history so that a crash, a kill or Ctrl+C loses nothing and bills nothing twice; prints a
// JSON summary as the last line on stdout.
class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    static QString summary();
    static int run(const QStringList& args);
};

} // namespace tricheck::cli
