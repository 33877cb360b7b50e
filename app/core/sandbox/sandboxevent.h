#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace tricheck::sandbox {

// One request the sandbox received, for its event log and the CLI's --log-requests. Deliberately
// without personal data: no parameters, headers or bodies, only how the request was answered and
// a keyed hash standing for the person it asked about.
struct SandboxEvent
{
    quint64 sequence = 0; // 1 for the first request since the server was created
    QDateTime receivedUtc;
    QString method;      // "POST", "GET" …
    QString scheme;      // "v3", "v1", or "" when no signature was recognised
    QString accessKeyId; // when the request named a known or unknown key
    QString paramType;   // "normal" / "md5" on success
    int httpStatus = 0;  // 0 when the connection was dropped without a reply
    QString code;        // "Success", a gateway error Code, or "" when dropped
    QString subCode;     // on success
    QString bizCode;     // on success: "1" consistent, "2" inconsistent, "3" no record
    QString fault;       // "", "unavailable", "drop" or "malformed"
    int latencyMs = 0;   // added on purpose before the reply
    QString requestId;
    QString subject; // SubjectHasher: who was asked about, as a keyed hash; "" without the three values

    QJsonObject toJson() const;
};

} // namespace tricheck::sandbox

Q_DECLARE_METATYPE(tricheck::sandbox::SandboxEvent)
