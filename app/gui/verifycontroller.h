#pragma once

#include <QObject>
#include <QPointer>

namespace tricheck::verification {
class Verification;
}
namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

class ResultPanel;
class VerifyForm;

// Connects the verify form and the result panel to the session: one verification at a time
// (the form is busy until it finished, so Enter, Ctrl+Enter and a double click cannot send
// twice), a question before verifying a person the service answered within the repeat window,
// cancel on request, the form's readiness from the session (history open, keychain asked,
// service ready), and the reference cleared after an answer unless the operator keeps it.
class VerifyController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyController)

public:
    VerifyController(session::Session* session, VerifyForm* form, ResultPanel* panel, QObject* parent = nullptr);
    ~VerifyController() override;

    bool isRunning() const { return !m_running.isNull(); }
    // Cancels the running verification; its (possibly billed) outcome is still recorded and shown.
    void cancel();

signals:
    void message(const QString& text);
    void runningChanged(bool running);

private:
    void start();
    bool confirmRepeat();
    void updateReadiness();

    session::Session* m_session;
    VerifyForm* m_form;
    ResultPanel* m_panel;
    QPointer<verification::Verification> m_running;
};

} // namespace tricheck::gui
