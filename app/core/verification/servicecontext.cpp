#include "servicecontext.h"

#include "common/logging.h"
#include "credentials/profilestore.h"
#include "history/historystore.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"

namespace tricheck::verification {

using credentials::CredentialError;
using credentials::ResolvedCredentials;
using settings::Setting;

namespace {

// The last decision, so that a switch made between two runs (settings edited, credentials added
// from the CLI) is audited as well.
const QString kLastSandboxKey = QStringLiteral("service/lastSandbox");

bool decidesTarget(Setting setting)
{
    switch (setting) {
    case Setting::ServiceMode:
    case Setting::SandboxAllowed:
    case Setting::Endpoint:
    case Setting::SignatureScheme:
    case Setting::ActiveProfile:
        return true;
    default:
        return false;
    }
}

} // namespace

ServiceContext::ServiceContext(settings::AppSettings* settings,
                               credentials::CredentialResolver* resolver,
                               credentials::ProfileStore* profiles,
                               QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_resolver(resolver)
{
    Q_ASSERT(m_settings && m_resolver);
    connect(m_settings, &settings::AppSettings::changed, this, [this](Setting setting) {
        if (decidesTarget(setting))
            refresh();
    });
    if (profiles != nullptr)
        connect(profiles, &credentials::ProfileStore::profileChanged, this, &ServiceContext::refresh);
}

ServiceContext::~ServiceContext() = default;

ServiceContext::Mode ServiceContext::modeFromName(QStringView name)
{
    if (name == u"sandbox")
        return Mode::Sandbox;
    if (name == u"real")
        return Mode::Real;
    return Mode::Auto;
}

ServiceContext::Decision ServiceContext::decide(Mode mode,
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

void ServiceContext::setHistory(std::shared_ptr<history::HistoryStore> store)
{
    m_history = std::move(store);
    if (!m_history)
        return;
    const QList<history::AuditEvent> pending = std::exchange(m_pendingAudit, {});
    for (const history::AuditEvent& event : pending)
        appendAudit(event);
}

void ServiceContext::refresh()
{
    const quint64 generation = ++m_generation;
    const Mode mode = modeFromName(m_settings->serviceMode());
    const bool allowed = m_settings->sandboxAllowed();
    const QString profile = m_settings->activeProfile();
    if (m_state != State::Resolving) {
        m_state = State::Resolving;
        emit changed();
    }
    if (mode == Mode::Sandbox) {
        // No credentials are needed; still answered from the event loop like every other path.
        QMetaObject::invokeMethod(
            this,
            [this, generation, allowed] {
                if (generation == m_generation)
                    apply(decide(Mode::Sandbox, allowed, ResolvedCredentials{}, false), {});
            },
            Qt::QueuedConnection);
        return;
    }
    credentials::CredentialRequest request;
    request.profileName = profile;
    m_resolver->resolve(
        request,
        this,
        [this, generation, mode, allowed, profile](const Expected<ResolvedCredentials, CredentialError>& resolved) {
            if (generation != m_generation)
                return; // a newer refresh() is under way
            apply(decide(mode, allowed, resolved, !profile.isEmpty()),
                  resolved ? resolved.value() : ResolvedCredentials{});
        });
}

void ServiceContext::apply(const Decision& decision, const ResolvedCredentials& resolved)
{
    switch (decision.kind) {
    case Decision::Kind::Unavailable:
        setUnavailable(decision.problem);
        return;
    case Decision::Kind::Sandbox: {
        auto target = sandboxTarget();
        if (!target) {
            setUnavailable(target.error());
            return;
        }
        m_target = target.value();
        m_sandboxActive = true;
        break;
    }
    case Decision::Kind::Real:
        if (m_sandbox)
            m_sandbox->stop();
        m_target.endpoint = realEndpoint(resolved.endpoint);
        m_target.scheme = m_settings->signatureScheme();
        m_target.credentials = resolved.credentials;
        m_sandboxActive = false;
        break;
    }
    m_problem.clear();
    m_state = State::Ready;
    qCInfo(lcGui).noquote() << QStringLiteral("verifications go to %1 (%2)")
                                   .arg(m_target.endpoint.hostHeader(),
                                        m_sandboxActive ? QStringLiteral("sandbox") : QStringLiteral("real service"));
    noteSwitch();
    emit changed();
}

void ServiceContext::setUnavailable(const QString& problem)
{
    m_state = State::Unavailable;
    m_problem = problem;
    m_target.credentials = {}; // nothing usable is kept around
    emit changed();
}

Expected<ServiceTarget, QString> ServiceContext::sandboxTarget()
{
    if (!m_sandbox)
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
    if (!m_sandbox->isListening()) {
        const auto started = m_sandbox->start();
        if (!started)
            return Expected<ServiceTarget, QString>::failure(
                tr("The sandbox could not start: %1").arg(started.error()));
    }
    const auto endpoint = api::Endpoint::fromUrl(m_sandbox->url());
    if (!endpoint)
        return Expected<ServiceTarget, QString>::failure(endpoint.error());
    const sandbox::AccessKey demo = sandbox::AccessKey::demo();
    ServiceTarget target;
    target.endpoint = endpoint.value();
    target.scheme = m_settings->signatureScheme();
    target.credentials.accessKeyId = demo.id;
    target.credentials.accessKeySecret = demo.secret;
    target.credentials.source = QStringLiteral("sandbox");
    return target;
}

api::Endpoint ServiceContext::realEndpoint(const QString& profileEndpoint) const
{
    // An administrator's endpoint wins; otherwise a profile that names its endpoint (a VPC account)
    // goes there, and everything else to the operator's choice.
    if (!m_settings->isLocked(Setting::Endpoint) && !profileEndpoint.isEmpty()) {
        const auto parsed = api::Endpoint::parse(profileEndpoint);
        if (parsed && !parsed->isLoopback())
            return parsed.value();
    }
    return m_settings->endpoint();
}

void ServiceContext::noteSwitch()
{
    const QVariant last = m_settings->uiState(kLastSandboxKey);
    if (last.isValid() && last.toBool() != m_sandboxActive)
        appendAudit(history::AuditEvent::serviceSwitched(m_sandboxActive, m_target.endpoint.id()));
    if (!last.isValid() || last.toBool() != m_sandboxActive)
        m_settings->setUiState(kLastSandboxKey, m_sandboxActive);
}

void ServiceContext::appendAudit(const history::AuditEvent& event)
{
    if (!m_history) {
        m_pendingAudit.append(event);
        return;
    }
    const auto appended = m_history->appendAudit(event);
    if (!appended)
        qCWarning(lcHistory) << "audit event not recorded:" << appended.error().message;
}

} // namespace tricheck::verification
