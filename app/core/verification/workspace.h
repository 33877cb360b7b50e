#pragma once

#include "common/expected.h"
#include "history/auditevent.h"
#include "history/historyerror.h"
#include "history/historystats.h"
#include "identity/identityinput.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tricheck::api {
class ApiClient;
}
namespace tricheck::credentials {
class CredentialResolver;
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

class ServiceContext;
class Verification;
class VerificationService;

// Everything a desktop front end verifies with, in one place and without widgets: the service
// context (sandbox or real service), the API client, the verification service, the history
// (opened off the calling thread), the per-install fingerprint key, credential profiles, and the
// audit entries for changes of profiles and of the retention setting.
//
// A verification is possible once the history is open (an attempt that cannot be recorded is not
// sent, as in the CLI), the fingerprint key has been asked for and the service context is ready.
class Workspace : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class HistoryState {
        Opening,
        Open,
        Failed
    };

    // `settings` must outlive the workspace.
    explicit Workspace(settings::AppSettings* settings, QObject* parent = nullptr);
    ~Workspace() override;

    // A history file for this run only (`tricheck --history PATH`), instead of the setting.
    void setHistoryPathOverride(const QString& path) { m_historyOverride = path; }
    QString historyPath() const;

    // Opens the history, asks the keychain for the fingerprint key and the proxy password, and
    // decides the service.
    void start();
    void reopenHistory();
    // Reads the proxy settings (and the proxy password from the keychain) again and applies them to
    // the network; called by itself when the Proxy or ProxyUser setting changes, and by whoever
    // changed the password in the keychain.
    void reloadProxy();
    QNetworkAccessManager* network() const { return m_network.get(); }
    QString proxyProblem() const { return m_proxyProblem; } // translated; empty when the proxy is usable

    settings::AppSettings* settings() const { return m_settings; }
    credentials::Keychain* keychain() const { return m_keychain.get(); }
    credentials::ProfileStore* profiles() const { return m_profiles.get(); }
    credentials::CredentialResolver* resolver() const { return m_resolver.get(); }
    ServiceContext* service() const { return m_service.get(); }
    VerificationService* verifications() const { return m_verifications.get(); }

    HistoryState historyState() const { return m_historyState; }
    QString historyProblem() const { return m_historyProblem; } // translated, when Failed
    std::shared_ptr<history::HistoryStore> history() const { return m_history; }
    // The fingerprint key (nullopt: none, or not loaded yet); for exact-match search.
    std::optional<QByteArray> fingerprintKey() const { return m_fingerprintKey; }

    bool canVerify() const;
    // Why canVerify() is false, translated; empty when it is true.
    QString notReadyReason() const;

    // Starts a verification to the current target; nullptr when canVerify() is false.
    Verification* verify(const identity::IdentityInput& input, identity::ParamType type, const QString& reference);

    // Today's counts (local calendar day) for the status bar.
    Expected<history::StatusCounts, history::HistoryError> todayCounts() const;

signals:
    void readinessChanged();
    // The history was opened, reopened elsewhere or failed: views rebuild their models.
    void historyChanged();

private:
    void onHistoryOpened(const Expected<std::shared_ptr<history::HistoryStore>, history::HistoryError>& result);
    void onSettingChanged(settings::Setting setting);
    void onProfileChanged(const credentials::ProfileChange& change);
    void applyClientOptions();
    void appendAudit(const history::AuditEvent& event);

    settings::AppSettings* m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<credentials::Keychain> m_keychain;
    std::unique_ptr<credentials::ProfileStore> m_profiles;
    std::unique_ptr<credentials::CredentialResolver> m_resolver;
    std::unique_ptr<ServiceContext> m_service;
    std::unique_ptr<VerificationService> m_verifications;
    std::unique_ptr<history::HistoryOpener> m_opener;
    std::shared_ptr<history::HistoryStore> m_history;
    HistoryState m_historyState = HistoryState::Opening;
    QString m_historyProblem;
    QString m_historyOverride;
    std::optional<QByteArray> m_fingerprintKey;
    bool m_fingerprintKeyAsked = false;
    bool m_proxyLoaded = false;
    QString m_proxyProblem;
    quint64 m_proxyGeneration = 0;             // answers of an older reloadProxy() are ignored
    QList<history::AuditEvent> m_pendingAudit; // until the history is open (changes at start-up)
    std::optional<int> m_retention;            // to audit a change of the retention setting with its old value
};

} // namespace tricheck::verification
