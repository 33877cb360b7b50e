#pragma once

#include "simulator.h"

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QString>

namespace tricheck::sandbox {

// The sandbox's side of HTTP/1.1: a request as the simulator sees it, and a reply written to the
// socket byte for byte (fault injection needs that control; QHttpServerResponder would hide it).
ReceivedRequest toReceivedRequest(const QHttpServerRequest& request);

struct Reply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QString requestId;
    int retryAfterMs = 0;
};

QByteArray httpResponse(const Reply& reply, const QDateTime& now, bool close, bool headOnly);

} // namespace tricheck::sandbox
