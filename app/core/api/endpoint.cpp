#include "endpoint.h"

#include <QHostAddress>

namespace tricheck::api {

namespace {

const QString kPublicHost = QStringLiteral("cloudauth-intl.cn-hongkong.aliyuncs.com");
const QString kVpcHost = QStringLiteral("cloudauth-intl-vpc.cn-hongkong.aliyuncs.com");

QUrl httpsRoot(const QString& host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Endpoint Endpoint::hongKong()
{
    return {Kind::HongKong, httpsRoot(kPublicHost)};
}

Endpoint Endpoint::hongKongVpc()
{
    return {Kind::HongKongVpc, httpsRoot(kVpcHost)};
}

Expected<Endpoint, QString> Endpoint::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(u"hongkong", Qt::CaseInsensitive) == 0 || t.isEmpty())
        return hongKong();
    if (t.compare(u"hongkong-vpc", Qt::CaseInsensitive) == 0)
        return hongKongVpc();
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Expected<Endpoint, QString>::failure(
            tr("\"%1\" is not an endpoint: use hongkong, hongkong-vpc or an https:// URL.").arg(t));
    return fromUrl(url);
}

Expected<Endpoint, QString> Endpoint::fromUrl(const QUrl& input)
{
    using Result = Expected<Endpoint, QString>;
    QUrl url = input.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return Result::failure(tr("Unsupported URL scheme \"%1\": use https://.").arg(url.scheme()));
    if (url.host().isEmpty())
        return Result::failure(tr("The endpoint URL has no host."));
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return Result::failure(
            tr("Plain http:// is only allowed to this computer (127.0.0.1); use https:// for %1.").arg(url.host()));
    if (scheme == u"https" && url.host().compare(kPublicHost, Qt::CaseInsensitive) == 0 && url.port(443) == 443)
        return hongKong();
    if (scheme == u"https" && url.host().compare(kVpcHost, Qt::CaseInsensitive) == 0 && url.port(443) == 443)
        return hongKongVpc();
    return Endpoint(Kind::Custom, url);
}

QString Endpoint::id() const
{
    switch (m_kind) {
    case Kind::HongKong:
        return QStringLiteral("hongkong");
    case Kind::HongKongVpc:
        return QStringLiteral("hongkong-vpc");
    case Kind::Custom:
        break;
    }
    return m_url.toString(QUrl::FullyEncoded);
}

QString Endpoint::hostHeader() const
{
    const int defaultPort = isTls() ? 443 : 80;
    const int port = m_url.port(defaultPort);
    QString host = m_url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6 literal
    return port == defaultPort ? host : host + u':' + QString::number(port);
}

bool Endpoint::isLoopback() const
{
    return isLoopbackHost(m_url.host());
}

QString Endpoint::displayName() const
{
    switch (m_kind) {
    case Kind::HongKong:
        return tr("Alibaba Cloud Hong Kong");
    case Kind::HongKongVpc:
        return tr("Alibaba Cloud Hong Kong (VPC)");
    case Kind::Custom:
        break;
    }
    return m_url.toString(QUrl::RemoveUserInfo);
}

} // namespace tricheck::api
