#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QAbstractItemModel;
class QItemSelection;
class QItemSelectionModel;
class QKeyEvent;
class QMouseEvent;
class QScrollBar;
class QTableView;
class QTimer;

namespace tricheck::gui {

class RowWindowModel;

// A table for models of millions of rows. Its QTableView is told of one screenful at a time
// (RowWindowModel) and a scroll bar of its own spans every row, so opening, scrolling and adding
// rows cost the same at ten rows or ten million (a QTableView keeps a record per row and walks
// them all whenever rows are added). The selection and the current row live on the model given
// to setModel() (recordSelection()), so they survive scrolling; the view's own selection model
// shows the part that is on screen. The arrows, Page Up/Down and Ctrl+Home/End (Shift extends,
// Ctrl moves without selecting), clicks, Ctrl+clicks, Shift+clicks, the wheel and Ctrl+A work
// across all the rows as in a plain table.
class WindowedTable : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowedTable)

public:
    explicit WindowedTable(QWidget* parent = nullptr);
    ~WindowedTable() override;

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const;
    QTableView* view() const;
    RowWindowModel* window() const { return m_window; }
    QScrollBar* rowScrollBar() const { return m_bar; }
    // The selection and the current index, on model().
    QItemSelectionModel* recordSelection() const { return m_selection; }

    // model()'s index at a point of the view's viewport (invalid where there is no row).
    QModelIndex indexAt(const QPoint& viewportPos) const;
    // Moves the rows shown as little as it takes for model()'s row to be fully in view.
    void scrollToRow(qint64 row);

private:
    class View;
    friend class View;
    enum class Move {
        Select,
        Extend,
        CurrentOnly
    };

    bool navigate(const QKeyEvent* event);
    bool extendByClick(const QMouseEvent* event);
    // A drag with the left button selects from where it started to the row under the mouse; held
    // above or below the rows, the rows scroll and the selection follows.
    bool extendByDrag(const QMouseEvent* event);
    void dragScroll();
    void endDrag();
    void moveCurrent(qint64 row, int column, Move move);
    void selectAllRows();
    void deselectOutsideWindow();
    void fitWindow();
    void updateScrollBar();
    // model()'s selection and current index onto the view, and what the user does there back.
    void showSelection();
    void takeSelection(const QItemSelection& selected, const QItemSelection& deselected);
    void takeCurrent(const QModelIndex& current);
    QItemSelection toSource(const QItemSelection& selection) const;

    View* m_view = nullptr;
    QScrollBar* m_bar = nullptr;
    RowWindowModel* m_window = nullptr;
    QItemSelectionModel* m_selection = nullptr;
    QPersistentModelIndex m_anchor; // where Shift+arrow, Shift+click and a drag extend from, on model()
    QTimer* m_dragTimer = nullptr;
    bool m_dragArmed = false; // the left button went down on a row, without modifiers
    int m_dragY = 0;          // the mouse's height in the viewport during a drag
    int m_fullyVisible = 1;   // rows that fit the viewport whole
    bool m_syncing = false;   // the view's selection is being made to match, not changed by the user
};

} // namespace tricheck::gui
