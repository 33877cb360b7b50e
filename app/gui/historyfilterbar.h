#pragma once

#include "history/historyquery.h"
#include "history/historysearch.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;

#include <memory>
#include <optional>

namespace Ui {
class HistoryFilterBar;
}

namespace tricheck::gui {

// The history's filter bar: a search field (an exact mobile number, ID number or name by keyed
// fingerprint, a RequestId, or part of a reference: history/historysearch.h), a status, a period
// (today, last 7 or 30 days, or a date range), and whose attempts, in a shared history: the
// whole team's or only this OS account's ("mine").
// Typing is debounced, so a large history is not queried on every key press.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterBar)

public:
    explicit HistoryFilterBar(QWidget* parent = nullptr);
    ~HistoryFilterBar() override;

    // The key for exact-match search of identity values (none: such a search is refused).
    void setFingerprintKey(const std::optional<QByteArray>& key) { m_key = key; }
    // A history shared by a team (PostgreSQL) offers "mine / whole team"; a desk's own file does not.
    void setSharedHistory(bool shared);
    history::HistoryFilter filter() const;
    history::HistorySearch::Kind searchKind() const;
    QString searchText() const;
    static constexpr qint64 kCounting = -2; // the history is counting the matching attempts
    void setCount(qint64 shown);            // < 0: no count to show
    void focusSearch();
    void reset();
    // Shows the attempts of these local days (inclusive) with one of these results, e.g. a bar of
    // the statistics chart.
    void showPeriod(const QDate& first, const QDate& last, const QList<api::StatusRole>& roles);

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDateEditors();
    void updateSearchHint();

    std::unique_ptr<Ui::HistoryFilterBar> m_ui;
    std::optional<QByteArray> m_key;
    QTimer m_debounce;
    QComboBox* m_operatorComboBox = nullptr;
    QAction* m_searchAction = nullptr; // the magnifier: searches at once
    qint64 m_count = -1;
};

} // namespace tricheck::gui
