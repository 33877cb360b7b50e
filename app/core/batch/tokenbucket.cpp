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

void TokenBucket::take(double nowMs)
{
    // The next token is one interval after this send, never after an earlier due time: a send that
    // left late does not let the next one follow it closer (the bucket holds one token only).
    const double interval = isLimited() ? intervalMs() : 0.0;
    m_nextMs = std::max(m_nextMs, nowMs) + interval;
}

void TokenBucket::holdUntil(double untilMs)
{
    m_nextMs = std::max(m_nextMs, untilMs);
}

} // namespace tricheck::batch
