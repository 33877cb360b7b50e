#pragma once

// A self-signed certificate for 127.0.0.1 and its key (EC P-256, PEM, not encrypted), made with
// the openssl command-line tool as an operator would make one for the sandbox's HTTPS.
//
//     const auto made = tricheck::test::makeSelfSigned(dir.path());
//     if (!made.error.isEmpty()) QFAIL(qPrintable(made.error));

#include <QProcess>
#include <QString>

namespace tricheck::test {

struct SelfSigned
{
    QString certificate; // PEM file
    QString key;         // PEM file
    QString error;       // empty when both files were made
};

inline SelfSigned makeSelfSigned(const QString& dir, int days = 2)
{
    SelfSigned made{dir + QStringLiteral("/cert.pem"), dir + QStringLiteral("/key.pem"), {}};
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   made.key,
                   QStringLiteral("-out"),
                   made.certificate,
                   QStringLiteral("-days"),
                   QString::number(days),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        made.error =
            QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(openssl.readAllStandardError()));
    return made;
}

} // namespace tricheck::test
