#include "integrityreport.h"

#include "historylocation.h"

#include <QDir>
#include <QJsonArray>

namespace tricheck::history {

QString IntegrityReport::summary(const QString& path) const
{
    const QString where = HistoryLocation::isPostgresUrl(path) ? path : QDir::toNativeSeparators(path);
    if (byServer)
        return tr("The history %1 is kept on a PostgreSQL server, which verifies its own data pages; there is "
                  "nothing to check from this computer.")
            .arg(where);
    const QString kind = thorough ? tr("thorough check") : tr("quick check");
    if (sound())
        return tr("The history %1 is sound (%2, %3 s).")
            .arg(where, kind, QString::number(double(durationMs) / 1000.0, 'f', 1));
    return tr("The history %1 is damaged (%2): %3. It was not changed. Restore it from a backup, or move it aside "
              "to start a new history.")
        .arg(where, kind, problems.mid(0, 5).join(QStringLiteral("; ")));
}

QJsonObject IntegrityReport::toJson() const
{
    return {
        {QStringLiteral("sound"), sound()},
        {QStringLiteral("thorough"), thorough},
        {QStringLiteral("byServer"), byServer},
        {QStringLiteral("checkedUtc"), checkedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("trigger"), trigger},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("durationMs"), double(durationMs)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
    };
}

} // namespace tricheck::history
