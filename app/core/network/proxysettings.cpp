#include "proxysettings.h"

#include "api/endpoint.h"
#include "credentials/keychain.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace tricheck::network {

namespace {

// The system's proxy, except for this computer: a corporate http_proxy cannot reach the sandbox on
// 127.0.0.1, and on Linux Qt does not exempt loopback unless no_proxy says so.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (api::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

// A manual proxy for the service, but this computer (the sandbox) directly: a corporate proxy
// cannot reach the operator's 127.0.0.1.
class ManualProxyFactory : public QNetworkProxyFactory
{
public:
    ManualProxyFactory(const QNetworkProxy& proxy, bool loopbackThroughProxy)
        : m_proxy(proxy)
        , m_loopbackThroughProxy(loopbackThroughProxy)
    { }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (!m_loopbackThroughProxy && api::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {m_proxy};
    }

private:
    QNetworkProxy m_proxy;
    bool m_loopbackThroughProxy;
};

} // namespace

QString ProxySettings::keychainKey()
{
    return QStringLiteral("network/proxy-password");
}

Expected<ProxySettings, QString> ProxySettings::parse(const QString& setting, const QString& user)
{
    using Result = Expected<ProxySettings, QString>;
    ProxySettings s;
    s.user = user.trimmed();
    const QString text = setting.trimmed();
    if (text.isEmpty() || text.compare(u"system", Qt::CaseInsensitive) == 0)
        return s;
    if (text.compare(u"none", Qt::CaseInsensitive) == 0) {
        s.mode = Mode::None;
        return s;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"socks5"))
        return Result::failure(
            tr("\"%1\" is not a proxy: use system, none, http://HOST:PORT or socks5://HOST:PORT.").arg(text));
    if (!url.userInfo().isEmpty())
        return Result::failure(tr("Put the proxy user name in its own field and the password in the keychain, not "
                                  "in the proxy address."));
    if (url.port() <= 0)
        return Result::failure(tr("The proxy address needs a port, e.g. http://proxy.example.com:3128."));
    s.mode = scheme == u"socks5" ? Mode::Socks5 : Mode::Http;
    s.host = url.host();
    s.port = quint16(url.port());
    return s;
}

QString ProxySettings::setting() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Http:
        return QStringLiteral("http://%1:%2").arg(host).arg(port);
    case Mode::Socks5:
        return QStringLiteral("socks5://%1:%2").arg(host).arg(port);
    }
    return QStringLiteral("system");
}

QNetworkProxy ProxySettings::proxy() const
{
    switch (mode) {
    case Mode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port, user, password);
    case Mode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, host, port, user, password);
    case Mode::None:
    case Mode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

void loadProxySettings(const QString& setting,
                       const QString& user,
                       credentials::Keychain* keychain,
                       QObject* context,
                       std::function<void(const Expected<ProxySettings, QString>&)> done)
{
    auto parsed = ProxySettings::parse(setting, user);
    if (!parsed || !parsed->needsPassword()) {
        QTimer::singleShot(0, context, [parsed, done] { done(parsed); });
        return;
    }
    ProxySettings proxy = parsed.value();
    keychain->read(
        ProxySettings::keychainKey(),
        context,
        [proxy, done](const credentials::KeychainResult& read) mutable {
            if (read.ok()) {
                proxy.password = QString::fromUtf8(read.data);
                done(proxy);
            } else if (read.status == credentials::KeychainStatus::NotFound) {
                done(proxy); // a user without a password: the proxy will say if it needs one
            } else {
                done(Expected<ProxySettings, QString>::failure(
                    ProxySettings::tr("The proxy password cannot be read from the keychain: %1").arg(read.message)));
            }
        });
}

void applyProxy(QNetworkAccessManager* network, const ProxySettings& settings)
{
    if (settings.mode == ProxySettings::Mode::System) {
        network->setProxyFactory(new SystemProxyFactory); // the manager takes ownership
        return;
    }
    if (settings.mode == ProxySettings::Mode::None) {
        network->setProxyFactory(nullptr);
        network->setProxy(settings.proxy());
        return;
    }
    network->setProxyFactory(new ManualProxyFactory(settings.proxy(), settings.loopbackThroughProxy));
}

} // namespace tricheck::network
