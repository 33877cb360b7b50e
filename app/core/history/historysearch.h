#pragma once

#include "historyquery.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tricheck::history {

// What the history's search field looks for. A complete mobile number or resident ID number is
// an exact match by its keyed fingerprint (the history holds nothing else to compare with);
// anything else is part of a reference. Without a fingerprint key (no keychain) identity values
// cannot be searched and are treated as reference text.
class HistorySearch
{
public:
    enum class Kind {
        None,      // empty text: no criterion
        Reference, // case-insensitive part of the reference
        Mobile,    // exact mobile number
        IdNumber,  // exact ID number
    };

    static Kind classify(const QString& text);
    // Adds the criterion for `text` to `filter` and returns what was searched for.
    static Kind apply(HistoryFilter& filter, const QString& text, const std::optional<QByteArray>& fingerprintKey);
};

} // namespace tricheck::history
