#pragma once

#include "history/attemptrecord.h"
#include "history/historyquery.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QItemSelectionModel;
class QScrollBar;
class QTableView;

namespace Ui {
class HistoryView;
}

namespace tricheck::history {
class HistoryModel;
}
namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

class ColumnOrderProxy;
class HistoryFilterBar;
class HistoryNotice;
class StatusStyleProxy;

// The history table on HistoryModel (paged from SQL, sorted and filtered in SQL, so a million rows
// stay fast): the twelve default columns (the others from the header's context menu), rows
// coloured and iconed by status, a filter bar, a details pane for the selected attempt, copying
// the RequestId and deleting selected attempts. New attempts appear as they are recorded.
class HistoryView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget* parent = nullptr);
    ~HistoryView() override;

    void setSession(session::Session* session);

    history::HistoryModel* model() const { return m_model; }
    StatusStyleProxy* styledModel() const { return m_proxy; }
    // The table shows a screenful of rows at a time (WindowedTable): its own model is that
    // window; rowScrollBar() spans every row, selection() holds the selected rows of all of them
    // (on the column proxy, rows as in model()).
    QTableView* table() const;
    QScrollBar* rowScrollBar() const;
    QItemSelectionModel* selection() const;
    HistoryFilterBar* filterBar() const;
    QAction* copyRequestIdAction() const { return m_copyAction; }
    QAction* purgeSelectedAction() const { return m_purgeAction; }
    QAction* detailsAction() const { return m_detailsAction; }

    // What an export of "the current view" writes: the filter, the sort, the visible columns in
    // their on-screen order.
    history::HistoryFilter filter() const;
    history::HistorySort sort() const;
    QList<history::HistoryColumn> visibleColumns() const;
    qint64 matchingRows() const; // the attempts the filter matches (0 without a history)
    // The table's columns are the shown ones, in their order (screen readers get the same): the
    // section of a column, -1 while it is hidden.
    int section(history::HistoryColumn column) const;
    void setColumnShown(history::HistoryColumn column, bool shown);
    std::optional<history::AttemptRecord> currentRecord() const;
    // More actions for the selected attempt in the context menu (its record as PDF, print).
    void addRecordActions(const QList<QAction*>& actions) { m_recordActions += actions; }

    QByteArray saveHeaderState() const;
    QByteArray saveSplitterState() const;
    void restoreState(const QByteArray& header, const QByteArray& splitter);

public slots:
    void focusFilter();
    void copyRequestId();
    void purgeSelected();

signals:
    void message(const QString& text);
    // The history was replaced (another one opened, or it closed): model() is a new one, or none.
    // An export waiting for the old model's count ends there.
    void modelReplaced();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildModel();
    void applyFilter();
    void updateDetails();
    void updateCount();
    void updateActions();
    void retranslate();
    void showContextMenu(const QPoint& pos);
    void showColumnMenu(const QPoint& pos);
    void setDefaultColumns();
    void applyColumns(const QList<int>& columns);
    bool restoreColumns(const QByteArray& state);
    void showSortIndicator();

    std::unique_ptr<Ui::HistoryView> m_ui;
    session::Session* m_session = nullptr;
    history::HistoryModel* m_model = nullptr;
    StatusStyleProxy* m_proxy = nullptr;
    ColumnOrderProxy* m_columns = nullptr; // the table's model, on m_proxy
    history::HistorySort m_sort;
    QAction* m_copyAction = nullptr;
    QAction* m_purgeAction = nullptr;
    QAction* m_detailsAction = nullptr;
    QByteArray m_headerState;
    QList<QAction*> m_recordActions;
    HistoryNotice* m_notice = nullptr;
};

} // namespace tricheck::gui
