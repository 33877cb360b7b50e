#pragma once

#include "attemptrecord.h"
#include "historycolumns.h"
#include "historypagereader.h"
#include "historyquery.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

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

    // Deferred: the model starts empty and reads nothing until setQuery() (or setFilter(), sort(),
    // reload()): a view can be set up on it (columns, widths) before its rows arrive, and a history
    // of millions is then reset once, not once per setting (each reset makes QHeaderView walk
    // every row).
    enum class InitialLoad {
        Now,
        Deferred
    };

    // A burst of commits is looked at no more often than every kMinLookIntervalMs once kLookBurst
    // looks are spent: four times a second still reads as live.
    static constexpr qint64 kMinLookIntervalMs = 250;
    static constexpr double kLookBurst = 4;

    explicit HistoryModel(std::shared_ptr<HistoryStore> store,
                          QObject* parent = nullptr,
                          InitialLoad load = InitialLoad::Now);
    ~HistoryModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    void setFilter(const HistoryFilter& filter);
    void setQuery(const HistoryFilter& filter, const HistorySort& sort); // one reset for both
    HistoryFilter filter() const { return m_filter; }
    HistorySort sortOrder() const { return m_sort; }
    std::optional<AttemptRecord> recordAt(int row) const;
    static HistoryColumn columnAt(int section) { return HistoryColumn(section); }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows); // resets the model
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages);
    int cachedRowCount() const; // rows held in memory now
    // rowCount() without Qt's int: the rows that match the filter, or while a count is made in the
    // background (below), the first page until it arrives.
    qint64 totalRows() const { return m_count; }
    // With pages read in the background, a count that is not kept (every matching row is read:
    // PostgreSQL, or SQLite filtered by more than status) is made there too; meanwhile the model
    // shows its first page and totalRows() is that page (counted() says when the number is in).
    bool isCounting() const { return m_counting; }
    // totalRows(), or while the background still counts (or after its count failed), the number
    // counted here and now (an export's warning names it).
    qint64 matchingRows() const;
    // Pages far from the cached ones and at least `minOffset` rows from either end (an OFFSET read
    // walks that many index entries) are read on a thread of their own, and data() answers an empty
    // value for their rows until they arrive (dataChanged). For views: recordAt() and the model's
    // other callers still read at once. Off by default.
    static constexpr qint64 kDefaultBackgroundOffset = 20000; // about a millisecond to walk
    void setPagesReadInBackground(bool background, qint64 minOffset = kDefaultBackgroundOffset);
    QString lastError() const { return m_lastError; }

public slots:
    // Picks up attempts committed since the last look (inserted at the top when they belong
    // there); anything else changed: reload.
    void refresh();
    void reload();

signals:
    void errorOccurred(const QString& message);
    void counted(); // a count made in the background arrived (isCounting() is false again)

private:
    struct Page
    {
        QList<AttemptRecord> rows;
        bool failed = false;
    };
    // How a page is read: after a cached neighbour's key (cheap at any depth), or by offset from
    // the nearer end.
    struct PagePlan
    {
        HistoryWindow window;
        int n = 0; // rows the page holds
        qint64 offset() const { return window.after ? 0 : window.offset; }
    };
    enum class PageRead {
        Now,
        MayWait
    };

    // Why the database is looked at again.
    enum class Look {
        Appended, // attempts were committed: show new rows on top
        Settled,  // attempts in flight got their outcomes in place
        Reload,   // anything else: read the view again
    };

    void resetState();
    bool settleInPlace();       // false: the settled rows may have moved, read the view again
    bool refreshRowsInFlight(); // false: a row could not be read again in place
    void forgetPages();
    void moveTopPagesDown(const QList<AttemptRecord>& added); // `added` newest first, on top
    const AttemptRecord* rowAt(int row, PageRead read = PageRead::Now) const;
    PagePlan planPage(int index) const;
    Page readPage(const PagePlan& plan) const;
    Page finishPage(Expected<QList<AttemptRecord>, HistoryError> rows, const PagePlan& plan) const;
    QHash<int, Page>::iterator cachePage(int index, Page page) const;
    void requestPage(int index, const PagePlan& plan) const;
    void onPageRead(quint64 generation, int index, const HistoryPageReader::Rows& rows);
    void onCountRead(quint64 generation, const HistoryPageReader::Count& count);
    void reportError(const QString& message) const;
    void scheduleLook(Look look);
    qint64 takeLookToken(); // 0: look now; else the milliseconds until a look may be taken
    void lookNow();
    void onLookTimer();
    void retranslate();

    std::shared_ptr<HistoryStore> m_store;
    HistoryFilter m_filter;
    HistorySort m_sort;
    int m_pageSize = 256;
    int m_maxPages = 40;
    qint64 m_count = 0; // rows that match the filter, as views were told
    qint64 m_maxId = 0;
    QTimer m_lookTimer; // a look at the database is due (a burst of commits is coalesced)
    QElapsedTimer m_lookClock;
    qint64 m_lookRefilledMs = 0;
    double m_lookTokens = kLookBurst; // looks that may be taken at once (a token bucket)
    bool m_reloadPending = false;
    bool m_settlePending = false;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_lru;                    // least recently used first
    std::unique_ptr<HistoryPageReader> m_reader; // null: every page is read at once
    qint64 m_backgroundOffset = kDefaultBackgroundOffset;
    quint64 m_generation = 0;      // bumped whenever the cached pages are dropped
    quint64 m_countGeneration = 0; // bumped whenever the rows are counted again
    bool m_counting = false;
    bool m_countFailed = false;           // the background count failed: matchingRows() counts here
    qint64 m_addedWhileCounting = 0;      // rows inserted on top since the count's snapshot
    mutable QHash<int, PagePlan> m_plans; // pages asked of m_reader in this generation
    mutable std::optional<std::pair<quint64, int>> m_requested; // the latest of them
    mutable HistoryFormatter m_formatter;
    mutable QString m_lastError;
};

} // namespace tricheck::history
