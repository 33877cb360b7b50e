#include "verifycontroller.h"

#include "api/errortext.h"
#include "api/resultcatalogue.h"
#include "history/attemptrecord.h"
#include "messagebox.h"
#include "resultpanel.h"
#include "session/session.h"
#include "settings/setting.h"
#include "verification/verificationservice.h"
#include "verifyform.h"

#include <algorithm>

namespace tricheck::gui {

using verification::HistoryWrite;
using verification::Verification;

VerifyController::VerifyController(session::Session* session, VerifyForm* form, ResultPanel* panel, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_form(form)
    , m_panel(panel)
{
    connect(form, &VerifyForm::verifyRequested, this, &VerifyController::start);
    connect(form, &VerifyForm::cancelRequested, this, &VerifyController::cancel);
    connect(session, &session::Session::readinessChanged, this, &VerifyController::updateReadiness);
    connect(session, &session::Session::configChanged, this, [this](settings::Setting setting) {
        if (setting == settings::Setting::KeepReference)
            m_form->setKeepReference(m_session->config().keepReference());
    });
    m_form->setKeepReference(session->config().keepReference());
    updateReadiness();
}

VerifyController::~VerifyController() = default;

void VerifyController::updateReadiness()
{
    m_form->setReady(m_session->canVerify(), m_session->notReadyReason());
}

void VerifyController::start()
{
    if (m_running)
        return; // one at a time: the form is busy anyway
    if (!confirmRepeat())
        return;
    Verification* v = m_session->verify(m_form->input(), m_form->paramType(), m_form->reference());
    if (v == nullptr) {
        emit message(m_session->notReadyReason());
        return;
    }
    m_running = v;
    m_form->setBusy(true);
    m_panel->showPending();
    emit runningChanged(true);
    connect(v, &Verification::sent, this, [this] {
        m_form->setSent();
        m_panel->showSent();
    });
    connect(v, &Verification::finished, this, [this, v](const api::VerifyOutcome& outcome, const HistoryWrite& write) {
        m_panel->showOutcome(outcome, write);
        m_form->setBusy(false);
        if (outcome.isResult())
            m_form->referenceUsed(); // the next customer starts without this one's reference
        m_running.clear();
        v->deleteLater();
        if (const api::VerifyResult* r = outcome.result())
            // The RequestId is in the result panel, with its copy button; the status bar stays short.
            emit message(tr("%1 (SubCode %2)").arg(api::ResultCatalogue::subCode(r->subCode).shortText, r->subCode));
        else
            emit message(api::ErrorText::title(outcome.error()->kind));
        emit runningChanged(false);
    });
}

bool VerifyController::confirmRepeat()
{
    const std::optional<history::AttemptRecord> earlier = m_session->recentAnswer(m_form->input());
    if (!earlier)
        return true;
    const qint64 minutes = std::max<qint64>(1, earlier->startedUtc().secsTo(QDateTime::currentDateTimeUtc()) / 60);
    const QString answer = api::ResultCatalogue::subCode(earlier->subCode).shortText;
    return MessageBox::confirm(
        m_form,
        tr("Verify again"),
        tr("This person was verified %n minute(s) ago: %1. Verify again?", nullptr, int(minutes)).arg(answer),
        tr("Verify again"),
        false,
        earlier->sandbox ? api::ResultCatalogue::simulatedText()
                         : tr("A second consistent or inconsistent answer is billed again."));
}

void VerifyController::cancel()
{
    if (m_running)
        m_running->cancel();
}

} // namespace tricheck::gui
