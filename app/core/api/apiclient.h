#pragma once

#include "api/endpoint.h"
#include "api/signaturescheme.h"
#include "api/verifyoutcome.h"
#include "credentials/credentials.h"
#include "identity/identityinput.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace tricheck::api {

// Limits of one verification. The defaults follow Alibaba's SDK (5 s connect, 10 s read).
// Both limits run from the moment a request gets one of ApiClient's connections to its host, not
// while it waits for one (see ApiClient::kMaxInFlightPerHost).
struct ClientOptions
{
    int connectTimeoutMs = 5000;   // until the request is written: DNS, connect, TLS handshake, send
    int transferTimeoutMs = 10000; // per attempt, until the reply is complete
    int maxRetries = 3;            // only what the retry rules allow (retryrules.h)
    int maxRetryWaitMs = 10000;    // a longer advertised wait is reported instead of waited for
    int throttleBackoffMs = 1000;  // base of the jittered exponential backoff without x-acs-retry-after
    int networkBackoffMs = 250;    // the same for connection refused / host not found
};

// What to verify, as whom, where and how.
struct VerifyRequest
{
    identity::IdentityParams identity; // from identity::prepareIdentity(): validated wire values
    credentials::Credentials credentials;
    Endpoint endpoint = Endpoint::hongKong();
    SignatureScheme scheme = SignatureScheme::V3;
    QString reference; // operator's free text (case number …), kept with the outcome
    // The attempt's identity, when its caller recorded it before sending (VerificationService's
    // attempt in flight): the outcome keeps them, so the settled row is the row that was in
    // flight. Left empty, the call makes its own (a new UUID, the client clock at start()).
    QString attemptId;
    QDateTime startedUtc;
};

class VerifyCall;

// Signs and sends Mobile3MetaVerifyIntl requests over an injected QNetworkAccessManager.
// Asynchronous only: no nested event loops, nothing blocks the caller's thread. Fail closed: TLS
// peer verification is always on and cannot be relaxed, http:// is refused unless the endpoint is a
// loopback address, redirects are never followed, replies over 1 MiB are refused. Nothing is sent
// twice with a new signature unless the retry rules (retryrules.h) say that the first copy was
// provably not processed: it never left (connection refused, host not found) or the service
// throttled it; a timeout after sending is reported, never retried.
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Clock = std::function<QDateTime()>;
    using NonceSource = std::function<QString()>;

    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ApiClient() override;

    void setOptions(const ClientOptions& options) { m_options = options; }
    ClientOptions options() const { return m_options; }
    // The TLS configuration of https:// requests, whose certificate authorities are trusted
    // (network/trustedcertificates.h); nullopt: the default configuration at each request. Peer
    // verification and TLS 1.2 or later are set on whichever applies.
    void setTlsConfiguration(std::optional<QSslConfiguration> tls) { m_tls = std::move(tls); }
    // The clock stamps x-acs-date / Timestamp (default: the system clock in UTC).
    void setClock(Clock clock);
    // A fresh unique value per attempt (default: 32 lowercase hex characters from OpenSSL's CSPRNG).
    // An empty nonce fails the attempt before anything is sent.
    void setNonceSource(NonceSource nonceSource);

    // Starts a verification. finished() is emitted exactly once, always from the event loop (never
    // inside this call). The call is a child of the client; delete it (deleteLater() from the slot
    // is fine) when done with it. Deleting it before it finished aborts it without a signal.
    VerifyCall* verify(const VerifyRequest& request);

    static QByteArray userAgent(); // AlibabaCloud (<os>; <arch>) TriCheck/<version> Qt/<qt version>
    static QString action();       // Mobile3MetaVerifyIntl
    static QString apiVersion();   // 2022-08-09
    static QString productCode();  // MOBILE_3META

    // Requests handed to the network manager per host (scheme, host, port) at most; the others wait
    // in this client's queue, in the order they were started, and their timers do not run there.
    //
    // Why a queue of our own: QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host
    // (QHttpNetworkConnectionPrivate::defaultHttpChannelCount in Qt 6.4; only Qt 6.5 makes it
    // configurable) and holds further requests in a queue nobody can see. A deadline started when
    // a request is handed over would then count time spent waiting behind slow replies as
    // connecting (a batch of 8 against a slow service reported "connect timeout"). Starting the
    // deadlines on the reply's socketStartedConnecting() or requestSent() signals instead is not
    // robust: socketStartedConnecting() is not emitted at all when a kept-alive connection is
    // reused, and neither covers a host lookup or a proxy that never answers, so a stalled request
    // would have no deadline of ours. A request that waits here, finally, has provably not left:
    // cancelling it is free, which a request queued inside Qt (requestSent() arrives from Qt's
    // network thread as a queued signal) can never be shown to be.
    static constexpr int kMaxInFlightPerHost = 6;

private:
    friend class VerifyCall;

    void requestSlot(VerifyCall* call);
    void releaseSlot(VerifyCall* call);
    void scheduleDispatch();
    void dispatchWaiting();
    bool hasFreeSlot(const QString& host) const { return m_inFlight.value(host) < kMaxInFlightPerHost; }

    QNetworkAccessManager* m_network;
    ClientOptions m_options;
    std::optional<QSslConfiguration> m_tls;
    Clock m_clock;
    NonceSource m_nonceSource;
    QHash<QString, int> m_inFlight; // per host key: requests handed to the network manager
    QList<VerifyCall*> m_waiting;   // calls waiting for a slot, first come first served
    bool m_dispatchQueued = false;
};

// One verification in flight. Its outcome() is complete once finished() has been emitted.
class VerifyCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyCall)

public:
    ~VerifyCall() override;

    bool isFinished() const { return m_finished; }
    const VerifyOutcome& outcome() const { return m_outcome; }

    // Stops the call. An attempt in flight may already have reached the service and be processed
    // (and billed) there: its outcome says "may have been billed". A cancel while the call waits
    // for a connection or for a retry is known to be free. finished() is emitted from within cancel().
    void cancel();

signals:
    void requestSent(int attempt);                     // attempt n (1-based) was written to the network
    void retryScheduled(int nextAttempt, int delayMs); // throttled or never sent: retrying after delayMs
    void finished(const tricheck::api::VerifyOutcome& outcome);

private:
    friend class ApiClient;
    enum class Abort {
        None,
        ConnectTimeout,
        TransferTimeout,
        TooLarge,
        TlsErrors,
        Cancelled
    };

    enum class Slot {
        None,    // not sending: before the first attempt, between attempts, finished
        Waiting, // in the client's queue: nothing handed to the network manager
        Held,    // an attempt is with the network manager
    };

    VerifyCall(ApiClient* client, const VerifyRequest& request);
    void start();
    void nextAttempt(); // waits for a slot, then sendAttempt()
    void sendAttempt();
    void leaveSlot();
    QString hostKey() const;
    void watchReply();
    void onReplyFinished();
    void abortReply(Abort reason);
    bool retryLater(int delayMs);
    int backoffMs(int baseMs) const;
    void complete(std::variant<VerifyResult, ApiError> value);
    void completeSoon(ApiError error);
    void logAttempt(int httpStatus, const QString& requestId, const QString& what) const;

    QPointer<ApiClient> m_client; // a call may be reparented (VerificationService) and outlive it
    ClientOptions m_options;
    VerifyRequest m_request;
    VerifyOutcome m_outcome;
    QStringList m_sensitive; // wire values and credentials, removed from any server message
    QNetworkReply* m_reply = nullptr;
    QTimer m_connectTimer;
    QTimer m_transferTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptElapsed;
    Abort m_abort = Abort::None;
    Slot m_slot = Slot::None;
    int m_attempt = 0;   // attempts handed to the network manager
    int m_retries = 0;   // retries scheduled
    int m_sentCount = 0; // requestSent() of the current reply (2 = the transport resent it)
    QString m_tlsDetail;
    bool m_finished = false;
};

} // namespace tricheck::api
