#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace tricheck::sandbox {

// The sandbox's own certificate and private key, for serving HTTPS on loopback: a client then
// takes the same TLS path as towards Alibaba Cloud (Qt reads plain HTTP through an unbuffered
// socket, one byte per read() for the status line and headers, and HTTPS through a buffer).
// Clients must trust the certificate themselves (it is self-signed as a rule); the sandbox never
// asks them to turn verification off.
class TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(tricheck::sandbox::TlsIdentity)

public:
    // Reads a PEM certificate (the first one in the file, the leaf) and a PEM private key (RSA or
    // EC, not encrypted) and checks that they belong together. The error text is translated.
    static Expected<QSslConfiguration, QString> load(const QString& certificateFile, const QString& keyFile);
};

} // namespace tricheck::sandbox
