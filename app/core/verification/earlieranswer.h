#pragma once

#include "common/expected.h"
#include "history/attemptrecord.h"
#include "history/historyerror.h"
#include "identity/identityinput.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::verification {

// Where an earlier answer for the same person is looked for.
struct EarlierAnswerQuery
{
    std::optional<QByteArray> fingerprintKey; // none: nothing can be matched
    bool sandbox = false;                     // the sandbox's answers never stand for the real service's
    QDateTime sinceUtc;                       // answers at or after this time count
};

// The newest attempt the service answered (BizCode 1, 2 or 3: consistent, inconsistent or no
// record) for the same mobile number, name and ID number, matched by their three keyed
// fingerprints: no identity value is read from or written to the history. nullopt when there is
// none, or when the values cannot be fingerprinted (no key, MD5 digests as input).
Expected<std::optional<history::AttemptRecord>, history::HistoryError>
findEarlierAnswer(history::HistoryStore& store,
                  const EarlierAnswerQuery& query,
                  const identity::IdentityInput& plaintext);

} // namespace tricheck::verification
