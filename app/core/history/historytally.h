#pragma once

#include "api/resultcatalogue.h"
#include "common/expected.h"
#include "historyerror.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace tricheck::history {

class HistoryStore;
struct HistoryFilter;

// Attempts that started on the same local calendar day and share every property below.
struct TallyGroup
{
    qint64 localDay = 0; // days since 1970-01-01 in the tally's time zone
    api::StatusRole role = api::StatusRole::Unknown;
    QString subCode;            // results only
    QString errorKind;          // errors only (errorKindId())
    std::optional<bool> billed; // none: unknown
    QString ispName;
    QString operatorName;
    QString batchId; // empty: not part of a batch
    QString endpoint;
    bool sandbox = false;
    qint64 count = 0;

    QDate date() const { return QDate(1970, 1, 1).addDays(localDay); }
};

// The history counted per local day and property, in ONE grouped query over the time range (the
// statistics view and the period report are built from it). It reads the store's database
// through its public connection and leaves the store's own code alone. Days are those of `zone`:
// the local day of an attempt is started_ms plus the zone's UTC offset at that instant (the
// offsets of the range, daylight saving included, are spelled out in the query).
class HistoryTally
{
public:
    // Visits every group of the attempts that started in [fromUtc, toUtc) (an open end: no
    // limit). Returns the number of attempts counted.
    static Expected<qint64, HistoryError> run(HistoryStore& store,
                                              const std::optional<QDateTime>& fromUtc,
                                              const std::optional<QDateTime>& toUtc,
                                              const QTimeZone& zone,
                                              const std::function<void(const TallyGroup&)>& visit);

    // The same from the engine's day tally (SQLite's DayTally; PostgreSQL's ClosedDayTally, with
    // today grouped from the attempts): when the history is counted per day in `zone` and
    // [fromUtc, toUtc) is whole local days of it, a few groups per day are read instead of every
    // attempt. nullopt, with nothing read, otherwise (the caller counts the attempts itself).
    static std::optional<Expected<qint64, HistoryError>>
    runCounted(HistoryStore& store,
               const QDateTime& fromUtc,
               const QDateTime& toUtc,
               const QTimeZone& zone,
               const std::function<void(const TallyGroup&)>& visit);

    // How many attempts match `filter`, from PostgreSQL's tally of the days that are over (counted
    // first where missing) and today's attempts, read in one statement (one snapshot): a few groups
    // per day instead of millions of rows. Only for a filter of what the tally keeps (statuses,
    // SubCodes, error kinds, carriers, sandbox, batch, operator, `idAtMost`) whose time bounds are
    // local midnights of the tally's zone or open. nullopt, with nothing counted, otherwise (SQLite,
    // another filter, a write transaction holding the tally's lock, a day forgotten meanwhile):
    // the caller counts the attempts.
    static std::optional<Expected<qint64, HistoryError>> countMatching(HistoryStore& store,
                                                                       const HistoryFilter& filter);
};

} // namespace tricheck::history
