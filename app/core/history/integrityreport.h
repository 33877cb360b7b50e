#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace tricheck::history {

// One run of the engine's consistency check on a history, as it is remembered in the history
// (table integrity_checks) and shown to the operator.
struct IntegrityReport
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityReport)

public:
    QDateTime checkedUtc;
    bool thorough = false; // integrity_check (every index entry against its row), else quick_check
    QString trigger;       // "open", "manual", "cli", "daily"
    QString reason;        // why it ran at open ("not closed cleanly" …); empty otherwise
    qint64 durationMs = 0;
    QStringList problems; // empty: sound
    // The server keeps its own pages sound (PostgreSQL): nothing was read from here.
    bool byServer = false;

    bool sound() const { return problems.isEmpty(); }
    // A sentence for the operator about the history at `path`, with the first problems found.
    QString summary(const QString& path) const;
    QJsonObject toJson() const;
};

} // namespace tricheck::history
