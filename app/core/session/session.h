#pragma once

#include "common/expected.h"
#include "history/attemptrecord.h"
#include "history/historyerror.h"
#include "history/historystats.h"
#include "identity/identityinput.h"
#include "realservice.h"
#include "servicerouter.h"
#include "sessionconfig.h"
#include "teamkey.h"

#include <QNetworkProxy>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tricheck::api {
class ApiClient;
struct VerifyOutcome;
} // namespace tricheck::api
namespace tricheck::batch {
class BatchLauncher;
}
namespace tricheck::credentials {
class Keychain;
class ProfileStore;
struct ProfileChange;
} // namespace tricheck::credentials
namespace tricheck::history {
class HistoryOpener;
class HistoryStore;
} // namespace tricheck::history
namespace tricheck::settings {
class AppSettings;
enum class Setting;
} // namespace tricheck::settings
namespace tricheck::verification {
class Verification;
class VerificationService;
} // namespace tricheck::verification

namespace tricheck::session {

class AuditTrail;
class BudgetTracker;

struct SessionOptions
{
    // The desktop: ServiceMode with the in-process sandbox. The CLI: where the credentials and the
    // endpoint say.
    ServiceRouter::Routing routing = ServiceRouter::Routing::Desktop;
    // One run's choices (CLI flags, the app's command-line options); the policy decides whether
    // each applies (SessionConfig).
    Overrides overrides;
    // The desktop opens the history on a worker thread (the GUI must never block); the CLI opens it
    // with openHistoryNow() before anything else.
    bool openHistoryInBackground = true;
};

// Everything a front end verifies with, assembled once and without widgets: the configuration in
// force (SessionConfig), the network (proxy applied), the keychain, credential profiles and their
// resolver, the API client, the verification service, the history and its audit trail, the service
// router (real service or sandbox) and the batch launcher. Front ends say what they want done
// (verify, a batch, a proxy password …) and show what comes out; the collaborators stay inside.
//
// A verification is possible once the history is open (an attempt that cannot be recorded is not
// sent) unless the run records nothing, the keychain has answered (fingerprint key, proxy password)
// and the router is ready.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class HistoryState {
        Closed, // not opened yet, or the run records nothing
        Opening,
        Open,
        Failed
    };
    // Which step keeps the session from verifying (the CLI maps it to an exit status).
    enum class Step {
        None,
        Starting, // waiting for the history, the keychain or the credentials
        History,
        Proxy,
        Certificates, // the CaCertificates setting names a file that cannot be used
        Credentials,
        Endpoint,
        Sandbox,
        Budget, // this month's budget is used up and its hard stop refuses further checks
    };

    // `settings` must outlive the session.
    explicit Session(settings::AppSettings* settings, SessionOptions options = {}, QObject* parent = nullptr);
    ~Session() override;

    const SessionConfig& config() const { return m_config; }
    // The operator's settings, to edit (the settings dialog); what is in force is config().
    settings::AppSettings* settings() const { return m_settings; }

    // Opens the history (unless the run records nothing), asks the keychain for the fingerprint
    // key and the proxy password, and decides where verifications go.
    void start();
    // Opens the history now, on this thread; the CLI does this before anything is sent.
    std::optional<history::HistoryError> openHistoryNow();
    void reopenHistory();

    bool canVerify() const { return notReadyStep() == Step::None; }
    Step notReadyStep() const;
    QString notReadyReason() const; // translated; empty when canVerify()

    HistoryState historyState() const { return m_historyState; }
    QString historyProblem() const { return m_historyProblem; } // translated, when Failed
    std::shared_ptr<history::HistoryStore> history() const { return m_history; }
    // The fingerprint key for exact-match search (nullopt: none, not loaded yet, or not the one the
    // history uses: teamKey().problem() says why).
    std::optional<QByteArray> fingerprintKey() const { return m_teamKey.usableKey(); }
    const TeamKey& teamKey() const { return m_teamKey; }
    // Loads the fingerprint key now, on this thread, and compares it with the open history's
    // without claiming it (the CLI's history commands: they write no attempts). No key is created.
    void loadFingerprintKeyNow();
    QString proxyProblem() const { return m_proxyProblem; }
    // Why the certificates the CaCertificates setting names cannot be used (translated), else empty.
    QString certificatesProblem() const { return m_certificatesProblem; }
    // The proxy a request to `url` goes through now (NoProxy: directly).
    QNetworkProxy proxyFor(const QUrl& url) const;

    // Where verifications go.
    const ServiceRouter& service() const { return *m_router; }
    // Credential profiles, for the settings' profile list.
    credentials::ProfileStore* profiles() const { return m_profiles.get(); }
    AuditTrail& audit() const { return *m_audit; }

    // Entering the real, billed service is the operator's confirmed step (desktop routing): the
    // entry `choice` would enter when it needs confirming first, else nullopt.
    std::optional<RealServiceEntry> realServiceEntry(const ServiceChoice& choice) const;
    // The operator confirmed `entry`: the switch goes ahead and is audited (by whom, which key).
    void confirmRealService(const RealServiceEntry& entry);
    // Where the operator must go to use the real service.
    RealServiceBlocker realServiceBlocker() const;

    // The newest answer the current service (sandbox or real) gave for the same person within the
    // repeat window (SessionConfig::repeatWindowMinutes()): verifying again asks first. nullopt when
    // there is none, the window is off, or the values cannot be matched (no fingerprint key).
    std::optional<history::AttemptRecord> recentAnswer(const identity::IdentityInput& input) const;
    // Starts a verification to the current target; nullptr when canVerify() is false.
    verification::Verification*
    verify(const identity::IdentityInput& input, identity::ParamType type, const QString& reference);
    // Starts and resumes batches through this session's service and history.
    batch::BatchLauncher* batches();

    // Saves the proxy password in the keychain (an empty one removes it), then applies the proxy.
    void setProxyPassword(const QString& password);
    // Saves the PostgreSQL history's password in the keychain, then reopens the history.
    void setHistoryPassword(const QString& password);
    // Reads the proxy settings (and the password from the keychain) again and applies them.
    void reloadProxy();
    // Reads the certificate authorities trusted besides the system's (CaCertificates) again.
    void reloadTrustedCertificates();

    // This month's billed checks against the budget (of the sandbox while it is in use).
    const billing::BudgetStatus& budget() const;
    // Counts this month's billed checks again from the history.
    void refreshBudget();

    // Today's counts (local calendar day) for the status bar.
    Expected<history::StatusCounts, history::HistoryError> todayCounts() const;

signals:
    void readinessChanged();
    // The history was opened, reopened elsewhere or failed: views rebuild their models.
    void historyChanged();
    // A setting in force changed (after config() was resolved again).
    void configChanged(tricheck::settings::Setting setting);
    // An attempt was committed to the history, for live views and counters.
    void attemptRecorded(const tricheck::api::VerifyOutcome& outcome, qint64 rowId);
    // budget() changed: a check was recorded, the rule or the service changed, the month turned.
    void budgetChanged();
    // teamKey() changed: loaded, or compared with a newly opened history.
    void fingerprintKeyChanged();

private:
    void onHistoryOpened(const Expected<std::shared_ptr<history::HistoryStore>, history::HistoryError>& result);
    void setHistory(std::shared_ptr<history::HistoryStore> store);
    void onSettingChanged(settings::Setting setting);
    void onProfileChanged(const credentials::ProfileChange& change);
    void applyClientOptions();
    void loadFingerprintKey();
    void applyFingerprintKey(bool claim);
    void notePolicyProblem();
    history::HistoryStore::Options historyOptions() const;

    settings::AppSettings* m_settings;
    SessionOptions m_options;
    SessionConfig m_config;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<credentials::Keychain> m_keychain;
    std::unique_ptr<credentials::ProfileStore> m_profiles;
    std::unique_ptr<credentials::CredentialResolver> m_resolver;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<BudgetTracker> m_budget;
    std::unique_ptr<ServiceRouter> m_router;
    std::unique_ptr<verification::VerificationService> m_verifications;
    std::unique_ptr<history::HistoryOpener> m_opener;
    std::unique_ptr<batch::BatchLauncher> m_launcher;
    std::shared_ptr<history::HistoryStore> m_history;
    HistoryState m_historyState = HistoryState::Closed;
    QString m_historyProblem;
    TeamKey m_teamKey;
    bool m_started = false;
    bool m_fingerprintKeyAsked = false;
    bool m_proxyLoaded = false;
    QString m_proxyProblem;
    quint64 m_proxyGeneration = 0; // answers of an older reloadProxy() are ignored
    bool m_certificatesLoaded = false;
    QString m_certificatesProblem;
    quint64 m_certificatesGeneration = 0; // answers of an older reloadTrustedCertificates() are ignored
};

} // namespace tricheck::session
