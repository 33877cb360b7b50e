#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QStatusBar;

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

// The status bar's permanent part: where verifications go (endpoint), how they are signed, and
// today's counts (verified, billed, errors) from the history, kept current as attempts are recorded.
class StatusIndicators : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    explicit StatusIndicators(session::Session* session, QWidget* parent = nullptr);
    ~StatusIndicators() override;

    QString endpointText() const;
    QString schemeText() const;
    QString countsText() const;
    QString budgetText() const;

    // Shows `text` for ten seconds in `bar`, the status bar these indicators sit in. A message
    // longer than its room ends in "…" (a path, a batch's summary) instead of running under the
    // indicators; while it shows, the whole text is the status bar's tooltip.
    void showMessage(QStatusBar* bar, const QString& text);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void scheduleCounts();
    void showBudget();

    session::Session* m_session;
    QLabel* m_endpoint;
    QLabel* m_scheme;
    QLabel* m_counts;
    QLabel* m_budget;
    QTimer m_countsTimer; // coalesces a burst of recorded attempts into a query every 250 ms
    QTimer m_minuteTimer; // the day rolls over at midnight
    bool m_messageHooked = false;
};

} // namespace tricheck::gui
