#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

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
    QTimer m_countsTimer; // coalesces a burst of recorded attempts into one query
    QTimer m_minuteTimer; // the day rolls over at midnight
};

} // namespace tricheck::gui
