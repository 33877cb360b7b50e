#include "attemptrecord.h"

#include "common/appinfo.h"

#include <QUuid>

namespace tricheck::history {

AttemptRecord AttemptRecord::fromOutcome(const api::VerifyOutcome& outcome, const QString& operatorName)
{
    AttemptRecord r;
    r.attemptId = outcome.attemptId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : outcome.attemptId;
    r.startedMs =
        outcome.startedUtc.isValid() ? outcome.startedUtc.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    r.operatorName = operatorName.isEmpty() ? AppInfo::osUserName() : operatorName;
    r.reference = outcome.reference;
    r.maskedMobile = outcome.maskedMobile;
    r.maskedName = outcome.maskedName;
    r.maskedIdNumber = outcome.maskedIdNumber;
    r.paramType = outcome.paramType;
    r.scheme = outcome.scheme;
    r.endpoint = outcome.endpoint;
    r.sandbox = outcome.sandbox;
    r.latencyMs = outcome.latencyMs;
    r.sends = outcome.attempts;
    r.billed = outcome.billed();
    r.role = outcome.role();
    if (const api::VerifyResult* result = outcome.result()) {
        // A result exists only for an HTTP 200 reply whose Code is Success.
        r.httpStatus = 200;
        r.code = result->code;
        r.message = result->message;
        r.requestId = result->requestId;
        r.bizCode = result->bizCode;
        r.subCode = result->subCode;
        r.ispName = result->ispName;
    } else if (const api::ApiError* error = outcome.error()) {
        if (error->httpStatus > 0)
            r.httpStatus = error->httpStatus;
        r.code = error->code;
        r.message = error->serverMessage;
        r.requestId = error->requestId;
        r.errorKind = api::errorKindId(error->kind);
    }
    return r;
}

} // namespace tricheck::history
