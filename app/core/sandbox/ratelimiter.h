#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace tricheck::sandbox {

// Requests per second per AccessKey over a sliding one-second window, like the service's 50 QPS
// per tenant (spec §5.1). Memory: at most `qps` timestamps per configured key.
class RateLimiter
{
public:
    explicit RateLimiter(int qps = 50);

    void setQps(int qps); // 0 or less: no limit
    int qps() const { return m_qps; }

    // Admits the request and returns nullopt, or refuses it and returns the milliseconds until a
    // slot frees up (at least 1), for the x-acs-retry-after header.
    std::optional<int> admit(const QString& accessKeyId, qint64 nowMs);
    void clear() { m_recent.clear(); }

private:
    int m_qps;
    QHash<QString, std::deque<qint64>> m_recent;
};

} // namespace tricheck::sandbox
