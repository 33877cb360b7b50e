#include "rowwindowmodel.h"

#include <algorithm>

namespace tricheck::gui {

RowWindowModel::RowWindowModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

RowWindowModel::~RowWindowModel() = default;

void RowWindowModel::setSourceModel(QAbstractItemModel* source)
{
    emit windowAboutToChange();
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source)
        connectSource(source);
    m_first = 0;
    m_rows = rowsFitting();
    endResetModel();
    emit windowChanged();
}

void RowWindowModel::connectSource(QAbstractItemModel* source)
{
    const auto reset = [this] {
        emit windowAboutToChange();
        beginResetModel();
    };
    const auto wasReset = [this] {
        m_first = std::clamp<qint64>(m_first, 0, std::max<qint64>(0, sourceRowCount() - 1));
        m_rows = rowsFitting();
        endResetModel();
        emit windowChanged();
    };
    m_connections = {
        connect(source,
                &QAbstractItemModel::modelAboutToBeReset,
                this,
                [this, reset] {
                    m_first = 0; // a new query starts at its first row
                    reset();
                }),
        connect(source, &QAbstractItemModel::modelReset, this, wasReset),
        // A new order or new columns: the window's rows are other ones (a reset of a screenful
        // keeps the header's column widths).
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, reset),
        connect(source, &QAbstractItemModel::layoutChanged, this, wasReset),
        connect(source,
                &QAbstractItemModel::rowsInserted,
                this,
                [this](const QModelIndex&, int first, int last) { onSourceRowsInserted(first, last); }),
        connect(source,
                &QAbstractItemModel::rowsRemoved,
                this,
                [this](const QModelIndex&, int first, int last) { onSourceRowsRemoved(first, last); }),
        connect(source,
                &QAbstractItemModel::rowsMoved,
                this,
                [this] {
                    emit windowAboutToChange();
                    refresh();
                }),
        connect(source, &QAbstractItemModel::dataChanged, this, &RowWindowModel::onSourceDataChanged),
        connect(source,
                &QAbstractItemModel::headerDataChanged,
                this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        emit headerDataChanged(orientation, first, last);
                }),
        connect(source,
                &QAbstractItemModel::columnsAboutToBeInserted,
                this,
                [this](const QModelIndex&, int first, int last) { beginInsertColumns({}, first, last); }),
        connect(source, &QAbstractItemModel::columnsInserted, this, [this] { endInsertColumns(); }),
        connect(source,
                &QAbstractItemModel::columnsAboutToBeRemoved,
                this,
                [this](const QModelIndex&, int first, int last) { beginRemoveColumns({}, first, last); }),
        connect(source, &QAbstractItemModel::columnsRemoved, this, [this] { endRemoveColumns(); }),
        connect(source,
                &QAbstractItemModel::columnsAboutToBeMoved,
                this,
                [this](const QModelIndex&, int first, int last, const QModelIndex&, int to) {
                    beginMoveColumns({}, first, last, {}, to);
                }),
        connect(source, &QAbstractItemModel::columnsMoved, this, [this] { endMoveColumns(); }),
    };
}

qint64 RowWindowModel::sourceRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int RowWindowModel::rowsFitting() const
{
    return int(std::clamp<qint64>(sourceRowCount() - m_first, 0, m_size));
}

int RowWindowModel::windowRow(qint64 sourceRow) const
{
    return sourceRow >= m_first && sourceRow < m_first + m_rows ? int(sourceRow - m_first) : -1;
}

void RowWindowModel::setWindow(qint64 first, int size)
{
    first = std::clamp<qint64>(first, 0, std::max<qint64>(0, sourceRowCount() - 1));
    size = std::max(0, size);
    if (first == m_first && size == m_size)
        return;
    emit windowAboutToChange();
    m_first = first;
    m_size = size;
    refresh();
}

void RowWindowModel::onSourceRowsInserted(int first, int last)
{
    emit windowAboutToChange();
    // Rows added above a window that has been moved down move it with what it shows.
    if (m_first > 0 && first <= m_first)
        m_first += last - first + 1;
    refresh();
}

void RowWindowModel::onSourceRowsRemoved(int first, int last)
{
    emit windowAboutToChange();
    if (last < m_first)
        m_first -= last - first + 1;
    else if (first < m_first)
        m_first = first;
    m_first = std::clamp<qint64>(m_first, 0, std::max<qint64>(0, sourceRowCount() - 1));
    refresh();
}

void RowWindowModel::refresh()
{
    const int before = m_rows;
    const int after = rowsFitting();
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows = after;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows = after;
        endRemoveRows();
    }
    const int kept = std::min(before, after);
    if (kept > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(kept - 1, columnCount() - 1));
    emit windowChanged();
}

void RowWindowModel::onSourceDataChanged(const QModelIndex& topLeft,
                                         const QModelIndex& bottomRight,
                                         const QList<int>& roles)
{
    const qint64 top = std::max<qint64>(topLeft.row(), m_first);
    const qint64 bottom = std::min<qint64>(bottomRight.row(), m_first + m_rows - 1);
    if (top > bottom)
        return;
    emit dataChanged(index(int(top - m_first), topLeft.column()),
                     index(int(bottom - m_first), bottomRight.column()),
                     roles);
}

QModelIndex RowWindowModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowWindowModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex RowWindowModel::sibling(int row, int column, const QModelIndex& index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int RowWindowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RowWindowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool RowWindowModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows > 0 && columnCount() > 0;
}

QModelIndex RowWindowModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(int(m_first + proxyIndex.row()), proxyIndex.column());
}

QModelIndex RowWindowModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = windowRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant RowWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(m_first + section + 1) : QVariant();
    // The columns are the source's (QAbstractProxyModel maps them through row 0, which an empty
    // window does not have).
    return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

} // namespace tricheck::gui
