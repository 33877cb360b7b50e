#include "realserviceconfirmation.h"

#include "messagebox.h"
#include "session/session.h"

namespace tricheck::gui {

QString RealServiceConfirmation::text(const session::RealServiceEntry& entry)
{
    const QString account = entry.profile.isEmpty()
                                ? tr("the AccessKey %1 (%2)").arg(entry.maskedAccessKeyId, entry.source)
                                : tr("the profile \"%1\" (AccessKey %2)").arg(entry.profile, entry.maskedAccessKeyId);
    QString endpoint = entry.endpointName.isEmpty() ? entry.endpointId : entry.endpointName;
    if (endpoint.isEmpty())
        endpoint = tr("the configured endpoint");
    else if (!entry.endpointHost.isEmpty() && !endpoint.contains(entry.endpointHost))
        endpoint = tr("%1 (%2)", "endpoint (host)").arg(endpoint, entry.endpointHost);
    return tr("Use the real service? Verifications will be sent to %1 with %2.").arg(endpoint, account);
}

bool RealServiceConfirmation::ask(QWidget* parent, session::Session* session, const session::ServiceChoice& choice)
{
    const std::optional<session::RealServiceEntry> entry = session->realServiceEntry(choice);
    if (!entry)
        return true;
    if (!MessageBox::confirm(parent,
                             tr("Use the real service"),
                             text(*entry),
                             tr("Use the real service"),
                             false,
                             tr("Every consistent or inconsistent answer is billed to this account (\"no record\" "
                                "answers are not). Cancel keeps the sandbox: simulated results, nothing billed.")))
        return false;
    session->confirmRealService(*entry);
    return true;
}

} // namespace tricheck::gui
