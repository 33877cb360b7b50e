#pragma once

#include "api/percentencoding.h"
#include "api/signaturev1.h"
#include "api/signaturev3.h"
#include "identity/identityinput.h"
#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

// Helpers for tests that talk to the sandbox: start it with a given registry, keys and clock, and
// send requests signed by TriCheck's own signers, either through QNetworkAccessManager or as raw
// bytes over a QTcpSocket. The sandbox runs in the test's thread, so every helper waits with a
// local event loop, never with a blocking waitFor…() call.
namespace tricheck::test {

// A clock that only moves when the test moves it.
class ManualClock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime::currentDateTimeUtc());
    sandbox::Clock clock() const;
    QDateTime now() const { return *m_now; }
    void set(const QDateTime& utc) { *m_now = utc.toUTC(); }
    void advanceMs(qint64 ms) { *m_now = m_now->addMSecs(ms); }

private:
    std::shared_ptr<QDateTime> m_now;
};

struct SandboxSetup
{
    std::optional<sandbox::Registry> registry; // default: the demo registry
    QList<sandbox::AccessKey> keys;            // default: the demo key
    sandbox::Clock clock;                      // default: system time
    int qps = 50;
    int maxSkewSeconds = 900;
    sandbox::FaultOptions faults;
};

// A running sandbox on 127.0.0.1 and a free port, or nullptr (with a warning) if it cannot listen.
std::unique_ptr<sandbox::SandboxServer> startSandbox(const SandboxSetup& setup = {});

// Parses a CSV registry that the test knows to be valid (a warning and an empty registry if not).
sandbox::Registry registryFromCsv(const QByteArray& csv);

// The five business parameters, in the order the official SDK sends them.
api::QueryItems businessParams(const QString& mobile,
                               const QString& name,
                               const QString& idNumber,
                               identity::ParamType type = identity::ParamType::Normal);

// The host header value for a sandbox URL ("127.0.0.1:PORT").
QString hostHeader(const QUrl& base);
QString timestamp(const QDateTime& utc); // yyyy-MM-ddTHH:mm:ssZ
QString freshNonce();

// Requests for `base` signed with `key` at `date` (a fresh nonce each time).
api::V3Request v3Request(const QUrl& base,
                         const sandbox::AccessKey& key,
                         const api::QueryItems& params,
                         const QDateTime& date = QDateTime::currentDateTimeUtc());
api::V1Request v1Request(const sandbox::AccessKey& key,
                         const api::QueryItems& params,
                         const QDateTime& date = QDateTime::currentDateTimeUtc());

// The complete HTTP/1.1 request bytes, for raw sending or for tampering.
QByteArray rawV3(const api::V3Request& request, const api::V3Signed& signature);
QByteArray rawV1(const QString& host, const api::V1Request& request, const api::V1Signed& signature);

// What came back over HTTP.
struct HttpResult
{
    bool replied = false; // a complete HTTP response arrived
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // lower-case names
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // QNAM only

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const; // empty when the body is not a JSON object
    QString code() const { return json().value(QStringLiteral("Code")).toString(); }
    QString subCode() const;
};

// Sends raw bytes and reads one response (or notices the connection closing without one).
HttpResult sendRaw(const QUrl& base, const QByteArray& bytes, int timeoutMs = 10000);

// Through QNetworkAccessManager: sendCustomRequest, so Qt adds no Content-Type on its own.
HttpResult sendV3(QNetworkAccessManager& nam, const QUrl& base, const api::V3Request& request);
HttpResult sendV1(QNetworkAccessManager& nam, const QUrl& base, const api::V1Request& request);

} // namespace tricheck::test
