#pragma once

#include <QtGlobal>

namespace tricheck::batch {

// The batch's request rate. Alibaba Cloud limits requests per second per account (50 by default)
// and counts them where they arrive, so the bucket holds a single token: requests never leave in a
// burst. Sends follow a grid of one interval (1/rate, with 2 % headroom for network jitter); a send
// that leaves a little late (timer and event-loop latency, at most kCatchUpMs) keeps the grid, so
// the rate does not sag by a millisecond per request, and one that leaves later starts a new grid.
// Any rate+1 consecutive sends then span at least 1000/0.98 - kCatchUpMs > 1000 ms: never more
// than `rate` in any 1-second window.
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
    // Below the 20.4 ms the headroom leaves in a second; at most half an interval.
    static constexpr double kCatchUpMs = 15;

private:
    double intervalMs() const { return 1000.0 / (m_rate * kHeadroom); }
    double catchUpMs() const;

    double m_rate;
    double m_nextMs = -1e18; // when the next token is available
};

} // namespace tricheck::batch
