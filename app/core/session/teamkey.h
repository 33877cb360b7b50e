#pragma once

#include "credentials/fingerprintkey.h"

#include <QCoreApplication>

#include <optional>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::session {

// The fingerprint key as a session uses it: the key in force (the policy's key file or the
// keychain's, see FingerprintKey), its identifier, and the identifier the history records
// (HistoryMetadata). Fingerprints are made, and exact-match search offered, only with a key the
// history agrees with: with another key, search would silently find nothing of the colleagues'
// attempts and new fingerprints could never be matched by them. Then the key is not used at all
// (no fingerprints are stored, identity search is refused) and problem() says why.
class TeamKey
{
    Q_DECLARE_TR_FUNCTIONS(TeamKey)

public:
    enum class State {
        Waiting,    // the key has not been loaded yet
        None,       // no key (no keychain, or the policy's key file cannot be used)
        Usable,     // the history records this key's identifier, or none yet
        Mismatch,   // the history records another key's identifier
        Unverified, // the history could not be asked: the key is not used until it can
    };

    void setLoaded(const credentials::FingerprintKey::Loaded& loaded);
    // Compares the key with the one `store` records (nullptr: no history, nothing to compare).
    // `claim`: a history that records no identifier yet takes this key's (the first writer's).
    void check(history::HistoryStore* store, bool claim);

    State state() const { return m_state; }
    // The key for fingerprints and search: nullopt unless Usable.
    std::optional<QByteArray> usableKey() const;
    const credentials::FingerprintKey::Loaded& loaded() const { return m_loaded; }
    QString keyId() const { return m_keyId; }               // empty without a key
    QString historyKeyId() const { return m_historyKeyId; } // empty when the history records none
    // Translated, for the banner and stderr: why the key is not used (another key than the
    // history's, an unusable policy key file); empty when there is nothing to say.
    QString problem() const;
    // Translated: the key is used, but something about it is wrong (a world-readable key file).
    QString warning() const { return m_loaded.warning; }
    // Stable: "waiting", "none", "usable", "mismatch", "unverified".
    QString stateId() const;

private:
    credentials::FingerprintKey::Loaded m_loaded;
    State m_state = State::Waiting;
    QString m_keyId;
    QString m_historyKeyId;
    QString m_checkError;
};

} // namespace tricheck::session
