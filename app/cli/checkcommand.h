#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::cli {

// tricheck-cli check: validates a mobile / name / ID triple offline (nothing is sent) and prints
// the findings, the masked values and the expected carrier as one JSON object.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static QString summary();
    static int run(const QStringList& args);
};

} // namespace tricheck::cli
