#pragma once

// tricheck-cli sandbox in its own process, for the benchmarks that run the CLI against it.

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace tricheck::bench {

// As an operator would run it: `tricheck-cli sandbox --qps 0` (and --log-requests, or any other
// flags such as --tls-certificate).
class Sandbox
{
public:
    explicit Sandbox(bool logRequests, const QStringList& extraArgs = {})
    {
        QStringList args{QStringLiteral("sandbox"), QStringLiteral("--qps"), QStringLiteral("0")};
        if (logRequests)
            args << QStringLiteral("--log-requests");
        args << extraArgs;
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_buffer += m_process.readAllStandardOutput();
            qsizetype nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                const QJsonObject o = QJsonDocument::fromJson(m_buffer.left(nl)).object();
                m_buffer.remove(0, nl + 1);
                if (o.value(QStringLiteral("event")).toString() == u"listening")
                    m_url = o.value(QStringLiteral("url")).toString();
                else if (o.contains(QStringLiteral("received")))
                    m_arrivals.append(
                        QDateTime::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODateWithMs)
                            .toMSecsSinceEpoch());
            }
        });
        m_process.start(QStringLiteral(TRICHECK_CLI_PATH), args);
        QElapsedTimer t;
        t.start();
        while (m_url.isEmpty() && t.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    ~Sandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    QString url() const { return m_url; }
    QList<qint64> arrivals() const { return m_arrivals; }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QString m_url;
    QList<qint64> m_arrivals;
};

} // namespace tricheck::bench
