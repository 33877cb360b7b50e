#include "fingerprints.h"

#include "common/crypto.h"
#include "identity/normalization.h"

#include <QRegularExpression>
#include <QtEndian>

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
std::optional<qint64> fingerprint(const QByteArray& key, const char* field, const QString& normalized)
{
    if (normalized.isEmpty() || isDigest(normalized))
        return std::nullopt;
    const QByteArray message = QByteArray("tricheck-fingerprint-v1\n") + field + '\n' + normalized.toUtf8();
    const QByteArray mac = crypto::hmac(crypto::Hash::Sha256, key, message);
    if (mac.size() < 8)
        return std::nullopt; // the crypto provider failed: no fingerprint rather than a wrong one
    return qFromBigEndian<qint64>(mac.constData());
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

std::optional<qint64> Fingerprints::forMobile(const std::optional<QByteArray>& key, const QString& mobile)
{
    return usable(key) ? fingerprint(*key, "mobile", identity::normalizeMobile(mobile)) : std::nullopt;
}

std::optional<qint64> Fingerprints::forName(const std::optional<QByteArray>& key, const QString& name)
{
    return usable(key) ? fingerprint(*key, "name", identity::normalizeName(name)) : std::nullopt;
}

std::optional<qint64> Fingerprints::forIdNumber(const std::optional<QByteArray>& key, const QString& idNumber)
{
    return usable(key) ? fingerprint(*key, "id", identity::normalizeIdNumber(idNumber)) : std::nullopt;
}

} // namespace tricheck::history
