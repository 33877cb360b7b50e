#pragma once

#include "common/expected.h"
#include "credentials/credentialresolver.h"
#include "realservice.h"
#include "verification/verificationservice.h"

#include <QObject>

#include <memory>

namespace tricheck::sandbox {
class SandboxServer;
}

namespace tricheck::settings {
class AppSettings;
}

namespace tricheck::session {

class AuditTrail;
class SessionConfig;

// Where a session's verifications go, and as whom.
//
// Desktop routing (the app) follows the ServiceMode setting, with the in-process sandbox:
//   "sandbox": the sandbox, if the administrator allows it;
//   "real":    the real service; without usable credentials nothing is sent (Unavailable);
//   "auto":    the real service when credentials are configured, else the sandbox. A source that is
//              named but broken (a chosen profile that is missing, a locked keychain) is reported,
//              never silently replaced by the sandbox.
//   A switch between sandbox and real service is audited, also across runs. With
//   setRealNeedsConfirmation() (the app), leaving the sandbox for the real service waits for the
//   operator's confirmation (confirmReal()): until then the sandbox stays on, even when a profile
//   is saved or the service mode changes (isHoldingReal()).
// Direct routing (tricheck-cli) always goes where the credentials and the endpoint say: a sandbox is
// one the operator runs and names with --endpoint.
//
// In both, the endpoint is SessionConfig::endpointFor() the credentials' own, and an endpoint the
// policy does not admit is refused. refresh() decides again; the session calls it when a setting or
// a credential profile that matters changes.
class ServiceRouter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceRouter)

public:
    enum class Routing {
        Desktop,
        Direct
    };
    enum class State {
        Resolving,  // looking for credentials (the keychain answers asynchronously)
        Ready,      // target() is where the next verification goes
        Unavailable // problem() says why and what to do
    };
    // Which step made it Unavailable (the CLI maps it to an exit status).
    enum class Failure {
        None,
        Credentials,
        Endpoint,
        Sandbox
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

    // All must outlive the router. `settings` keeps the last decision across runs (desktop).
    ServiceRouter(Routing routing,
                  const SessionConfig* config,
                  settings::AppSettings* settings,
                  credentials::CredentialResolver* resolver,
                  AuditTrail* audit,
                  QObject* parent = nullptr);
    ~ServiceRouter() override;

    // Re-decides now; changed() follows (always from the event loop).
    void refresh();

    // The desktop: a switch from the sandbox to the real service waits for confirmReal(). Off by
    // default (the CLI goes where its credentials say).
    void setRealNeedsConfirmation(bool on) { m_confirmationNeeded = on; }
    // The operator confirmed entering the real service as `entry` names it; decides again. The
    // switch, when it happens, is audited with the entry.
    void confirmReal(const RealServiceEntry& entry);
    // The real service could be used, but the operator has not confirmed it: the sandbox is on.
    bool isHoldingReal() const { return m_held.has_value(); }
    const std::optional<RealServiceEntry>& heldReal() const { return m_held; }
    // Whether a switch to the real service needs the operator's confirmation now: the sandbox is
    // (or was last) in use, and the administrator left the choice to the operator.
    bool realNeedsConfirmation() const;

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    Failure failure() const { return m_failure; }
    // The next verification goes to a sandbox on this computer: nothing is billed.
    bool isSandbox() const { return m_state == State::Ready && m_target.endpoint.isLoopback(); }
    const verification::ServiceTarget& target() const { return m_target; }
    QString problem() const { return m_problem; }
    // "sandbox", "environment", "profile:NAME", "aliyun-cli:NAME" …: where the credentials came from.
    QString credentialSource() const { return m_target.credentials.source; }
    // The running in-process sandbox, nullptr when none runs.
    sandbox::SandboxServer* sandbox() const { return m_sandbox.get(); }

    static Mode modeFromName(QStringView name); // "auto" | "sandbox" | "real"
    // The desktop's decision, without side effects. `profileNamed`: a profile was chosen explicitly.
    static Decision decide(Mode mode,
                           bool sandboxAllowed,
                           const Expected<credentials::ResolvedCredentials, credentials::CredentialError>& resolved,
                           bool profileNamed);

signals:
    void changed();

private:
    void applyDesktop(const Decision& given, const credentials::ResolvedCredentials& resolved);
    void applyDirect(const Expected<credentials::ResolvedCredentials, credentials::CredentialError>& resolved);
    std::optional<QString> setRealTarget(const credentials::ResolvedCredentials& resolved);
    Expected<verification::ServiceTarget, QString> sandboxTarget();
    void setReady();
    void noteSwitch();
    RealServiceEntry entryFor(const credentials::ResolvedCredentials& resolved) const;
    void setUnavailable(Failure failure, const QString& problem);

    const Routing m_routing;
    const SessionConfig* m_config;
    settings::AppSettings* m_settings;
    credentials::CredentialResolver* m_resolver;
    AuditTrail* m_audit;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    verification::ServiceTarget m_target;
    State m_state = State::Resolving;
    Failure m_failure = Failure::None;
    QString m_problem;
    quint64 m_generation = 0; // answers of an older refresh() are ignored
    bool m_confirmationNeeded = false;
    std::optional<RealServiceEntry> m_confirmed; // until the next sandbox decision
    std::optional<RealServiceEntry> m_held;
};

} // namespace tricheck::session
