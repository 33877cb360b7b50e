#pragma once

#include "gatewayerror.h"
#include "registry.h"
#include "simulator.h"

#include <QByteArray>
#include <QString>

namespace tricheck::sandbox {

// The bodies the service sends, with keys in its order (QJsonObject would sort them).
QByteArray successBody(const QString& requestId, const Answer& answer, ResponseFormat format);
// The gateway's error shape {RequestId, HostId, Code, Message, Recommend} (spec §4.2).
QByteArray errorBody(const QString& requestId, const QString& hostId, const GatewayError& error, ResponseFormat format);
QByteArray contentTypeFor(bool error, ResponseFormat format);
// A fresh upper-case UUID, the service's RequestId format.
QString newRequestId();
// The diagnosis link the gateway puts in Recommend.
QString recommendUrl(const QString& code, const QString& requestId);

} // namespace tricheck::sandbox
