#pragma once

#include <QtGlobal>

namespace tricheck::batch {

// The batch's request rate. Alibaba Cloud limits requests per second per account (50 by default)
// and counts them where they arrive, so the bucket holds a single token: requests never leave
// in a burst, and consecutive sends are at least 1/rate apart. A small headroom (2 %) keeps the
// arrivals under the limit when the network delays one request more than the next.
// Time is passed in (milliseconds from any monotonic clock) so that the arithmetic is testable.
class TokenBucket
{
public:
    explicit TokenBucket(double ratePerSecond = 50); // 0: no limit

    void setRate(double ratePerSecond);
    double rate() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }

    // Milliseconds until a token is available (0: now).
    double msUntilToken(double nowMs) const;
    // Takes the token; call only when msUntilToken() is 0.
    void take(double nowMs);
    // No send before `untilMs` (the service asked to wait: x-acs-retry-after).
    void holdUntil(double untilMs);

    static constexpr double kHeadroom = 0.98;

private:
    double intervalMs() const { return 1000.0 / (m_rate * kHeadroom); }

    double m_rate;
    double m_nextMs = -1e18; // when the next token is available
};

} // namespace tricheck::batch
