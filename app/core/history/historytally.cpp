#include "historytally.h"

#include "closeddaytally.h"
#include "closedrange.h"
#include "common/logging.h"
#include "daytally.h"
#include "historystore.h"
#include "qtsqlrowcursor.h"
#include "sqlitenative.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <limits>

namespace tricheck::history {

namespace {

constexpr qint64 kDayMs = 86400000;

// The zone's offsets over [fromMs, toMs]: (from this instant on, this offset), ascending, the
// first in force at fromMs (daylight saving: two transitions a year).
QList<std::pair<qint64, qint64>> offsetsOver(const QTimeZone& zone, qint64 fromMs, qint64 toMs)
{
    QList<std::pair<qint64, qint64>> offsets{{fromMs, DayTally::offsetMs(zone, fromMs)}};
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData& t : zone.transitions(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC),
                                                               QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC))) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            if (at > fromMs)
                offsets.append({at, qint64(t.offsetFromUtc) * 1000});
        }
    }
    return offsets;
}

// The local day (days since 1970-01-01 in `zone`) the instant `ms` falls in.
qint64 localDay(qint64 ms, const QTimeZone& zone)
{
    return (ms + DayTally::offsetMs(zone, ms)) / kDayMs;
}

// A row's group by identity: the native cursor hands out one shared QString per distinct text of a
// column (interned), so comparing the texts' data pointers compares the texts. A text that is not
// interned only splits a group in two; the counts stay right.
struct RowKey
{
    qint64 day = 0;
    std::array<const QChar*, 7> texts{};
    int billed = -1; // -1 unknown
    bool sandbox = false;

    bool operator==(const RowKey& o) const
    {
        return day == o.day && texts == o.texts && billed == o.billed && sandbox == o.sandbox;
    }
};

size_t qHash(const RowKey& k, size_t seed = 0)
{
    seed = qHashMulti(seed, k.day, k.billed, k.sandbox);
    for (const QChar* p : k.texts)
        seed = qHashMulti(seed, quintptr(p));
    return seed;
}

// SQLite: one pass over the rows of the range, grouped here. SQLite would group in SQL by sorting
// every row in a temporary B-tree (about ten times the CPU of this pass at a million rows).
Expected<qint64, HistoryError> scanSqlite(HistoryStore& store,
                                          QSqlDatabase& db,
                                          qint64 fromMs,
                                          qint64 toMs,
                                          const QTimeZone& zone,
                                          const std::function<void(const TallyGroup&)>& visit)
{
    using Result = Expected<qint64, HistoryError>;
    const QList<std::pair<qint64, qint64>> offsets = offsetsOver(zone, fromMs, toMs);
    const QString select =
        QStringLiteral("SELECT started_ms, status_role, sub_code, error_kind, billed, isp_name, operator_name, "
                       "batch_id, endpoint, sandbox FROM attempts WHERE started_ms >= ? AND started_ms < ?");
    const QVariantList binds{fromMs, toMs};
    const auto cursor = sqlitenative::available(db) ? sqlitenative::rowCursor(db, select, binds)
                                                    : makeSqliteDialect()->rowCursor(db, select, binds);
    QHash<RowKey, TallyGroup> groups;
    qint64 total = 0;
    qsizetype segment = 0;
    std::array<QString, 7> texts; // status_role, sub_code, error_kind, isp_name, operator, batch, endpoint
    static constexpr std::array<int, 7> kTextColumns{1, 2, 3, 5, 6, 7, 8};
    RowKey key;
    while (cursor->next()) {
        const qint64 started = cursor->integer(0);
        // Rows come roughly in time order: the segment moves forward, rarely back.
        while (segment + 1 < offsets.size() && started >= offsets.at(segment + 1).first)
            ++segment;
        while (segment > 0 && started < offsets.at(segment).first)
            --segment;
        key.day = (started + offsets.at(segment).second) / kDayMs;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            texts[i] = cursor->text(kTextColumns[i]); // null for NULL
            key.texts[i] = texts[i].constData();
        }
        key.billed = cursor->isNull(4) ? -1 : int(cursor->integer(4) != 0);
        key.sandbox = cursor->integer(9) != 0;
        ++total;
        auto it = groups.find(key);
        if (it != groups.end()) {
            ++it->count;
            continue;
        }
        TallyGroup g;
        g.localDay = key.day;
        g.role = api::ResultCatalogue::roleFromId(texts[0]).value_or(api::StatusRole::Unknown);
        g.subCode = texts[1];
        g.errorKind = texts[2];
        g.billed = key.billed < 0 ? std::nullopt : std::optional<bool>(key.billed != 0);
        g.ispName = texts[3];
        g.operatorName = texts[4];
        g.batchId = texts[5];
        g.endpoint = texts[6];
        g.sandbox = key.sandbox;
        g.count = 1;
        groups.insert(key, g);
    }
    if (const auto error = cursor->error())
        return Result::failure(store.errorFor(*error));
    for (const TallyGroup& group : std::as_const(groups))
        visit(group);
    return total;
}

// Visits the groups a tally query returns, in its columns: day, status_role, sub_code, error_kind,
// billed (NULL or negative: unknown), isp_name, operator_name, batch_id, endpoint, sandbox and the
// number of attempts. Returns the attempts counted.
Expected<qint64, HistoryError>
visitGroups(HistoryStore& store, RowCursor& cursor, const std::function<void(const TallyGroup&)>& visit)
{
    qint64 total = 0;
    TallyGroup g;
    while (cursor.next()) {
        g.localDay = cursor.integer(0);
        g.role = api::ResultCatalogue::roleFromId(cursor.text(1)).value_or(api::StatusRole::Unknown);
        g.subCode = cursor.text(2);
        g.errorKind = cursor.text(3);
        const qint64 billed = cursor.isNull(4) ? -1 : cursor.integer(4);
        g.billed = billed < 0 ? std::nullopt : std::optional<bool>(billed != 0);
        g.ispName = cursor.text(5);
        g.operatorName = cursor.text(6);
        g.batchId = cursor.text(7);
        g.endpoint = cursor.text(8);
        g.sandbox = cursor.integer(9) != 0;
        g.count = cursor.integer(10);
        total += g.count;
        visit(g);
    }
    if (const auto error = cursor.error())
        return Expected<qint64, HistoryError>::failure(store.errorFor(*error));
    return total;
}

// The groups of the day tally (either engine's attempt_days) of the days [?, ?), in visitGroups()'s columns.
QString tallyGroupsOfDays()
{
    return QStringLiteral("SELECT day, status_role, sub_code, error_kind, billed, isp_name, operator_name, batch_id, "
                          "endpoint, sandbox, n FROM attempt_days WHERE day >= ? AND day < ?");
}

// The local day `ms` starts in `zone`, when it is a local midnight there.
std::optional<qint64> midnightDay(qint64 ms, const QTimeZone& zone)
{
    const qint64 local = ms + DayTally::offsetMs(zone, ms);
    if (local % kDayMs != 0)
        return std::nullopt;
    return local / kDayMs;
}

// The local days [from, to) of a range (an open bound: none), when the history keeps a day tally
// in `zone` and each bound given is a local midnight of it; nullopt otherwise.
struct DayRange
{
    std::optional<qint64> from;
    std::optional<qint64> to;
};

std::optional<DayRange> countedDays(QSqlDatabase& db,
                                    const std::optional<QDateTime>& fromUtc,
                                    const std::optional<QDateTime>& toUtc,
                                    const QTimeZone& zone)
{
    const auto counted = DayTally::zoneOf(db);
    if (!counted || *counted != zone.id())
        return std::nullopt;
    DayRange days;
    if (fromUtc && !(days.from = midnightDay(fromUtc->toMSecsSinceEpoch(), zone)))
        return std::nullopt;
    if (toUtc && !(days.to = midnightDay(toUtc->toMSecsSinceEpoch(), zone)))
        return std::nullopt;
    return days;
}

// SQLite's day tally (see DayTally), when the history is counted in `zone` and the range is whole
// local days of it; none: the attempts have to be grouped themselves.
std::optional<Expected<qint64, HistoryError>> readDayTally(HistoryStore& store,
                                                           QSqlDatabase& db,
                                                           const std::optional<QDateTime>& fromUtc,
                                                           const std::optional<QDateTime>& toUtc,
                                                           const QTimeZone& zone,
                                                           const std::function<void(const TallyGroup&)>& visit)
{
    const auto days = countedDays(db, fromUtc, toUtc, zone);
    if (!days)
        return std::nullopt;
    const qint64 fromDay = days->from.value_or(std::numeric_limits<qint64>::min());
    const qint64 toDay = days->to.value_or(std::numeric_limits<qint64>::max());
    const QString select = tallyGroupsOfDays();
    const QVariantList binds{fromDay, toDay};
    const auto cursor = sqlitenative::available(db) ? sqlitenative::rowCursor(db, select, binds)
                                                    : makeSqliteDialect()->rowCursor(db, select, binds);
    return visitGroups(store, *cursor, visit);
}

// PostgreSQL: one grouped query over the time index's range (a hash aggregate there). The day is
// computed in SQL so that the engine returns groups (a few per day and property), not every row.
Expected<qint64, HistoryError> groupInServer(HistoryStore& store,
                                             QSqlDatabase& db,
                                             qint64 fromMs,
                                             std::optional<qint64> toMs,
                                             const QTimeZone& zone,
                                             const std::function<void(const TallyGroup&)>& visit)
{
    const qint64 offsetsTo = toMs.value_or(QDateTime::currentMSecsSinceEpoch() + kDayMs);
    const QString sql =
        QStringLiteral("SELECT (started_ms + %1) / %2, status_role, sub_code, error_kind, billed, isp_name, "
                       "operator_name, batch_id, endpoint, sandbox, COUNT(*) FROM attempts "
                       "WHERE started_ms >= ?%3 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10")
            .arg(DayTally::offsetCase(QStringLiteral("started_ms"), offsetsOver(zone, fromMs, offsetsTo)))
            .arg(kDayMs)
            .arg(toMs ? QStringLiteral(" AND started_ms < ?") : QString());
    QVariantList binds{fromMs};
    if (toMs)
        binds.append(*toMs);
    const auto cursor = qtSqlRowCursor(db, sql, binds);
    return visitGroups(store, *cursor, visit);
}

// PostgreSQL's tally of the days that are over (see ClosedDayTally), when the history keeps it in
// `zone` and the bounds are local midnights of it: the past days' groups from the tally (counted
// first where missing), today's and later grouped from the attempts.
std::optional<Expected<qint64, HistoryError>> readClosedDays(HistoryStore& store,
                                                             QSqlDatabase& db,
                                                             const std::optional<QDateTime>& fromUtc,
                                                             const std::optional<QDateTime>& toUtc,
                                                             const QTimeZone& zone,
                                                             const std::function<void(const TallyGroup&)>& visit)
{
    using Result = Expected<qint64, HistoryError>;
    auto range = closedRange(store, db, fromUtc, toUtc, zone, std::nullopt);
    if (!range)
        return std::nullopt;
    if (!*range)
        return Result::failure(range->error());
    const ClosedRange& days = range->value();
    if (days.empty)
        return qint64(0);
    qint64 total = 0;
    if (days.fromDay < days.closedTo) {
        const QString select = tallyGroupsOfDays();
        const auto cursor = qtSqlRowCursor(db, select, {days.fromDay, days.closedTo});
        const auto past = visitGroups(store, *cursor, visit);
        if (!past)
            return past;
        total += *past;
    }
    if (days.liveFromMs) {
        const auto live = groupInServer(store,
                                        db,
                                        *days.liveFromMs,
                                        toUtc ? std::optional(toUtc->toMSecsSinceEpoch()) : std::nullopt,
                                        zone,
                                        visit);
        if (!live)
            return live;
        total += *live;
    }
    return total;
}

// The engine's tally of the range, when it has one that answers it; nullopt: group the attempts.
std::optional<Expected<qint64, HistoryError>> readCounted(HistoryStore& store,
                                                          QSqlDatabase& db,
                                                          const std::optional<QDateTime>& fromUtc,
                                                          const std::optional<QDateTime>& toUtc,
                                                          const QTimeZone& zone,
                                                          const std::function<void(const TallyGroup&)>& visit)
{
    if (db.driverName() == u"QSQLITE")
        return readDayTally(store, db, fromUtc, toUtc, zone, visit);
    return readClosedDays(store, db, fromUtc, toUtc, zone, visit);
}

} // namespace

std::optional<Expected<ClosedRange, HistoryError>> closedRange(HistoryStore& store,
                                                               QSqlDatabase& db,
                                                               const std::optional<QDateTime>& fromUtc,
                                                               const std::optional<QDateTime>& toUtc,
                                                               const QTimeZone& zone,
                                                               std::optional<qint64> countingBudgetMs)
{
    using Result = Expected<ClosedRange, HistoryError>;
    const auto days = countedDays(db, fromUtc, toUtc, zone);
    if (!days)
        return std::nullopt;
    // The days are cut by tally_zone's offsets (the tzdata of the machine that made it). Where this
    // machine's differ at a bound of the range or now, the past and the live part would cut the
    // day between them differently, and an attempt near midnight would be counted twice or not at all.
    const auto sameOffset = [&db, &zone](qint64 ms) {
        const auto stored = DayTally::offsetAt(db, ms);
        return stored && *stored == DayTally::offsetMs(zone, ms);
    };
    ClosedRange range;
    qint64 firstMs = fromUtc ? fromUtc->toMSecsSinceEpoch() : 0; // the range's first instant
    if (days->from) {
        range.fromDay = *days->from;
    } else { // from the first stored day on
        QSqlQuery first(db);
        if (!first.exec(QStringLiteral("SELECT MIN(started_ms) FROM attempts")))
            return Result::failure(store.errorFor(first.lastError()));
        if (!first.next() || first.value(0).isNull()) {
            range.empty = true;
            return range;
        }
        firstMs = first.value(0).toLongLong();
        range.fromDay = localDay(firstMs, zone);
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 today = localDay(nowMs, zone);
    if (!sameOffset(nowMs) || !sameOffset(firstMs) || (toUtc && !sameOffset(toUtc->toMSecsSinceEpoch())))
        return std::nullopt;
    range.closedTo = days->to ? std::min(*days->to, today) : today;
    if (range.fromDay < range.closedTo) {
        const auto ready = ClosedDayTally::countDays(db, range.fromDay, range.closedTo, zone, countingBudgetMs);
        if (!ready) {
            // Counting writes (a read-only server, a role without rights on the tally, a lock
            // timeout): the attempts are read instead, as before the tally.
            qCWarning(lcHistory).noquote() << "the days that are over cannot be counted:" << ready.error().text();
            return std::nullopt;
        }
        if (!*ready)
            return std::nullopt; // a write transaction is open, or days are left: the attempts are read
    }
    if (!days->to || *days->to > today) {
        const qint64 liveDay = std::max(range.fromDay, today);
        const qint64 liveFrom = ClosedDayTally::dayStartUtcMs(liveDay, zone);
        // The live part starts exactly where the tally's days end: in a zone that turns its clocks
        // back at midnight, Qt's start of the day may be an instant the tally puts on the day before.
        const auto tallyDay = [&db](qint64 ms) -> std::optional<qint64> {
            const auto offset = DayTally::offsetAt(db, ms);
            return offset ? std::optional((ms + *offset) / kDayMs) : std::nullopt;
        };
        const auto first = tallyDay(liveFrom);
        const auto before = tallyDay(liveFrom - 1);
        if (!first || !before || *first != liveDay || *before >= liveDay)
            return std::nullopt;
        range.liveFromMs = liveFrom;
    }
    return range;
}

std::optional<Expected<qint64, HistoryError>>
HistoryTally::runCounted(HistoryStore& store,
                         const QDateTime& fromUtc,
                         const QDateTime& toUtc,
                         const QTimeZone& zone,
                         const std::function<void(const TallyGroup&)>& visit)
{
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    return readCounted(store, db, fromUtc, toUtc, zone, visit);
}

Expected<qint64, HistoryError> HistoryTally::run(HistoryStore& store,
                                                 const std::optional<QDateTime>& fromUtc,
                                                 const std::optional<QDateTime>& toUtc,
                                                 const QTimeZone& zone,
                                                 const std::function<void(const TallyGroup&)>& visit)
{
    using Result = Expected<qint64, HistoryError>;
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    if (auto counted = readCounted(store, db, fromUtc, toUtc, zone, visit))
        return std::move(*counted);
    // The offsets are needed for the range the rows actually cover (an open end: the oldest or
    // newest attempt), read from the time index.
    qint64 fromMs = fromUtc ? fromUtc->toMSecsSinceEpoch() : 0;
    qint64 toMs = toUtc ? toUtc->toMSecsSinceEpoch() : 0;
    if (!fromUtc || !toUtc) {
        QSqlQuery bounds(db);
        if (!bounds.exec(QStringLiteral("SELECT MIN(started_ms), MAX(started_ms) FROM attempts")))
            return Result::failure(store.errorFor(bounds.lastError()));
        if (!bounds.next() || bounds.value(0).isNull())
            return qint64(0); // an empty history
        if (!fromUtc)
            fromMs = bounds.value(0).toLongLong();
        if (!toUtc)
            toMs = bounds.value(1).toLongLong() + 1;
    }
    if (toMs <= fromMs)
        return qint64(0);

    if (db.driverName() == u"QSQLITE")
        return scanSqlite(store, db, fromMs, toMs, zone, visit);
    return groupInServer(store, db, fromMs, toMs, zone, visit);
}

} // namespace tricheck::history
