#pragma once

#include <QByteArray>
#include <QHash>

#include <map>

namespace tricheck::sandbox {

// Signature nonces seen within the timestamp window, per AccessKey. A nonce only needs to be
// remembered while its request's timestamp is still acceptable (timestamp + window); after that
// the timestamp check rejects a replay anyway. Memory is bounded: when full, the entry closest to
// expiry is forgotten and the cache raises a floor, refusing every request whose timestamp is not
// newer than the forgotten one. Under a flood the window shrinks; a nonce is never accepted twice.
class NonceCache
{
public:
    explicit NonceCache(int capacity = 100000);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    int size() const { return int(m_expiryOf.size()); }

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

    int m_capacity;
    qint64 m_floorMs = 0;
    QHash<QByteArray, qint64> m_expiryOf;
    std::multimap<qint64, QByteArray> m_byExpiry;
};

} // namespace tricheck::sandbox
