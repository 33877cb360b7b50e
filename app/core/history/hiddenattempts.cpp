#include "hiddenattempts.h"

#include "historystore.h"

namespace tricheck::history {

std::optional<HistoryError> HiddenAttempts::reset(HistoryStore& store)
{
    m_hidden = 0;
    const auto max = store.maxId();
    if (!max)
        return max.error();
    m_seenId = max.value();
    return std::nullopt;
}

Expected<qint64, HistoryError> HiddenAttempts::update(HistoryStore& store, const HistoryFilter& filter)
{
    using Result = Expected<qint64, HistoryError>;
    const auto max = store.maxId();
    if (!max)
        return Result::failure(max.error());
    if (max.value() <= m_seenId)
        return m_hidden;
    HistoryFilter all;
    all.idAbove = m_seenId;
    HistoryFilter shown = filter;
    shown.idAbove = m_seenId;
    const auto added = store.count(all);
    if (!added)
        return Result::failure(added.error());
    const auto matching = store.count(shown);
    if (!matching)
        return Result::failure(matching.error());
    m_hidden += added.value() - matching.value();
    m_seenId = max.value();
    return m_hidden;
}

} // namespace tricheck::history
