#pragma once

#include "historyquery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tricheck::history {

// What the history's search field looks for. The history keeps no identity value in the clear,
// so a person is found only by the keyed fingerprint of a complete value: a mobile number, a
// resident ID number, or a name (text that passes the name rules of identity/personname.h: CJK
// or Latin letters, spaces, middle dots). A RequestId (the service's UUID) is an exact match;
// anything else is part of a reference.
//
// A reference made only of letters ("KYC", "Wang") looks like a name and is searched as one;
// "ref:" (or "ref：") before the text searches the references for it instead.
//
// Without a fingerprint key (no keychain) an identity search is refused: it matches nothing and
// is never used as text, so the value reaches neither a query on the references nor the audit
// trail. A masked value as the table shows it (138****8000) cannot be searched: the history has
// no clear values to compare it with.
class HistorySearch
{
    Q_DECLARE_TR_FUNCTIONS(HistorySearch)

public:
    enum class Kind {
        None,      // empty text: no criterion
        Reference, // case-insensitive part of the reference
        Mobile,    // exact mobile number
        IdNumber,  // exact ID number
        RequestId, // exact RequestId, any letter case
        Masked,    // a masked value: searched as reference text, but it names no person
        Name,      // exact name
        Refused,   // a mobile number, ID number or name without a fingerprint key (apply() only)
    };

    // What `text` is; never Refused.
    static Kind classify(const QString& text);
    // Mobile, IdNumber or Name: searched by fingerprint only.
    static bool isIdentity(Kind kind);
    // Adds the criterion for `text` to `filter` and returns what was searched for.
    static Kind apply(HistoryFilter& filter, const QString& text, const std::optional<QByteArray>& fingerprintKey);

    // The text as the audit trail may record it: a mobile number, ID number or name masked as the
    // history table shows it; any other text unchanged.
    static QString auditText(const QString& text);

    // Why an identity search without a fingerprint key is refused; translated (GUI and CLI).
    static QString refusal();
    // Why a search for `text` (searched as `searched`) found nothing, and what can be searched;
    // translated, for a hint under the search field.
    static QString noMatchHint(const QString& text, Kind searched);
    // The prefix that searches the references for text that would otherwise be a name: "ref:".
    static QString referencePrefix();
};

} // namespace tricheck::history
