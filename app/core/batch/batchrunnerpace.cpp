// How fast a batch's rows leave: when pump() runs next, the requests --concurrency bounds, and the
// rate after the service throttled (AIMD).
#include "batchrunner.h"
#include "common/logging.h"

#include <algorithm>

namespace tricheck::batch {

void BatchRunner::schedulePump(double delayMs)
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    if (delayMs <= 0) {
        if (m_pumpQueued)
            return;
        m_pumpQueued = true;
        m_pumpTimer.start(0);
        return;
    }
    if (m_pumpQueued)
        return;
    const int ms = std::max(1, int(delayMs + 0.999));
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > ms)
        m_pumpTimer.start(ms);
}

int BatchRunner::requestsOut() const
{
    // An answered row waiting for its commit to be durable is no longer at the service: the next
    // row leaves in the transaction that stores the answer (one commit per row instead of two).
    int out = 0;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        out += it.key()->isAnswered() ? 0 : 1;
    return out;
}

void BatchRunner::onRetrying(int delayMs)
{
    // The service throttled a request (or one never left): no new request before it may.
    m_bucket.holdUntil(nowMs() + delayMs);
    const double now = nowMs();
    if (now - m_lastThrottleMs < 1000)
        return;
    m_lastThrottleMs = now;
    m_lastRaiseMs = now;
    const double base = m_bucket.isLimited() ? m_bucket.rate() : std::max(1.0, currentRate());
    m_bucket.setRate(std::max(1.0, base * 0.7));
    qCInfo(lcBatch) << "throttled: rate lowered to" << m_bucket.rate() << "requests/s";
}

void BatchRunner::adaptRate()
{
    // After throttling, the rate climbs back by 5 % of the limit per quiet second (AIMD).
    const double now = nowMs();
    if (m_lastThrottleMs < 0 || now - m_lastRaiseMs < 1000)
        return;
    m_lastRaiseMs = now;
    const double target = m_options.qps > 0 ? double(m_options.qps) : 0.0;
    if (target > 0 && m_bucket.rate() >= target)
        return;
    const double step = std::max(1.0, (target > 0 ? target : m_bucket.rate()) * 0.05);
    const double raised = m_bucket.rate() + step;
    m_bucket.setRate(target > 0 ? std::min(target, raised) : (raised > 10000 ? 0.0 : raised));
}

} // namespace tricheck::batch
