#include "crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace tricheck::crypto {

namespace {

const EVP_MD* mdFor(Hash hash)
{
    switch (hash) {
    case Hash::Md5:
        return EVP_md5();
    case Hash::Sha1:
        return EVP_sha1();
    case Hash::Sha256:
        return EVP_sha256();
    }
    return EVP_sha256();
}

} // namespace

QByteArray digest(Hash hash, QByteArrayView data)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), mdFor(hash), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), data.data(), std::size_t(data.size())) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), out, &length) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), qsizetype(length));
}

Hasher::Hasher(Hash hash)
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    if (ctx != nullptr && EVP_DigestInit_ex(ctx, mdFor(hash), nullptr) != 1) {
        EVP_MD_CTX_free(ctx);
        ctx = nullptr;
    }
    m_context = ctx;
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_context));
}

void Hasher::addData(QByteArrayView data)
{
    if (m_context != nullptr &&
        EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_context), data.data(), std::size_t(data.size())) != 1) {
        EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_context));
        m_context = nullptr;
    }
}

QByteArray Hasher::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    auto* ctx = static_cast<EVP_MD_CTX*>(m_context);
    m_context = nullptr;
    const bool ok = ctx != nullptr && EVP_DigestFinal_ex(ctx, out, &length) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? QByteArray(reinterpret_cast<const char*>(out), qsizetype(length)) : QByteArray();
}

QByteArray hmac(Hash hash, QByteArrayView key, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // HMAC() with a null output buffer is not thread-safe in OpenSSL 1.x; always pass our own.
    if (HMAC(mdFor(hash),
             key.data(),
             int(key.size()),
             reinterpret_cast<const unsigned char*>(data.data()),
             std::size_t(data.size()),
             out,
             &length) == nullptr) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), qsizetype(length));
}

QString digestHex(Hash hash, QByteArrayView data)
{
    return QString::fromLatin1(digest(hash, data).toHex());
}

QString hmacHex(Hash hash, QByteArrayView key, QByteArrayView data)
{
    return QString::fromLatin1(hmac(hash, key, data).toHex());
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count <= 0 || RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return {};
    return out;
}

QString randomHex(int count)
{
    return QString::fromLatin1(randomBytes(count).toHex());
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

} // namespace tricheck::crypto
