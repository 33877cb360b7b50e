#include "trustedcertificates.h"

#include "common/pooltask.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <openssl/crypto.h>

#include <algorithm>
#include <memory>

namespace tricheck::network {

std::optional<QList<QSslCertificate>>
TrustedCertificates::read(const QString& file, QString* problem, const QDateTime& now)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read the trusted certificates in %1: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    // A certificate file is a few kilobytes; a bundle of every public CA is about 200 KiB.
    constexpr qint64 kMaxBytes = qint64(4) * 1024 * 1024;
    if (in.size() > kMaxBytes) {
        *problem = tr("%1 is too large for a file of certificates (more than 4 MiB).").arg(file);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(in.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *problem = tr("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").").arg(file);
        return std::nullopt;
    }
    const bool anyValid = std::any_of(certificates.cbegin(), certificates.cend(), [&](const QSslCertificate& c) {
        return c.effectiveDate() <= now && now <= c.expiryDate();
    });
    if (!anyValid) {
        *problem = tr("No certificate in %1 is valid today: each has expired or is not valid yet.").arg(file);
        return std::nullopt;
    }
    return certificates;
}

QSslConfiguration TrustedCertificates::configuration(const QList<QSslCertificate>& extra)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!extra.isEmpty())
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + tls.caCertificates() + extra);
    return tls;
}

void loadTrustedCertificates(const QString& file,
                             QObject* context,
                             std::function<void(const TrustedCertificates&)> done)
{
    if (file.isEmpty()) {
        QTimer::singleShot(0, context, [file, done = std::move(done)] { done(TrustedCertificates{file, {}, {}}); });
        return;
    }
    runInPool(
        context,
        [file] {
            TrustedCertificates loaded{file, {}, {}};
            if (const auto extra = TrustedCertificates::read(file, &loaded.problem))
                loaded.tls = TrustedCertificates::configuration(*extra);
            // OpenSSL keeps per-thread state (its error queue, random generators) until the thread
            // ends; a pool thread may still be alive when the process exits, and LeakSanitizer then
            // reports that state. Freed here: the next use on this thread makes it again.
            OPENSSL_thread_stop();
            return loaded;
        },
        std::move(done));
}

} // namespace tricheck::network
