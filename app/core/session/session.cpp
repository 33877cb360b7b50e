#include "session.h"

#include "api/apiclient.h"
#include "audittrail.h"
#include "batch/batchlauncher.h"
#include "budgettracker.h"
#include "common/crypto.h"
#include "common/logging.h"
#include "credentials/fingerprintkey.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "history/historylocation.h"
#include "history/historyopener.h"
#include "history/historypassword.h"
#include "history/historystore.h"
#include "network/tlspreload.h"
#include "settings/appsettings.h"
#include "verification/earlieranswer.h"
#include "verification/verificationservice.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPointer>

namespace tricheck::session {

using settings::Setting;

namespace {

// How long a count of the month's billed checks stands before a single check counts again.
constexpr qint64 kFreshBudgetCountMs = 1000;

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

// The policy problem last recorded in the audit trail by this operator: the same problem is
// recorded once, not at every start.
const QString kLastPolicyProblemKey = QStringLiteral("policy/lastProblem");

} // namespace

Session::Session(settings::AppSettings* settings, SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(std::move(options))
    , m_config(settings->config(m_options.overrides))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<api::ApiClient>(m_network.get()))
    , m_keychain(std::make_unique<credentials::Keychain>())
    , m_profiles(std::make_unique<credentials::ProfileStore>(m_keychain.get()))
    , m_resolver(std::make_unique<credentials::CredentialResolver>(m_profiles.get()))
    , m_audit(std::make_unique<AuditTrail>())
    , m_budget(std::make_unique<BudgetTracker>())
    , m_router(
          std::make_unique<ServiceRouter>(m_options.routing, &m_config, m_settings, m_resolver.get(), m_audit.get()))
    , m_verifications(std::make_unique<verification::VerificationService>(m_client.get()))
    , m_opener(std::make_unique<history::HistoryOpener>())
{
    applyClientOptions();
    m_router->setRealNeedsConfirmation(m_options.routing == ServiceRouter::Routing::Desktop);
    // The desktop's first in-process sandbox (or HTTPS request) would load TLS on the GUI thread.
    if (m_options.routing == ServiceRouter::Routing::Desktop)
        network::preloadTlsInBackground();
    connect(m_settings, &settings::AppSettings::changed, this, &Session::onSettingChanged);
    connect(m_profiles.get(), &credentials::ProfileStore::profileChanged, this, &Session::onProfileChanged);
    connect(m_router.get(), &ServiceRouter::changed, this, &Session::readinessChanged);
    connect(m_opener.get(), &history::HistoryOpener::finished, this, &Session::onHistoryOpened);
    connect(m_verifications.get(), &verification::VerificationService::recorded, this, &Session::attemptRecorded);
    connect(m_verifications.get(),
            &verification::VerificationService::recorded,
            m_budget.get(),
            [this](const api::VerifyOutcome& outcome) { m_budget->add(outcome, m_router->isSandbox()); });
    connect(m_router.get(), &ServiceRouter::changed, this, &Session::refreshBudget);
    connect(m_budget.get(), &BudgetTracker::changed, this, [this] {
        emit budgetChanged();
        emit readinessChanged(); // a hard stop reached, or lifted
    });
}

Session::~Session()
{
    // The launcher's runner holds verifications of the service: it goes first.
    m_launcher.reset();
}

history::HistoryStore::Options Session::historyOptions() const
{
    history::HistoryStore::Options options;
    options.path = m_config.historyPath();
    options.retentionDays = m_config.retentionAtOpen();
    return options;
}

void Session::start()
{
    m_started = true;
    if (m_config.recordsHistory() && m_options.openHistoryInBackground)
        reopenHistory();
    reloadProxy();
    reloadTrustedCertificates();
    m_router->refresh();
    if (m_config.recordsHistory())
        loadFingerprintKey();
    else
        m_fingerprintKeyAsked = true; // keyed fingerprints are for the history only
}

void Session::loadFingerprintKey()
{
    const QString file = m_config.fingerprintKeyFile();
    credentials::FingerprintKey::loadInForce(file, m_keychain.get(), this, [this](const auto& key) {
        m_teamKey.setLoaded(key);
        m_fingerprintKeyAsked = true;
        applyFingerprintKey(true);
        emit readinessChanged();
    });
}

void Session::loadFingerprintKeyNow()
{
    QEventLoop loop;
    const auto loaded = [this, &loop](const auto& key) {
        m_teamKey.setLoaded(key);
        loop.quit();
    };
    credentials::FingerprintKey::loadInForce(m_config.fingerprintKeyFile(), m_keychain.get(), &loop, loaded, false);
    loop.exec();
    applyFingerprintKey(false);
}

void Session::applyFingerprintKey(bool claim)
{
    // Fingerprints only under the key the history uses (TeamKey): none rather than unmatchable ones.
    m_teamKey.check(m_history.get(), claim);
    m_verifications->setFingerprintKey(m_teamKey.usableKey());
    emit fingerprintKeyChanged();
}

void Session::setHistoryPassword(const QString& password)
{
    QPointer<Session> self(this);
    m_keychain->write(history::HistoryLocation::keychainKey(),
                      password.toUtf8(),
                      this,
                      [self](const credentials::KeychainResult& result) {
                          if (self && result.ok())
                              self->reopenHistory();
                      });
}

void Session::reopenHistory()
{
    setHistory(nullptr);
    m_historyState = HistoryState::Opening;
    m_historyProblem.clear();
    // A PostgreSQL history's password comes from the keychain (or PGPASSWORD) first.
    history::loadHistoryPassword(historyOptions(), m_keychain.get(), m_opener.get(), [this](const auto& completed) {
        m_opener->open(completed);
    });
    emit historyChanged();
    emit readinessChanged();
}

std::optional<history::HistoryError> Session::openHistoryNow()
{
    history::HistoryStore::Options options = historyOptions();
    if (history::HistoryLocation::isPostgresUrl(options.path)) {
        // The keychain answers asynchronously; nothing else runs before it did.
        QEventLoop loop;
        QObject context;
        history::loadHistoryPassword(options,
                                     m_keychain.get(),
                                     &context,
                                     [&options, &loop](const history::HistoryStore::Options& completed) {
                                         options = completed;
                                         loop.quit();
                                     });
        loop.exec();
    }
    auto opened = history::HistoryStore::open(options);
    if (!opened) {
        m_historyState = HistoryState::Failed;
        m_historyProblem = opened.error().message;
        return opened.error();
    }
    m_historyState = HistoryState::Open;
    setHistory(std::shared_ptr<history::HistoryStore>(std::move(opened).value().release()));
    return std::nullopt;
}

void Session::onHistoryOpened(const Expected<std::shared_ptr<history::HistoryStore>, history::HistoryError>& result)
{
    if (!result) {
        m_historyState = HistoryState::Failed;
        m_historyProblem = result.error().message;
        qCWarning(lcHistory).noquote() << "history not available:" << result.error().detail;
    } else {
        m_historyState = HistoryState::Open;
        setHistory(result.value());
    }
    emit historyChanged();
    emit readinessChanged();
}

void Session::setHistory(std::shared_ptr<history::HistoryStore> store)
{
    m_history = std::move(store);
    m_verifications->setHistory(m_history);
    m_audit->setHistory(m_history);
    if (m_history)
        notePolicyProblem();
    if (m_fingerprintKeyAsked)
        applyFingerprintKey(true);
    refreshBudget();
}

const billing::BudgetStatus& Session::budget() const
{
    return m_budget->status();
}

void Session::refreshBudget()
{
    m_budget->refresh(m_history, m_config.budgetRule(), m_router->isSandbox());
}

void Session::notePolicyProblem()
{
    const settings::Policy& policy = m_config.policy();
    if (!policy.isMalformed())
        return;
    const QString digest = crypto::digestHex(crypto::Hash::Sha256, policy.problemText().toUtf8());
    if (m_settings->uiState(kLastPolicyProblemKey).toString() == digest)
        return;
    QStringList problems;
    for (const settings::PolicyProblem& problem : policy.problems())
        problems.append(problem.line > 0 ? QStringLiteral("line %1: %2").arg(problem.line).arg(problem.reason)
                                         : problem.reason);
    m_audit->append(history::AuditEvent::policyProblem(policy.path(), problems));
    m_settings->setUiState(kLastPolicyProblemKey, digest);
}

Session::Step Session::notReadyStep() const
{
    if (m_config.recordsHistory()) {
        switch (m_historyState) {
        case HistoryState::Closed:
        case HistoryState::Opening:
            return Step::Starting;
        case HistoryState::Failed:
            return Step::History;
        case HistoryState::Open:
            break;
        }
    }
    if (!m_started || !m_fingerprintKeyAsked || !m_proxyLoaded || !m_certificatesLoaded)
        return Step::Starting;
    if (!m_proxyProblem.isEmpty())
        return Step::Proxy;
    if (!m_certificatesProblem.isEmpty())
        return Step::Certificates;
    switch (m_router->state()) {
    case ServiceRouter::State::Resolving:
        return Step::Starting;
    case ServiceRouter::State::Unavailable:
        switch (m_router->failure()) {
        case ServiceRouter::Failure::Endpoint:
            return Step::Endpoint;
        case ServiceRouter::Failure::Sandbox:
            return Step::Sandbox;
        case ServiceRouter::Failure::Credentials:
        case ServiceRouter::Failure::None:
            break;
        }
        return Step::Credentials;
    case ServiceRouter::State::Ready:
        break;
    }
    if (m_budget->singleCheckRefusal())
        return Step::Budget;
    return Step::None;
}

QString Session::notReadyReason() const
{
    switch (notReadyStep()) {
    case Step::None:
        return {};
    case Step::History:
        return tr("Nothing can be verified while the history cannot record it: %1").arg(m_historyProblem);
    case Step::Proxy:
        return tr("The proxy cannot be used as configured: %1").arg(m_proxyProblem);
    case Step::Certificates:
        return tr("The trusted certificates cannot be used: %1").arg(m_certificatesProblem);
    case Step::Credentials:
    case Step::Endpoint:
    case Step::Sandbox:
        return m_router->problem();
    case Step::Budget:
        return m_budget->singleCheckRefusal().value_or(QString());
    case Step::Starting:
        break;
    }
    if (m_config.recordsHistory() && m_historyState != HistoryState::Open)
        return tr("Opening the history…");
    if (!m_fingerprintKeyAsked || !m_proxyLoaded)
        return tr("Waiting for the keychain…");
    if (!m_certificatesLoaded)
        return tr("Reading the trusted certificates…");
    return tr("Looking for credentials…");
}

verification::Verification*
Session::verify(const identity::IdentityInput& input, identity::ParamType type, const QString& reference)
{
    // Counted again before each single check (when its rule can refuse one): colleagues on a shared
    // history spend the same budget. A count made within the last second stands: the command
    // line's readiness check has just made one (on PostgreSQL each costs a query of the month).
    m_budget->forgetCountsOlderThan(kFreshBudgetCountMs);
    if (!canVerify())
        return nullptr;
    return m_verifications->verify(input, type, m_router->target(), reference);
}

batch::BatchLauncher* Session::batches()
{
    if (!m_launcher) {
        m_launcher = std::make_unique<batch::BatchLauncher>(m_verifications.get(), [this] {
            batch::LaunchContext context;
            context.history = m_history;
            context.config = m_config;
            // A used-up budget refuses a batch in the launcher, which says how many rows fit.
            context.ready = canVerify() || notReadyStep() == Step::Budget;
            context.notReady = notReadyReason();
            context.audit = m_audit.get();
            context.today = m_router->target();
            context.sandbox = m_router->isSandbox();
            context.keyProblem = m_teamKey.problem();
            return context;
        });
    }
    return m_launcher.get();
}

Expected<history::StatusCounts, history::HistoryError> Session::todayCounts() const
{
    if (!m_history)
        return history::StatusCounts{};
    const QDateTime from(QDate::currentDate(), QTime(0, 0));
    return m_history->statusCounts(from.toUTC(), from.addDays(1).toUTC());
}

void Session::onSettingChanged(Setting setting)
{
    const SessionConfig before = m_config;
    m_config = m_settings->config(m_options.overrides);
    if (m_config.value(setting) == before.value(setting))
        return; // an override or a lock holds it: nothing in force changed
    emit configChanged(setting);
    switch (setting) {
    case Setting::TimeoutMs:
        applyClientOptions();
        break;
    case Setting::Proxy:
    case Setting::ProxyUser:
        reloadProxy();
        break;
    case Setting::CaCertificates:
        if (m_started)
            reloadTrustedCertificates();
        break;
    case Setting::HistoryPath:
        if (m_started && m_config.recordsHistory())
            reopenHistory();
        break;
    case Setting::BillingPrice:
    case Setting::MonthlyBudget:
    case Setting::BudgetHardStop: {
        const auto rule = [](const SessionConfig& c) {
            return QJsonObject{{QStringLiteral("price"), c.value(Setting::BillingPrice).toString()},
                               {QStringLiteral("budget"), c.value(Setting::MonthlyBudget).toString()},
                               {QStringLiteral("hardStop"), c.value(Setting::BudgetHardStop).toBool()}};
        };
        m_audit->append(history::AuditEvent::budgetChanged(rule(before), rule(m_config)));
        refreshBudget();
        break;
    }
    case Setting::RetentionDays:
        m_audit->append(
            history::AuditEvent::retentionSettingChanged(before.retentionPeriod(), m_config.retentionPeriod()));
        break;
    default:
        break;
    }
    if (decidesTarget(setting) && m_started)
        m_router->refresh();
}

void Session::onProfileChanged(const credentials::ProfileChange& change)
{
    m_audit->append(history::AuditEvent::credentialProfile(auditKind(change.action), change.name));
    if (m_started)
        m_router->refresh();
}

std::optional<history::AttemptRecord> Session::recentAnswer(const identity::IdentityInput& input) const
{
    const int minutes = m_config.repeatWindowMinutes();
    if (minutes <= 0 || !m_history || !m_router->isReady())
        return std::nullopt;
    verification::EarlierAnswerQuery query;
    query.fingerprintKey = fingerprintKey();
    query.sandbox = m_router->isSandbox();
    query.sinceUtc = QDateTime::currentDateTimeUtc().addSecs(-qint64(minutes) * 60);
    const auto found = verification::findEarlierAnswer(*m_history, query, input);
    if (!found) {
        qCWarning(lcSession).noquote() << "looking for an earlier answer failed:" << found.error().message;
        return std::nullopt; // not knowing is no reason to refuse the check
    }
    return found.value();
}

std::optional<RealServiceEntry> Session::realServiceEntry(const ServiceChoice& choice) const
{
    return session::realServiceEntry(choice, m_config, *m_profiles, *m_router);
}

void Session::confirmRealService(const RealServiceEntry& entry)
{
    qCInfo(lcSession).noquote() << QStringLiteral("the operator confirmed the real service (%1, %2)")
                                       .arg(entry.maskedAccessKeyId, entry.endpointId);
    m_router->confirmReal(entry);
}

RealServiceBlocker Session::realServiceBlocker() const
{
    return session::realServiceBlocker(m_config, *m_profiles, *m_router);
}

void Session::applyClientOptions()
{
    api::ClientOptions options = m_client->options();
    options.transferTimeoutMs = m_config.timeoutMs();
    options.connectTimeoutMs = std::min(api::ClientOptions{}.connectTimeoutMs, options.transferTimeoutMs);
    m_client->setOptions(options);
}

} // namespace tricheck::session
