#pragma once

#include "common/expected.h"
#include "historyerror.h"

#include <QString>

#include <optional>

namespace tricheck::history {

class HistoryStore;

// The history's own facts (table history_metadata, schema v10): a value per name, set once by the
// first writer and never changed afterwards, so that every store of a shared history agrees on it.
// Today one fact: the identifier of the fingerprint key the history's fingerprints are made with
// (FingerprintKey::keyId(), never the key).
class HistoryMetadata
{
public:
    static QString fingerprintKeyIdName(); // "fingerprint_key_id"

    // The value of `name`, nullopt when none is set.
    static Expected<std::optional<QString>, HistoryError> value(HistoryStore& store, const QString& name);
    // Sets `name` to `value` unless a value is set already (another store may be setting it at the
    // same moment: the first commit wins). Returns the value in force afterwards.
    static Expected<QString, HistoryError> claim(HistoryStore& store, const QString& name, const QString& value);
};

} // namespace tricheck::history
