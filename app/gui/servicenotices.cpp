#include "servicenotices.h"

#include "noticebanner.h"
#include "session/realservice.h"
#include "session/session.h"

#include <QVBoxLayout>

namespace tricheck::gui {

ServiceNotices::ServiceNotices(session::Session* session, QVBoxLayout* layout, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_sandbox(new NoticeBanner(NoticeBanner::Kind::Sandbox, parent))
    , m_real(new NoticeBanner(NoticeBanner::Kind::RealService, parent))
    , m_policy(new NoticeBanner(NoticeBanner::Kind::Problem, parent))
    , m_problem(new NoticeBanner(NoticeBanner::Kind::Problem, parent))
    , m_fingerprintKey(new NoticeBanner(NoticeBanner::Kind::Problem, parent))
{
    m_policy->setObjectName(QStringLiteral("policyBanner"));
    m_fingerprintKey->setObjectName(QStringLiteral("fingerprintKeyBanner"));
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    connect(session, &session::Session::fingerprintKeyChanged, this, &ServiceNotices::updateFingerprintKey);
    int at = 0;
    for (NoticeBanner* banner : {m_sandbox, m_real, m_policy, m_fingerprintKey, m_problem}) {
        layout->insertWidget(at++, banner);
        banner->setVisible(false);
        connect(banner, &NoticeBanner::linkActivated, this, &ServiceNotices::linkActivated);
    }
}

ServiceNotices::~ServiceNotices() = default;

bool ServiceNotices::isRealService() const
{
    const session::ServiceRouter& service = m_session->service();
    return service.isReady() && !service.isSandbox();
}

void ServiceNotices::update()
{
    const session::ServiceRouter& service = m_session->service();
    const bool sandbox = service.isSandbox();
    m_sandbox->setText(tr("<b>Sandbox — simulated results, nothing is billed.</b> Verifications go to a test "
                          "service on this computer that knows only invented people. "
                          "<a href=\"people\">Show the sample people</a> · "
                          "<a href=\"settings\">Use the real service…</a>"));
    m_sandbox->setVisible(sandbox);

    if (isRealService()) {
        const QString source = service.credentialSource();
        const QString key = session::maskAccessKeyId(service.target().credentials.accessKeyId);
        const QString account = source.startsWith(u"profile:") ? tr("profile %1, AccessKey %2").arg(source.mid(8), key)
                                                               : tr("AccessKey %1").arg(key);
        m_real->setText(tr("<b>Real service</b> — verifications go to %1 with %2; every consistent or "
                           "inconsistent answer is billed. <a href=\"service\">Service settings…</a>")
                            .arg(service.target().endpoint.displayName().toHtmlEscaped(), account.toHtmlEscaped()));
    }
    m_real->setVisible(isRealService());

    // Transient states (opening, asking the keychain) are said in the form; problems here.
    QString problem;
    const session::Session::Step step = m_session->notReadyStep();
    const bool network = step == session::Session::Step::Proxy || step == session::Session::Step::Certificates;
    if (m_session->historyState() == session::Session::HistoryState::Failed ||
        service.state() == session::ServiceRouter::State::Unavailable || network)
        problem = m_session->notReadyReason();
    // The link opens the page where the problem can be mended.
    m_problem->setText(
        tr("<b>Verifications are not possible:</b> %1 <a href=\"%2\">Open Settings…</a>")
            .arg(problem.toHtmlEscaped(), network ? QStringLiteral("network") : QStringLiteral("settings")));
    m_problem->setVisible(!problem.isEmpty());
    updatePolicy();
    updateFingerprintKey();
}

void ServiceNotices::updateFingerprintKey()
{
    // Search by mobile or ID number would otherwise find nothing of the colleagues' attempts
    // without saying why.
    const session::TeamKey& key = m_session->teamKey();
    QStringList lines;
    if (!key.problem().isEmpty())
        lines << tr("<b>Fingerprint key:</b> %1").arg(key.problem().toHtmlEscaped());
    if (!key.warning().isEmpty())
        lines << key.warning().toHtmlEscaped();
    m_fingerprintKey->setText(lines.join(QStringLiteral("<br>")));
    m_fingerprintKey->setVisible(!lines.isEmpty());
}

void ServiceNotices::updatePolicy()
{
    // What the administrator's policy decided against this run's wishes, and a policy that failed
    // closed: said once, at the top, for as long as it holds.
    QStringList lines;
    const session::SessionConfig& config = m_session->config();
    if (config.policy().isMalformed())
        lines << tr("<b>Your administrator's policy cannot be read completely:</b> every setting is locked, at the "
                    "safest value where the file does not give one. <a href=\"policy\">Details…</a>");
    for (const session::Refusal& refusal : config.refusals())
        lines << refusal.reason().toHtmlEscaped();
    m_policy->setText(lines.join(QStringLiteral("<br>")));
    m_policy->setVisible(!lines.isEmpty());
}

} // namespace tricheck::gui
