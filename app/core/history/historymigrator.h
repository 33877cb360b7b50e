#pragma once

#include "common/expected.h"
#include "historyerror.h"
#include "schemamigration.h"

#include <functional>

namespace tricheck::history {

class HistoryDatabase;

// Internal to the history module: the schema version of the database and the migrations of the
// history and of the modules attached to it. Each step runs in its own write transaction, under
// the engine's migration lock, after checking that no other process applied it meanwhile.
class HistoryMigrator
{
public:
    // Called before each step that is applied: its number among the steps to apply, their count
    // and what it does.
    using Progress = std::function<void(int step, int steps, const QString& description)>;

    explicit HistoryMigrator(HistoryDatabase& database)
        : m_database(database)
    { }

    // The history's schema version; 0 for an empty database; NotHistory for another database.
    Expected<int, HistoryError> schemaVersion() const;
    // Brings the history's schema from `found` to the newest this build knows.
    std::optional<HistoryError> migrate(int found, const Progress& progress) const;
    // Whether bringing it from `found` changes more than the version on this engine (a step with
    // statements or a backfill here): only then is a file checked before it is upgraded.
    bool rewrites(int found) const;
    // Brings `module`'s own tables to its newest version.
    std::optional<HistoryError> migrate(const SchemaModule& module) const;

private:
    Expected<int, HistoryError> moduleVersion(const QString& module) const;
    std::optional<HistoryError> apply(const QList<Migration>& steps,
                                      int found,
                                      const std::function<Expected<int, HistoryError>()>& readVersion,
                                      const QString& module,
                                      const Progress& progress) const;

    HistoryDatabase& m_database;
};

} // namespace tricheck::history
