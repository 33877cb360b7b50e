#include "earlieranswer.h"

#include "history/fingerprints.h"
#include "history/historystore.h"

namespace tricheck::verification {

Expected<std::optional<history::AttemptRecord>, history::HistoryError>
findEarlierAnswer(history::HistoryStore& store,
                  const EarlierAnswerQuery& query,
                  const identity::IdentityInput& plaintext)
{
    using Result = Expected<std::optional<history::AttemptRecord>, history::HistoryError>;
    const auto fingerprints = history::Fingerprints::compute(query.fingerprintKey, plaintext);
    if (!fingerprints || !fingerprints->mobile || !fingerprints->name || !fingerprints->idNumber)
        return std::optional<history::AttemptRecord>();
    history::HistoryFilter filter;
    filter.roles = {api::StatusRole::Pass,
                    api::StatusRole::Mismatch,
                    api::StatusRole::PartialMismatch,
                    api::StatusRole::NoRecord};
    filter.from = query.sinceUtc;
    filter.sandbox = query.sandbox;
    filter.mobileFingerprint = fingerprints->mobile;
    filter.nameFingerprint = fingerprints->name;
    filter.idNumberFingerprint = fingerprints->idNumber;
    history::HistoryWindow window;
    window.limit = 1;
    const auto found = store.window(filter, {history::HistoryColumn::Time, Qt::DescendingOrder}, window);
    if (!found)
        return Result::failure(found.error());
    if (found->isEmpty())
        return std::optional<history::AttemptRecord>();
    return std::optional<history::AttemptRecord>(found->constFirst());
}

} // namespace tricheck::verification
