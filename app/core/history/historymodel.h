#pragma once

#include "attemptrecord.h"
#include "historycolumns.h"
#include "historyquery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>

namespace tricheck::history {

class HistoryStore;

// The history as a table for views (QtCore only: the GUI adds colours from OutcomeRole).
//
// Scale: rowCount() is the filtered COUNT(*); rows are read from the database in pages of
// pageSize() rows (the first at once, the others when a view asks for them), and only the most
// recently used pages stay in memory. A page next to a cached one is read by keyset (cheap at any depth); a page far
// away by offset from the nearer end. A million-row history is never loaded as a whole. Filtering and sorting (any
// column) run in SQL.
//
// Live updates: after another store (or this one) commits new attempts, the model inserts them
// at the top when they belong there (newest-first order), otherwise it reloads. Texts follow a
// language switch (i18n::Translations::onCatalogueChanged).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Role {
        OutcomeRole = Qt::UserRole + 1, // int(api::StatusRole): the GUI colours by it
        StatusIdRole,                   // "pass", "mismatch" …
        RawValueRole,                   // the stored value of the cell's column
        SortKeyRole,                    // the value the column sorts by
        RecordIdRole,                   // database row id (qint64)
        AttemptIdRole,
        BilledRole,    // bool, or null when unknown
        ErrorKindRole, // errorKindId(), empty for results
        StartedUtcRole,
    };

    explicit HistoryModel(std::shared_ptr<HistoryStore> store, QObject* parent = nullptr);
    ~HistoryModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    void setFilter(const HistoryFilter& filter);
    HistoryFilter filter() const { return m_filter; }
    HistorySort sortOrder() const { return m_sort; }
    std::optional<AttemptRecord> recordAt(int row) const;
    static HistoryColumn columnAt(int section) { return HistoryColumn(section); }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows); // resets the model
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages);
    int cachedRowCount() const; // rows held in memory now
    QString lastError() const { return m_lastError; }

public slots:
    // Picks up attempts committed since the last look (inserted at the top when they belong
    // there); anything else changed: reload.
    void refresh();
    void reload();

signals:
    void errorOccurred(const QString& message);

private:
    struct Page
    {
        QList<AttemptRecord> rows;
        bool failed = false;
    };

    void resetState();
    void settled();
    const AttemptRecord* rowAt(int row) const;
    Page loadPage(int index) const;
    void reportError(const QString& message) const;
    void scheduleRefresh(bool reloadAll);
    void retranslate();

    std::shared_ptr<HistoryStore> m_store;
    HistoryFilter m_filter;
    HistorySort m_sort;
    int m_pageSize = 256;
    int m_maxPages = 40;
    qint64 m_count = 0;
    qint64 m_maxId = 0;
    bool m_refreshPending = false;
    bool m_reloadPending = false;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_lru; // least recently used first
    mutable HistoryFormatter m_formatter;
    mutable QString m_lastError;
};

} // namespace tricheck::history
