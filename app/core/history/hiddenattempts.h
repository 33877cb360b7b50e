#pragma once

#include "common/expected.h"
#include "historyerror.h"
#include "historyquery.h"

namespace tricheck::history {

class HistoryStore;

// New attempts that a view's filter hides: recorded after the filter was applied, and not
// matching it. A view says so ("1 new attempt hidden by the filter — Show") instead of leaving the
// operator to wonder where the check just made went.
class HiddenAttempts
{
public:
    // Counts from now on: the attempts in `store` so far are not new.
    std::optional<HistoryError> reset(HistoryStore& store);
    // Looks at the attempts recorded since the last call; returns all the hidden ones so far.
    Expected<qint64, HistoryError> update(HistoryStore& store, const HistoryFilter& filter);
    qint64 hidden() const { return m_hidden; }

private:
    qint64 m_seenId = 0;
    qint64 m_hidden = 0;
};

} // namespace tricheck::history
