#include "statisticsview.h"

#include "history/historycolumns.h"
#include "history/historystore.h"
#include "statuspalette.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>

namespace tricheck::gui {

using reports::kOutcomes;

namespace {

QString percent(const std::optional<double>& rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + u'%' : QStringLiteral("—");
}

QTableWidget* makeTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem* numberItem(qint64 n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StatisticsView::StatisticsView(std::shared_ptr<history::HistoryStore> store, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_periodLabel(new QLabel(this))
    , m_periodCombo(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_groupLabel(new QLabel(this))
    , m_groupCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_tabs(new QTabWidget(this))
    , m_periodTable(makeTable(this, QStringLiteral("periodTable")))
    , m_carrierTable(makeTable(this, QStringLiteral("carrierTable")))
    , m_operatorTable(makeTable(this, QStringLiteral("operatorTable")))
    , m_batchTable(makeTable(this, QStringLiteral("batchTable")))
{
    setObjectName(QStringLiteral("statisticsView"));
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_periodLabel->setBuddy(m_periodCombo);
    m_groupLabel->setBuddy(m_groupCombo);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
    }
    m_from->setDate(QDate::currentDate().addDays(-29));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_periodCombo);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(m_groupLabel);
    controls->addWidget(m_groupCombo);
    controls->addStretch(1);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(480, 320);
    m_chartView->setFocusPolicy(Qt::NoFocus); // the table beside it is the keyboard's way in
    m_tabs->addTab(m_periodTable, QString());
    m_tabs->addTab(m_carrierTable, QString());
    m_tabs->addTab(m_operatorTable, QString());
    m_tabs->addTab(m_batchTable, QString());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 480});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    retranslate();
    m_periodCombo->setCurrentIndex(ThisMonth);
    m_groupCombo->setCurrentIndex(int(reports::Grouping::Day));
    connect(m_periodCombo, &QComboBox::activated, this, &StatisticsView::refresh);
    connect(m_groupCombo, &QComboBox::activated, this, &StatisticsView::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsView::refresh);
    connect(m_periodTable, &QTableWidget::cellActivated, this, [this](int row, int column) {
        // Columns: period, attempts, then one per outcome.
        if (column >= 2 && column < 2 + int(kOutcomes.size()))
            requestFilter(row, column - 2);
        else
            requestFilter(row, -1);
    });
    resize(1180, 680);
    refresh();
}

StatisticsView::~StatisticsView() = default;

QChart* StatisticsView::chart() const
{
    return m_chartView->chart();
}

QString StatisticsView::summaryText() const
{
    return m_summary->text();
}

void StatisticsView::setPrice(const std::optional<reports::Price>& price)
{
    m_price = price;
    render();
}

void StatisticsView::setPeriod(PeriodChoice choice, const QDate& first, const QDate& last)
{
    m_periodCombo->setCurrentIndex(choice);
    if (choice == CustomRange) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    refresh();
}

void StatisticsView::setGrouping(reports::Grouping grouping)
{
    m_groupCombo->setCurrentIndex(int(grouping));
    refresh();
}

reports::Period StatisticsView::period() const
{
    const QDate today = QDate::currentDate();
    switch (PeriodChoice(m_periodCombo->currentIndex())) {
    case Today:
        return reports::Period::today(today);
    case ThisWeek:
        return reports::Period::thisWeek(today);
    case ThisMonth:
        return reports::Period::thisMonth(today);
    case LastMonth:
        return reports::Period::lastMonth(today);
    case CustomRange:
        break;
    }
    return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
}

void StatisticsView::refresh()
{
    const bool custom = m_periodCombo->currentIndex() == CustomRange;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_error.clear();
    m_statistics.reset();
    if (m_store) {
        auto s = reports::StatisticsQuery::run(*m_store, period(), reports::Grouping(m_groupCombo->currentIndex()));
        if (s)
            m_statistics = std::move(s).value();
        else
            m_error = s.error().message;
    }
    render();
}

void StatisticsView::requestFilter(int bucket, int outcome)
{
    if (!m_statistics || bucket < 0 || bucket >= m_statistics->buckets.size())
        return;
    const reports::Bucket& b = m_statistics->buckets.at(bucket);
    QList<api::StatusRole> roles;
    if (outcome >= 0 && outcome < int(kOutcomes.size()))
        roles.append(kOutcomes.at(std::size_t(outcome)));
    emit filterRequested(b.first, b.last, roles);
}

void StatisticsView::render()
{
    if (!m_statistics) {
        m_summary->setText(m_error.isEmpty() ? tr("No history is open.") : m_error);
        QChart* old = m_chartView->chart();
        m_chartView->setChart(new QChart);
        delete old;
        return;
    }
    const reports::Counts& t = m_statistics->totals;
    const auto cost = m_statistics->estimatedCost(m_price);
    m_summary->setText(tr("%1 to %2: %n attempt(s), pass rate %3, billed %4, billing unknown %5, estimated cost %6",
                          nullptr,
                          int(std::min<qint64>(t.total, INT_MAX)))
                           .arg(m_statistics->period.first.toString(Qt::ISODate),
                                m_statistics->period.last.toString(Qt::ISODate),
                                percent(t.passRate()),
                                QLocale().toString(t.billed),
                                QLocale().toString(t.billingUnknown),
                                cost ? QStringLiteral("%1 %2").arg(QLocale().toString(*cost, 'f', 2), m_price->currency)
                                     : tr("— (no price per check is set)")));
    fillChart();
    fillTables();
}

void StatisticsView::fillChart()
{
    const StatusPalette palette = StatusPalette::forPalette(this->palette());
    auto* chart = new QChart;
    chart->setTheme(Theme::isDark(this->palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(tr("Attempts by outcome"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* bars = new QStackedBarSeries(chart);
    m_sets.clear();
    // Many days: the day of the month under each bar (the table beside it has the dates).
    const bool shortDays = m_statistics->grouping == reports::Grouping::Day && m_statistics->buckets.size() > 10;
    QStringList categories;
    for (const reports::Bucket& b : m_statistics->buckets)
        categories.append(shortDays ? QString::number(b.first.day())
                                    : reports::StatisticsQuery::bucketLabel(b, m_statistics->grouping));
    for (const api::StatusRole role : kOutcomes) {
        auto* set = new QBarSet(api::ResultCatalogue::roleName(role), bars);
        set->setColor(palette.colors(role).accent);
        set->setBorderColor(palette.colors(role).accent);
        for (const reports::Bucket& b : m_statistics->buckets)
            set->append(double(b.counts.of(role)));
        bars->append(set);
        m_sets.append(set);
    }
    connect(bars, &QStackedBarSeries::clicked, this, [this](int index, QBarSet* set) {
        requestFilter(index, int(m_sets.indexOf(set)));
    });
    auto* billed = new QLineSeries(chart);
    billed->setName(tr("Billed"));
    QPen line(Theme::isDark(this->palette()) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4));
    line.setWidthF(2.5);
    billed->setPen(line);
    qint64 top = 0;
    for (qsizetype i = 0; i < m_statistics->buckets.size(); ++i) {
        billed->append(double(i), double(m_statistics->buckets.at(i).counts.billed));
        top = std::max(top, m_statistics->buckets.at(i).counts.total);
    }
    chart->addSeries(bars);
    chart->addSeries(billed);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, double(std::max<qint64>(top, 4)));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(bars), static_cast<QAbstractSeries*>(billed)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (shortDays) {
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.75);
        x->setLabelsFont(small);
    }
    if (!shortDays && categories.size() > 7)
        x->setLabelsAngle(-90);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void StatisticsView::fillTables()
{
    QStringList header{tr("Period"), tr("Attempts")};
    for (const api::StatusRole role : kOutcomes)
        header.append(api::ResultCatalogue::roleName(role));
    header << tr("Billed") << tr("Pass rate");
    const auto fill =
        [&header](QTableWidget* table, const QString& first, const QList<std::pair<QString, reports::Counts>>& rows) {
            QStringList h = header;
            h.first() = first;
            table->clear();
            table->setColumnCount(int(h.size()));
            table->setHorizontalHeaderLabels(h);
            table->setRowCount(int(rows.size()));
            for (int r = 0; r < rows.size(); ++r) {
                const reports::Counts& c = rows.at(r).second;
                table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
                table->setItem(r, 1, numberItem(c.total));
                int column = 2;
                for (const api::StatusRole role : kOutcomes)
                    table->setItem(r, column++, numberItem(c.of(role)));
                table->setItem(r, column++, numberItem(c.billed));
                table->setItem(r, column, new QTableWidgetItem(percent(c.passRate())));
            }
        };
    QList<std::pair<QString, reports::Counts>> rows;
    for (const reports::Bucket& b : m_statistics->buckets)
        rows.append({reports::StatisticsQuery::bucketLabel(b, m_statistics->grouping), b.counts});
    fill(m_periodTable, tr("Period"), rows);
    const auto breakdown = [](const QList<reports::Breakdown>& list,
                              const std::function<QString(const QString&)>& name) {
        QList<std::pair<QString, reports::Counts>> out;
        for (const reports::Breakdown& b : list)
            out.append({name(b.key), b.counts});
        return out;
    };
    fill(m_carrierTable, tr("Carrier"), breakdown(m_statistics->byCarrier, [](const QString& key) {
             return key.isEmpty() ? tr("(none)") : api::ResultCatalogue::carrierName(key);
         }));
    fill(m_operatorTable, tr("Operator"), breakdown(m_statistics->byOperator, [](const QString& key) { return key; }));
    fill(m_batchTable, tr("Batch"), breakdown(m_statistics->byBatch, [](const QString& key) { return key; }));
}

void StatisticsView::retranslate()
{
    setWindowTitle(tr("Statistics"));
    m_periodLabel->setText(tr("&Period:"));
    m_groupLabel->setText(tr("&Group by:"));
    const int period = std::max(0, m_periodCombo->currentIndex());
    m_periodCombo->clear();
    m_periodCombo->addItems({tr("Today"), tr("This week"), tr("This month"), tr("Last month"), tr("Date range")});
    m_periodCombo->setCurrentIndex(period);
    const int group = std::max(0, m_groupCombo->currentIndex());
    m_groupCombo->clear();
    m_groupCombo->addItems({tr("Day"), tr("Week"), tr("Month")});
    m_groupCombo->setCurrentIndex(group);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_tabs->setTabText(0, tr("Per period"));
    m_tabs->setTabText(1, tr("By carrier"));
    m_tabs->setTabText(2, tr("By operator"));
    m_tabs->setTabText(3, tr("By batch"));
    m_periodTable->setToolTip(tr("Enter or double-click a number to show those attempts in the history"));
    m_chartView->setToolTip(tr("Click a bar to show those attempts in the history"));
}

void StatisticsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    } else if (event->type() == QEvent::PaletteChange && m_statistics) {
        fillChart();
    }
    QDialog::changeEvent(event);
}

} // namespace tricheck::gui
