#pragma once

#include <QAbstractProxyModel>

namespace tricheck::gui {

// The rows of a flat source model that a view shows at once: rows [first, first + size) of the
// source, columns unchanged. A QTableView keeps a record for every row it is told of (its vertical
// QHeaderView: eight bytes per row, walked whenever rows are added), so a table of ten million rows
// stalls the GUI thread for a tenth of a second at each change; told of a window of a screenful,
// it costs the same at any size. WindowedTable moves the window with a scroll bar of its own.
//
// Rows added or removed above the window move it with its rows (what is on screen stays on screen)
// unless it starts at the first row, where new rows appear at the top as in a plain table. After
// every change the window emits windowChanged(); the window's own rows are then up to date.
class RowWindowModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowWindowModel)

public:
    explicit RowWindowModel(QObject* parent = nullptr);
    ~RowWindowModel() override;

    void setSourceModel(QAbstractItemModel* source) override;

    // Moves or resizes the window (first is kept within the source's rows).
    void setWindow(qint64 first, int size);
    qint64 first() const { return m_first; }
    int size() const { return m_size; }
    qint64 sourceRowCount() const;
    // The source row of a window row, and the window row of a source row (-1 outside the window).
    qint64 sourceRow(int row) const { return m_first + row; }
    int windowRow(qint64 sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Before the window's rows change for any reason (a move, a resize, the source's rows), and after.
    void windowAboutToChange();
    void windowChanged();

private:
    void connectSource(QAbstractItemModel* source);
    // Makes the window's rows what first and size now say: rows added or removed at its end, the
    // rest repainted.
    void refresh();
    int rowsFitting() const;
    void onSourceRowsInserted(int first, int last);
    void onSourceRowsRemoved(int first, int last);
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    qint64 m_first = 0;
    int m_size = 0;
    int m_rows = 0; // what the views were last told (the source has changed before it says so)
    QList<QMetaObject::Connection> m_connections;
};

} // namespace tricheck::gui
