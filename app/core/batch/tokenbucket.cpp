#include "tokenbucket.h"

#include <algorithm>

namespace tricheck::batch {

TokenBucket::TokenBucket(double ratePerSecond)
    : m_rate(std::max(0.0, ratePerSecond))
{ }

void TokenBucket::setRate(double ratePerSecond)
{
    m_rate = std::max(0.0, ratePerSecond);
}

double TokenBucket::msUntilToken(double nowMs) const
{
    return std::max(0.0, m_nextMs - nowMs);
}

double TokenBucket::catchUpMs() const
{
    return std::min(kCatchUpMs, intervalMs() / 2);
}

void TokenBucket::take(double nowMs)
{
    if (!isLimited()) {
        m_nextMs = std::max(m_nextMs, nowMs);
        return;
    }
    // On the grid when this send is at most catchUpMs() late; otherwise a new grid starts here.
    m_nextMs = (nowMs - m_nextMs <= catchUpMs() ? m_nextMs : nowMs) + intervalMs();
}

void TokenBucket::holdUntil(double untilMs)
{
    m_nextMs = std::max(m_nextMs, untilMs);
}

} // namespace tricheck::batch
