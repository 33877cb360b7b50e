#include "tlsidentity.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace tricheck::sandbox {

namespace {

Expected<QByteArray, QString> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray, QString>::failure(
            TlsIdentity::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

// Qt 6.4 has no way to ask whether a private key belongs to a certificate; a mismatch would only
// show as every handshake failing, so OpenSSL checks it here, where the message can name the files.
bool keyMatchesCertificate(const QByteArray& certificatePem, const QByteArray& keyPem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())),
        &BIO_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                           &BIO_free);
    if (!certBio || !keyBio)
        return false;
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr),
        &X509_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr),
        &EVP_PKEY_free);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace

Expected<QSslConfiguration, QString> TlsIdentity::load(const QString& certificateFile, const QString& keyFile)
{
    using Result = Expected<QSslConfiguration, QString>;
    const auto certificatePem = readFile(certificateFile);
    if (!certificatePem)
        return Result::failure(certificatePem.error());
    const auto keyPem = readFile(keyFile);
    if (!keyPem)
        return Result::failure(keyPem.error());

    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        return Result::failure(tr("%1 holds no PEM certificate.").arg(certificateFile));
    QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull() || key.type() != QSsl::PrivateKey)
        return Result::failure(tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyFile));
    if (!keyMatchesCertificate(*certificatePem, *keyPem))
        return Result::failure(
            tr("The private key in %1 does not belong to the certificate in %2.").arg(keyFile, certificateFile));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace tricheck::sandbox
