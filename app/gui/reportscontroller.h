#pragma once

#include "reports/statistics.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QToolButton;

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

class MainWindow;
class StatisticsView;

// The reports of the desktop app: View → Statistics, File → Report… (the period report as PDF)
// and the verification record of one attempt (Save record as PDF…, Print…) from the history's
// context menu and the result panel. Installs its actions into the main window's menus; the
// figures come from core, the pages from tricheck_pdf.
class ReportsController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsController)

public:
    ReportsController(session::Session* session, MainWindow* window);
    ~ReportsController() override;

    QAction* statisticsAction() const { return m_statistics; }
    QAction* reportAction() const { return m_report; }
    QAction* saveRecordAction() const { return m_saveRecord; }
    QAction* printRecordAction() const { return m_printRecord; }
    StatisticsView* statisticsView() const;
    // The price of one billed check for estimated costs (none: not shown).
    void setPrice(const std::optional<reports::Price>& price);

public slots:
    StatisticsView* showStatistics();
    void writeReport();
    // The period report as PDF at `path`; false (and the operator told) when it cannot be written.
    bool writeReportTo(const reports::Period& period, const QString& path);
    // The record of history row `rowId`: to a PDF chosen by the operator (or `path`), or printed.
    bool saveRecord(qint64 rowId, const QString& path = {});
    void printRecord(qint64 rowId);

signals:
    void message(const QString& text); // for the status bar

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    std::optional<qint64> selectedRow() const;

    session::Session* m_session;
    MainWindow* m_window;
    QAction* m_statistics;
    QAction* m_report;
    QAction* m_saveRecord;
    QAction* m_printRecord;
    QAction* m_saveShown;
    QAction* m_printShown;
    QToolButton* m_recordButton;
    QPointer<StatisticsView> m_view;
    std::optional<reports::Price> m_price;
};

} // namespace tricheck::gui
