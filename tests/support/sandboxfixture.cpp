#include "sandboxfixture.h"

#include "common/crypto.h"
#include "identity/digest.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace tricheck::test {

using namespace tricheck::sandbox;

ManualClock::ManualClock(const QDateTime& start)
    : m_now(std::make_shared<QDateTime>(start.toUTC()))
{ }

Clock ManualClock::clock() const
{
    return [now = m_now] { return *now; };
}

std::unique_ptr<SandboxServer> startSandbox(const SandboxSetup& setup)
{
    auto server = std::make_unique<SandboxServer>();
    if (setup.registry)
        server->setRegistry(*setup.registry);
    if (!setup.keys.isEmpty())
        server->setKeys(setup.keys);
    server->setClock(setup.clock);
    server->setQps(setup.qps);
    server->setMaxSkewSeconds(setup.maxSkewSeconds);
    server->setFaults(setup.faults);
    const auto url = server->start();
    if (!url) {
        qWarning("The sandbox did not start: %s", qPrintable(url.error()));
        return nullptr;
    }
    return server;
}

Registry registryFromCsv(const QByteArray& csv)
{
    auto registry = Registry::fromCsv(csv);
    if (!registry) {
        qWarning("Test registry refused: %s", qPrintable(registry.error().text()));
        return Registry::fromCsv("mobile,name,id_number,carrier\n").value();
    }
    return registry.value();
}

api::QueryItems
businessParams(const QString& mobile, const QString& name, const QString& idNumber, identity::ParamType type)
{
    const bool md5 = type == identity::ParamType::Md5;
    return {{QStringLiteral("IdentifyNum"), md5 ? identity::md5Hex(idNumber) : idNumber},
            {QStringLiteral("Mobile"), md5 ? identity::md5Hex(mobile) : mobile},
            {QStringLiteral("ParamType"), identity::paramTypeName(type)},
            {QStringLiteral("ProductCode"), QStringLiteral("MOBILE_3META")},
            {QStringLiteral("UserName"), md5 ? identity::md5Hex(name) : name}};
}

QString hostHeader(const QUrl& base)
{
    return base.host() + u':' + QString::number(base.port());
}

QString timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString freshNonce()
{
    return crypto::randomHex(16);
}

api::V3Request v3Request(const QUrl& base, const AccessKey& key, const api::QueryItems& params, const QDateTime& date)
{
    api::V3Request r;
    r.host = hostHeader(base);
    r.query = params;
    r.action = QStringLiteral("Mobile3MetaVerifyIntl");
    r.version = QStringLiteral("2022-08-09");
    r.date = timestamp(date);
    r.nonce = freshNonce();
    r.accessKeyId = key.id;
    r.accessKeySecret = key.secret;
    r.securityToken = key.securityToken;
    return r;
}

api::V1Request v1Request(const AccessKey& key, const api::QueryItems& params, const QDateTime& date)
{
    api::V1Request r;
    r.params = params;
    r.action = QStringLiteral("Mobile3MetaVerifyIntl");
    r.version = QStringLiteral("2022-08-09");
    r.timestamp = timestamp(date);
    r.nonce = freshNonce();
    r.accessKeyId = key.id;
    r.accessKeySecret = key.secret;
    r.securityToken = key.securityToken;
    return r;
}

QByteArray rawV3(const api::V3Request& request, const api::V3Signed& s)
{
    QByteArray out = request.method + " /";
    if (!s.queryString.isEmpty())
        out += '?' + s.queryString;
    out += " HTTP/1.1\r\nhost: " + request.host.toUtf8() + "\r\n";
    for (const auto& [name, value] : s.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;
    return out;
}

QByteArray rawV1(const QString& host, const api::V1Request& request, const api::V1Signed& s)
{
    return request.method + " /?" + s.queryString + " HTTP/1.1\r\nhost: " + host.toUtf8() +
           "\r\nContent-Length: 0\r\n\r\n";
}

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::subCode() const
{
    return json().value(QStringLiteral("Result")).toObject().value(QStringLiteral("SubCode")).toString();
}

HttpResult sendRaw(const QUrl& base, const QByteArray& bytes, int timeoutMs)
{
    HttpResult result;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QByteArray received;
    const auto parse = [&] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = received.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
        result.status = statusLine.value(1).toInt();
        result.headers.clear();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            result.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (received.size() < end + 4 + length)
            return false;
        result.body = received.mid(end + 4, length);
        result.replied = true;
        return true;
    };
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (parse())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    socket.connectToHost(base.host(), quint16(base.port()));
    timeout.start(timeoutMs);
    loop.exec();
    return result;
}

namespace {

HttpResult await(QNetworkReply* reply, int timeoutMs = 10000)
{
    HttpResult result;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.error = reply->error();
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.replied = status.isValid();
    result.status = status.toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.append({name.toLower(), value});
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

QNetworkRequest baseRequest(const QUrl& base, const QByteArray& query)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/"));
    // Already RFC 3986-encoded by the signer: handed over as is (StrictMode keeps it verbatim).
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TriCheck-tests"));
    return request;
}

} // namespace

HttpResult sendV3(QNetworkAccessManager& nam, const QUrl& base, const api::V3Request& r)
{
    const api::V3Signed s = api::signV3(r);
    QNetworkRequest request = baseRequest(base, s.queryString);
    for (const auto& [name, value] : s.headers)
        request.setRawHeader(name, value);
    return await(nam.sendCustomRequest(request, r.method, r.body));
}

HttpResult sendV1(QNetworkAccessManager& nam, const QUrl& base, const api::V1Request& r)
{
    const api::V1Signed s = api::signV1(r);
    return await(nam.sendCustomRequest(baseRequest(base, s.queryString), r.method, QByteArray()));
}

} // namespace tricheck::test
