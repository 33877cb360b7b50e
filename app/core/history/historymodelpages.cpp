#include "common/logging.h"
#include "historymodel.h"
#include "historystore.h"

#include <algorithm>

// The model's pages: which rows are cached, how a missing page is read (at once, or by the page
// reader in the background), and the counts that reader makes (see HistoryModel in the header).

namespace tricheck::history {

const AttemptRecord* HistoryModel::rowAt(int row, PageRead read) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int index = row / m_pageSize;
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        const PagePlan plan = planPage(index);
        if (plan.n <= 0)
            return nullptr;
        if (read == PageRead::MayWait && m_reader && plan.offset() >= m_backgroundOffset) {
            requestPage(index, plan);
            return nullptr; // shown when it arrives (dataChanged)
        }
        // Near either end, or after a neighbour's key (cheap at any depth): read here, before evicting.
        Page page = readPage(plan);
        it = cachePage(index, std::move(page));
    } else {
        m_lru.removeOne(index);
        m_lru.append(index);
    }
    const int offset = row - index * m_pageSize;
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

QHash<int, HistoryModel::Page>::iterator HistoryModel::cachePage(int index, Page page) const
{
    while (m_pages.size() >= m_maxPages && !m_lru.isEmpty())
        m_pages.remove(m_lru.takeFirst());
    m_lru.append(index);
    return m_pages.emplace(index, std::move(page)); // (removing from a QHash moves its entries)
}

HistoryModel::PagePlan HistoryModel::planPage(int index) const
{
    const qint64 first = qint64(index) * m_pageSize;
    PagePlan plan;
    plan.n = int(std::min<qint64>(m_pageSize, m_count - first));
    plan.window.limit = plan.n;
    const auto previous = m_pages.constFind(index - 1);
    const auto next = m_pages.constFind(index + 1);
    if (previous != m_pages.cend() && previous->rows.size() == m_pageSize) {
        plan.window.after = HistoryStore::sortKey(m_sort, previous->rows.constLast()); // scrolling down
    } else if (next != m_pages.cend() && !next->rows.isEmpty()) {
        plan.window.after = HistoryStore::sortKey(m_sort, next->rows.constFirst()); // scrolling up
        plan.window.reversed = true;
    } else if (first > m_count / 2) {
        plan.window.offset = m_count - (first + plan.n); // a jump near the end: count from the end
        plan.window.reversed = true;
    } else {
        plan.window.offset = first;
    }
    return plan;
}

HistoryModel::Page HistoryModel::readPage(const PagePlan& plan) const
{
    return finishPage(m_store->window(m_filter, m_sort, plan.window), plan);
}

HistoryModel::Page HistoryModel::finishPage(Expected<QList<AttemptRecord>, HistoryError> rows,
                                            const PagePlan& plan) const
{
    Page page;
    if (!rows) {
        page.failed = true;
        reportError(rows.error().message);
        return page;
    }
    page.rows = std::move(rows).value();
    if (plan.window.reversed)
        std::reverse(page.rows.begin(), page.rows.end());
    if (page.rows.size() != plan.n) {
        // The database changed under the view (another program deleted rows): start over.
        qCInfo(lcHistory) << "history changed while paging; reloading the view";
        const_cast<HistoryModel*>(this)->scheduleLook(Look::Reload);
    }
    return page;
}

void HistoryModel::setPagesReadInBackground(bool background, qint64 minOffset)
{
    m_backgroundOffset = minOffset;
    if (background == bool(m_reader))
        return;
    ++m_generation; // whatever the old reader still sends is dropped
    m_requested.reset();
    if (!background) {
        m_reader.reset();
        if (m_counting)
            reload(); // its count was the reader's: counted here now
        return;
    }
    m_reader = std::make_unique<HistoryPageReader>(m_store->options());
    connect(m_reader.get(), &HistoryPageReader::pageRead, this, &HistoryModel::onPageRead);
    connect(m_reader.get(), &HistoryPageReader::countRead, this, &HistoryModel::onCountRead);
}

void HistoryModel::requestPage(int index, const PagePlan& plan) const
{
    if (m_requested && m_requested->first == m_generation && m_requested->second == index)
        return; // asked already (a view asks once per cell it paints)
    m_requested = std::pair{m_generation, index};
    m_plans.insert(index, plan);
    m_reader->request({m_generation, index, m_filter, m_sort, plan.window});
}

qint64 HistoryModel::matchingRows() const
{
    if (!m_counting && !m_countFailed)
        return m_count;
    const auto counted = m_store->count(m_filter);
    return counted ? std::max(m_count, counted.value()) : m_count;
}

void HistoryModel::onCountRead(quint64 generation, const HistoryPageReader::Count& count)
{
    if (generation != m_countGeneration || !m_counting)
        return; // for a filter this model no longer shows
    m_counting = false;
    if (!count) {
        m_countFailed = true;
        reportError(count.error().message); // the first page stays shown
    } else if (const qint64 rows = *count + m_addedWhileCounting; rows > m_count) {
        beginInsertRows(QModelIndex(), int(m_count), int(rows - 1));
        m_count = rows;
        endInsertRows();
    }
    emit counted();
}

void HistoryModel::onPageRead(quint64 generation, int index, const HistoryPageReader::Rows& rows)
{
    if (generation != m_generation || m_pages.contains(index) || !m_plans.contains(index))
        return; // for rows this model no longer shows, or read meanwhile
    const PagePlan plan = m_plans.take(index);
    if (m_requested && m_requested->second == index)
        m_requested.reset();
    cachePage(index, finishPage(rows, plan));
    const int first = index * m_pageSize;
    emit dataChanged(this->index(first, 0), this->index(first + plan.n - 1, kHistoryColumnCount - 1));
}

} // namespace tricheck::history
