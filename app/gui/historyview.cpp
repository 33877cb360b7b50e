#include "historyview.h"

#include "columnorderproxy.h"
#include "history/historycolumns.h"
#include "history/historylocation.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historyfilterbar.h"
#include "historynotice.h"
#include "icons.h"
#include "messagebox.h"
#include "session/session.h"
#include "statusstyleproxy.h"
#include "ui_historyview.h"
#include "verification/verificationservice.h"

#include <QAction>
#include <QClipboard>
#include <QDataStream>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>
#include <iterator>

namespace tricheck::gui {

using history::HistoryColumn;
using history::HistoryModel;

namespace {

// Selections larger than this are refused for deletion: use Settings → History for bulk deletes.
constexpr qint64 kMaxPurgeSelection = 10000;
// saveHeaderState(): the shown columns by id with their widths, and the sort ("TCC1").
constexpr quint32 kColumnsStateMagic = 0x54434331;

} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
{
    m_ui->setupUi(this);
    m_proxy = new StatusStyleProxy(HistoryModel::OutcomeRole, int(HistoryColumn::Result), this);
    m_proxy->setStatusPalette(StatusPalette::forPalette(palette()));
    m_columns = new ColumnOrderProxy(this);
    m_columns->setSourceModel(m_proxy);
    m_ui->historyTable->setModel(m_columns);
    QTableView* table = m_ui->historyTable->view();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setIconSize(QSize(16, 16));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({900, 300});

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_purgeAction = new QAction(this);
    m_purgeAction->setShortcut(QKeySequence::Delete);
    m_purgeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_detailsAction = new QAction(this);
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    table->addAction(m_copyAction);
    table->addAction(m_purgeAction);
    connect(m_copyAction, &QAction::triggered, this, &HistoryView::copyRequestId);
    connect(m_purgeAction, &QAction::triggered, this, &HistoryView::purgeSelected);
    connect(m_detailsAction, &QAction::toggled, m_ui->detailsPane, &QWidget::setVisible);

    connect(table, &QWidget::customContextMenuRequested, this, &HistoryView::showContextMenu);
    connect(table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &HistoryView::showColumnMenu);
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder o) {
        if (const int column = m_columns->sourceColumn(section); column >= 0)
            m_sort = {HistoryColumn(column), o};
    });
    QItemSelectionModel* selection = m_ui->historyTable->recordSelection();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &HistoryView::updateDetails);
    connect(m_ui->detailsPane, &HistoryDetails::copyRequestIdRequested, this, &HistoryView::copyRequestId);
    connect(m_ui->filterBar, &HistoryFilterBar::filterChanged, this, &HistoryView::applyFilter);
    m_notice = new HistoryNotice(m_ui->filterBar, this);
    m_ui->historyLayout->insertWidget(m_ui->historyLayout->indexOf(m_ui->filterBar) + 1, m_notice);
    const auto afterReset = [this] {
        updateCount();
        updateDetails();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, afterReset);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, afterReset);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateCount);
    retranslate();
    rebuildModel();
}

HistoryView::~HistoryView() = default;

QTableView* HistoryView::table() const
{
    return m_ui->historyTable->view();
}

QScrollBar* HistoryView::rowScrollBar() const
{
    return m_ui->historyTable->rowScrollBar();
}

QItemSelectionModel* HistoryView::selection() const
{
    return m_ui->historyTable->recordSelection();
}

HistoryFilterBar* HistoryView::filterBar() const
{
    return m_ui->filterBar;
}

void HistoryView::setSession(session::Session* session)
{
    m_session = session;
    connect(session, &session::Session::historyChanged, this, &HistoryView::rebuildModel);
    connect(session, &session::Session::readinessChanged, this, [this] {
        m_ui->filterBar->setFingerprintKey(m_session->fingerprintKey());
    });
    rebuildModel();
}

void HistoryView::rebuildModel()
{
    HistoryModel* old = m_model;
    m_model = nullptr;
    const auto state = m_session ? m_session->historyState() : session::Session::HistoryState::Opening;
    if (state == session::Session::HistoryState::Open && m_session->history()) {
        // Empty until every setting is made: a history of millions is read and laid out once.
        m_model = new HistoryModel(m_session->history(), this, HistoryModel::InitialLoad::Deferred);
        m_model->setPagesReadInBackground(true); // a jump far into millions of rows must not freeze the window
        connect(m_model, &HistoryModel::errorOccurred, this, &HistoryView::message);
        connect(m_model, &HistoryModel::counted, this, &HistoryView::updateCount);
        m_ui->filterBar->setFingerprintKey(m_session->fingerprintKey());
        m_ui->filterBar->setSharedHistory(history::HistoryLocation::isPostgresUrl(m_session->history()->path()));
    }
    m_proxy->setSourceModel(m_model);
    if (old != nullptr) { // later: what replaced it may have started in one of its signals (a reset)
        old->disconnect(this);
        old->deleteLater();
    }
    m_notice->setStore(m_model ? m_session->history() : nullptr);
    if (m_model) {
        // Columns chosen stay when the history is replaced; the saved ones come at the start.
        if (!m_columns->sourceColumns().isEmpty())
            showSortIndicator();
        else if (!restoreColumns(m_headerState))
            setDefaultColumns();
        m_model->setQuery(m_ui->filterBar->filter(), m_sort);
        m_ui->stack->setCurrentWidget(m_ui->tablePage);
    } else {
        m_ui->stack->setCurrentWidget(m_ui->messagePage);
    }
    retranslate();
    updateCount();
    updateDetails();
    updateActions();
    emit modelReplaced();
}

void HistoryView::setDefaultColumns()
{
    // What the desk reads first comes first: the outcome and the carrier stay in sight when the
    // details pane takes a third of a laptop screen (the model keeps its own order; the view and
    // the CSV export follow this one).
    QList<int> columns;
    for (const HistoryColumn column : {HistoryColumn::Time,
                                       HistoryColumn::Result,
                                       HistoryColumn::Carrier,
                                       HistoryColumn::MaskedMobile,
                                       HistoryColumn::MaskedName,
                                       HistoryColumn::MaskedIdNumber,
                                       HistoryColumn::Reference,
                                       HistoryColumn::ParamType})
        columns.append(int(column));
    for (int column = 0; column < history::kHistoryDefaultColumnCount; ++column) {
        if (!columns.contains(column))
            columns.append(column);
    }
    applyColumns(columns);
    QHeaderView* header = table()->horizontalHeader();
    const std::pair<HistoryColumn, int> widths[] = {
        {HistoryColumn::Time, 150},
        {HistoryColumn::MaskedMobile, 100},
        {HistoryColumn::MaskedName, 75},
        {HistoryColumn::MaskedIdNumber, 160},
        {HistoryColumn::Reference, 115},
        {HistoryColumn::ParamType, 75},
        {HistoryColumn::Result, 260},
        {HistoryColumn::Carrier, 100},
        {HistoryColumn::Billing, 150},
        {HistoryColumn::RequestId, 290},
        {HistoryColumn::Operator, 90},
        {HistoryColumn::Endpoint, 220},
    };
    // Never narrower than the header's own text (in either language) or a full timestamp.
    const int timestamp = table()->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16;
    for (const auto& [column, width] : widths) {
        const int at = section(column);
        // Scaled by a digit's width: a CJK font's average character is a full-width one.
        const int digit = header->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        int size = std::max(digit * width / 8, header->sectionSizeHint(at));
        if (column == HistoryColumn::Time)
            size = std::max(size, timestamp);
        header->resizeSection(at, size);
    }
}

void HistoryView::applyColumns(const QList<int>& columns)
{
    m_columns->setSourceColumns(columns);
    showSortIndicator();
}

void HistoryView::showSortIndicator()
{
    QHeaderView* header = table()->horizontalHeader();
    const QSignalBlocker block(header); // showing the order is not sorting again
    header->setSortIndicator(section(m_sort.column), m_sort.order);
}

int HistoryView::section(HistoryColumn column) const
{
    return m_columns->proxyColumn(int(column));
}

void HistoryView::setColumnShown(HistoryColumn column, bool shown)
{
    if (!shown && m_columns->columnCount() <= 1)
        return; // the last column stays
    m_columns->setSourceColumnShown(int(column), shown);
    QHeaderView* header = table()->horizontalHeader();
    if (shown && header->sectionSize(section(column)) < 40)
        header->resizeSection(section(column), std::max(100, header->sectionSizeHint(section(column))));
}

void HistoryView::restoreState(const QByteArray& header, const QByteArray& splitter)
{
    m_headerState = header;
    if (!splitter.isEmpty())
        m_ui->splitter->restoreState(splitter);
    if (m_model && restoreColumns(header))
        m_model->sort(int(m_sort.column), m_sort.order);
}

bool HistoryView::restoreColumns(const QByteArray& state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QStringList ids;
    QList<int> widths;
    QString sortId;
    int order = 0;
    in >> magic;
    if (magic != kColumnsStateMagic) // empty, or QHeaderView's state of earlier versions
        return false;
    in >> ids >> widths >> sortId >> order;
    QList<int> columns;
    QList<int> sizes;
    for (int i = 0; i < ids.size(); ++i) {
        if (const auto column = history::HistoryColumns::fromId(ids.at(i)); column && !columns.contains(int(*column))) {
            columns.append(int(*column));
            sizes.append(widths.value(i));
        }
    }
    if (in.status() != QDataStream::Ok || columns.isEmpty())
        return false;
    if (const auto column = history::HistoryColumns::fromId(sortId))
        m_sort = {*column, order == int(Qt::AscendingOrder) ? Qt::AscendingOrder : Qt::DescendingOrder};
    applyColumns(columns);
    for (int i = 0; i < sizes.size(); ++i) {
        if (sizes.at(i) > 0)
            table()->horizontalHeader()->resizeSection(i, sizes.at(i));
    }
    return true;
}

QByteArray HistoryView::saveHeaderState() const
{
    if (!m_model)
        return m_headerState;
    QStringList ids;
    QList<int> widths;
    for (int i = 0; i < m_columns->columnCount(); ++i) {
        ids.append(history::HistoryColumns::id(HistoryColumn(m_columns->sourceColumn(i))));
        widths.append(table()->horizontalHeader()->sectionSize(i));
    }
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kColumnsStateMagic << ids << widths << history::HistoryColumns::id(m_sort.column) << int(m_sort.order);
    return state;
}

QByteArray HistoryView::saveSplitterState() const
{
    return m_ui->splitter->saveState();
}

history::HistoryFilter HistoryView::filter() const
{
    return m_model ? m_model->filter() : m_ui->filterBar->filter();
}

history::HistorySort HistoryView::sort() const
{
    return m_model ? m_model->sortOrder() : history::HistorySort{};
}

QList<HistoryColumn> HistoryView::visibleColumns() const
{
    QList<HistoryColumn> out;
    for (const int column : m_columns->sourceColumns())
        out.append(HistoryColumn(column));
    return out;
}

std::optional<history::AttemptRecord> HistoryView::currentRecord() const
{
    const QModelIndex current = selection()->currentIndex();
    if (!m_model || !current.isValid())
        return std::nullopt;
    return m_model->recordAt(current.row()); // the proxies keep the rows
}

void HistoryView::focusFilter()
{
    m_ui->filterBar->focusSearch();
}

void HistoryView::applyFilter()
{
    if (m_model)
        m_model->setFilter(m_ui->filterBar->filter());
    m_notice->filterApplied();
}

void HistoryView::updateDetails()
{
    m_ui->detailsPane->setRecord(currentRecord());
    updateActions();
}

void HistoryView::updateCount()
{
    const qint64 count = !m_model ? -1 : m_model->isCounting() ? HistoryFilterBar::kCounting : m_model->totalRows();
    m_ui->filterBar->setCount(count);
    m_notice->setCount(count);
}

qint64 HistoryView::matchingRows() const
{
    return m_model ? m_model->matchingRows() : 0;
}

void HistoryView::updateActions()
{
    const bool selected = m_model && selection()->hasSelection();
    const auto record = currentRecord();
    m_copyAction->setEnabled(record && !record->requestId.isEmpty());
    m_purgeAction->setEnabled(selected);
}

void HistoryView::copyRequestId()
{
    const auto record = currentRecord();
    if (!record || record->requestId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(record->requestId);
    emit message(tr("RequestId %1 copied").arg(record->requestId));
}

void HistoryView::purgeSelected()
{
    if (!m_model || !m_session || !m_session->history())
        return;
    qint64 selected = 0;
    for (const QItemSelectionRange& range : selection()->selection())
        selected += range.height();
    if (selected == 0)
        return;
    if (const auto refused = m_session->config().purgeRefusal(std::nullopt)) {
        MessageBox::warning(this, tr("Delete attempts"), *refused);
        return;
    }
    if (selected > kMaxPurgeSelection) {
        MessageBox::warning(this,
                            tr("Delete attempts"),
                            tr("%n attempt(s) are selected. Select at most %1, or delete old attempts by age in "
                               "Settings → History.",
                               nullptr,
                               int(selected))
                                .arg(kMaxPurgeSelection));
        return;
    }
    QList<qint64> ids;
    for (const QModelIndex& index : selection()->selectedRows())
        ids.append(index.data(HistoryModel::RecordIdRole).toLongLong());
    if (!MessageBox::confirm(this,
                             tr("Delete attempts"),
                             tr("Delete %n attempt(s) from the history?", nullptr, int(ids.size())),
                             tr("Delete %n attempt(s)", nullptr, int(ids.size())),
                             true,
                             tr("This cannot be undone. The deletion is recorded in the audit log.")))
        return;
    const auto purged = m_session->history()->purge(history::PurgeRequest::selected(ids));
    if (!purged) {
        MessageBox::critical(this, tr("Delete attempts"), purged.error().message, purged.error().detail);
        return;
    }
    emit message(tr("%n attempt(s) deleted", nullptr, int(purged.value())));
}

void HistoryView::showContextMenu(const QPoint& pos)
{
    if (!m_model)
        return;
    const QModelIndex index = m_ui->historyTable->indexAt(pos);
    if (index.isValid() && !selection()->isRowSelected(index.row(), QModelIndex()))
        selection()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_copyAction);
    QAction* details = menu.addAction(Icons::themed(QStringLiteral("details")), tr("Show de&tails"));
    connect(details, &QAction::triggered, this, [this] {
        m_detailsAction->setChecked(true);
        m_ui->detailsPane->setFocus();
    });
    menu.addActions(m_recordActions);
    menu.addSeparator();
    menu.addAction(m_purgeAction);
    menu.exec(table()->viewport()->mapToGlobal(pos));
}

void HistoryView::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    for (int i = 0; i < history::kHistoryColumnCount; ++i) {
        const HistoryColumn column(static_cast<HistoryColumn>(i));
        QAction* action = menu.addAction(history::HistoryColumns::title(column));
        action->setCheckable(true);
        action->setChecked(section(column) >= 0);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Default columns")), &QAction::triggered, this, &HistoryView::setDefaultColumns);
    menu.exec(table()->horizontalHeader()->mapToGlobal(pos));
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        m_proxy->setStatusPalette(StatusPalette::forPalette(palette()));
        retranslate(); // icons are drawn in the palette's colours
    }
    QWidget::changeEvent(event);
}

void HistoryView::retranslate()
{
    m_copyAction->setText(tr("&Copy RequestId"));
    m_copyAction->setIcon(Icons::themed(QStringLiteral("copy")));
    m_purgeAction->setText(tr("&Delete selected attempts…"));
    m_purgeAction->setIcon(Icons::themed(QStringLiteral("purge")));
    m_detailsAction->setText(tr("&Details pane"));
    m_detailsAction->setIcon(Icons::themed(QStringLiteral("details")));
    table()->setAccessibleName(tr("Verification history"));
    table()->horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose columns"));
    if (!m_session || m_session->historyState() == session::Session::HistoryState::Opening)
        m_ui->messageLabel->setText(tr("Opening the history…"));
    else if (m_session->historyState() == session::Session::HistoryState::Failed)
        m_ui->messageLabel->setText(tr("The history cannot be opened: %1").arg(m_session->historyProblem()));
}

} // namespace tricheck::gui
