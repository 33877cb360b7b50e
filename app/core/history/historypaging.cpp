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

QString orderBy(const HistorySort& sort, bool reversed)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + sql::sortExpression(sort.column) + dir + QStringLiteral(", id") + dir;
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
    sql::Where w = sql::where(filter, spellingFor(m_database, filter, &sort));
    if (window.after) {
        const bool ascending = (sort.order == Qt::AscendingOrder) != window.reversed;
        w.add(QStringLiteral("(%1, id) %2 (?, ?)")
                  .arg(sql::sortExpression(sort.column), ascending ? QStringLiteral(">") : QStringLiteral("<")),
              {window.after->value, window.after->id});
    }
    QVariantList binds = w.binds;
    binds << qMax(0, window.limit) << qMax<qint64>(0, window.offset);
    QList<AttemptRecord> rows;
    rows.reserve(qMin(window.limit, 4096));
    const auto n = visit(QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM attempts") + w.text +
                             orderBy(sort, window.reversed) + QStringLiteral(" LIMIT ? OFFSET ?"),
                         binds,
                         [&rows](const AttemptRecord& r) {
                             rows.append(r);
                             return true;
                         });
    if (!n)
        return Result::failure(n.error());
    return rows;
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
