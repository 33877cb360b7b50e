#include "historycheck.h"

#include "messagebox.h"
#include "session/session.h"

#include <QAction>
#include <QMainWindow>

namespace tricheck::gui {

HistoryCheck::HistoryCheck(session::Session* session, QAction* action, QMainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_action(action)
    , m_window(window)
{
    connect(m_action, &QAction::triggered, this, &HistoryCheck::checkNow);
    connect(&m_job, &history::HistoryCheckJob::finished, this, &HistoryCheck::finished);
    connect(m_session, &session::Session::historyChanged, this, &HistoryCheck::checkIfDue);
    m_daily.setInterval(3600 * 1000); // the app may stay open for days
    connect(&m_daily, &QTimer::timeout, this, &HistoryCheck::checkIfDue);
    m_daily.start();
    checkIfDue();
}

HistoryCheck::~HistoryCheck() = default;

void HistoryCheck::checkNow()
{
    const auto store = m_session->history();
    if (!store) {
        MessageBox::warning(m_window, tr("Check history"), tr("The history is not open."));
        return;
    }
    if (m_job.isRunning() && !m_manual) {
        m_manual = true; // the daily check is under way: report its result
        status(tr("Checking the history…"));
        return;
    }
    if (!m_job.start(store->options(), false, QStringLiteral("manual")))
        return;
    m_manual = true;
    m_action->setEnabled(false);
    status(tr("Checking the history… (it reads the whole file; TriCheck stays usable)"));
}

void HistoryCheck::checkIfDue()
{
    const auto store = m_session->history();
    if (!store || m_job.isRunning() || !history::HistoryCheckJob::due(*store))
        return;
    m_job.start(store->options(), false, QStringLiteral("daily"));
}

void HistoryCheck::finished(const history::HistoryCheckJob::Result& result)
{
    const bool manual = std::exchange(m_manual, false);
    m_action->setEnabled(true);
    const QString path = m_session->history() ? m_session->history()->path() : QString();
    if (!result) {
        // Damage found before the check could run is reported even for the daily check.
        if (manual || result.error().kind == history::HistoryError::Kind::Corrupt)
            MessageBox::warning(m_window, tr("Check history"), result.error().message, result.error().detail);
        return;
    }
    if (!result->sound()) {
        MessageBox::warning(m_window, tr("Check history"), result->summary(path));
        return;
    }
    if (manual)
        MessageBox::information(m_window, tr("Check history"), result->summary(path));
    else
        status(tr("The history was checked: it is sound."));
}

void HistoryCheck::status(const QString& text)
{
    emit message(text);
}

} // namespace tricheck::gui
