#pragma once

#include <QString>

#include <optional>

namespace tricheck::history {

// The history's settings (QSettings, shared by the GUI and the CLI). Changing the retention
// period is an audited action: the caller appends AuditEvent::retentionSettingChanged().
class HistorySettings
{
public:
    // The database file: the "history/databasePath" setting, else HistoryStore::defaultPath().
    static QString databasePath();
    static void setDatabasePath(const QString& path); // empty: back to the default

    // "Delete history older than N days": nullopt (the default) keeps everything.
    static std::optional<int> retentionDays();
    static void setRetentionDays(std::optional<int> days);
};

} // namespace tricheck::history
