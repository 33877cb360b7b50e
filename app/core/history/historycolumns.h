#pragma once

#include "attemptrecord.h"
#include "historyquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <limits>

namespace tricheck::history {

// Names and labels of the history columns, translated at call time (so they follow a language
// switch). Shared by the table model, the CSV export and the CLI.
class HistoryColumns
{
    Q_DECLARE_TR_FUNCTIONS(HistoryColumns)

public:
    static QList<HistoryColumn> all();
    static QList<HistoryColumn> defaults();     // the table's default view
    static QString title(HistoryColumn column); // translated header
    static QString id(HistoryColumn column);    // stable: "time", "maskedMobile" …
    static std::optional<HistoryColumn> fromId(QStringView id);

    static QString errorKindText(const QString& errorKindId); // "Network error", "Timed out" …
    static QString sandboxText(bool sandbox);                 // "Sandbox" / "Real service"
};

// Turns records into cell values. Translated labels are looked up once per distinct code and
// cached (exports format a million rows); call clear() when the language changes.
class HistoryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFormatter)

public:
    enum class TimeStyle {
        LocalDisplay,  // 2024-05-01 10:00:00 (local time)
        IsoWithOffset, // 2024-05-01T10:00:00+08:00 (local time with its UTC offset)
    };

    explicit HistoryFormatter(TimeStyle style = TimeStyle::LocalDisplay);

    QString text(HistoryColumn column, const AttemptRecord& record);
    static QVariant raw(HistoryColumn column, const AttemptRecord& record); // the stored value
    QString time(const QDateTime& utc);
    void clear();

private:
    int localOffsetSeconds(qint64 msecsSinceEpoch);

    TimeStyle m_style;
    qint64 m_offsetSlot = std::numeric_limits<qint64>::min();
    int m_offsetSeconds = 0;
    QHash<QString, QString> m_results;
    QHash<QString, QString> m_carriers;
    QHash<QString, QString> m_billing;
    QHash<int, QString> m_roles;
};

} // namespace tricheck::history
