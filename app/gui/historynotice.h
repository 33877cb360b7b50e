#pragma once

#include "history/hiddenattempts.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::gui {

class HistoryFilterBar;
class LinkButton;

// The line under the history's filter bar. When a search finds nothing it says why and what can be
// searched (core's HistorySearch::noMatchHint: a masked value, part of a number …). When new
// attempts arrive that the filter hides, it says so, with "Show" to clear the filter.
class HistoryNotice : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryNotice)

public:
    HistoryNotice(HistoryFilterBar* filterBar, QWidget* parent = nullptr);
    ~HistoryNotice() override;

    // The history whose new attempts are watched (nullptr: none).
    void setStore(std::shared_ptr<history::HistoryStore> store);
    // The filter was applied: nothing new is hidden by it yet.
    void filterApplied();
    // The rows the view shows now (-1: no history).
    void setCount(qint64 shown);
    qint64 hiddenCount() const { return m_hidden.hidden(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onAttemptsAppended();
    void retranslate();

    HistoryFilterBar* m_filterBar;
    QLabel* m_hint;
    QLabel* m_hiddenText;
    LinkButton* m_showButton;
    std::shared_ptr<history::HistoryStore> m_store;
    history::HiddenAttempts m_hidden;
    qint64 m_count = -1;
};

} // namespace tricheck::gui
