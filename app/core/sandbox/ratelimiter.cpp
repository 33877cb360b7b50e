#include "ratelimiter.h"

#include <algorithm>

namespace tricheck::sandbox {

namespace {
constexpr qint64 kWindowMs = 1000;
}

RateLimiter::RateLimiter(int qps)
    : m_qps(qps)
{ }

void RateLimiter::setQps(int qps)
{
    m_qps = qps;
    m_recent.clear();
}

std::optional<int> RateLimiter::admit(const QString& accessKeyId, qint64 nowMs)
{
    if (m_qps <= 0)
        return std::nullopt;
    std::deque<qint64>& recent = m_recent[accessKeyId];
    // A clock that steps back (a test's, or NTP) must not leave stale future entries blocking.
    while (!recent.empty() && (recent.front() <= nowMs - kWindowMs || recent.front() > nowMs))
        recent.pop_front();
    if (int(recent.size()) >= m_qps)
        return int(std::clamp<qint64>(recent.front() + kWindowMs - nowMs, 1, kWindowMs));
    recent.push_back(nowMs);
    return std::nullopt;
}

} // namespace tricheck::sandbox
