#include "rowskipper.h"

#include "verification/verificationservice.h"

#include <utility>

namespace tricheck::batch {

std::optional<QString> RowSkipper::configure(const verification::VerificationService& service,
                                             const verification::ServiceTarget& target,
                                             int days,
                                             const QString& keyProblem,
                                             const QDateTime& nowUtc)
{
    m_active = false;
    m_queued.clear();
    if (days <= 0)
        return std::nullopt;
    if (!service.fingerprintKey() && !keyProblem.isEmpty())
        return tr("Rows verified in the last %n day(s) cannot be skipped: %1", nullptr, days).arg(keyProblem);
    if (!service.fingerprintKey() || !service.history())
        return tr("Rows verified in the last %n day(s) cannot be skipped: the fingerprint key is not available "
                  "from the keychain, so earlier checks cannot be recognised. Unlock the keychain, or start "
                  "the batch without skipping.",
                  nullptr,
                  days);
    m_service = &service;
    m_query.fingerprintKey = service.fingerprintKey();
    m_query.sandbox = target.endpoint.isLoopback();
    m_query.sinceUtc = nowUtc.addDays(-days);
    m_active = true;
    return std::nullopt;
}

Expected<bool, QString> RowSkipper::take(const BatchRow& row)
{
    if (!m_active)
        return false;
    const auto earlier = verification::findEarlierAnswer(*m_service->history(), m_query, row.input);
    if (!earlier)
        return Expected<bool, QString>::failure(earlier.error().message);
    if (!earlier.value())
        return false;
    m_queued.append({row.line, earlier.value()->id});
    return true;
}

QList<SkippedRow> RowSkipper::takeQueued()
{
    return std::exchange(m_queued, {});
}

} // namespace tricheck::batch
