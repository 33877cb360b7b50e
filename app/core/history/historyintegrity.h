#pragma once

#include "common/expected.h"
#include "historyerror.h"
#include "integrityreport.h"

#include <optional>

namespace tricheck::history {

class HistoryDatabase;

// Internal to the history module: the engine's consistency check and its remembered results.
// A damaged database is reported and never written to: only sound results are recorded.
class HistoryIntegrity
{
public:
    explicit HistoryIntegrity(HistoryDatabase& database)
        : m_database(database)
    { }

    // Runs the check (the thorough one reads every index entry against its row). The problems
    // found are in the report; an error means the check itself could not run (a file that is not
    // a database at all reports Corrupt).
    Expected<IntegrityReport, HistoryError> run(bool thorough, const QString& trigger, const QString& reason) const;
    // Remembers a sound report (needs schema v6).
    std::optional<HistoryError> record(const IntegrityReport& report) const;
    // The newest remembered check; nullopt when none was.
    Expected<std::optional<IntegrityReport>, HistoryError> last() const;

private:
    HistoryDatabase& m_database;
};

} // namespace tricheck::history
