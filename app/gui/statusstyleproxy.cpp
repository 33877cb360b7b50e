#include "statusstyleproxy.h"

#include "icons.h"

#include <QBrush>

namespace tricheck::gui {

using api::StatusRole;

StatusStyleProxy::StatusStyleProxy(int statusRole, int iconColumn, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_statusRole(statusRole)
    , m_iconColumn(iconColumn)
{
    for (int i = 0; i < int(m_icons.size()); ++i)
        m_icons[std::size_t(i)] = Icons::status(StatusRole(i));
}

StatusStyleProxy::~StatusStyleProxy() = default;

StatusRole StatusStyleProxy::statusAt(const QModelIndex& index) const
{
    const QVariant v = QIdentityProxyModel::data(index, m_statusRole);
    const int role = v.isValid() ? v.toInt() : int(StatusRole::Unknown);
    return role >= 0 && role <= int(StatusRole::Unknown) ? StatusRole(role) : StatusRole::Unknown;
}

QVariant StatusStyleProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool styled = role == Qt::BackgroundRole || role == Qt::ForegroundRole || role == Qt::DecorationRole ||
                        role == Qt::AccessibleDescriptionRole;
    if (styled && !QIdentityProxyModel::data(index, m_statusRole).isValid())
        return QIdentityProxyModel::data(index, role); // a row not read yet: no outcome to show
    switch (role) {
    case Qt::BackgroundRole:
        return QBrush(m_palette.colors(statusAt(index)).background);
    case Qt::ForegroundRole:
        return QBrush(m_palette.colors(statusAt(index)).foreground);
    case Qt::DecorationRole:
        if (index.column() == m_iconColumn)
            return m_icons.at(std::size_t(statusAt(index)));
        break;
    case Qt::AccessibleDescriptionRole:
        return api::ResultCatalogue::roleName(statusAt(index));
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

void StatusStyleProxy::setStatusPalette(const StatusPalette& palette)
{
    if (palette.isDark() == m_palette.isDark())
        return;
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0),
                         index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

} // namespace tricheck::gui
