#pragma once

#include <QByteArray>
#include <QHash>

#include <map>

namespace tricheck::sandbox {

// Signature nonces seen within the timestamp window, per AccessKey. A nonce only needs to be
// remembered while its request's timestamp is still acceptable (timestamp + window); after that
// the timestamp check rejects a replay anyway. Memory is bounded by a number of entries and by
// bytes: when either is reached, the entry closest to expiry is forgotten and the cache raises a
// floor, refusing every request whose timestamp is not newer than the forgotten one. Under a flood
// the window shrinks; a nonce is never accepted twice.
class NonceCache
{
public:
    explicit NonceCache(int capacity = 100000, qint64 byteCapacity = qint64(32) * 1024 * 1024);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    void setByteCapacity(qint64 bytes);
    qint64 byteCapacity() const { return m_byteCapacity; }
    int size() const { return int(m_expiryOf.size()); }
    qint64 bytes() const { return m_bytes; } // what the entries cost, by costOf()

    // What one entry is charged: the key's bytes plus the two containers' per-entry overhead
    // (hash slot, tree node, array header, allocator rounding), about 192 bytes with Qt 6 on
    // 64-bit Linux. The hash and the index share the key's bytes (implicit sharing).
    static qint64 costOf(const QByteArray& key) { return key.size() + 192; }

    enum class Check {
        Fresh,
        Used,
        BelowFloor // older than what the cache can still vouch for
    };

    // `expiresMs` is the request's timestamp plus the window (ms since the epoch); `nowMs` drops
    // entries that have expired.
    Check check(const QByteArray& key, qint64 expiresMs, qint64 nowMs);
    // Records a nonce whose request passed the signature check.
    void remember(const QByteArray& key, qint64 expiresMs, qint64 nowMs);
    void clear();

private:
    void purge(qint64 nowMs);
    void forgetOldest();

    int m_capacity;
    qint64 m_byteCapacity;
    qint64 m_bytes = 0;
    qint64 m_floorMs = 0;
    QHash<QByteArray, qint64> m_expiryOf;
    std::multimap<qint64, QByteArray> m_byExpiry;
};

} // namespace tricheck::sandbox
