#include "columnorderproxy.h"

#include <QItemSelection>

#include <algorithm>

namespace tricheck::gui {

ColumnOrderProxy::ColumnOrderProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

ColumnOrderProxy::~ColumnOrderProxy() = default;

void ColumnOrderProxy::setSourceModel(QAbstractItemModel* source)
{
    QIdentityProxyModel::setSourceModel(source);
    if (source == nullptr)
        return;
    // QIdentityProxyModel passes these on with its own column mapping (the identity); with
    // columns left out it would pass invalid indexes.
    disconnect(source, &QAbstractItemModel::dataChanged, this, nullptr);
    disconnect(source, &QAbstractItemModel::headerDataChanged, this, nullptr);
    connect(source, &QAbstractItemModel::dataChanged, this, &ColumnOrderProxy::onSourceDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this, &ColumnOrderProxy::onSourceHeaderDataChanged);
}

void ColumnOrderProxy::setSourceColumns(const QList<int>& columns)
{
    beginResetModel();
    m_columns.clear();
    for (const int column : columns) {
        if (column >= 0 && !m_columns.contains(column))
            m_columns.append(column);
    }
    endResetModel();
}

void ColumnOrderProxy::setSourceColumnShown(int sourceColumn, bool shown)
{
    const int at = proxyColumn(sourceColumn);
    if (shown && at < 0 && sourceColumn >= 0) {
        beginInsertColumns(QModelIndex(), int(m_columns.size()), int(m_columns.size()));
        m_columns.append(sourceColumn);
        endInsertColumns();
    } else if (!shown && at >= 0) {
        beginRemoveColumns(QModelIndex(), at, at);
        m_columns.removeAt(at);
        endRemoveColumns();
    }
}

int ColumnOrderProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || sourceModel() == nullptr ? 0 : int(m_columns.size());
}

QModelIndex ColumnOrderProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QModelIndex source = sourceModel()->index(row, m_columns.at(column));
    return source.isValid() ? createIndex(row, column, source.internalPointer()) : QModelIndex();
}

QModelIndex ColumnOrderProxy::sibling(int row, int column, const QModelIndex& index) const
{
    return index.isValid() ? this->index(row, column, index.parent()) : QModelIndex();
}

QModelIndex ColumnOrderProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || sourceModel() == nullptr || proxyIndex.column() >= m_columns.size())
        return {};
    return sourceModel()->index(proxyIndex.row(), m_columns.at(proxyIndex.column()));
}

QModelIndex ColumnOrderProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int column = proxyColumn(sourceIndex.column());
    return column < 0 ? QModelIndex() : createIndex(sourceIndex.row(), column, sourceIndex.internalPointer());
}

QItemSelection ColumnOrderProxy::mapSelectionToSource(const QItemSelection& selection) const
{
    // Index by index: a range of proxy columns is no range of source columns. QIdentityProxyModel's
    // own version maps whole ranges, which is wrong here, so its base is called on purpose.
    return QAbstractProxyModel::mapSelectionToSource(selection); // NOLINT(bugprone-parent-virtual-call)
}

QItemSelection ColumnOrderProxy::mapSelectionFromSource(const QItemSelection& selection) const
{
    return QAbstractProxyModel::mapSelectionFromSource(selection); // NOLINT(bugprone-parent-virtual-call)
}

QVariant ColumnOrderProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (sourceModel() == nullptr)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size()
                   ? sourceModel()->headerData(m_columns.at(section), orientation, role)
                   : QVariant();
    return sourceModel()->headerData(section, orientation, role);
}

void ColumnOrderProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel() != nullptr && column >= 0 && column < m_columns.size())
        sourceModel()->sort(m_columns.at(column), order);
}

void ColumnOrderProxy::onSourceDataChanged(const QModelIndex& topLeft,
                                           const QModelIndex& bottomRight,
                                           const QList<int>& roles)
{
    int first = -1;
    int last = -1;
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
        const int at = proxyColumn(column);
        if (at < 0)
            continue;
        first = first < 0 ? at : std::min(first, at);
        last = std::max(last, at);
    }
    if (first >= 0)
        emit dataChanged(index(topLeft.row(), first), index(bottomRight.row(), last), roles);
}

void ColumnOrderProxy::onSourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Vertical)
        emit headerDataChanged(orientation, first, last);
    else if (!m_columns.isEmpty())
        emit headerDataChanged(orientation, 0, int(m_columns.size()) - 1);
}

} // namespace tricheck::gui
