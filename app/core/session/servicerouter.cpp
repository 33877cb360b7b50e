#include "servicerouter.h"

#include "audittrail.h"
#include "common/logging.h"
#include "sandbox/sandboxserver.h"
#include "sessionconfig.h"
#include "settings/appsettings.h"

#include <QJsonObject>

namespace tricheck::session {

using credentials::CredentialError;
using credentials::ResolvedCredentials;
using settings::Setting;

namespace {

// The last decision, so that a switch made between two runs (settings edited, credentials added
// from the CLI) is audited as well.
const QString kLastSandboxKey = QStringLiteral("service/lastSandbox");

} // namespace

ServiceRouter::ServiceRouter(Routing routing,
                             const SessionConfig* config,
                             settings::AppSettings* settings,
                             credentials::CredentialResolver* resolver,
                             AuditTrail* audit,
                             QObject* parent)
    : QObject(parent)
    , m_routing(routing)
    , m_config(config)
    , m_settings(settings)
    , m_resolver(resolver)
    , m_audit(audit)
{
    Q_ASSERT(m_config && m_settings && m_resolver && m_audit);
}

ServiceRouter::~ServiceRouter() = default;

ServiceRouter::Mode ServiceRouter::modeFromName(QStringView name)
{
    if (name == u"sandbox")
        return Mode::Sandbox;
    if (name == u"real")
        return Mode::Real;
    return Mode::Auto;
}

ServiceRouter::Decision ServiceRouter::decide(Mode mode,
                                              bool sandboxAllowed,
                                              const Expected<ResolvedCredentials, CredentialError>& resolved,
                                              bool profileNamed)
{
    using Kind = Decision::Kind;
    const QString sandboxOff = tr("The sandbox is turned off by your administrator.");
    switch (mode) {
    case Mode::Sandbox:
        if (sandboxAllowed)
            return {Kind::Sandbox, {}};
        return {Kind::Unavailable, sandboxOff + u' ' + tr("Choose the real service in Settings.")};
    case Mode::Real:
        if (resolved)
            return {Kind::Real, {}};
        if (resolved.error().kind == CredentialError::Kind::NotFound && !profileNamed)
            return {Kind::Unavailable,
                    tr("The real service is chosen, but no AccessKey is configured. Add a credentials profile in "
                       "Settings, or choose the sandbox.")};
        return {Kind::Unavailable, resolved.error().message};
    case Mode::Auto:
        if (resolved)
            return {Kind::Real, {}};
        // Only "nothing configured at all" means sandbox: a source that was named but is broken
        // must be fixed, not quietly replaced.
        if (resolved.error().kind != CredentialError::Kind::NotFound || profileNamed)
            return {Kind::Unavailable, resolved.error().message};
        if (sandboxAllowed)
            return {Kind::Sandbox, {}};
        return {Kind::Unavailable, sandboxOff + u' ' + tr("Add a credentials profile in Settings to verify.")};
    }
    return {Kind::Unavailable, {}};
}

void ServiceRouter::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_state != State::Resolving) {
        m_state = State::Resolving;
        emit changed();
    }
    const Mode mode = m_routing == Routing::Desktop ? modeFromName(m_config->serviceMode()) : Mode::Real;
    const bool allowed = m_config->sandboxAllowed();
    if (mode == Mode::Sandbox) {
        // No credentials are needed; still answered from the event loop like every other path.
        QMetaObject::invokeMethod(
            this,
            [this, generation, allowed] {
                if (generation == m_generation)
                    applyDesktop(decide(Mode::Sandbox, allowed, ResolvedCredentials{}, false), {});
            },
            Qt::QueuedConnection);
        return;
    }
    // The desktop follows the operator's profile choice; the CLI looks in its documented order
    // (environment, ALIBABA_CLOUD_PROFILE, the default profile …) unless --profile or the policy
    // names one.
    credentials::CredentialRequest request;
    if (m_routing == Routing::Desktop || m_config->isChosen(Setting::ActiveProfile))
        request.profileName = m_config->activeProfile();
    const bool profileNamed = !request.profileName.isEmpty();
    m_resolver->resolve(request,
                        this,
                        [this, generation, mode, allowed, profileNamed](
                            const Expected<ResolvedCredentials, CredentialError>& resolved) {
                            if (generation != m_generation)
                                return; // a newer refresh() is under way
                            if (m_routing == Routing::Direct)
                                applyDirect(resolved);
                            else
                                applyDesktop(decide(mode, allowed, resolved, profileNamed),
                                             resolved ? resolved.value() : ResolvedCredentials{});
                        });
}

void ServiceRouter::applyDirect(const Expected<ResolvedCredentials, CredentialError>& resolved)
{
    if (!resolved) {
        setUnavailable(Failure::Credentials, resolved.error().message);
        return;
    }
    if (const auto refused = setRealTarget(resolved.value())) {
        setUnavailable(Failure::Endpoint, *refused);
        return;
    }
    setReady();
}

void ServiceRouter::confirmReal(const RealServiceEntry& entry)
{
    m_confirmed = entry;
    refresh();
}

bool ServiceRouter::realNeedsConfirmation() const
{
    if (!m_confirmationNeeded || m_confirmed || !m_config->sandboxAllowed() || m_config->isLocked(Setting::ServiceMode))
        return false;
    if (m_state == State::Ready)
        return isSandbox();
    const QVariant last = m_settings->uiState(kLastSandboxKey);
    return last.isValid() && last.toBool();
}

RealServiceEntry ServiceRouter::entryFor(const ResolvedCredentials& resolved) const
{
    RealServiceEntry entry;
    entry.source = resolved.credentials.source;
    if (entry.source.startsWith(u"profile:"))
        entry.profile = entry.source.mid(int(qstrlen("profile:")));
    entry.maskedAccessKeyId = maskAccessKeyId(resolved.credentials.accessKeyId);
    if (const auto endpoint = m_config->endpointFor(resolved.endpoint)) {
        entry.endpointId = endpoint->id();
        entry.endpointName = endpoint->displayName();
        entry.endpointHost = endpoint->hostHeader();
    }
    return entry;
}

void ServiceRouter::applyDesktop(const Decision& given, const ResolvedCredentials& resolved)
{
    Decision decision = given;
    m_held.reset();
    if (decision.kind == Decision::Kind::Real && realNeedsConfirmation()) {
        // Billed verifications are entered only by the operator's explicit, confirmed choice.
        m_held = entryFor(resolved);
        decision.kind = Decision::Kind::Sandbox;
        qCInfo(lcSession) << "the real service waits for the operator's confirmation; the sandbox stays on";
    }
    if (decision.kind == Decision::Kind::Sandbox)
        m_confirmed.reset();
    switch (decision.kind) {
    case Decision::Kind::Unavailable:
        setUnavailable(Failure::Credentials, decision.problem);
        return;
    case Decision::Kind::Sandbox: {
        auto target = sandboxTarget();
        if (!target) {
            setUnavailable(Failure::Sandbox, target.error());
            return;
        }
        m_target = target.value();
        break;
    }
    case Decision::Kind::Real:
        if (m_sandbox)
            m_sandbox->stop();
        if (const auto refused = setRealTarget(resolved)) {
            setUnavailable(Failure::Endpoint, *refused);
            return;
        }
        break;
    }
    setReady();
    noteSwitch();
}

std::optional<QString> ServiceRouter::setRealTarget(const ResolvedCredentials& resolved)
{
    const auto endpoint = m_config->endpointFor(resolved.endpoint);
    if (!endpoint)
        return endpoint.error();
    if (auto refused = m_config->endpointRefusal(endpoint.value()))
        return refused;
    m_target.endpoint = endpoint.value();
    m_target.scheme = m_config->signatureScheme();
    m_target.credentials = resolved.credentials;
    return std::nullopt;
}

void ServiceRouter::setReady()
{
    m_problem.clear();
    m_failure = Failure::None;
    m_state = State::Ready;
    qCInfo(lcSession).noquote() << QStringLiteral("verifications go to %1 (%2)")
                                       .arg(m_target.endpoint.hostHeader(),
                                            isSandbox() ? QStringLiteral("sandbox") : QStringLiteral("real service"));
    emit changed();
}

void ServiceRouter::setUnavailable(Failure failure, const QString& problem)
{
    m_state = State::Unavailable;
    m_failure = failure;
    m_problem = problem;
    m_target.credentials = {}; // nothing usable is kept around
    emit changed();
}

Expected<verification::ServiceTarget, QString> ServiceRouter::sandboxTarget()
{
    if (!m_sandbox)
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
    if (!m_sandbox->isListening()) {
        const auto started = m_sandbox->start();
        if (!started)
            return Expected<verification::ServiceTarget, QString>::failure(
                tr("The sandbox could not start: %1").arg(started.error()));
    }
    const auto endpoint = api::Endpoint::fromUrl(m_sandbox->url());
    if (!endpoint)
        return Expected<verification::ServiceTarget, QString>::failure(endpoint.error());
    const sandbox::AccessKey demo = sandbox::AccessKey::demo();
    verification::ServiceTarget target;
    target.endpoint = endpoint.value();
    target.scheme = m_config->signatureScheme();
    target.credentials.accessKeyId = demo.id;
    target.credentials.accessKeySecret = demo.secret;
    target.credentials.source = QStringLiteral("sandbox");
    return target;
}

void ServiceRouter::noteSwitch()
{
    const bool sandbox = isSandbox();
    const QVariant last = m_settings->uiState(kLastSandboxKey);
    if (last.isValid() && last.toBool() != sandbox) {
        QJsonObject confirmed;
        if (!sandbox && m_confirmed) {
            confirmed.insert(QStringLiteral("confirmed"), true);
            confirmed.insert(QStringLiteral("credentials"), m_confirmed->source);
            confirmed.insert(QStringLiteral("accessKeyId"), m_confirmed->maskedAccessKeyId);
        }
        m_audit->append(history::AuditEvent::serviceSwitched(sandbox, m_target.endpoint.id(), confirmed));
    }
    if (!last.isValid() || last.toBool() != sandbox)
        m_settings->setUiState(kLastSandboxKey, sandbox);
}

} // namespace tricheck::session
