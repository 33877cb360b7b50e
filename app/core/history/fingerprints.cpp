#include "fingerprints.h"

#include "common/crypto.h"
#include "identity/normalization.h"

#include <QRegularExpression>

namespace tricheck::history {

namespace {

bool usable(const std::optional<QByteArray>& key)
{
    return key.has_value() && key->size() >= Fingerprints::kMinimumKeyBytes;
}

bool isDigest(const QString& value)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    return hex32.match(value).hasMatch();
}

// The field name is part of the MAC input (domain separation): the same text typed into two
// fields never yields the same fingerprint.
QByteArray fingerprint(const QByteArray& key, const char* field, const QString& normalized)
{
    if (normalized.isEmpty() || isDigest(normalized))
        return {};
    const QByteArray message = QByteArray("tricheck-fingerprint-v1\n") + field + '\n' + normalized.toUtf8();
    return crypto::hmac(crypto::Hash::Sha256, key, message);
}

} // namespace

std::optional<Fingerprints> Fingerprints::compute(const std::optional<QByteArray>& key,
                                                  const identity::IdentityInput& plaintext)
{
    if (!usable(key))
        return std::nullopt;
    Fingerprints f;
    f.mobile = fingerprint(*key, "mobile", identity::normalizeMobile(plaintext.mobile));
    f.name = fingerprint(*key, "name", identity::normalizeName(plaintext.name));
    f.idNumber = fingerprint(*key, "id", identity::normalizeIdNumber(plaintext.idNumber));
    return f;
}

QByteArray Fingerprints::forMobile(const std::optional<QByteArray>& key, const QString& mobile)
{
    return usable(key) ? fingerprint(*key, "mobile", identity::normalizeMobile(mobile)) : QByteArray();
}

QByteArray Fingerprints::forName(const std::optional<QByteArray>& key, const QString& name)
{
    return usable(key) ? fingerprint(*key, "name", identity::normalizeName(name)) : QByteArray();
}

QByteArray Fingerprints::forIdNumber(const std::optional<QByteArray>& key, const QString& idNumber)
{
    return usable(key) ? fingerprint(*key, "id", identity::normalizeIdNumber(idNumber)) : QByteArray();
}

} // namespace tricheck::history
