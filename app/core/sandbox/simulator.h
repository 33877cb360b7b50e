#pragma once

#include "api/percentencoding.h"
#include "api/signaturescheme.h"
#include "api/signaturev3.h"
#include "gatewayerror.h"
#include "noncecache.h"
#include "ratelimiter.h"
#include "registry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tricheck::sandbox {

// The operation the sandbox serves (spec §1.1).
inline constexpr char16_t kAction[] = u"Mobile3MetaVerifyIntl";
inline constexpr char16_t kVersion[] = u"2022-08-09";
inline constexpr char16_t kProductCode[] = u"MOBILE_3META";
// The longest signature nonce accepted, in characters (the SDKs send 32 hex digits, a UUID is 36).
// Longer ones get InvalidParameter: every nonce is remembered for the whole timestamp window.
inline constexpr int kMaxNonceLength = 64;

// An AccessKey the sandbox accepts. With a security token it behaves as an STS credential: the
// token must come with every request (V3 x-acs-security-token, V1 SecurityToken).
struct AccessKey
{
    QString id;
    QString secret;
    QString securityToken;
    bool active = true;            // false: InvalidAccessKeyId.Inactive
    QDateTime securityTokenExpiry; // invalid: the token never expires

    // The documented demo pair every sandbox accepts unless told otherwise.
    static AccessKey demo();
};

// One HTTP request as it arrived, independent of the HTTP server: what the simulator needs and
// nothing else, so it can be tested (and fuzzed) without sockets.
struct ReceivedRequest
{
    QByteArray method;       // upper case, e.g. "POST"
    QByteArray path;         // percent-encoded as received, e.g. "/"
    QByteArray rawQuery;     // the query of the request line as on the wire, without '?'
    api::HeaderList headers; // lower-case names, values as received, in arrival order
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // the first value, or an empty array
    int headerCount(QByteArrayView name) const;
};

// Every parameter of a request as the simulator reads them: the query's, then a form body's
// (application/x-www-form-urlencoded), decoded, in arrival order.
api::QueryItems receivedParams(const ReceivedRequest& request);

enum class ResponseFormat {
    Json,
    Xml // V1 requests without Format=JSON, as the service does (spec §2.1)
};

// The outcome of the gateway's checks and, when they pass, the registry's answer.
struct Verdict
{
    std::optional<api::SignatureScheme> scheme; // nullopt when no signature was recognised
    ResponseFormat format = ResponseFormat::Json;
    QString accessKeyId; // when the request named one
    identity::ParamType paramType = identity::ParamType::Normal;
    std::optional<GatewayError> error;
    int retryAfterMs = 0; // Throttling.Api: the x-acs-retry-after value
    Answer answer;        // when there is no error

    bool isSuccess() const { return !error.has_value(); }
};

using Clock = std::function<QDateTime()>; // current UTC time

// The gateway and the service in one: checks a request in the order of the simulator contract
// (spec §9) and answers from the registry. Stateful only for nonces and request rates.
class Simulator
{
public:
    Simulator();

    void setKeys(const QList<AccessKey>& keys);
    const QList<AccessKey>& keys() const { return m_keys; }
    void setRegistry(const Registry& registry) { m_registry = registry; }
    const Registry& registry() const { return m_registry; }
    void setClock(Clock clock); // a null clock means the system's UTC time
    QDateTime now() const;
    void setMaxSkewSeconds(int seconds);
    int maxSkewSeconds() const { return m_maxSkewSeconds; }
    void setQps(int qps) { m_rateLimiter.setQps(qps); }
    int qps() const { return m_rateLimiter.qps(); }
    void setNonceCapacity(int capacity) { m_nonces.setCapacity(capacity); }
    void setNonceByteCapacity(qint64 bytes) { m_nonces.setByteCapacity(bytes); }
    const NonceCache& nonces() const { return m_nonces; }
    void resetState(); // forgets nonces and request rates

    Verdict decide(const ReceivedRequest& request);

private:
    struct Context;
    std::optional<GatewayError> verifyV3(Context& c);
    std::optional<GatewayError> verifyV1(Context& c);
    std::optional<GatewayError> checkKey(Context& c, const QString& keyId, const QString& token);
    std::optional<GatewayError> checkTimestampAndNonce(Context& c, const QString& timestamp, const QString& nonce);
    std::optional<GatewayError>
    checkSignature(Context& c, const QByteArray& expected, const QByteArray& received, const QByteArray& stringToSign);
    std::optional<GatewayError> checkApi(const QString& action, const QString& version) const;
    std::optional<GatewayError> checkBusiness(Context& c, Verdict& verdict) const;

    QList<AccessKey> m_keys;
    Registry m_registry;
    Clock m_clock;
    int m_maxSkewSeconds = 900;
    NonceCache m_nonces;
    RateLimiter m_rateLimiter;
};

// Strict UTC timestamp of both schemes: yyyy-MM-ddTHH:mm:ssZ, no fraction, no offset.
std::optional<QDateTime> parseUtcTimestamp(QStringView text);

} // namespace tricheck::sandbox
