#include "crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace tricheck::crypto {

namespace {

const char* nameOf(Hash hash)
{
    switch (hash) {
    case Hash::Md5:
        return "MD5";
    case Hash::Sha1:
        return "SHA1";
    case Hash::Sha256:
        return "SHA256";
    }
    return "SHA256";
}

// OpenSSL 3 looks an algorithm up in its provider store on every implicit use (EVP_sha256() in
// EVP_DigestInit_ex, the one-shot HMAC()), which costs more than hashing a short string. The
// digests are fetched once; HMAC contexts are cloned from a template that already has its digest,
// so a signature only pays for the key setup and the hashing. (All of these are thread-safe: the
// fetched objects are immutable and every call works on its own context.)
const EVP_MD* mdFor(Hash hash)
{
    static const EVP_MD* const md5 = EVP_MD_fetch(nullptr, "MD5", nullptr);
    static const EVP_MD* const sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    static const EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    switch (hash) {
    case Hash::Md5:
        return md5;
    case Hash::Sha1:
        return sha1;
    case Hash::Sha256:
        return sha256;
    }
    return sha256;
}

EVP_MAC_CTX* newHmacTemplate(Hash hash)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac == nullptr)
        return nullptr;
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac); // the context keeps its own reference
    if (ctx == nullptr)
        return nullptr;
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(nameOf(hash)), 0),
                           OSSL_PARAM_construct_end()};
    if (EVP_MAC_CTX_set_params(ctx, params) != 1) {
        EVP_MAC_CTX_free(ctx);
        return nullptr;
    }
    return ctx;
}

const EVP_MAC_CTX* hmacTemplate(Hash hash)
{
    static const EVP_MAC_CTX* const md5 = newHmacTemplate(Hash::Md5);
    static const EVP_MAC_CTX* const sha1 = newHmacTemplate(Hash::Sha1);
    static const EVP_MAC_CTX* const sha256 = newHmacTemplate(Hash::Sha256);
    switch (hash) {
    case Hash::Md5:
        return md5;
    case Hash::Sha1:
        return sha1;
    case Hash::Sha256:
        return sha256;
    }
    return sha256;
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

namespace {

using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;

// The last key used on this thread, already set up: signing with the same AccessKey secret over
// and over then costs only the hashing. One context per hash and thread (thread_local: never
// shared); the key stays in memory no longer than the process does anyway.
struct KeyedHmac
{
    QByteArray key;
    MacCtxPtr ctx{nullptr, &EVP_MAC_CTX_free};
};

EVP_MAC_CTX* keyedContext(Hash hash, QByteArrayView key)
{
    thread_local KeyedHmac cache[3];
    KeyedHmac& entry = cache[int(hash)];
    // A NULL key re-initialises the context with the key it already has (OpenSSL 3 EVP_MAC_init).
    if (entry.ctx && entry.key == key)
        return EVP_MAC_init(entry.ctx.get(), nullptr, 0, nullptr) == 1 ? entry.ctx.get() : nullptr;
    const EVP_MAC_CTX* templ = hmacTemplate(hash);
    if (templ == nullptr)
        return nullptr;
    MacCtxPtr ctx(EVP_MAC_CTX_dup(templ), &EVP_MAC_CTX_free);
    // HMAC accepts an empty key; OpenSSL wants a non-null pointer for it.
    static const unsigned char kEmpty = 0;
    const auto* keyBytes = key.isEmpty() ? &kEmpty : reinterpret_cast<const unsigned char*>(key.data());
    if (!ctx || EVP_MAC_init(ctx.get(), keyBytes, std::size_t(key.size()), nullptr) != 1)
        return nullptr;
    entry.key = key.toByteArray();
    entry.ctx = std::move(ctx);
    return entry.ctx.get();
}

} // namespace

QByteArray hmac(Hash hash, QByteArrayView key, QByteArrayView data)
{
    EVP_MAC_CTX* ctx = keyedContext(hash, key);
    unsigned char out[EVP_MAX_MD_SIZE];
    std::size_t length = 0;
    if (ctx == nullptr ||
        EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size())) != 1 ||
        EVP_MAC_final(ctx, out, &length, sizeof(out)) != 1) {
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
