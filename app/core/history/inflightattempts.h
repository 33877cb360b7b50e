#pragma once

#include "attemptrecord.h"
#include "common/expected.h"
#include "historyerror.h"
#include "transaction.h"

#include <optional>

namespace tricheck::history {

class AuditLog;

class HistoryDatabase;

// Internal to the history module: attempts committed before their request left. Such an attempt is
// stored like any other (masked values and keyed fingerprints only) with the error kind
// "in_flight" and unknown billing, and a row of attempts_in_flight names the process that waits for
// its answer (ProcessOwner). Storing the outcome settles it in place: the same row gets the
// outcome, in the transaction that runs the modules' hooks (a batch row is settled there too).
//
// A process that ended before it stored the outcome (killed, crashed, power lost) leaves its
// attempts in flight; the next open of the history settles them as "outcome unknown — may have
// been billed" (error kind "outcome_unknown"), keeping their time, reference and masked values.
// An attempt whose process still runs (another TriCheck) is left alone.
class InFlightAttempts
{
public:
    // A process of another computer cannot be asked whether it still runs: its attempts count as
    // abandoned after this long (a request's time limits are far shorter).
    static constexpr qint64 kAbandonedAfterMs = 60LL * 60 * 1000;

    static bool isPlaceholder(const AttemptRecord& record);
    // In `transaction`: `row` is in flight for this process.
    static std::optional<QSqlError> markInFlight(Transaction& transaction, qint64 row, qint64 sinceMs);
    // In `transaction`: `record` (its id: the attempt in flight) replaces what the row held.
    static std::optional<QSqlError> settle(Transaction& transaction, const AttemptRecord& record);
    // Settles every attempt in flight whose process is gone as "outcome unknown", with an audit
    // event in the same transaction (a possibly billed check whose answer was lost is something
    // the compliance record must show). Returns how many.
    static Expected<qint64, HistoryError> settleOrphans(HistoryDatabase& database, const AuditLog& audit);
};

} // namespace tricheck::history
