#pragma once

#include <QIdentityProxyModel>

namespace tricheck::gui {

// The columns a table shows, in the order it shows them: a chosen subset of the source model's
// columns, rows unchanged. A view's own hidden and moved sections change only what is painted:
// screen readers (Qt's table interface) see every column of the model in the model's order. Here
// the model has the view's columns, so what is heard is what is seen.
class ColumnOrderProxy : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnOrderProxy)

public:
    explicit ColumnOrderProxy(QObject* parent = nullptr);
    ~ColumnOrderProxy() override;

    // The source columns shown, in order (a model reset).
    void setSourceColumns(const QList<int>& columns);
    const QList<int>& sourceColumns() const { return m_columns; }
    // Shows a source column last, or hides it (columns inserted or removed: the rest stay).
    void setSourceColumnShown(int sourceColumn, bool shown);
    int proxyColumn(int sourceColumn) const { return m_columns.indexOf(sourceColumn); }
    int sourceColumn(int proxyColumn) const { return m_columns.value(proxyColumn, -1); }

    void setSourceModel(QAbstractItemModel* source) override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection& selection) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection& selection) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onSourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);

    QList<int> m_columns;
};

} // namespace tricheck::gui
