#include "windowedtable.h"

#include "rowwindowmodel.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

namespace tricheck::gui {

// The view hands what concerns rows beyond its screenful to the table.
class WindowedTable::View : public QTableView
{
public:
    explicit View(WindowedTable* table)
        : QTableView(table)
        , m_table(table)
    { }

    void selectAll() override { m_table->selectAllRows(); }

    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override
    {
        // Showing the selection after a move is not a request to move again.
        if (m_table->m_syncing || !index.isValid() || index.model() != model())
            return;
        RowWindowModel* window = m_table->m_window;
        const qint64 row = window->sourceRow(index.row());
        m_table->scrollToRow(row);
        // Across, as a table does; down, the window has moved (the view's own vertical offset is
        // held at 0 by the table).
        QTableView::scrollTo(window->index(window->windowRow(row), index.column()), hint);
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (!m_table->navigate(event))
            QTableView::keyPressEvent(event);
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        const bool extended = m_table->extendByClick(event);
        if (!extended)
            QTableView::mousePressEvent(event);
        m_table->m_dragArmed = !extended && event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier &&
                               indexAt(event->position().toPoint()).isValid();
    }
    void mouseMoveEvent(QMouseEvent* event) override
    {
        // The table's own drag selection would stretch from a point on the screen, which shows
        // other rows once the window moves.
        if (!m_table->extendByDrag(event))
            QTableView::mouseMoveEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        m_table->endDrag();
        QTableView::mouseReleaseEvent(event);
    }
    void wheelEvent(QWheelEvent* event) override
    {
        if (event->angleDelta().y() != 0 && !(event->modifiers() & Qt::AltModifier))
            QCoreApplication::sendEvent(m_table->m_bar, event);
        else
            QTableView::wheelEvent(event);
    }
    void resizeEvent(QResizeEvent* event) override
    {
        QTableView::resizeEvent(event);
        m_table->fitWindow();
    }
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event = nullptr) const override
    {
        const auto command = QTableView::selectionCommand(index, event);
        // A new selection replaces the rows selected off screen too.
        if (command.testFlag(QItemSelectionModel::Clear) && !m_table->m_syncing)
            m_table->deselectOutsideWindow();
        return command;
    }

private:
    WindowedTable* m_table;
};

WindowedTable::WindowedTable(QWidget* parent)
    : QFrame(parent)
    , m_view(new View(this))
    , m_bar(new QScrollBar(Qt::Vertical, this))
    , m_window(new RowWindowModel(this))
{
    setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Rows are scrolled by moving the window; the view only ever shows its top.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value != 0)
            m_view->verticalScrollBar()->setValue(0);
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_bar);
    setFocusProxy(m_view);
    m_bar->setSingleStep(1);
    m_dragTimer = new QTimer(this);
    m_dragTimer->setInterval(50);
    connect(m_dragTimer, &QTimer::timeout, this, &WindowedTable::dragScroll);
    connect(m_bar, &QScrollBar::valueChanged, this, [this](int value) {
        m_window->setWindow(value, m_window->size());
    });
    connect(m_window, &RowWindowModel::windowAboutToChange, this, [this] { m_syncing = true; });
    connect(m_window, &RowWindowModel::windowChanged, this, [this] {
        updateScrollBar();
        showSelection();
    });
    m_view->setModel(m_window);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WindowedTable::takeSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &WindowedTable::takeCurrent);
}

WindowedTable::~WindowedTable() = default;

QTableView* WindowedTable::view() const
{
    return m_view;
}

QAbstractItemModel* WindowedTable::model() const
{
    return m_window->sourceModel();
}

void WindowedTable::setModel(QAbstractItemModel* model)
{
    delete m_selection;
    m_selection = nullptr;
    m_anchor = QPersistentModelIndex();
    if (model) {
        // Made before the window is on the model: it follows the model's changes first, so the
        // window shows the selection as it is after them.
        m_selection = new QItemSelectionModel(model, this);
        const auto show = [this] {
            if (!m_syncing)
                showSelection();
        };
        connect(m_selection, &QItemSelectionModel::selectionChanged, this, show);
        connect(m_selection, &QItemSelectionModel::currentChanged, this, show);
    }
    m_window->setSourceModel(model);
    fitWindow();
}

QModelIndex WindowedTable::indexAt(const QPoint& viewportPos) const
{
    return m_window->mapToSource(m_view->indexAt(viewportPos));
}

void WindowedTable::fitWindow()
{
    const int rowHeight = std::max(1, m_view->verticalHeader()->defaultSectionSize());
    const int height = m_view->viewport()->height();
    m_fullyVisible = std::max(1, height / rowHeight);
    m_window->setWindow(m_window->first(), m_fullyVisible + (height % rowHeight > 0 ? 1 : 0));
    updateScrollBar();
}

void WindowedTable::updateScrollBar()
{
    const qint64 last = std::max<qint64>(0, m_window->sourceRowCount() - m_fullyVisible);
    const int maximum = int(std::min<qint64>(last, std::numeric_limits<int>::max()));
    {
        const QSignalBlocker block(m_bar);
        m_bar->setRange(0, maximum);
        m_bar->setPageStep(m_fullyVisible);
        m_bar->setValue(int(std::min<qint64>(m_window->first(), maximum)));
    }
    m_bar->setVisible(maximum > 0); // as a scroll area's bar: only when there is somewhere to go
    // Fewer rows than before below the window: it shows a full screen again.
    if (m_window->first() > maximum)
        m_window->setWindow(maximum, m_window->size());
}

void WindowedTable::scrollToRow(qint64 row)
{
    const qint64 first = m_window->first();
    if (row < first)
        m_bar->setValue(int(row));
    else if (row >= first + m_fullyVisible)
        m_bar->setValue(int(row - m_fullyVisible + 1));
}

bool WindowedTable::navigate(const QKeyEvent* event)
{
    const qint64 rows = m_window->sourceRowCount();
    if (!m_selection || rows == 0)
        return false;
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const QModelIndex current = m_selection->currentIndex();
    const qint64 row = current.isValid() ? current.row() : m_window->first();
    const qint64 step = current.isValid() ? 1 : 0; // the first key only makes the top row current
    qint64 target = row;
    switch (event->key()) {
    case Qt::Key_Up:
        target = row - step;
        break;
    case Qt::Key_Down:
        target = row + step;
        break;
    case Qt::Key_PageUp:
        target = row - m_fullyVisible;
        break;
    case Qt::Key_PageDown:
        target = row + m_fullyVisible;
        break;
    case Qt::Key_Home:
        if (!control)
            return false; // the row's first column, within the screen
        target = 0;
        break;
    case Qt::Key_End:
        if (!control)
            return false;
        target = rows - 1;
        break;
    default:
        return false;
    }
    const int column = current.isValid() ? current.column() : std::max(0, m_view->columnAt(0));
    moveCurrent(std::clamp<qint64>(target, 0, rows - 1),
                column,
                shift     ? Move::Extend
                : control ? Move::CurrentOnly
                          : Move::Select);
    return true;
}

bool WindowedTable::extendByClick(const QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !event->modifiers().testFlag(Qt::ShiftModifier) ||
        m_view->selectionMode() != QAbstractItemView::ExtendedSelection || !m_selection)
        return false;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!index.isValid())
        return false;
    m_view->setFocus(Qt::MouseFocusReason);
    moveCurrent(index.row(), index.column(), Move::Extend);
    return true;
}

bool WindowedTable::extendByDrag(const QMouseEvent* event)
{
    if (!m_dragArmed || !event->buttons().testFlag(Qt::LeftButton) || !m_anchor.isValid() || !m_selection ||
        m_view->selectionMode() != QAbstractItemView::ExtendedSelection || m_window->rowCount() == 0)
        return false;
    m_dragY = int(event->position().y());
    const bool outside = m_dragY < 0 || m_dragY >= m_view->viewport()->height();
    if (outside && !m_dragTimer->isActive())
        m_dragTimer->start();
    else if (!outside)
        m_dragTimer->stop();
    const int row = std::clamp(m_view->rowAt(std::clamp(m_dragY, 0, m_view->viewport()->height() - 1)),
                               0,
                               m_window->rowCount() - 1);
    const QModelIndex current = m_selection->currentIndex();
    moveCurrent(m_window->sourceRow(row), current.isValid() ? current.column() : 0, Move::Extend);
    return true;
}

void WindowedTable::dragScroll()
{
    if (!QGuiApplication::mouseButtons().testFlag(Qt::LeftButton) || !m_selection) {
        endDrag();
        return;
    }
    // Faster the further the mouse is from the rows, as in a plain table.
    const int rowHeight = std::max(1, m_view->verticalHeader()->defaultSectionSize());
    const int beyond = m_dragY < 0 ? m_dragY : m_dragY - m_view->viewport()->height() + 1;
    const qint64 step = beyond / rowHeight + (beyond < 0 ? -1 : 1);
    const QModelIndex current = m_selection->currentIndex();
    const qint64 row = std::clamp<qint64>((current.isValid() ? current.row() : m_window->first()) + step,
                                          0,
                                          m_window->sourceRowCount() - 1);
    moveCurrent(row, current.isValid() ? current.column() : 0, Move::Extend);
}

void WindowedTable::endDrag()
{
    m_dragArmed = false;
    m_dragTimer->stop();
}

void WindowedTable::moveCurrent(qint64 row, int column, Move move)
{
    QAbstractItemModel* source = model();
    scrollToRow(row);
    const QModelIndex target = source->index(int(row), column);
    m_syncing = true;
    switch (move) {
    case Move::Select:
        m_selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_anchor = target;
        break;
    case Move::Extend: {
        if (!m_anchor.isValid())
            m_anchor = m_selection->currentIndex().isValid() ? m_selection->currentIndex() : target;
        const int top = std::min<int>(m_anchor.row(), int(row));
        const int bottom = std::max<int>(m_anchor.row(), int(row));
        m_selection->select(QItemSelection(source->index(top, 0), source->index(bottom, source->columnCount() - 1)),
                            QItemSelectionModel::ClearAndSelect);
        m_selection->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
        break;
    }
    case Move::CurrentOnly:
        m_selection->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
        break;
    }
    showSelection();
}

void WindowedTable::selectAllRows()
{
    QAbstractItemModel* source = model();
    if (!m_selection || source->rowCount() == 0 || source->columnCount() == 0)
        return;
    m_selection->select(
        QItemSelection(source->index(0, 0), source->index(source->rowCount() - 1, source->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
}

void WindowedTable::deselectOutsideWindow()
{
    QAbstractItemModel* source = model();
    if (!m_selection || !m_selection->hasSelection())
        return;
    const int columns = source->columnCount();
    const qint64 first = m_window->first();
    const qint64 end = first + m_window->rowCount();
    QItemSelection outside;
    if (first > 0)
        outside.select(source->index(0, 0), source->index(int(first - 1), columns - 1));
    if (end < source->rowCount())
        outside.select(source->index(int(end), 0), source->index(source->rowCount() - 1, columns - 1));
    const QScopedValueRollback syncing(m_syncing, true); // the view's part is the view's to change
    m_selection->select(outside, QItemSelectionModel::Deselect);
}

void WindowedTable::showSelection()
{
    m_syncing = true;
    QItemSelection shown;
    const qint64 first = m_window->first();
    const qint64 last = first + m_window->rowCount() - 1;
    if (m_selection && m_window->rowCount() > 0) {
        for (const QItemSelectionRange& range : m_selection->selection()) {
            const qint64 top = std::max<qint64>(range.top(), first);
            const qint64 bottom = std::min<qint64>(range.bottom(), last);
            if (top <= bottom)
                shown.append(QItemSelectionRange(m_window->index(int(top - first), range.left()),
                                                 m_window->index(int(bottom - first), range.right())));
        }
    }
    QItemSelectionModel* view = m_view->selectionModel();
    view->select(shown, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_selection ? m_window->mapFromSource(m_selection->currentIndex()) : QModelIndex();
    if (current != view->currentIndex()) {
        if (current.isValid())
            view->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        else
            view->clearCurrentIndex();
    }
    m_syncing = false;
}

QItemSelection WindowedTable::toSource(const QItemSelection& selection) const
{
    QItemSelection mapped;
    for (const QItemSelectionRange& range : selection) {
        const QModelIndex topLeft = m_window->mapToSource(range.topLeft());
        const QModelIndex bottomRight = m_window->mapToSource(range.bottomRight());
        if (topLeft.isValid() && bottomRight.isValid())
            mapped.append(QItemSelectionRange(topLeft, bottomRight));
    }
    return mapped;
}

void WindowedTable::takeSelection(const QItemSelection& selected, const QItemSelection& deselected)
{
    if (m_syncing || !m_selection)
        return;
    const QScopedValueRollback syncing(m_syncing, true);
    m_selection->select(toSource(deselected), QItemSelectionModel::Deselect);
    m_selection->select(toSource(selected), QItemSelectionModel::Select);
}

void WindowedTable::takeCurrent(const QModelIndex& current)
{
    if (m_syncing || !m_selection || !current.isValid())
        return;
    const QScopedValueRollback syncing(m_syncing, true);
    const QModelIndex source = m_window->mapToSource(current);
    m_selection->setCurrentIndex(source, QItemSelectionModel::NoUpdate);
    if (!QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier))
        m_anchor = source;
}

} // namespace tricheck::gui
