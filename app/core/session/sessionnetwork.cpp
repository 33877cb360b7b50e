#include "api/apiclient.h"
#include "common/logging.h"
#include "credentials/keychain.h"
#include "network/proxysettings.h"
#include "network/trustedcertificates.h"
#include "session.h"
#include "settings/setting.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>

// The session's network: the proxy (its password from the keychain) and the certificate
// authorities trusted besides the system's, each loaded without blocking and re-read when its
// setting changes.

namespace tricheck::session {

using settings::Setting;

void Session::reloadProxy()
{
    const quint64 generation = ++m_proxyGeneration;
    m_proxyLoaded = false;
    emit readinessChanged();
    network::loadProxySettings(m_config.proxy(),
                               m_config.proxyUser(),
                               m_keychain.get(),
                               this,
                               [this, generation](const Expected<network::ProxySettings, QString>& loaded) {
                                   if (generation != m_proxyGeneration)
                                       return;
                                   m_proxyLoaded = true;
                                   if (loaded) {
                                       m_proxyProblem.clear();
                                       network::applyProxy(m_network.get(), loaded.value());
                                   } else {
                                       // Nothing is sent past a proxy that cannot be used as
                                       // configured (it may be the only way out allowed).
                                       m_proxyProblem = loaded.error();
                                       qCWarning(lcSession).noquote() << "proxy not usable:" << loaded.error();
                                   }
                                   emit readinessChanged();
                               });
}

void Session::reloadTrustedCertificates()
{
    const quint64 generation = ++m_certificatesGeneration;
    m_certificatesLoaded = false;
    emit readinessChanged();
    network::loadTrustedCertificates(m_config.value(Setting::CaCertificates).toString(),
                                     this,
                                     [this, generation](const network::TrustedCertificates& loaded) {
                                         if (generation != m_certificatesGeneration)
                                             return;
                                         m_certificatesLoaded = true;
                                         m_certificatesProblem = loaded.problem;
                                         // Nothing is sent while the file cannot be used: without the company's CA
                                         // every request would fail its handshake, and that failure would not say why.
                                         m_client->setTlsConfiguration(loaded.tls);
                                         if (!loaded.problem.isEmpty())
                                             qCWarning(lcSession).noquote()
                                                 << "trusted certificates not usable:" << loaded.problem;
                                         emit readinessChanged();
                                     });
}

QNetworkProxy Session::proxyFor(const QUrl& url) const
{
    if (QNetworkProxyFactory* factory = m_network->proxyFactory())
        return factory->queryProxy(QNetworkProxyQuery(url)).value(0);
    return m_network->proxy();
}

void Session::setProxyPassword(const QString& password)
{
    QPointer<Session> self(this);
    const auto reload = [self](const credentials::KeychainResult&) {
        if (self)
            self->reloadProxy();
    };
    if (password.isEmpty())
        m_keychain->remove(network::ProxySettings::keychainKey(), this, reload);
    else
        m_keychain->write(network::ProxySettings::keychainKey(), password.toUtf8(), this, reload);
}

} // namespace tricheck::session
