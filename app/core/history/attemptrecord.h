#pragma once

#include "api/resultcatalogue.h"
#include "api/signaturescheme.h"
#include "api/verifyoutcome.h"
#include "fingerprints.h"
#include "identity/identityinput.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tricheck::history {

// Where an attempt came from when a batch ran it (nullable in the database).
struct BatchRef
{
    QString batchId; // empty: not part of a batch
    std::optional<int> row;

    // A journaled batch row is settled by the attempt that is stored for it, in the same
    // transaction (HistoryStore::insertBatch): "answered", or back to "pending" when the service
    // throttled the request (never processed, never billed) and the row has been sent fewer than
    // this many times, so that the batch sends it again.
    static constexpr int kMaxThrottledSends = 5;
    static bool requeuesAfter(const QString& errorKind, int sends)
    {
        return errorKind == u"throttled" && sends < kMaxThrottledSends;
    }
};

// One verification attempt as the history keeps it: one row per attempt, results and errors
// alike. Identity values exist here only masked; fingerprints are keyed MACs (see Fingerprints).
struct AttemptRecord
{
    qint64 id = 0; // database row id; 0 until inserted
    QString attemptId;
    qint64 startedMs = 0; // when the attempt started: milliseconds since 1970-01-01 UTC
    QDateTime startedUtc() const { return QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC); }
    void setStartedUtc(const QDateTime& utc) { startedMs = utc.toMSecsSinceEpoch(); }
    QString operatorName;
    QString reference;
    QString maskedMobile;
    QString maskedName;
    QString maskedIdNumber;
    identity::ParamType paramType = identity::ParamType::Normal;
    api::SignatureScheme scheme = api::SignatureScheme::V3;
    QString endpoint;
    bool sandbox = false;
    std::optional<int> httpStatus; // none when no HTTP reply arrived
    QString code;
    QString message; // the service's Message, redacted
    QString requestId;
    QString bizCode;
    QString subCode;
    QString ispName;
    std::optional<bool> billed; // none: unknown (a request lost after sending may be billed)
    qint64 latencyMs = 0;
    int sends = 1;     // requests sent, counting throttling retries
    QString errorKind; // errorKindId() of the ApiError; empty for a verification result
    api::StatusRole role = api::StatusRole::Unknown;
    BatchRef batch;
    Fingerprints fingerprints;

    bool isError() const { return !errorKind.isEmpty(); }

    // The row for an outcome. `operatorName` defaults to the OS account running the process.
    static AttemptRecord fromOutcome(const api::VerifyOutcome& outcome, const QString& operatorName = {});
};

} // namespace tricheck::history
