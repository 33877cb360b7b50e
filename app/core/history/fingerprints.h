#pragma once

#include "identity/identityinput.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tricheck::history {

// Keyed fingerprints for exact-match search without storing identity values: HMAC-SHA256 of each
// normalised plaintext under a per-install secret key, truncated to 64 bits. Without the key a
// fingerprint reveals nothing (unlike a plain or MD5 digest of an 11-digit number, which is
// reversed in seconds). 64 bits keep the index small; a false match in a million rows has a
// probability of about 5e-14.
//
// The key is 32 random bytes generated once per installation and kept in the OS keychain; the
// caller fetches it and passes it in (std::nullopt when no keychain is available: then no
// fingerprints are stored and exact-match search is unavailable). Plaintexts reach this code only
// transiently, to compute the fingerprints for one insert or one search, and are never stored.
struct Fingerprints
{
    std::optional<qint64> mobile; // none when not computed
    std::optional<qint64> name;
    std::optional<qint64> idNumber;

    bool isEmpty() const { return !mobile && !name && !idNumber; }

    // Fingerprints of the three plaintexts, normalised as for sending (+86 dropped, full-width
    // digits folded, trailing x upper-cased). A field that is empty, or already a 32-hex MD5 digest
    // (md5 mode), gets none. nullopt without a usable key (missing or shorter than 16 bytes).
    static std::optional<Fingerprints> compute(const std::optional<QByteArray>& key,
                                               const identity::IdentityInput& plaintext);

    // One field's fingerprint, for a search filter; none without a usable key or value.
    static std::optional<qint64> forMobile(const std::optional<QByteArray>& key, const QString& mobile);
    static std::optional<qint64> forName(const std::optional<QByteArray>& key, const QString& name);
    static std::optional<qint64> forIdNumber(const std::optional<QByteArray>& key, const QString& idNumber);

    static constexpr int kMinimumKeyBytes = 16;
};

} // namespace tricheck::history
