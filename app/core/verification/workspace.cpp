#include "workspace.h"

#include "api/apiclient.h"
#include "common/logging.h"
#include "credentials/credentialresolver.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "fingerprintkey.h"
#include "history/auditevent.h"
#include "history/historyopener.h"
#include "history/historypassword.h"
#include "history/historystore.h"
#include "network/proxysettings.h"
#include "servicecontext.h"
#include "settings/appsettings.h"
#include "verificationservice.h"

#include <QNetworkAccessManager>

namespace tricheck::verification {

using settings::Setting;

namespace {

history::AuditEvent::Kind auditKind(credentials::ProfileChange::Action action)
{
    switch (action) {
    case credentials::ProfileChange::Action::Added:
        return history::AuditEvent::Kind::CredentialProfileAdded;
    case credentials::ProfileChange::Action::Changed:
        return history::AuditEvent::Kind::CredentialProfileChanged;
    case credentials::ProfileChange::Action::Removed:
        return history::AuditEvent::Kind::CredentialProfileRemoved;
    }
    return history::AuditEvent::Kind::CredentialProfileChanged;
}

} // namespace

Workspace::Workspace(settings::AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<api::ApiClient>(m_network.get()))
    , m_keychain(std::make_unique<credentials::Keychain>())
    , m_profiles(std::make_unique<credentials::ProfileStore>(m_keychain.get()))
    , m_resolver(std::make_unique<credentials::CredentialResolver>(m_profiles.get()))
    , m_service(std::make_unique<ServiceContext>(m_settings, m_resolver.get(), m_profiles.get()))
    , m_verifications(std::make_unique<VerificationService>(m_client.get()))
    , m_opener(std::make_unique<history::HistoryOpener>())
    , m_retention(settings->retentionPeriod())
{
    applyClientOptions();
    connect(m_settings, &settings::AppSettings::changed, this, &Workspace::onSettingChanged);
    connect(m_profiles.get(), &credentials::ProfileStore::profileChanged, this, &Workspace::onProfileChanged);
    connect(m_service.get(), &ServiceContext::changed, this, &Workspace::readinessChanged);
    connect(m_opener.get(), &history::HistoryOpener::finished, this, &Workspace::onHistoryOpened);
}

Workspace::~Workspace() = default;

QString Workspace::historyPath() const
{
    return m_historyOverride.isEmpty() ? m_settings->historyDatabasePath() : m_historyOverride;
}

void Workspace::start()
{
    reopenHistory();
    reloadProxy();
    m_service->refresh();
    FingerprintKey::load(m_keychain.get(), this, [this](const std::optional<QByteArray>& key, const QString& problem) {
        if (!key)
            qCInfo(lcHistory).noquote() << "no fingerprint key, exact-match search is off:" << problem;
        m_fingerprintKey = key;
        m_fingerprintKeyAsked = true;
        m_verifications->setFingerprintKey(key);
        emit readinessChanged();
    });
}

void Workspace::reloadProxy()
{
    const quint64 generation = ++m_proxyGeneration;
    m_proxyLoaded = false;
    emit readinessChanged();
    network::loadProxySettings(m_settings->value(Setting::Proxy).toString(),
                               m_settings->value(Setting::ProxyUser).toString(),
                               m_keychain.get(),
                               this,
                               [this, generation](const Expected<network::ProxySettings, QString>& loaded) {
                                   if (generation != m_proxyGeneration)
                                       return;
                                   m_proxyLoaded = true;
                                   if (loaded) {
                                       m_proxyProblem.clear();
                                       network::applyProxy(m_network.get(), loaded.value());
                                   } else {
                                       // As in the CLI: nothing is sent past a proxy that cannot be
                                       // used as configured (it may be the only way out allowed).
                                       m_proxyProblem = loaded.error();
                                       qCWarning(lcGui).noquote() << "proxy not usable:" << loaded.error();
                                   }
                                   emit readinessChanged();
                               });
}

void Workspace::reopenHistory()
{
    m_history.reset();
    m_verifications->setHistory(nullptr);
    m_service->setHistory(nullptr);
    m_historyState = HistoryState::Opening;
    m_historyProblem.clear();
    history::HistoryStore::Options options;
    options.path = historyPath();
    // Retention applies to the operator's own history, not to a file named for one run.
    options.retentionDays = m_historyOverride.isEmpty() ? m_settings->retentionPeriod() : std::nullopt;
    // A PostgreSQL history's password comes from the keychain (or PGPASSWORD) first.
    history::loadHistoryPassword(options, m_keychain.get(), m_opener.get(), [this](const auto& completed) {
        m_opener->open(completed);
    });
    emit historyChanged();
    emit readinessChanged();
}

void Workspace::onHistoryOpened(const Expected<std::shared_ptr<history::HistoryStore>, history::HistoryError>& result)
{
    if (!result) {
        m_historyState = HistoryState::Failed;
        m_historyProblem = result.error().message;
        qCWarning(lcHistory).noquote() << "history not available:" << result.error().detail;
    } else {
        m_history = result.value();
        m_historyState = HistoryState::Open;
        m_verifications->setHistory(m_history);
        m_service->setHistory(m_history);
        const QList<history::AuditEvent> pending = std::exchange(m_pendingAudit, {});
        for (const history::AuditEvent& event : pending)
            appendAudit(event);
    }
    emit historyChanged();
    emit readinessChanged();
}

bool Workspace::canVerify() const
{
    return notReadyReason().isEmpty();
}

QString Workspace::notReadyReason() const
{
    switch (m_historyState) {
    case HistoryState::Opening:
        return tr("Opening the history…");
    case HistoryState::Failed:
        return tr("Nothing can be verified while the history cannot record it: %1").arg(m_historyProblem);
    case HistoryState::Open:
        break;
    }
    if (!m_fingerprintKeyAsked || !m_proxyLoaded)
        return tr("Waiting for the keychain…");
    if (!m_proxyProblem.isEmpty())
        return tr("The proxy cannot be used as configured: %1").arg(m_proxyProblem);
    switch (m_service->state()) {
    case ServiceContext::State::Resolving:
        return tr("Looking for credentials…");
    case ServiceContext::State::Unavailable:
        return m_service->problem();
    case ServiceContext::State::Ready:
        break;
    }
    return {};
}

Verification*
Workspace::verify(const identity::IdentityInput& input, identity::ParamType type, const QString& reference)
{
    if (!canVerify())
        return nullptr;
    return m_verifications->verify(input, type, m_service->target(), reference);
}

Expected<history::StatusCounts, history::HistoryError> Workspace::todayCounts() const
{
    if (!m_history)
        return history::StatusCounts{};
    const QDateTime from(QDate::currentDate(), QTime(0, 0));
    return m_history->statusCounts(from.toUTC(), from.addDays(1).toUTC());
}

void Workspace::onSettingChanged(Setting setting)
{
    switch (setting) {
    case Setting::TimeoutMs:
        applyClientOptions();
        break;
    case Setting::Proxy:
    case Setting::ProxyUser:
        reloadProxy();
        break;
    case Setting::HistoryPath:
        if (m_historyOverride.isEmpty())
            reopenHistory();
        break;
    case Setting::RetentionDays: {
        const std::optional<int> now = m_settings->retentionPeriod();
        if (now != m_retention)
            appendAudit(history::AuditEvent::retentionSettingChanged(m_retention, now));
        m_retention = now;
        break;
    }
    default:
        break;
    }
}

void Workspace::onProfileChanged(const credentials::ProfileChange& change)
{
    appendAudit(history::AuditEvent::credentialProfile(auditKind(change.action), change.name));
}

void Workspace::applyClientOptions()
{
    api::ClientOptions options = m_client->options();
    options.transferTimeoutMs = m_settings->timeoutMs();
    options.connectTimeoutMs = std::min(api::ClientOptions{}.connectTimeoutMs, options.transferTimeoutMs);
    m_client->setOptions(options);
}

void Workspace::appendAudit(const history::AuditEvent& event)
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
