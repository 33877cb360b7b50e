#include "noncecache.h"

#include <algorithm>

namespace tricheck::sandbox {

NonceCache::NonceCache(int capacity)
    : m_capacity(std::max(1, capacity))
{ }

void NonceCache::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
}

void NonceCache::purge(qint64 nowMs)
{
    while (!m_byExpiry.empty() && m_byExpiry.begin()->first < nowMs) {
        m_expiryOf.remove(m_byExpiry.begin()->second);
        m_byExpiry.erase(m_byExpiry.begin());
    }
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
    while (int(m_expiryOf.size()) >= m_capacity && !m_byExpiry.empty()) {
        const auto oldest = m_byExpiry.begin();
        m_floorMs = std::max(m_floorMs, oldest->first);
        m_expiryOf.remove(oldest->second);
        m_byExpiry.erase(oldest);
    }
    m_expiryOf.insert(key, expiresMs);
    m_byExpiry.emplace(expiresMs, key);
}

void NonceCache::clear()
{
    m_expiryOf.clear();
    m_byExpiry.clear();
    m_floorMs = 0;
}

} // namespace tricheck::sandbox
