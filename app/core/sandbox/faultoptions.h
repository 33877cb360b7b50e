#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

#include <utility>

namespace tricheck::sandbox {

// Trouble the sandbox can make on purpose, for training and for tests of a client's error paths.
// Everything is off by default. Rates are probabilities per request, from 0 to 1.
struct FaultOptions
{
    int latencyMinMs = 0; // added before every reply; a random value in [min, max] when they differ
    int latencyMaxMs = 0;
    double failRate = 0;      // 503 ServiceUnavailable instead of processing the request
    double dropRate = 0;      // the connection is closed without any reply
    double malformedRate = 0; // a processed request's reply body is cut short (not valid JSON/XML)

    bool isActive() const;

    // "N" or "MIN-MAX" milliseconds (0 to 600000).
    static Expected<std::pair<int, int>, QString> parseLatency(const QString& text);
    // A probability from 0 to 1.
    static Expected<double, QString> parseRate(const QString& text);

    Q_DECLARE_TR_FUNCTIONS(FaultOptions)
};

} // namespace tricheck::sandbox
