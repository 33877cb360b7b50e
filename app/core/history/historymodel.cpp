#include "historymodel.h"

#include "historyfeed.h"
#include "historystore.h"
#include "i18n/translations.h"

#include <QMetaObject>

#include <algorithm>
#include <climits>
#include <utility>

namespace tricheck::history {

namespace {
// More rows than this stored since the last look (a burst): the model reloads instead of reading
// them to insert them at the top.
constexpr qint64 kMaxRowsInsertedInPlace = 1000;
// Rows added on top move at most this many cached pages from the top down (a view near the top
// shows a page or two); pages further on are read again when shown.
constexpr int kMaxTopPagesMoved = 4;
} // namespace

HistoryModel::HistoryModel(std::shared_ptr<HistoryStore> store, QObject* parent, InitialLoad load)
    : QAbstractTableModel(parent)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
    // The one path from the stores of this history to the view: commits of this thread and of
    // others (a batch worker) alike; see scheduleLook() for how a burst of them is looked at.
    HistoryFeed* feed = m_store->feed();
    connect(feed, &HistoryFeed::attemptsAppended, this, [this] { scheduleLook(Look::Appended); });
    connect(feed, &HistoryFeed::attemptsRemoved, this, [this] { scheduleLook(Look::Reload); });
    connect(feed, &HistoryFeed::attemptsChanged, this, [this] { scheduleLook(Look::Settled); });
    m_lookClock.start();
    m_lookTimer.setSingleShot(true);
    m_lookTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may wake before the look is due
    connect(&m_lookTimer, &QTimer::timeout, this, &HistoryModel::onLookTimer);
    i18n::Translations::onCatalogueChanged(this, [this] { retranslate(); });
    if (load == InitialLoad::Now)
        resetState();
}

HistoryModel::~HistoryModel() = default;

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kHistoryColumnCount;
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OutcomeRole, "statusRole");
    names.insert(StatusIdRole, "statusId");
    names.insert(RawValueRole, "rawValue");
    names.insert(SortKeyRole, "sortKey");
    names.insert(RecordIdRole, "recordId");
    names.insert(AttemptIdRole, "attemptId");
    names.insert(BilledRole, "billed");
    names.insert(ErrorKindRole, "errorKind");
    names.insert(StartedUtcRole, "startedUtc");
    return names;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < kHistoryColumnCount) {
        if (role == Qt::DisplayRole)
            return HistoryColumns::title(columnAt(section));
        if (role == RawValueRole)
            return HistoryColumns::id(columnAt(section));
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttemptRecord* r = rowAt(index.row(), PageRead::MayWait);
    const HistoryColumn column = columnAt(index.column());
    if (r == nullptr) {
        const bool reading = m_plans.contains(index.row() / m_pageSize); // in the background
        return reading && role == Qt::DisplayRole && column == HistoryColumn::Time ? tr("Reading…") : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_formatter.text(column, *r);
    case Qt::ToolTipRole:
        if (column == HistoryColumn::Result)
            return r->isError() ? (r->message.isEmpty() ? HistoryColumns::errorKindText(r->errorKind) : r->message)
                                : api::ResultCatalogue::subCode(r->subCode).longText;
        return {};
    case OutcomeRole:
        return int(r->role);
    case StatusIdRole:
        return api::ResultCatalogue::roleId(r->role);
    case RawValueRole:
        return HistoryFormatter::raw(column, *r);
    case SortKeyRole:
        return HistoryStore::sortKey({column, m_sort.order}, *r).value;
    case RecordIdRole:
        return r->id;
    case AttemptIdRole:
        return r->attemptId;
    case BilledRole:
        return r->billed ? QVariant(*r->billed) : QVariant();
    case ErrorKindRole:
        return r->errorKind;
    case StartedUtcRole:
        return r->startedUtc();
    default:
        return {};
    }
}

std::optional<AttemptRecord> HistoryModel::recordAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const AttemptRecord* r = rowAt(row);
    return r ? std::optional<AttemptRecord>(*r) : std::nullopt;
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kHistoryColumnCount)
        return;
    const HistorySort sort{columnAt(column), order};
    if (sort == m_sort)
        return;
    beginResetModel();
    m_sort = sort;
    resetState();
    endResetModel();
}

void HistoryModel::setFilter(const HistoryFilter& filter)
{
    setQuery(filter, m_sort);
}

void HistoryModel::setQuery(const HistoryFilter& filter, const HistorySort& sort)
{
    beginResetModel();
    m_filter = filter;
    m_filter.idAbove.reset();
    m_sort = sort;
    resetState();
    endResetModel();
}

void HistoryModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(1, rows);
    resetState();
    endResetModel();
}

void HistoryModel::setMaxCachedPages(int pages)
{
    m_maxPages = std::max(2, pages);
}

int HistoryModel::cachedRowCount() const
{
    int n = 0;
    for (const Page& p : std::as_const(m_pages))
        n += int(p.rows.size());
    return n;
}

void HistoryModel::reload()
{
    beginResetModel();
    resetState();
    endResetModel();
}

bool HistoryModel::settleInPlace()
{
    // Attempts in flight got their outcomes in place: the same rows with other values, unless a
    // filter or a sort by value may now place them elsewhere.
    if (!m_filter.isEmpty() || m_sort.column != HistoryColumn::Time)
        return false;
    // Settling changes only rows that were in flight, so of the rows a view can show (the cached
    // ones) only those are read again, by id. A batch settles rows with every commit: reading the
    // shown pages again each time kept the GUI thread busy for the whole batch, and resetting the
    // view would lose its place.
    if (!refreshRowsInFlight()) {
        forgetPages();
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    return true;
}

bool HistoryModel::refreshRowsInFlight()
{
    const QString inFlight = api::errorKindId(api::ErrorKind::InFlight);
    QList<int> changed;
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        for (qsizetype i = 0; i < page->rows.size(); ++i) {
            if (page->rows.at(i).errorKind != inFlight)
                continue;
            const auto fresh = m_store->record(page->rows.at(i).id);
            // Gone, or moved in time order: the pages are read again instead.
            if (!fresh || !*fresh || (*fresh)->startedMs != page->rows.at(i).startedMs)
                return false;
            if ((*fresh)->errorKind == inFlight)
                continue; // still waiting for its answer: nothing else changes such a row
            page->rows[i] = **fresh;
            changed.append(page.key() * m_pageSize + int(i));
        }
    }
    // After the loop: a view that repaints on dataChanged asks for rows, and may cache pages.
    for (const int row : std::as_const(changed))
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

void HistoryModel::forgetPages()
{
    m_pages.clear();
    m_lru.clear();
    m_plans.clear();
    m_requested.reset();
    ++m_generation; // pages still being read in the background are for rows no longer here
}

void HistoryModel::resetState()
{
    forgetPages();
    ++m_countGeneration; // a count still being made is for other rows
    m_counting = false;
    m_countFailed = false;
    m_lastError.clear();
    m_count = 0;
    m_maxId = 0;
    const auto maxId = m_store->maxId();
    if (!maxId) {
        reportError(maxId.error().message);
        return;
    }
    // The first window is read first: when it is not full it also is the count, which spares a
    // rare filter (nothing indexable, e.g. a reference text) a second pass over the history.
    const auto first = m_store->window(m_filter, m_sort, {m_pageSize, 0, {}, false});
    if (!first) {
        reportError(first.error().message);
        return;
    }
    if (first->size() < m_pageSize) {
        m_count = first->size();
    } else if (m_reader && !m_store->countIsKept(m_filter)) {
        // Counted in the background, as of this snapshot (rows inserted on top meanwhile are added).
        HistoryFilter snapshot = m_filter;
        snapshot.idAtMost = *maxId;
        m_reader->requestCount({m_countGeneration, snapshot});
        m_counting = true;
        m_addedWhileCounting = 0;
        m_count = first->size();
    } else {
        const auto count = m_store->count(m_filter);
        if (!count) {
            reportError(count.error().message);
            return;
        }
        m_count = *count;
    }
    m_maxId = *maxId;
    if (!first->isEmpty()) {
        m_pages.insert(0, Page{*first, false});
        m_lru.append(0);
    }
}

void HistoryModel::scheduleLook(Look look)
{
    m_reloadPending = m_reloadPending || look == Look::Reload;
    m_settlePending = m_settlePending || look == Look::Settled;
    if (m_lookTimer.isActive())
        return; // a look is due: it will see this change too
    // A reload may be asked from inside data(): a view must not see the model reset under it.
    const qint64 wait = look == Look::Reload ? 0 : takeLookToken();
    if (look != Look::Reload && wait == 0)
        lookNow();
    else
        m_lookTimer.start(int(wait));
}

qint64 HistoryModel::takeLookToken()
{
    // A verification just recorded, and its answer, show at once. A burst of commits (a batch)
    // is looked at no more often than every kMinLookIntervalMs once kLookBurst looks are spent:
    // each look repaints the shown rows, and a look after every commit kept the GUI thread
    // painting for the whole batch.
    const qint64 now = m_lookClock.elapsed();
    m_lookTokens = std::min(kLookBurst, m_lookTokens + double(now - m_lookRefilledMs) / kMinLookIntervalMs);
    m_lookRefilledMs = now;
    if (m_lookTokens < 1)
        return qint64((1 - m_lookTokens) * kMinLookIntervalMs) + 1;
    m_lookTokens -= 1;
    return 0;
}

void HistoryModel::lookNow()
{
    m_lookTimer.stop();
    const bool settle = std::exchange(m_settlePending, false);
    if (std::exchange(m_reloadPending, false) || (settle && !settleInPlace()))
        reload();
    else
        refresh();
}

void HistoryModel::onLookTimer()
{
    if (!m_reloadPending) {
        if (const qint64 wait = takeLookToken(); wait > 0) {
            m_lookTimer.start(int(wait)); // woken a little early
            return;
        }
    }
    lookNow();
}

void HistoryModel::refresh()
{
    const auto maxId = m_store->maxId();
    if (!maxId) {
        reportError(maxId.error().message);
        return;
    }
    if (*maxId == m_maxId)
        return;
    if (*maxId < m_maxId || m_sort != HistorySort{}) {
        reload();
        return;
    }
    // Newest first: rows stored since m_maxId belong at the top if none of them started before
    // the current top row (a batch running in parallel can commit an earlier start late).
    HistoryFilter fresh = m_filter;
    fresh.idAbove = m_maxId;
    const auto added = m_store->count(fresh);
    if (!added) {
        reportError(added.error().message);
        return;
    }
    if (*added == 0) {
        m_maxId = *maxId;
        return;
    }
    // The new rows, read newest first: that is where they are. (The oldest of them by ascending
    // time made SQLite walk the time index from the start of the history: a whole-table read on the
    // GUI thread after every commit of a batch.) Many new rows at once: reading the top is as cheap.
    if (*added > kMaxRowsInsertedInPlace) {
        reload();
        return;
    }
    const auto addedRows = m_store->window(fresh, HistorySort{}, {int(*added), 0, {}, false});
    const AttemptRecord* top = m_count > 0 ? rowAt(0) : nullptr;
    if (!addedRows || addedRows->isEmpty() || (m_count > 0 && top == nullptr) ||
        (top != nullptr && addedRows->constLast().startedMs < top->startedMs)) {
        reload();
        return;
    }
    beginInsertRows(QModelIndex(), 0, int(*added) - 1);
    moveTopPagesDown(*addedRows);
    m_count += *added;
    if (m_counting)
        m_addedWhileCounting += *added;
    m_maxId = *maxId;
    endInsertRows();
}

void HistoryModel::moveTopPagesDown(const QList<AttemptRecord>& added)
{
    // The rows already read from the top of the table (pages 0, 1, … without a gap) stay, moved
    // down under the new ones, so the view shows them without reading them again: a batch adds
    // rows with every commit, and reading the shown page again each time kept the GUI thread busy
    // for the whole batch. Pages further on are read again when shown.
    // Only the first few pages are moved: every row moved is copied twice, and a run of forty
    // pages made each look during a batch copy ten thousand rows.
    const int kept = std::min(m_maxPages, kMaxTopPagesMoved);
    QList<AttemptRecord> top = added;
    bool endKnown = false; // the cached run reaches the last row
    for (int index = 0; index < kept; ++index) {
        const auto page = m_pages.constFind(index);
        if (page == m_pages.cend() || page->failed)
            break;
        top += page->rows;
        if (page->rows.size() < m_pageSize) {
            endKnown = !m_counting;
            break;
        }
    }
    forgetPages();
    for (int index = 0; index < kept; ++index) {
        const qsizetype first = qsizetype(index) * m_pageSize;
        const qsizetype n = std::min<qsizetype>(m_pageSize, top.size() - first);
        if (n <= 0 || (n < m_pageSize && !endKnown))
            break; // the rest of a page below the run is not known here
        m_pages.insert(index, Page{top.mid(first, n), false});
        m_lru.append(index);
    }
}

void HistoryModel::retranslate()
{
    m_formatter.clear();
    emit headerDataChanged(Qt::Horizontal, 0, kHistoryColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0),
                         index(rowCount() - 1, kHistoryColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void HistoryModel::reportError(const QString& message) const
{
    m_lastError = message;
    // Queued: a view asking data() must not see the model change under it.
    auto* self = const_cast<HistoryModel*>(this);
    QMetaObject::invokeMethod(
        self,
        [self, message] { emit self->errorOccurred(message); },
        Qt::QueuedConnection);
}

} // namespace tricheck::history
