#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tricheck::crypto {

// Thin wrappers over OpenSSL's EVP API, the one crypto provider of the project (signatures, MD5
// parameters, fingerprints, nonces). All return raw bytes unless named *Hex.
enum class Hash {
    Md5,
    Sha1,
    Sha256
};

QByteArray digest(Hash hash, QByteArrayView data);

// A digest over data that arrives in pieces (a file read in chunks).
class Hasher
{
public:
    explicit Hasher(Hash hash);
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    void addData(QByteArrayView data);
    QByteArray result(); // the digest of everything added; the hasher is then spent
    bool isValid() const { return m_context != nullptr; }

private:
    void* m_context = nullptr; // EVP_MD_CTX
};
QByteArray hmac(Hash hash, QByteArrayView key, QByteArrayView data);
QString digestHex(Hash hash, QByteArrayView data);
QString hmacHex(Hash hash, QByteArrayView key, QByteArrayView data);

// Bytes from OpenSSL's CSPRNG; an empty array if the generator fails (callers must fail closed).
QByteArray randomBytes(int count);
// 2*count lowercase hex characters from the CSPRNG (a 16-byte call gives a 32-hex nonce).
QString randomHex(int count);

// Compares in time independent of where the inputs differ (signature checks in the sandbox).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace tricheck::crypto
