#pragma once

#include "batch/batchlauncher.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace tricheck::gui {

// Above Start on the batch setup page: where the rows go (the sandbox, simulated and not
// billed, or the real service and its endpoint), how many rows may be billed, and the rate; all as
// core's BatchLauncher::preview() decides them. A budget line waits for the monthly budget guard:
// setBudgetText() shows it, an empty text hides it.
class BatchStartSummary : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchStartSummary)

public:
    explicit BatchStartSummary(QWidget* parent = nullptr);

    // `preview` of the validated file; nullopt: no file validated yet (the service and rate are shown).
    void setPreview(const batch::StartPreview& preview, bool validated);
    void setBudgetText(const QString& text);
    QString budgetText() const { return m_budget; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_service;
    QLabel* m_billable;
    QLabel* m_rate;
    QLabel* m_budgetLine;
    batch::StartPreview m_preview;
    bool m_validated = false;
    QString m_budget;
};

} // namespace tricheck::gui
