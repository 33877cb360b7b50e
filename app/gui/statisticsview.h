#pragma once

#include "reports/statistics.h"

#include <QDialog>

#include <memory>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::gui {

// View → Statistics: attempts per day, week or month of a period, stacked by outcome in the history
// table's colours with the billed count as a line; pass rate, billed count and estimated cost; the
// same numbers as tables beside the chart (colour is never the only signal) and breakdowns by
// carrier, operator and batch. Clicking a bar (or activating a cell of the table) asks the main
// window to filter the history to that period and outcome. The figures come from core
// (reports::StatisticsQuery), one query per refresh.
class StatisticsView : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsView)

public:
    enum PeriodChoice {
        Today,
        ThisWeek,
        ThisMonth,
        LastMonth,
        CustomRange,
    };

    explicit StatisticsView(std::shared_ptr<history::HistoryStore> store, QWidget* parent = nullptr);
    ~StatisticsView() override;

    void setPrice(const std::optional<reports::Price>& price);
    void setPeriod(PeriodChoice choice, const QDate& first = {}, const QDate& last = {});
    void setGrouping(reports::Grouping grouping);
    const std::optional<reports::Statistics>& statistics() const { return m_statistics; }
    QChart* chart() const;
    QTableWidget* periodTable() const { return m_periodTable; }
    QString summaryText() const;

public slots:
    void refresh();
    // The history of bucket `bucket`, outcome `outcome` (an index of reports::kOutcomes).
    void requestFilter(int bucket, int outcome);

signals:
    void filterRequested(const QDate& first, const QDate& last, const QList<api::StatusRole>& roles);

protected:
    void changeEvent(QEvent* event) override;

private:
    reports::Period period() const;
    void retranslate();
    void render();
    void fillChart();
    void fillTables();

    std::shared_ptr<history::HistoryStore> m_store;
    std::optional<reports::Price> m_price;
    std::optional<reports::Statistics> m_statistics;
    QString m_error;
    QLabel* m_periodLabel;
    QComboBox* m_periodCombo;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_groupLabel;
    QComboBox* m_groupCombo;
    QLabel* m_summary;
    QChartView* m_chartView;
    QTabWidget* m_tabs;
    QTableWidget* m_periodTable;
    QTableWidget* m_carrierTable;
    QTableWidget* m_operatorTable;
    QTableWidget* m_batchTable;
    QList<QBarSet*> m_sets;
};

} // namespace tricheck::gui
