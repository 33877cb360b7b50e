#include "historysettings.h"

#include "historystore.h"

#include <QSettings>

namespace tricheck::history {

namespace {

const QString kPathKey = QStringLiteral("history/databasePath");
const QString kRetentionKey = QStringLiteral("history/retentionDays");

} // namespace

QString HistorySettings::databasePath()
{
    const QString path = QSettings().value(kPathKey).toString();
    return path.isEmpty() ? HistoryStore::defaultPath() : path;
}

void HistorySettings::setDatabasePath(const QString& path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(kPathKey);
    else
        settings.setValue(kPathKey, path);
}

std::optional<int> HistorySettings::retentionDays()
{
    bool ok = false;
    const int days = QSettings().value(kRetentionKey).toInt(&ok);
    if (!ok || days < 1)
        return std::nullopt;
    return days;
}

void HistorySettings::setRetentionDays(std::optional<int> days)
{
    QSettings settings;
    if (days && *days > 0)
        settings.setValue(kRetentionKey, *days);
    else
        settings.remove(kRetentionKey);
}

} // namespace tricheck::history
