#pragma once

#include "auditevent.h"

#include <QAbstractTableModel>

#include <memory>

namespace tricheck::history {

class HistoryStore;

// The audit trail as a read-only table, newest first. Events are read in pages of pageSize()
// (fetchMore() pages back through older ones); texts follow a language switch and new events
// appear when any store of the same file appends one.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        Time,
        Operator,
        Event,
        Subject,
        Rows,
        Description,
        ColumnCount
    };
    enum Role {
        KindIdRole = Qt::UserRole + 1, // AuditEvent::kindId
        EventIdRole,
        DetailsRole, // the details as compact JSON text
    };

    explicit AuditLogModel(std::shared_ptr<HistoryStore> store, QObject* parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const AuditEvent* eventAt(int row) const;
    // Only these events (read again from the database).
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    // The columns' titles and an event's cells as shown (and exported), in the UI language.
    static QStringList titles();
    static QStringList cells(const AuditEvent& event);
    void setPageSize(int events) { m_pageSize = std::max(1, events); }
    int pageSize() const { return m_pageSize; }
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

signals:
    void errorOccurred(const QString& message);

private:
    QList<AuditEvent> readPage(std::optional<qint64> beforeId);
    void retranslate();
    static QString columnTitle(Column column);

    std::shared_ptr<HistoryStore> m_store;
    QList<AuditEvent> m_events;
    bool m_atEnd = false;
    int m_pageSize = 500;
    QString m_lastError;
    AuditFilter m_filter;
};

} // namespace tricheck::history
