#include "noncecache.h"

#include <algorithm>

namespace tricheck::sandbox {

namespace {
// One entry of the longest accepted nonce must always fit.
constexpr qint64 kMinByteCapacity = 4096;
} // namespace

NonceCache::NonceCache(int capacity, qint64 byteCapacity)
    : m_capacity(std::max(1, capacity))
    , m_byteCapacity(std::max(kMinByteCapacity, byteCapacity))
{ }

void NonceCache::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
}

void NonceCache::setByteCapacity(qint64 bytes)
{
    m_byteCapacity = std::max(kMinByteCapacity, bytes);
}

void NonceCache::purge(qint64 nowMs)
{
    while (!m_byExpiry.empty() && m_byExpiry.begin()->first < nowMs) {
        m_bytes -= costOf(m_byExpiry.begin()->second);
        m_expiryOf.remove(m_byExpiry.begin()->second);
        m_byExpiry.erase(m_byExpiry.begin());
    }
}

void NonceCache::forgetOldest()
{
    const auto oldest = m_byExpiry.begin();
    m_floorMs = std::max(m_floorMs, oldest->first);
    m_bytes -= costOf(oldest->second);
    m_expiryOf.remove(oldest->second);
    m_byExpiry.erase(oldest);
}

NonceCache::Check NonceCache::check(const QByteArray& key, qint64 expiresMs, qint64 nowMs)
{
    purge(nowMs);
    if (m_expiryOf.contains(key))
        return Check::Used;
    if (expiresMs <= m_floorMs)
        return Check::BelowFloor;
    return Check::Fresh;
}

void NonceCache::remember(const QByteArray& key, qint64 expiresMs, qint64 nowMs)
{
    purge(nowMs);
    if (m_expiryOf.contains(key))
        return;
    const qint64 cost = costOf(key);
    while ((int(m_expiryOf.size()) >= m_capacity || m_bytes + cost > m_byteCapacity) && !m_byExpiry.empty())
        forgetOldest();
    m_expiryOf.insert(key, expiresMs);
    m_byExpiry.emplace(expiresMs, key);
    m_bytes += cost;
}

void NonceCache::clear()
{
    m_expiryOf.clear();
    m_byExpiry.clear();
    m_bytes = 0;
    m_floorMs = 0;
}

} // namespace tricheck::sandbox
