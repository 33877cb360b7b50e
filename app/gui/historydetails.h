#pragma once

#include "history/attemptrecord.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace tricheck::gui {

// The selected attempt in full: its status with icon, explanation, and every stored field
// (masked values only; the history has nothing else), with a button to copy the RequestId.
class HistoryDetails : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDetails)

public:
    explicit HistoryDetails(QWidget* parent = nullptr);
    ~HistoryDetails() override;

    void setRecord(const std::optional<history::AttemptRecord>& record);
    const std::optional<history::AttemptRecord>& record() const { return m_record; }

signals:
    void copyRequestIdRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::optional<history::AttemptRecord> m_record;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QToolButton* m_copy = nullptr;
    QWidget* m_fields = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace tricheck::gui
