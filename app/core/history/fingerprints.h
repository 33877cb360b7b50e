#pragma once

#include "identity/identityinput.h"

#include <QByteArray>

#include <optional>

namespace tricheck::history {

// Keyed fingerprints for exact-match search without storing identity values: HMAC-SHA256 of each
// normalised plaintext under a per-install secret key. Without the key a fingerprint reveals
// nothing (unlike a plain or MD5 digest of an 11-digit number, which is reversed in seconds).
//
// The key is 32 random bytes generated once per installation and kept in the OS keychain; the
// caller fetches it and passes it in (std::nullopt when no keychain is available: then no
// fingerprints are stored and exact-match search is unavailable). Plaintexts reach this code only
// transiently, to compute the fingerprints for one insert or one search, and are never stored.
struct Fingerprints
{
    QByteArray mobile;   // 32 bytes, or empty when not computed
    QByteArray name;     // 32 bytes, or empty
    QByteArray idNumber; // 32 bytes, or empty

    bool isEmpty() const { return mobile.isEmpty() && name.isEmpty() && idNumber.isEmpty(); }

    // Fingerprints of the three plaintexts, normalised as for sending (+86 dropped, full-width
    // digits folded, trailing x upper-cased). A field that is empty, or already a 32-hex MD5 digest
    // (md5 mode), gets none. nullopt without a usable key (missing or shorter than 16 bytes).
    static std::optional<Fingerprints> compute(const std::optional<QByteArray>& key,
                                               const identity::IdentityInput& plaintext);

    // One field's fingerprint, for a search filter; empty without a usable key or value.
    static QByteArray forMobile(const std::optional<QByteArray>& key, const QString& mobile);
    static QByteArray forName(const std::optional<QByteArray>& key, const QString& name);
    static QByteArray forIdNumber(const std::optional<QByteArray>& key, const QString& idNumber);

    static constexpr int kMinimumKeyBytes = 16;
};

} // namespace tricheck::history
