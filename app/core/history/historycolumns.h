#pragma once

#include "attemptrecord.h"
#include "historyquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <array>
#include <functional>
#include <limits>

namespace tricheck::history {

// Names and labels of the history columns, translated at call time (so they follow a language
// switch). Shared by the table model, the CSV export and the CLI.
class HistoryColumns
{
    Q_DECLARE_TR_FUNCTIONS(HistoryColumns)

public:
    static QList<HistoryColumn> all();
    static QList<HistoryColumn> defaults(); // the table's default view
    // The columns an export writes for `chosen` (empty: every column): always with the Service
    // column, so that practice rows (sandbox) are told apart from billed ones in any file.
    static QList<HistoryColumn> exported(const QList<HistoryColumn>& chosen);
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
    // The same text without copying: valid until the next call on this formatter (or until the
    // record changes). The CSV export formats millions of cells through this.
    QStringView view(HistoryColumn column, const AttemptRecord& record);
    static QVariant raw(HistoryColumn column, const AttemptRecord& record); // the stored value
    QString time(const QDateTime& utc);
    QString time(qint64 msecsSinceEpoch);
    void clear();

private:
    int localOffsetSeconds(qint64 msecsSinceEpoch);
    QStringView timeView(qint64 msecsSinceEpoch);
    QStringView number(qint64 n);
    static QStringView cached(QHash<QString, QString>& cache, const QString& key, const std::function<QString()>& make);

    TimeStyle m_style;
    qint64 m_offsetSlot = std::numeric_limits<qint64>::min();
    int m_offsetSeconds = 0;
    QHash<QString, QString> m_results; // by SubCode
    QHash<QString, QString> m_errors;  // by error kind
    QHash<QString, QString> m_carriers;
    QHash<QString, std::array<QString, 4>> m_billing; // BizCode -> text when billed / not / unknown / sandbox
    std::array<QString, 6> m_roles;
    std::array<QString, 4> m_billed;
    std::array<QString, 2> m_sandbox;
    std::array<QString, 2> m_paramTypes;
    QHash<QString, QString> m_endpoints;
    std::array<QChar, 32> m_buffer; // the text of the last time or number
    QString m_scratch;
};

} // namespace tricheck::history
