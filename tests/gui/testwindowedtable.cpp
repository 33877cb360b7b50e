// The windowed table (WindowedTable on RowWindowModel): the view is told of a screenful, the
// scroll bar spans every row, and selection, keyboard, mouse and wheel work across all of them.

#include "gui/rowwindowmodel.h"
#include "gui/windowedtable.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

#include <numeric>

using tricheck::gui::RowWindowModel;
using tricheck::gui::WindowedTable;

namespace {

// Rows named by a number that stays with the row when rows are added or removed around it.
class NumberedRows : public QAbstractTableModel
{
public:
    explicit NumberedRows(int rows)
        : m_numbers(rows)
    {
        std::iota(m_numbers.begin(), m_numbers.end(), 0);
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_numbers.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return m_numbers.at(index.row()) * 10 + index.column();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QStringLiteral("Column %1").arg(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    void insertAt(int row, int count)
    {
        beginInsertRows({}, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            m_numbers.insert(row, -(++m_added));
        endInsertRows();
    }
    void removeAt(int row, int count)
    {
        beginRemoveRows({}, row, row + count - 1);
        m_numbers.remove(row, count);
        endRemoveRows();
    }
    void replace(int rows)
    {
        beginResetModel();
        m_numbers.resize(rows);
        std::iota(m_numbers.begin(), m_numbers.end(), 1000000);
        endResetModel();
    }
    int numberAt(int row) const { return m_numbers.at(row); }

private:
    QList<int> m_numbers;
    int m_added = 0;
};

struct Table
{
    explicit Table(int rows)
        : model(rows)
    {
        table.setModel(&model);
        table.view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
        table.view()->setSelectionBehavior(QAbstractItemView::SelectRows);
        table.view()->verticalHeader()->setDefaultSectionSize(20);
        table.resize(400, 300);
        table.show();
    }
    bool ready() { return QTest::qWaitForWindowExposed(&table); }

    QTableView* view() const { return table.view(); }
    QAbstractItemModel* shown() const { return table.view()->model(); }
    QScrollBar* bar() const { return table.rowScrollBar(); }
    // The number of the row at the top of the screen.
    int topNumber() const { return shown()->index(0, 0).data().toInt() / 10; }
    QList<int> selectedNumbers() const
    {
        QList<int> numbers;
        for (const QModelIndex& index : table.recordSelection()->selectedRows())
            numbers.append(model.numberAt(index.row()));
        std::sort(numbers.begin(), numbers.end());
        return numbers;
    }
    // Window rows the view shows selected.
    QList<int> selectedOnScreen() const
    {
        QList<int> rows;
        for (const QModelIndex& index : view()->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        return rows;
    }
    void clickRow(int windowRow, Qt::KeyboardModifiers modifiers = {})
    {
        const QRect cell = view()->visualRect(shown()->index(windowRow, 1));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, cell.center());
    }
    qint64 current() const { return table.recordSelection()->currentIndex().row(); }

    NumberedRows model;
    WindowedTable table;
};

} // namespace

class TestWindowedTable : public QObject
{
    Q_OBJECT

private slots:
    void viewIsToldOfAScreenful()
    {
        Table t(1000000);
        QVERIFY(t.ready());
        const int fit = t.view()->viewport()->height() / 20;
        QVERIFY(fit >= 5);
        QVERIFY(t.shown()->rowCount() >= fit && t.shown()->rowCount() <= fit + 1);
        QCOMPARE(t.view()->verticalHeader()->count(), t.shown()->rowCount());
        QCOMPARE(t.bar()->maximum(), 1000000 - fit);
        QVERIFY(t.bar()->isVisible());
        QCOMPARE(t.bar()->pageStep(), fit);
        QCOMPARE(t.shown()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Column 2"));

        t.bar()->setValue(t.bar()->maximum());
        QCOMPARE(t.topNumber(), 1000000 - fit);
        QCOMPARE(t.shown()->index(fit - 1, 2).data().toInt(), 999999 * 10 + 2); // the last row, whole
        t.bar()->setValue(500000);
        QCOMPARE(t.topNumber(), 500000);

        // A taller table shows more rows; the window is a screenful again.
        t.table.resize(400, 600);
        QTRY_VERIFY(t.shown()->rowCount() > fit + 1);
        QCOMPARE(t.bar()->pageStep(), t.view()->viewport()->height() / 20);
    }

    void keyboardReachesEveryRow()
    {
        Table t(100000);
        QVERIFY(t.ready());
        const int fit = t.bar()->pageStep();
        t.clickRow(0);
        QCOMPARE(t.current(), 0);
        QTest::keyClick(t.view(), Qt::Key_Down);
        QCOMPARE(t.current(), 1);
        QCOMPARE(t.selectedNumbers(), QList<int>{1});

        QTest::keyClick(t.view(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(t.current(), 99999);
        QCOMPARE(t.selectedNumbers(), QList<int>{1}); // Ctrl moves without selecting
        QCOMPARE(t.bar()->value(), t.bar()->maximum());
        QCOMPARE(t.view()->currentIndex().row(), fit - 1); // the last row, fully in view
        QTest::keyClick(t.view(), Qt::Key_PageUp);
        QCOMPARE(t.current(), 99999 - fit);
        QCOMPARE(t.selectedNumbers(), QList<int>{99999 - fit});
        QCOMPARE(t.view()->currentIndex().row(), 0); // the window followed

        // Shift extends from the last row selected without it, across windows.
        QTest::keyClick(t.view(), Qt::Key_Home, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(t.current(), 0);
        QCOMPARE(t.bar()->value(), 0);
        QCOMPARE(t.table.recordSelection()->selection().size(), 1);
        QCOMPARE(t.table.recordSelection()->selection().first().height(), 99999 - fit + 1);
        QCOMPARE(t.selectedOnScreen().size(), t.shown()->rowCount()); // the whole screen is in the selection
        QTest::keyClick(t.view(), Qt::Key_PageDown, Qt::ShiftModifier);
        QCOMPARE(t.current(), fit);
        QCOMPARE(t.selectedNumbers().first(), fit);
        QCOMPARE(t.selectedNumbers().last(), 99999 - fit);

        // Ctrl+A selects every row, not only those on screen.
        QTest::keyClick(t.view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(t.table.recordSelection()->selectedRows().size(), 100000);
    }

    void mouseSelectsAcrossWindows()
    {
        Table t(100000);
        QVERIFY(t.ready());
        t.clickRow(3);
        QCOMPARE(t.current(), 3);
        QCOMPARE(t.selectedNumbers(), QList<int>{3});

        // Scrolled far away, a Shift+click selects from row 3 to the row clicked.
        t.bar()->setValue(5000);
        QVERIFY(t.selectedOnScreen().isEmpty());
        QVERIFY(!t.view()->currentIndex().isValid()); // the current row is off screen
        t.clickRow(2, Qt::ShiftModifier);
        QCOMPARE(t.current(), 5002);
        QCOMPARE(t.table.recordSelection()->selectedRows().size(), 5000);
        QCOMPARE(t.selectedOnScreen(), QList<int>({0, 1, 2}));

        // Ctrl+click adds a row; the selection is still there after scrolling away and back.
        t.clickRow(5, Qt::ControlModifier);
        QCOMPARE(t.table.recordSelection()->selectedRows().size(), 5001);
        t.bar()->setValue(0);
        QCOMPARE(t.selectedOnScreen().first(), 3);
        t.bar()->setValue(5000);
        QCOMPARE(t.selectedOnScreen(), QList<int>({0, 1, 2, 5}));

        // A plain click starts again: rows selected off screen are let go too.
        t.clickRow(1);
        QCOMPARE(t.selectedNumbers(), QList<int>{5001});
        QCOMPARE(t.selectedOnScreen(), QList<int>{1});
    }

    void dragSelectsBeyondTheScreen()
    {
        Table t(10000);
        QVERIFY(t.ready());
        QWidget* viewport = t.view()->viewport();
        const QPoint start = t.view()->visualRect(t.shown()->index(2, 1)).center();
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        QTest::mouseMove(viewport, t.view()->visualRect(t.shown()->index(5, 1)).center());
        QCOMPARE(t.selectedNumbers(), QList<int>({2, 3, 4, 5}));

        // Held below the rows, the rows scroll and the selection follows the row at the edge.
        QTest::mouseMove(viewport, QPoint(start.x(), viewport->height() + 30));
        QTRY_VERIFY(t.bar()->value() >= 20);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(start.x(), viewport->height() + 30));
        const qint64 last = t.current();
        QVERIFY(last >= t.bar()->value() + t.bar()->pageStep() - 1);
        QCOMPARE(t.table.recordSelection()->selectedRows().size(), last - 2 + 1);
        const int value = t.bar()->value();
        QTest::qWait(150);
        QCOMPARE(t.bar()->value(), value); // released: the scrolling stops
    }

    void wheelMovesTheWindow()
    {
        Table t(10000);
        QVERIFY(t.ready());
        const QPoint at = t.view()->viewport()->rect().center();
        QWheelEvent
            down(at, t.view()->viewport()->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(t.view()->viewport(), &down);
        QCOMPARE(t.bar()->value(), QApplication::wheelScrollLines());
        QCOMPARE(t.topNumber(), QApplication::wheelScrollLines());
        QCOMPARE(t.view()->verticalScrollBar()->value(), 0); // the view itself never scrolls down
    }

    void rowsAddedAndRemovedAroundTheWindow()
    {
        Table t(1000);
        QVERIFY(t.ready());
        QAbstractItemModelTester tester(t.shown(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // At the top, new rows appear at the top, as in a plain table.
        t.model.insertAt(0, 2);
        QCOMPARE(t.topNumber(), -2);
        QCOMPARE(t.bar()->maximum(), 1002 - t.bar()->pageStep());

        // Scrolled down, what is on screen stays there, and so do the selection and the current row.
        t.bar()->setValue(500);
        const int top = t.topNumber();
        t.clickRow(4);
        const QList<int> selected = t.selectedNumbers();
        t.model.insertAt(0, 50);
        QCOMPARE(t.topNumber(), top);
        QCOMPARE(t.bar()->value(), 550);
        QCOMPARE(t.selectedNumbers(), selected);
        QCOMPARE(t.selectedOnScreen(), QList<int>{4});
        QCOMPARE(t.view()->currentIndex().row(), 4);
        t.model.removeAt(10, 20);
        QCOMPARE(t.topNumber(), top);
        QCOMPARE(t.selectedOnScreen(), QList<int>{4});

        // The rows on screen removed: the window shows what follows, the selection is gone.
        t.model.removeAt(530, 10);
        QCOMPARE(t.topNumber(), t.model.numberAt(530));
        QVERIFY(t.selectedNumbers().isEmpty());

        // Rows removed at the end: the window shows a full screen again.
        t.bar()->setValue(t.bar()->maximum());
        t.model.removeAt(t.model.rowCount() - 100, 100);
        QCOMPARE(t.shown()->rowCount(), t.bar()->pageStep());
        QCOMPARE(t.bar()->value(), t.bar()->maximum());

        // A new query starts at its first row, with nothing selected.
        t.clickRow(1);
        t.model.replace(5);
        QCOMPARE(t.bar()->value(), 0);
        QCOMPARE(t.bar()->maximum(), 0);
        QVERIFY(!t.bar()->isVisible()); // nowhere to scroll
        QCOMPARE(t.shown()->rowCount(), 5);
        QCOMPARE(t.topNumber(), 1000000);
        QVERIFY(t.selectedNumbers().isEmpty());
        t.model.replace(0);
        QCOMPARE(t.shown()->rowCount(), 0);
        QCOMPARE(t.shown()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Column 0"));
    }
};

QTEST_MAIN(TestWindowedTable)
#include "testwindowedtable.moc"
