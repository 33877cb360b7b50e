#pragma once

// tricheck-cli sandbox as a process with --log-requests: one JSON line per request, printed when
// the request arrives (before any --latency-ms delay of its reply).

#include "clitestutil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <QtTest>

namespace tricheck::test {

class SandboxProcess
{
public:
    bool start(const QStringList& extra)
    {
        m_process.setProcessEnvironment(cliEnvironment());
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { read(); });
        m_process.start(cliPath(), QStringList{QStringLiteral("sandbox"), QStringLiteral("--log-requests")} + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (m_url.isEmpty() && t.elapsed() < 30000 && m_process.state() == QProcess::Running)
            QTest::qWait(20);
        return !m_url.isEmpty();
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }
    QUrl url() const { return QUrl(m_url); }
    const QList<QJsonObject>& requests() const { return m_requests; }

private:
    void read()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(m_buffer.left(nl)).object();
            m_buffer.remove(0, nl + 1);
            if (o.value(QStringLiteral("event")).toString() == u"listening")
                m_url = o.value(QStringLiteral("url")).toString();
            else if (o.contains(QStringLiteral("sequence")))
                m_requests.append(o);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QString m_url;
    QList<QJsonObject> m_requests;
};

} // namespace tricheck::test
