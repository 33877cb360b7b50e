#pragma once

#include "common/expected.h"
#include "credentials/credentialresolver.h"
#include "history/auditevent.h"
#include "verificationservice.h"

#include <QObject>

#include <memory>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::sandbox {
class SandboxServer;
}

namespace tricheck::settings {
class AppSettings;
}

namespace tricheck::credentials {
class ProfileStore;
}

namespace tricheck::verification {

// Where a desktop front end's verifications go: the in-process sandbox (demo key, nothing billed)
// or the real service with the operator's credentials. Decided from the settings (ServiceMode,
// SandboxAllowed, Endpoint, SignatureScheme, ActiveProfile) and the credentials the resolver finds:
//
//   mode "sandbox": the sandbox, if the administrator allows it;
//   mode "real":    the real service; without usable credentials nothing is sent (Unavailable);
//   mode "auto":    the real service when credentials are configured, else the sandbox. A source
//                   that is named but broken (a chosen profile that is missing, a locked keychain)
//                   is reported, never silently replaced by the sandbox.
//
// Re-decides by itself when one of those settings or a credential profile changes. A switch
// between sandbox and real service is appended to the audit trail (also across runs: the last
// decision is kept in the settings' UI state).
class ServiceContext : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceContext)

public:
    enum class State {
        Resolving,  // looking for credentials (the keychain answers asynchronously)
        Ready,      // target() is where the next verification goes
        Unavailable // problem() says why and what to do
    };
    enum class Mode {
        Auto,
        Sandbox,
        Real
    };

    struct Decision
    {
        enum class Kind {
            Sandbox,
            Real,
            Unavailable
        };
        Kind kind = Kind::Unavailable;
        QString problem; // translated, for Unavailable
    };

    // `settings` and `profiles` must outlive the context; profiles may be nullptr (no profile
    // signals to follow). The resolver is owned by the caller too.
    ServiceContext(settings::AppSettings* settings,
                   credentials::CredentialResolver* resolver,
                   credentials::ProfileStore* profiles,
                   QObject* parent = nullptr);
    ~ServiceContext() override;

    // Where switches are audited. Events from before a store is set are kept and written then.
    void setHistory(std::shared_ptr<history::HistoryStore> store);

    // Re-decides now; changed() follows (always from the event loop).
    void refresh();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    bool isSandbox() const { return m_sandboxActive; }
    // Where the next verification goes, as whom; meaningful when Ready.
    const ServiceTarget& target() const { return m_target; }
    QString problem() const { return m_problem; }
    // "sandbox", "environment", "profile:NAME", "aliyun-cli:NAME" …: where the credentials came from.
    QString credentialSource() const { return m_target.credentials.source; }
    // The running in-process sandbox, nullptr when the real service is used.
    sandbox::SandboxServer* sandbox() const { return m_sandbox.get(); }

    static Mode modeFromName(QStringView name); // "auto" | "sandbox" | "real"
    // The decision, without side effects. `profileNamed`: the operator chose a profile explicitly.
    static Decision decide(Mode mode,
                           bool sandboxAllowed,
                           const Expected<credentials::ResolvedCredentials, credentials::CredentialError>& resolved,
                           bool profileNamed);

signals:
    void changed();

private:
    void apply(const Decision& decision, const credentials::ResolvedCredentials& resolved);
    Expected<ServiceTarget, QString> sandboxTarget();
    api::Endpoint realEndpoint(const QString& profileEndpoint) const;
    void noteSwitch();
    void appendAudit(const history::AuditEvent& event);
    void setUnavailable(const QString& problem);

    settings::AppSettings* m_settings;
    credentials::CredentialResolver* m_resolver;
    std::shared_ptr<history::HistoryStore> m_history;
    QList<history::AuditEvent> m_pendingAudit;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    ServiceTarget m_target;
    State m_state = State::Resolving;
    QString m_problem;
    bool m_sandboxActive = false;
    quint64 m_generation = 0; // answers of an older refresh() are ignored
};

} // namespace tricheck::verification
