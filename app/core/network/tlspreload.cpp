#include "tlspreload.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QThreadPool>

#include <openssl/crypto.h>

#include <atomic>

namespace tricheck::network {

void preloadTlsInBackground()
{
    static std::atomic<bool> started{false};
    if (started.exchange(true))
        return;
    QThreadPool::globalInstance()->start([] {
        QSslSocket::supportsSsl();
        QSslConfiguration::defaultConfiguration();
        // OpenSSL keeps per-thread state until the thread ends; a pool thread may outlive the
        // application's objects, and LeakSanitizer would report it (see trustedcertificates.cpp).
        OPENSSL_thread_stop();
    });
}

} // namespace tricheck::network
