#pragma once

#include "history/historycheckjob.h"

#include <QObject>
#include <QTimer>

class QAction;
class QMainWindow;

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

// The consistency checks of the history in the desktop app: on demand (Help → Check history)
// and at most once a day in the background, each on a worker thread with the result remembered
// in the history. A damaged history is reported, never changed.
class HistoryCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCheck)

public:
    HistoryCheck(session::Session* session, QAction* action, QMainWindow* window);
    ~HistoryCheck() override;

    void checkNow();   // the action
    void checkIfDue(); // the daily check, when the last one is older than a day
    bool isRunning() const { return m_job.isRunning(); }

signals:
    void message(const QString& text); // for the status bar

private:
    void finished(const history::HistoryCheckJob::Result& result);
    void status(const QString& text);

    session::Session* m_session;
    QAction* m_action;
    QMainWindow* m_window;
    history::HistoryCheckJob m_job;
    QTimer m_daily;
    bool m_manual = false;
};

} // namespace tricheck::gui
