#pragma once

#include "batchjournal.h"
#include "batchreader.h"
#include "common/expected.h"
#include "verification/earlieranswer.h"

#include <QCoreApplication>
#include <QList>

namespace tricheck::verification {
class VerificationService;
struct ServiceTarget;
} // namespace tricheck::verification

namespace tricheck::batch {

// The batch's "skip rows verified in the last N days": a row whose person the same kind of service
// (sandbox or real) answered within the period is not sent, and the journal points it at that
// earlier answer. Money saved on customers checked again and again, with the earlier RequestId kept.
class RowSkipper
{
    Q_DECLARE_TR_FUNCTIONS(RowSkipper)

public:
    // Skipping asked for (`days` > 0) but impossible: a translated reason. The rows can only be
    // matched by the keyed fingerprints, so without the key nothing could be skipped, and sending
    // every row of a batch the operator meant to skip is not done silently. `keyProblem`: why the
    // session does not use its key (session::TeamKey::problem(), e.g. not the history's key), said
    // instead of the keychain when given.
    std::optional<QString> configure(const verification::VerificationService& service,
                                     const verification::ServiceTarget& target,
                                     int days,
                                     const QString& keyProblem = {},
                                     const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    bool isActive() const { return m_active; }

    // Whether `row` was answered before; if so it waits in queued() to be journaled as skipped.
    Expected<bool, QString> take(const BatchRow& row);
    int queuedCount() const { return int(m_queued.size()); }
    QList<SkippedRow> takeQueued();

    // Rows taken in one go before they are committed (a file of people all verified before must
    // not keep the event loop for the whole file).
    static constexpr int kMaxQueued = 256;

private:
    const verification::VerificationService* m_service = nullptr;
    verification::EarlierAnswerQuery m_query;
    bool m_active = false;
    QList<SkippedRow> m_queued;
};

} // namespace tricheck::batch
