#pragma once

#include "api/resultcatalogue.h"
#include "statuspalette.h"

#include <QIcon>
#include <QIdentityProxyModel>

#include <array>

namespace tricheck::gui {

// Adds the presentation of a status to a QtCore model that reports it as int(api::StatusRole) in
// `statusRole`: row tint and text colour from the StatusPalette (light or dark), the status icon
// in one column, and the status name for assistive technology. A row without a status (one the
// model is still reading) is left as the model shows it.
class StatusStyleProxy : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusStyleProxy)

public:
    StatusStyleProxy(int statusRole, int iconColumn, QObject* parent = nullptr);
    ~StatusStyleProxy() override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setStatusPalette(const StatusPalette& palette);
    const StatusPalette& statusPalette() const { return m_palette; }

private:
    api::StatusRole statusAt(const QModelIndex& index) const;

    int m_statusRole;
    int m_iconColumn;
    StatusPalette m_palette;
    std::array<QIcon, 6> m_icons;
};

} // namespace tricheck::gui
