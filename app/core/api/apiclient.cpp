#include "apiclient.h"

#include "common/appinfo.h"
#include "common/crypto.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

namespace tricheck::api {

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_nonceSource([] { return crypto::randomHex(16); })
{
    Q_ASSERT(m_network);
}

ApiClient::~ApiClient()
{
    // Calls may outlive the client (VerificationService reparents them). One still waiting for a
    // slot never sent anything: it finishes as cancelled, free, from the event loop (unless it is
    // deleted first, with the client's other children).
    for (VerifyCall* call : std::as_const(m_waiting)) {
        call->m_slot = VerifyCall::Slot::None;
        QMetaObject::invokeMethod(call, &VerifyCall::nextAttempt, Qt::QueuedConnection);
    }
}

void ApiClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ApiClient::setNonceSource(NonceSource nonceSource)
{
    m_nonceSource = std::move(nonceSource);
}

QString ApiClient::action()
{
    return QStringLiteral("Mobile3MetaVerifyIntl");
}

QString ApiClient::apiVersion()
{
    return QStringLiteral("2022-08-09");
}

QString ApiClient::productCode()
{
    return QStringLiteral("MOBILE_3META");
}

QByteArray ApiClient::userAgent()
{
    // The same for the whole process: made once (it took a uname() and five strings per request).
    static const QByteArray agent = [] {
        // The SDKs' form: "AlibabaCloud (<platform.system()>; <platform.machine()>) …".
        const QString kernel = QSysInfo::kernelType();
        QString os;
        if (kernel == u"linux")
            os = QStringLiteral("Linux");
        else if (kernel == u"winnt")
            os = QStringLiteral("Windows");
        else if (kernel == u"darwin")
            os = QStringLiteral("Darwin");
        else
            os = kernel.isEmpty() ? QStringLiteral("Unknown") : kernel.left(1).toUpper() + kernel.mid(1);
        return QStringLiteral("AlibabaCloud (%1; %2) TriCheck/%3 Qt/%4")
            .arg(os, QSysInfo::currentCpuArchitecture(), AppInfo::version(), QString::fromLatin1(qVersion()))
            .toUtf8();
    }();
    return agent;
}

VerifyCall* ApiClient::verify(const VerifyRequest& request)
{
    auto* call = new VerifyCall(this, request);
    call->start();
    return call;
}

void ApiClient::requestSlot(VerifyCall* call)
{
    const QString host = call->hostKey();
    const bool queueAhead = std::any_of(m_waiting.cbegin(), m_waiting.cend(), [&host](const VerifyCall* waiting) {
        return waiting->hostKey() == host;
    });
    if (!queueAhead && hasFreeSlot(host)) {
        ++m_inFlight[host];
        call->m_slot = VerifyCall::Slot::Held;
        call->sendAttempt();
        return;
    }
    call->m_slot = VerifyCall::Slot::Waiting;
    m_waiting.append(call);
}

void ApiClient::releaseSlot(VerifyCall* call)
{
    switch (call->m_slot) {
    case VerifyCall::Slot::None:
        return;
    case VerifyCall::Slot::Waiting:
        m_waiting.removeOne(call);
        break;
    case VerifyCall::Slot::Held: {
        const QString host = call->hostKey();
        if (--m_inFlight[host] <= 0)
            m_inFlight.remove(host);
        scheduleDispatch();
        break;
    }
    }
    call->m_slot = VerifyCall::Slot::None;
}

void ApiClient::scheduleDispatch()
{
    // From the event loop: a slot is freed inside a reply's finished() handling, and the next
    // request should not be sent from within it.
    if (m_dispatchQueued || m_waiting.isEmpty())
        return;
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(this, &ApiClient::dispatchWaiting, Qt::QueuedConnection);
}

void ApiClient::dispatchWaiting()
{
    m_dispatchQueued = false;
    for (qsizetype i = 0; i < m_waiting.size();) {
        VerifyCall* call = m_waiting.at(i);
        const QString host = call->hostKey();
        if (!hasFreeSlot(host)) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        ++m_inFlight[host];
        call->m_slot = VerifyCall::Slot::Held;
        call->sendAttempt();
    }
}

} // namespace tricheck::api
