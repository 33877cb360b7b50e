#pragma once

#include "api/percentencoding.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QUrl>

#include <optional>
#include <utility>

class QSslCertificate;
class QSslKey;

namespace tricheck::test {

using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

// A request as the server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;   // path and query exactly as sent on the request line
    QByteArray rawQuery; // the query part of target, still encoded
    RawHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive; null when absent
    bool hasHeader(QByteArrayView name) const;
    api::QueryItems query() const; // decoded ('+' is a space)
    QString queryValue(const QString& name) const;
    QString nonce() const; // x-acs-signature-nonce (V3) or SignatureNonce (V1)
    QString date() const;  // x-acs-date (V3) or Timestamp (V1)
};

// One scripted answer.
struct ScriptedReply
{
    enum class Kind {
        Http,              // a complete HTTP/1.1 response
        Raw,               // `raw` written verbatim, then the connection is closed
        CloseWithoutReply, // the connection is closed without a byte
        Silent,            // nothing is written and the connection stays open
    };
    Kind kind = Kind::Http;
    int status = 200;
    QByteArray body;
    RawHeaders headers; // in addition to Content-Type / Content-Length
    QByteArray raw;
    int delayMs = 0;

    static ScriptedReply json(int status, const QByteArray& body, RawHeaders headers = {});
    static ScriptedReply success(const char* bizCode, const char* subCode, const char* ispName = "CMCC");
    static ScriptedReply gatewayError(int status, const char* code, const QByteArray& message);
};

// A loopback HTTP(S) server built on QAbstractHttpServer (Qt 6.4), whose handleRequest() hands us
// the socket: replies can be complete, raw, partial, delayed or missing. It records every request.
// Replies are taken from a queue in order; when it is empty the fallback reply is used.
class ScriptedServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject* parent = nullptr);

    // Listens on 127.0.0.1 (a free port); false on failure.
    bool start();
    void useTls(const QSslCertificate& certificate, const QSslKey& key);
    quint16 port() const { return m_port; }
    QUrl url(const QString& path = QStringLiteral("/")) const; // http(s)://127.0.0.1:port/

    void enqueue(const ScriptedReply& reply) { m_queue.append(reply); }
    void setFallback(const ScriptedReply& reply) { m_fallback = reply; }

    const QList<ReceivedRequest>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clear();

signals:
    void requestReceived(int count);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void answer(const ScriptedReply& reply, QTcpSocket* socket);

    QList<ScriptedReply> m_queue;
    ScriptedReply m_fallback;
    QList<ReceivedRequest> m_requests;
    quint16 m_port = 0;
    bool m_tls = false;
};

// Checks a received request's signature the way the gateway does (spec §9): V3 from the
// Authorization header, or V1 from the Signature parameter. Returns an empty string when it
// verifies, otherwise what is wrong.
QString verifySignature(const ReceivedRequest& request, const QString& accessKeySecret);

} // namespace tricheck::test
