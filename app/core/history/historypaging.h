#pragma once

#include "attemptrecord.h"
#include "common/expected.h"
#include "historyerror.h"
#include "historyquery.h"
#include "historysql.h"

#include <QList>
#include <QVariantList>

#include <functional>
#include <optional>
#include <utility>

namespace tricheck::history {

class HistoryDatabase;

// Internal to the history module: the reads of attempts — counts, windows of a sorted and
// filtered result (keyset or offset), streaming every row, single rows.
class HistoryPaging
{
public:
    explicit HistoryPaging(HistoryDatabase& database)
        : m_database(database)
    { }

    Expected<qint64, HistoryError> count(const HistoryFilter& filter) const;
    // Whether count() reads a kept number rather than the matching rows.
    bool countIsKept(const HistoryFilter& filter) const;
    Expected<QList<AttemptRecord>, HistoryError>
    window(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window) const;
    Expected<qint64, HistoryError> forEach(const HistoryFilter& filter,
                                           const HistorySort& sort,
                                           const std::function<bool(const AttemptRecord&)>& visitor) const;
    Expected<std::optional<AttemptRecord>, HistoryError> record(qint64 id) const;
    Expected<qint64, HistoryError> maxId() const;

private:
    sql::Where windowWhere(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window) const;
    std::pair<QString, QVariantList>
    windowQuery(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window) const;
    std::pair<QString, QVariantList>
    mergedWindowQuery(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window) const;
    Expected<qint64, HistoryError> visit(const QString& select,
                                         const QVariantList& binds,
                                         const std::function<bool(const AttemptRecord&)>& visitor) const;

    HistoryDatabase& m_database;
};

} // namespace tricheck::history
