#include "auditlogmodel.h"

#include "auditdetails.h"
#include "historyfeed.h"
#include "historystore.h"
#include "i18n/translations.h"

#include <QJsonDocument>

namespace tricheck::history {

AuditLogModel::AuditLogModel(std::shared_ptr<HistoryStore> store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
    connect(m_store->feed(), &HistoryFeed::auditAppended, this, &AuditLogModel::reload);
    i18n::Translations::onCatalogueChanged(this, [this] { retranslate(); });
    m_events = readPage(std::nullopt);
}

AuditLogModel::~AuditLogModel() = default;

QList<AuditEvent> AuditLogModel::readPage(std::optional<qint64> beforeId)
{
    const auto page = m_store->auditEvents(m_pageSize, beforeId, m_filter);
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true;
        const QString message = m_lastError;
        QMetaObject::invokeMethod(
            this,
            [this, message] { emit errorOccurred(message); },
            Qt::QueuedConnection);
        return {};
    }
    m_atEnd = page->size() < m_pageSize;
    return page.value();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    m_events = readPage(std::nullopt);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_events.isEmpty();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditEvent> older = readPage(m_events.constLast().id);
    if (older.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_events.size()), int(m_events.size() + older.size()) - 1);
    m_events.append(older);
    endInsertRows();
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

QStringList AuditLogModel::titles()
{
    QStringList titles;
    for (int c = 0; c < ColumnCount; ++c)
        titles.append(columnTitle(Column(c)));
    return titles;
}

QStringList AuditLogModel::cells(const AuditEvent& e)
{
    return {e.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            e.operatorName,
            e.kindText(),
            AuditDetails::subjectText(e),
            e.rowCount ? QString::number(*e.rowCount) : QString(),
            e.description()};
}

const AuditEvent* AuditLogModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section));
}

QString AuditLogModel::columnTitle(Column column)
{
    switch (column) {
    case Time:
        return AuditEvent::tr("Time");
    case Operator:
        return AuditEvent::tr("Operator");
    case Event:
        return AuditEvent::tr("Event");
    case Subject:
        return AuditEvent::tr("Subject");
    case Rows:
        return AuditEvent::tr("Attempts");
    case Description:
        return AuditEvent::tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Rows)
            return e.rowCount ? QVariant(*e.rowCount) : QVariant();
        return cells(e).value(index.column());
    case Qt::ToolTipRole:
        return index.column() == Description || index.column() == Subject ? data(index, Qt::DisplayRole) : QVariant();
    case KindIdRole:
        return e.kindId;
    case EventIdRole:
        return e.id;
    case DetailsRole:
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

void AuditLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace tricheck::history
