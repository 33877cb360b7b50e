#include "scriptedserver.h"

#include "api/signaturev1.h"
#include "api/signaturev3.h"
#include "common/crypto.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace tricheck::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    default:
        return "OTHER";
    }
}

} // namespace

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ReceivedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

api::QueryItems ReceivedRequest::query() const
{
    return api::parseQuery(rawQuery);
}

QString ReceivedRequest::queryValue(const QString& name) const
{
    for (const auto& [key, value] : query()) {
        if (key == name)
            return value;
    }
    return {};
}

QString ReceivedRequest::nonce() const
{
    const QByteArray v3 = header("x-acs-signature-nonce");
    return v3.isEmpty() ? queryValue(QStringLiteral("SignatureNonce")) : QString::fromLatin1(v3);
}

QString ReceivedRequest::date() const
{
    const QByteArray v3 = header("x-acs-date");
    return v3.isEmpty() ? queryValue(QStringLiteral("Timestamp")) : QString::fromLatin1(v3);
}

ScriptedReply ScriptedReply::json(int status, const QByteArray& body, RawHeaders headers)
{
    ScriptedReply r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

ScriptedReply ScriptedReply::success(const char* bizCode, const char* subCode, const char* ispName)
{
    return json(
        200,
        QByteArray(R"({"RequestId":"D241532C-4EE9-5A2A-A5A5-C1FD98CE2EDD","Code":"Success","Message":"success",)"
                   R"("Result":{"BizCode":")") +
            bizCode + R"(","SubCode":")" + subCode + R"(","IspName":")" + ispName + R"("}})");
}

ScriptedReply ScriptedReply::gatewayError(int status, const char* code, const QByteArray& message)
{
    return json(status,
                QByteArray(R"({"RequestId":"886024CB-30A3-4945-AC3D-D52F706B65A0","HostId":"127.0.0.1","Code":")") +
                    code + R"(","Message":")" + message + R"(","Recommend":"https://api.aliyun.com/troubleshoot?q=)" +
                    code + R"("})");
}

ScriptedServer::ScriptedServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
    m_fallback = ScriptedReply::success("1", "101");
}

bool ScriptedServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

void ScriptedServer::useTls(const QSslCertificate& certificate, const QSslKey& key)
{
    sslSetup(certificate, key);
    m_tls = true;
}

QUrl ScriptedServer::url(const QString& path) const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(path);
    return u;
}

void ScriptedServer::clear()
{
    m_queue.clear();
    m_requests.clear();
    m_fallback = ScriptedReply::success("1", "101");
}

bool ScriptedServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ReceivedRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    r.target = url.path(QUrl::FullyEncoded).toLatin1() + (r.rawQuery.isEmpty() ? QByteArray() : '?' + r.rawQuery);
    for (const auto& [name, value] : request.headers())
        r.headers.append({name, value});
    r.body = request.body();
    m_requests.append(r);
    emit requestReceived(int(m_requests.size()));

    const ScriptedReply reply = m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
    if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, this, [this, reply, socket = QPointer<QTcpSocket>(socket)] {
            if (socket)
                answer(reply, socket);
        });
    } else {
        answer(reply, socket);
    }
    return true;
}

void ScriptedServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request)
    socket->abort();
}

void ScriptedServer::answer(const ScriptedReply& reply, QTcpSocket* socket)
{
    switch (reply.kind) {
    case ScriptedReply::Kind::Silent:
        return;
    case ScriptedReply::Kind::CloseWithoutReply:
        socket->disconnectFromHost();
        return;
    case ScriptedReply::Kind::Raw:
        socket->write(reply.raw);
        socket->flush();
        socket->disconnectFromHost();
        return;
    case ScriptedReply::Kind::Http:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool hasContentType = false;
    for (const auto& [name, value] : reply.headers) {
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        head += name + ": " + value + "\r\n";
    }
    if (!hasContentType)
        head += "Content-Type: application/json;charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    socket->write(head + reply.body);
}

QString verifySignature(const ReceivedRequest& request, const QString& secret)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("ACS3-HMAC-SHA256 ")) {
        QByteArray signedHeaders;
        QByteArray signature;
        for (const QByteArray& part : authorization.mid(17).split(',')) {
            if (part.startsWith("SignedHeaders="))
                signedHeaders = part.mid(14);
            else if (part.startsWith("Signature="))
                signature = part.mid(10);
        }
        const QList<QByteArray> names = signedHeaders.split(';');
        for (const char* required :
             {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"}) {
            if (!names.contains(QByteArray(required)))
                return QStringLiteral("SignedHeaders lacks %1").arg(QLatin1String(required));
        }
        for (const char* ifPresent : {"content-type", "x-acs-security-token"}) {
            if (request.hasHeader(ifPresent) && !names.contains(QByteArray(ifPresent)))
                return QStringLiteral("%1 sent but not signed").arg(QLatin1String(ifPresent));
        }
        const QByteArray payloadHash = crypto::digest(crypto::Hash::Sha256, request.body).toHex();
        if (request.header("x-acs-content-sha256") != payloadHash)
            return QStringLiteral("x-acs-content-sha256 does not match the body");
        api::HeaderList values;
        for (const QByteArray& name : names)
            values.append({name, request.header(name)});
        const QByteArray canonical = api::v3CanonicalRequest(request.method,
                                                             request.target.left(request.target.indexOf('?')),
                                                             api::canonicalQueryString(request.query()),
                                                             values,
                                                             payloadHash);
        const QByteArray expected = api::v3Signature(secret, api::v3StringToSign(canonical));
        return crypto::constantTimeEquals(expected, signature) ? QString() : QStringLiteral("V3 signature mismatch");
    }
    api::QueryItems items = request.query();
    QString received;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (items.at(i).first == u"Signature")
            received = items.takeAt(i).second;
    }
    if (received.isEmpty())
        return QStringLiteral("MissingSignature");
    const QByteArray expected =
        api::v1Signature(secret, api::v1StringToSign(request.method, api::canonicalQueryString(items)));
    return crypto::constantTimeEquals(expected, received.toLatin1()) ? QString()
                                                                     : QStringLiteral("V1 signature mismatch");
}

} // namespace tricheck::test
