#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace tricheck::credentials {
class Keychain;
}

namespace tricheck::network {

// How verifications reach the service: the system's proxy configuration (the default: on Linux the
// http(s)_proxy / no_proxy environment, elsewhere the OS settings), no proxy, or a manual HTTP or
// SOCKS5 proxy. The proxy password lives in the OS keychain (keychainKey()), never in settings.
struct ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)

public:
    enum class Mode {
        System,
        None,
        Http,
        Socks5
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // from the keychain; in memory only
    // This computer (the sandbox) is reached directly, never through a proxy, unless this is set:
    // tests send the loopback sandbox through a loopback proxy.
    bool loopbackThroughProxy = false;

    // The Proxy setting ("system", "none", "http://host:port", "socks5://host:port") and user.
    static Expected<ProxySettings, QString> parse(const QString& setting, const QString& user = {});
    static QString keychainKey(); // "network/proxy-password"

    QString setting() const;     // back to the setting's form
    QNetworkProxy proxy() const; // for Http/Socks5/None
    bool needsPassword() const { return (mode == Mode::Http || mode == Mode::Socks5) && !user.isEmpty(); }
};

// The proxy from the Proxy and ProxyUser settings, with its password read from the keychain when a
// user is set. Calls `done` once from the event loop (unless `context` is destroyed first).
void loadProxySettings(const QString& setting,
                       const QString& user,
                       credentials::Keychain* keychain,
                       QObject* context,
                       std::function<void(const Expected<ProxySettings, QString>&)> done);

// Makes `network` use `settings`. The system configuration is applied per manager (a factory that
// asks the OS for each request), not process-wide, so one front end's choice does not leak into
// another QNetworkAccessManager.
void applyProxy(QNetworkAccessManager* network, const ProxySettings& settings);

} // namespace tricheck::network
