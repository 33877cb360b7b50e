#pragma once

#include "historyquery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tricheck::history {

// What the history's search field looks for. A complete mobile number or resident ID number is
// an exact match by its keyed fingerprint (the history holds nothing else to compare with); a
// RequestId (the service's UUID) is an exact match; anything else is part of a reference. Without a
// fingerprint key (no keychain) identity values cannot be searched and are treated as reference
// text. A masked value as the table shows it (138****8000) cannot be searched: the history has no
// clear values to compare it with.
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
    };

    static Kind classify(const QString& text);
    // Adds the criterion for `text` to `filter` and returns what was searched for.
    static Kind apply(HistoryFilter& filter, const QString& text, const std::optional<QByteArray>& fingerprintKey);
    // Why a search for `text` (searched as `searched`) found nothing, and what can be searched;
    // translated, for a hint under the search field.
    static QString noMatchHint(const QString& text, Kind searched);
};

} // namespace tricheck::history
