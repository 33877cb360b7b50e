#include "httpwire.h"

#include <QLocale>
#include <QUrl>

namespace tricheck::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

ReceivedRequest toReceivedRequest(const QHttpServerRequest& request)
{
    ReceivedRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyEncoded).toUtf8();
    // The query as sent, up to QUrl's harmless normalisation (an escaped unreserved character such
    // as %7E comes back as "~", raw UTF-8 comes back escaped): parseQuery() decodes both alike.
    // Only a query with a stray '%' changes meaning (QUrl then escapes every '%'); such a request
    // fails its signature check, as it should.
    r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    const auto headers = request.headers();
    r.headers.reserve(headers.size());
    for (const auto& [name, value] : headers)
        r.headers.append({name.toLower(), value});
    r.body = request.body();
    return r;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace

QByteArray httpResponse(const Reply& reply, const QDateTime& now, bool close, bool headOnly)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Date: " + httpDate(now) + "\r\n";
    out += "x-acs-request-id: " + reply.requestId.toLatin1() + "\r\n";
    if (reply.retryAfterMs > 0)
        out += "x-acs-retry-after: " + QByteArray::number(reply.retryAfterMs) + "\r\n";
    out += close ? QByteArrayView("Connection: close\r\n\r\n") : QByteArrayView("Connection: keep-alive\r\n\r\n");
    if (!headOnly)
        out += reply.body;
    return out;
}

} // namespace tricheck::sandbox
