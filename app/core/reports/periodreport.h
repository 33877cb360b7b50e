#pragma once

#include "history/auditevent.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace tricheck::reports {

// The figures of a period report (File → Report…, tricheck-cli report): the period's statistics,
// who and what they cover, and what was done to the history and the configuration meanwhile (the
// audit trail's exports, purges, credential and policy changes). Masked values only: the history
// holds nothing else.
struct PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReport)

public:
    Statistics statistics;
    QDateTime generatedUtc;
    QString generatedBy; // the OS account that made the report
    QString history;     // where the history is: a file, or a PostgreSQL host and database
    QString appVersion;
    QMap<QString, qint64> auditCounts;      // by AuditEvent kind id
    QList<history::AuditEvent> auditEvents; // in the period, oldest first (at most kMaxAuditEvents)
    qint64 auditEventsLeftOut = 0;
    static constexpr int kMaxAuditEvents = 200;

    // Day for periods up to two months, week up to a year, else month.
    static Grouping groupingFor(const Period& period);
    static Expected<PeriodReport, history::HistoryError>
    build(history::HistoryStore& store, const Period& period, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // Where the history is, for people: a file's path, or host:port/database without any password.
    static QString historyDisplayName(const QString& location);

    QJsonObject toJson(const std::optional<Price>& price = std::nullopt) const;
};

} // namespace tricheck::reports
