#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace tricheck::network {

// Certificate authorities trusted besides the system's, from one PEM file (the CaCertificates
// setting, `--ca-certificates`): a company's TLS-inspecting proxy, a private gateway in front of the
// service, or the sandbox's own certificate. They are added to the system's store, never replace
// it; TLS verification stays on whatever the file holds.
struct TrustedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(TrustedCertificates)

public:
    QString file;                         // empty: only the system's store
    std::optional<QSslConfiguration> tls; // what verifications use; nullopt: the default configuration
    QString problem;                      // translated; the file cannot be used (then `tls` is nullopt)

    // The certificates in `file` (PEM, one or more), or why they cannot be used (translated): the
    // file cannot be read, holds no certificate, or none of its certificates is valid at `now`.
    static std::optional<QList<QSslCertificate>>
    read(const QString& file, QString* problem, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The default TLS configuration with `extra` trusted on top of the system's store.
    //
    // Why the system's store is read here: once a certificate is added to a configuration, Qt stops
    // looking the system's certificates up on demand (checked with Qt 6.4 and OpenSSL 3: a server
    // under a system CA then fails with "self-signed, and untrusted"), so they are listed in full.
    // That read takes about 100 ms: once per change of the setting, never per request.
    static QSslConfiguration configuration(const QList<QSslCertificate>& extra);
};

// Reads `file` and builds the configuration on a worker thread, then calls `done` on `context`'s
// thread (never if `context` is destroyed first). An empty `file` answers at once (from the event
// loop) with the default configuration.
void loadTrustedCertificates(const QString& file,
                             QObject* context,
                             std::function<void(const TrustedCertificates&)> done);

} // namespace tricheck::network
