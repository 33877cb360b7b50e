#include "historypaging.h"

#include "historydatabase.h"
#include "historysql.h"

#include <QVariant>

#include <algorithm>

namespace tricheck::history {

namespace {

using Count = Expected<qint64, HistoryError>;

constexpr qint64 kDayMs = 86400000;

// The days of the history within the filter's dates, "d1,d2,…" (the keys of the fingerprint
// indexes: an exact match probes each). Empty when the history has no attempts there.
QString daysOf(const HistoryDatabase& database, const HistoryFilter& filter)
{
    QSqlQuery q = database.query();
    // Two subqueries: each is one step down the time index (MIN and MAX in one SELECT are not).
    if (!q.exec(
            QStringLiteral("SELECT (SELECT MIN(started_ms) FROM attempts), (SELECT MAX(started_ms) FROM attempts)")) ||
        !q.next() || q.value(0).isNull())
        return {};
    qint64 first = q.value(0).toLongLong();
    qint64 last = q.value(1).toLongLong();
    if (filter.from)
        first = std::max(first, filter.from->toMSecsSinceEpoch());
    if (filter.to)
        last = std::min(last, filter.to->toMSecsSinceEpoch() - 1);
    if (last < first)
        return QStringLiteral("NULL"); // nothing in range: matches no day
    QString days;
    for (qint64 day = first / kDayMs; day <= last / kDayMs; ++day)
        days += (days.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(day);
    return days;
}

// Matches of a reference text above which a window in time order leaves the reference index out.
constexpr int kCommonReferenceText = 5000;

// How this engine spells `filter`: through the reference index where there is one; and, for a
// window in time order, with the index on the status kept out when several statuses are asked
// for (SQLite cannot merge their ranges in time order and would sort them all).
sql::Spelling spellingFor(const HistoryDatabase& database, const HistoryFilter& filter, const HistorySort* timeOrder)
{
    sql::Spelling spelling;
    spelling.like = database.dialect().likeOperator();
    if (!filter.referenceContains.isEmpty()) {
        QSqlDatabase db = database.connection();
        spelling.referenceIndex = database.dialect().referenceIndexCondition(db, filter.referenceContains);
        // A text thousands of references contain: the time index meets a window's rows sooner (a tenth
        // of ten million rows: 2.9 s through the index, milliseconds along the time index).
        if (timeOrder != nullptr && timeOrder->column == HistoryColumn::Time && !spelling.referenceIndex.isEmpty() &&
            database.dialect().referenceTextIsCommon(db, filter.referenceContains, kCommonReferenceText))
            spelling.referenceIndex.clear();
    }
    if (timeOrder != nullptr && timeOrder->column == HistoryColumn::Time && filter.roles.size() > 1)
        spelling.statusColumn = database.dialect().unindexed(spelling.statusColumn);
    if (filter.mobileFingerprint || filter.nameFingerprint || filter.idNumberFingerprint)
        spelling.fingerprintDays = daysOf(database, filter);
    return spelling;
}

QString direction(const HistorySort& sort, bool reversed)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    return ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

QString orderBy(const HistorySort& sort, bool reversed)
{
    const QString dir = direction(sort, reversed);
    return QStringLiteral(" ORDER BY ") + sql::sortExpression(sort.column) + dir + QStringLiteral(", id") + dir;
}

// How deep (offset + limit) a window of several statuses in time order is read by merging each
// status's own range of the status index. Deeper windows (a jump far down the scroll bar, read in
// the background) walk the time index instead, as a merge would hold every row above them.
constexpr qint64 kMergedWindowMaxDepth = 100000;

// Whether `window` is read by merging each status's range (mergedWindowQuery): several statuses in
// time order, not too deep, and nothing else asked but dates. Any other condition (a RequestId, a
// fingerprint, a reference, a carrier, the rows above an id…) has an index or covering columns of
// its own that a single status's range would not use: a RequestId within "inconsistent" read the
// whole range of each status (4.4 s at ten million rows) instead of one index entry.
bool mergesStatusRanges(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window)
{
    HistoryFilter others = filter;
    others.roles.clear();
    others.from.reset();
    others.to.reset();
    return filter.roles.size() > 1 && others.isEmpty() && sort.column == HistoryColumn::Time &&
           qMax<qint64>(0, window.offset) + window.limit <= kMergedWindowMaxDepth;
}

QList<api::StatusRole> distinctRoles(const QList<api::StatusRole>& roles)
{
    QList<api::StatusRole> distinct;
    for (const api::StatusRole role : roles) {
        if (!distinct.contains(role))
            distinct.append(role);
    }
    return distinct;
}

} // namespace

bool HistoryPaging::countIsKept(const HistoryFilter& filter) const
{
    // All attempts, or those of some statuses: the kept counts (SqlDialect::rowCountStatements()).
    HistoryFilter others = filter;
    others.roles.clear();
    return others.isEmpty() && m_database.keepsRowCount();
}

Count HistoryPaging::count(const HistoryFilter& filter) const
{
    if (countIsKept(filter)) {
        QStringList roles;
        for (const api::StatusRole role : filter.roles)
            roles.append(u'\'' + api::ResultCatalogue::roleId(role) + u'\''); // ids are [a-z]
        QSqlQuery q = m_database.query();
        if (q.exec(
                QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM attempt_count") +
                (roles.isEmpty() ? QString() : QStringLiteral(" WHERE status_role IN (%1)").arg(roles.join(u',')))) &&
            q.next())
            return q.value(0).toLongLong();
    }
    const sql::Where w = sql::where(filter, spellingFor(m_database, filter, nullptr));
    QSqlQuery q = m_database.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM attempts") + w.text);
    sql::bindAll(q, w.binds);
    if (!q.exec() || !q.next())
        return Count::failure(m_database.error(q));
    return q.value(0).toLongLong();
}

Expected<QList<AttemptRecord>, HistoryError>
HistoryPaging::window(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window) const
{
    using Result = Expected<QList<AttemptRecord>, HistoryError>;
    const auto [select, binds] = mergesStatusRanges(filter, sort, window) ? mergedWindowQuery(filter, sort, window)
                                                                          : windowQuery(filter, sort, window);
    QList<AttemptRecord> rows;
    rows.reserve(qMin(window.limit, 4096));
    const auto n = visit(select, binds, [&rows](const AttemptRecord& r) {
        rows.append(r);
        return true;
    });
    if (!n)
        return Result::failure(n.error());
    return rows;
}

sql::Where
HistoryPaging::windowWhere(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window) const
{
    sql::Where w = sql::where(filter, spellingFor(m_database, filter, &sort));
    if (window.after) {
        const bool ascending = (sort.order == Qt::AscendingOrder) != window.reversed;
        w.add(QStringLiteral("(%1, id) %2 (?, ?)")
                  .arg(sql::sortExpression(sort.column), ascending ? QStringLiteral(">") : QStringLiteral("<")),
              {window.after->value, window.after->id});
    }
    return w;
}

std::pair<QString, QVariantList>
HistoryPaging::windowQuery(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window) const
{
    const sql::Where w = windowWhere(filter, sort, window);
    QVariantList binds = w.binds;
    binds << qMax(0, window.limit) << qMax<qint64>(0, window.offset);
    return {QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM attempts") + w.text +
                orderBy(sort, window.reversed) + QStringLiteral(" LIMIT ? OFFSET ?"),
            binds};
}

// Several statuses newest (or oldest) first. Along the time index, the engine would walk past
// every row of the other statuses: at the top of a history whose latest ten thousand attempts are
// all "no record", a filter on "inconsistent" read 120,000 index entries (83–114 ms on the GUI
// thread at ten million rows). Here each status reads only its own rows, in time order, from the
// status index (the query of a single-status filter), as far down as the window reaches; the
// ranges are merged by time and only the window's rows are read from the table (3 ms for the same
// window).
std::pair<QString, QVariantList> HistoryPaging::mergedWindowQuery(const HistoryFilter& filter,
                                                                  const HistorySort& sort,
                                                                  const HistoryWindow& window) const
{
    const qint64 depth = qMax<qint64>(0, window.offset) + qMax(0, window.limit);
    const QString dir = direction(sort, window.reversed);
    const QString key = sql::sortExpression(sort.column);
    QStringList branches;
    QVariantList binds;
    for (const api::StatusRole role : distinctRoles(filter.roles)) {
        HistoryFilter one = filter;
        one.roles = {role};
        const sql::Where w = windowWhere(one, sort, window);
        branches.append(QStringLiteral("SELECT * FROM (SELECT id AS merged_id, %1 AS merged_key FROM attempts%2%3 "
                                       "LIMIT ?) AS status_%4")
                            .arg(key, w.text, orderBy(sort, window.reversed))
                            .arg(branches.size()));
        binds << w.binds << depth;
    }
    binds << qMax(0, window.limit) << qMax<qint64>(0, window.offset);
    // CROSS JOIN: the merged ids first, then each row by its key (SQLite keeps that order; a plain
    // join or IN could again be planned along the time index).
    return {QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM (") +
                branches.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY merged_key") + dir +
                QStringLiteral(", merged_id") + dir +
                QStringLiteral(" LIMIT ? OFFSET ?) AS merged CROSS JOIN attempts WHERE attempts.id = merged.merged_id "
                               "ORDER BY merged_key") +
                dir + QStringLiteral(", merged_id") + dir,
            binds};
}

Count HistoryPaging::forEach(const HistoryFilter& filter,
                             const HistorySort& sort,
                             const std::function<bool(const AttemptRecord&)>& visitor) const
{
    const sql::Where w = sql::where(filter, spellingFor(m_database, filter, &sort));
    return visit(QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM attempts") + w.text +
                     orderBy(sort, false),
                 w.binds,
                 visitor);
}

Count HistoryPaging::visit(const QString& select,
                           const QVariantList& binds,
                           const std::function<bool(const AttemptRecord&)>& visitor) const
{
    QSqlDatabase db = m_database.connection();
    const auto cursor = m_database.dialect().attemptCursor(db, select, binds);
    AttemptRecord record;
    qint64 n = 0;
    while (cursor->next(&record)) {
        ++n;
        if (!visitor(record))
            break;
    }
    if (const auto error = cursor->error())
        return Count::failure(m_database.error(*error));
    return n;
}

Expected<std::optional<AttemptRecord>, HistoryError> HistoryPaging::record(qint64 id) const
{
    using Result = Expected<std::optional<AttemptRecord>, HistoryError>;
    QSqlQuery q = m_database.query();
    q.prepare(QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM attempts WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Result::failure(m_database.error(q));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Result::failure(m_database.error(q));
        return std::optional<AttemptRecord>();
    }
    return std::optional<AttemptRecord>(sql::readRecord(q));
}

Count HistoryPaging::maxId() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM attempts")) || !q.next())
        return Count::failure(m_database.error(q));
    return q.value(0).toLongLong();
}

} // namespace tricheck::history
