#include "faultoptions.h"

namespace tricheck::sandbox {

namespace {
constexpr int kMaxLatencyMs = 600000;
}

bool FaultOptions::isActive() const
{
    return latencyMaxMs > 0 || failRate > 0 || dropRate > 0 || malformedRate > 0;
}

Expected<std::pair<int, int>, QString> FaultOptions::parseLatency(const QString& text)
{
    using Result = Expected<std::pair<int, int>, QString>;
    const QStringList parts = text.trimmed().split(u'-');
    bool okMin = false;
    bool okMax = false;
    const int min = parts.value(0).trimmed().toInt(&okMin);
    const int max = parts.size() == 2 ? parts.value(1).trimmed().toInt(&okMax) : min;
    if (parts.size() == 1)
        okMax = okMin;
    if (parts.size() > 2 || !okMin || !okMax || min < 0 || max > kMaxLatencyMs || min > max)
        return Result::failure(
            tr("\"%1\" is not a latency: give N or MIN-MAX milliseconds, from 0 to %2").arg(text).arg(kMaxLatencyMs));
    return std::pair{min, max};
}

Expected<double, QString> FaultOptions::parseRate(const QString& text)
{
    bool ok = false;
    const double rate = text.trimmed().toDouble(&ok);
    if (!ok || !(rate >= 0.0 && rate <= 1.0))
        return Expected<double, QString>::failure(tr("\"%1\" is not a rate: give a number from 0 to 1").arg(text));
    return rate;
}

} // namespace tricheck::sandbox
