#include "teamkey.h"

#include "common/logging.h"
#include "history/historymetadata.h"
#include "history/historystore.h"

namespace tricheck::session {

void TeamKey::setLoaded(const credentials::FingerprintKey::Loaded& loaded)
{
    m_loaded = loaded;
    m_keyId = loaded.key ? credentials::FingerprintKey::keyId(*loaded.key) : QString();
    m_historyKeyId.clear();
    m_checkError.clear();
    m_state = loaded.key ? State::Usable : State::None;
    if (!loaded.key && !loaded.problem.isEmpty())
        qCInfo(lcHistory).noquote() << "no fingerprint key, exact-match search is off:" << loaded.problem;
}

void TeamKey::check(history::HistoryStore* store, bool claim)
{
    if (m_state == State::Waiting || !m_loaded.key)
        return;
    m_historyKeyId.clear();
    m_checkError.clear();
    m_state = State::Usable;
    if (!store)
        return;
    const QString name = history::HistoryMetadata::fingerprintKeyIdName();
    if (claim) {
        const auto inForce = history::HistoryMetadata::claim(*store, name, m_keyId);
        if (inForce)
            m_historyKeyId = inForce.value();
        else
            m_checkError = inForce.error().message;
    } else {
        const auto recorded = history::HistoryMetadata::value(*store, name);
        if (recorded)
            m_historyKeyId = recorded.value().value_or(QString());
        else
            m_checkError = recorded.error().message;
    }
    if (!m_checkError.isEmpty()) {
        m_state = State::Unverified;
        qCWarning(lcHistory).noquote() << "the history's fingerprint key id cannot be read:" << m_checkError;
    } else if (!m_historyKeyId.isEmpty() && m_historyKeyId != m_keyId) {
        m_state = State::Mismatch;
        qCInfo(lcHistory).noquote() << "fingerprint key" << m_keyId << "differs from the history's" << m_historyKeyId
                                    << ": no fingerprints, no exact-match search";
    }
}

std::optional<QByteArray> TeamKey::usableKey() const
{
    return m_state == State::Usable ? m_loaded.key : std::nullopt;
}

QString TeamKey::problem() const
{
    switch (m_state) {
    case State::Mismatch:
        return tr("Your fingerprint key (id %1) is not the one this history uses (id %2), so you cannot find your "
                  "colleagues' attempts by mobile or ID number, nor they yours. Searching for a mobile or ID number "
                  "is off, and new attempts are recorded without fingerprints. Ask your administrator for the "
                  "team's key (tricheck-cli key import).")
            .arg(m_keyId, m_historyKeyId);
    case State::Unverified:
        return tr("It cannot be checked whether your fingerprint key is the one this history uses: %1 Searching for a "
                  "mobile or ID number is off, and new attempts are recorded without fingerprints.")
            .arg(m_checkError);
    case State::None:
        // Without a keychain the key is simply absent (as before); a policy key file that cannot be
        // used is the administrator's to fix, and the operator must know.
        if (m_loaded.source == credentials::FingerprintKey::Source::PolicyFile)
            return tr("The team's fingerprint key from your administrator's policy cannot be used: %1 Searching for "
                      "a mobile or ID number is off, and new attempts are recorded without fingerprints.")
                .arg(m_loaded.problem);
        return {};
    case State::Waiting:
    case State::Usable:
        break;
    }
    return {};
}

QString TeamKey::stateId() const
{
    switch (m_state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::None:
        return QStringLiteral("none");
    case State::Usable:
        return QStringLiteral("usable");
    case State::Mismatch:
        return QStringLiteral("mismatch");
    case State::Unverified:
        return QStringLiteral("unverified");
    }
    return {};
}

} // namespace tricheck::session
