#include "reportscontroller.h"

#include "history/historystore.h"
#include "historyfilterbar.h"
#include "historyview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "pdf/documents.h"
#include "resultpanel.h"
#include "session/session.h"
#include "statisticsview.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QToolButton>

namespace tricheck::gui {

ReportsController::ReportsController(session::Session* session, MainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_statistics(new QAction(this))
    , m_report(new QAction(this))
    , m_saveRecord(new QAction(this))
    , m_printRecord(new QAction(this))
    , m_saveShown(new QAction(this))
    , m_printShown(new QAction(this))
    , m_recordButton(new QToolButton(window))
{
    m_statistics->setObjectName(QStringLiteral("actionStatistics"));
    m_report->setObjectName(QStringLiteral("actionReport"));
    m_saveRecord->setObjectName(QStringLiteral("actionSaveRecord"));
    m_printRecord->setObjectName(QStringLiteral("actionPrintRecord"));
    if (auto* file = window->findChild<QMenu*>(QStringLiteral("menuFile")))
        file->insertAction(window->findChild<QAction*>(QStringLiteral("actionAuditLog")), m_report);
    if (auto* view = window->findChild<QMenu*>(QStringLiteral("menuView")))
        view->insertAction(window->findChild<QAction*>(QStringLiteral("actionSamplePeople")), m_statistics);
    window->historyView()->addRecordActions({m_saveRecord, m_printRecord});
    auto* menu = new QMenu(m_recordButton);
    menu->addAction(m_saveShown);
    menu->addAction(m_printShown);
    m_recordButton->setMenu(menu);
    m_recordButton->setPopupMode(QToolButton::InstantPopup);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    window->resultPanel()->setRecordWidget(m_recordButton);

    connect(m_statistics, &QAction::triggered, this, &ReportsController::showStatistics);
    connect(m_report, &QAction::triggered, this, &ReportsController::writeReport);
    connect(m_saveRecord, &QAction::triggered, this, [this] {
        if (const auto row = selectedRow())
            saveRecord(*row);
    });
    connect(m_printRecord, &QAction::triggered, this, [this] {
        if (const auto row = selectedRow())
            printRecord(*row);
    });
    connect(m_saveShown, &QAction::triggered, this, [this] {
        if (const auto row = m_window->resultPanel()->recordedRowId())
            saveRecord(*row);
    });
    connect(m_printShown, &QAction::triggered, this, [this] {
        if (const auto row = m_window->resultPanel()->recordedRowId())
            printRecord(*row);
    });
    connect(session, &session::Session::historyChanged, this, [this] {
        if (m_view)
            m_view->close(); // it showed the history that was replaced
        updateActions();
    });
    connect(session, &session::Session::readinessChanged, this, &ReportsController::updateActions);
    // The estimated cost uses the price per billed check in force (settings or policy).
    setPrice(session->config().budgetRule().price);
    connect(session, &session::Session::budgetChanged, this, [this] {
        setPrice(m_session->config().budgetRule().price);
    });
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

ReportsController::~ReportsController() = default;

StatisticsView* ReportsController::statisticsView() const
{
    return m_view;
}

void ReportsController::setPrice(const std::optional<reports::Price>& price)
{
    m_price = price;
    if (m_view)
        m_view->setPrice(price);
}

std::optional<qint64> ReportsController::selectedRow() const
{
    const auto record = m_window->historyView()->currentRecord();
    return record ? std::optional<qint64>(record->id) : std::nullopt;
}

void ReportsController::updateActions()
{
    const bool open = m_session->history() != nullptr;
    for (QAction* action : {m_statistics, m_report, m_saveRecord, m_printRecord})
        action->setEnabled(open);
}

StatisticsView* ReportsController::showStatistics()
{
    if (!m_session->history())
        return nullptr;
    if (!m_view) {
        m_view = new StatisticsView(m_session->history(), m_window);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        m_view->setPrice(m_price);
        connect(m_view,
                &StatisticsView::filterRequested,
                this,
                [this](const QDate& first, const QDate& last, const QList<api::StatusRole>& roles) {
                    m_window->historyView()->filterBar()->showPeriod(first, last, roles);
                    m_window->activateWindow();
                });
    }
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
    return m_view;
}

void ReportsController::writeReport()
{
    if (!m_session->history())
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Period report"));
    auto* from = new QDateEdit(&dialog);
    auto* to = new QDateEdit(&dialog);
    const reports::Period last = reports::Period::lastMonth(QDate::currentDate());
    for (auto [edit, date] : {std::pair{from, last.first}, std::pair{to, last.last}}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(date);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save as PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QFormLayout(&dialog);
    layout->addRow(tr("&From:"), from);
    layout->addRow(tr("&To (included):"), to);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const reports::Period period{std::min(from->date(), to->date()), std::max(from->date(), to->date())};
    const QString path =
        QFileDialog::getSaveFileName(m_window,
                                     tr("Save the period report"),
                                     QStringLiteral("tricheck-report-%1-%2.pdf")
                                         .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate)),
                                     tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        writeReportTo(period, path);
}

bool ReportsController::writeReportTo(const reports::Period& period, const QString& path)
{
    if (!m_session->history())
        return false;
    const auto report = reports::PeriodReport::build(*m_session->history(), period);
    if (!report) {
        MessageBox::critical(m_window, tr("Period report"), report.error().message, report.error().detail);
        return false;
    }
    if (const auto failed = pdf::Documents::writeReportPdf(*report, path, m_price)) {
        MessageBox::critical(m_window, tr("Period report"), *failed);
        return false;
    }
    emit message(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsController::saveRecord(qint64 rowId, const QString& chosenPath)
{
    if (!m_session->history())
        return false;
    const auto record = m_session->history()->record(rowId);
    if (!record || !record->has_value()) {
        MessageBox::critical(m_window,
                             tr("Verification record"),
                             record ? tr("The attempt is no longer in the history.") : record.error().message);
        return false;
    }
    const reports::ReceiptRecord receipt{**record};
    QString path = chosenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(m_window,
                                            tr("Save the verification record"),
                                            QStringLiteral("tricheck-record-%1.pdf").arg(receipt.record.attemptId),
                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (const auto failed = pdf::Documents::writeReceiptPdf(receipt, path)) {
        MessageBox::critical(m_window, tr("Verification record"), *failed);
        return false;
    }
    emit message(tr("Record saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsController::printRecord(qint64 rowId)
{
    if (!m_session->history())
        return;
    const auto record = m_session->history()->record(rowId);
    if (!record || !record->has_value())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(pdf::Documents::receiptTitle());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        pdf::Documents::paintReceipt(&printer, reports::ReceiptRecord{**record});
}

void ReportsController::retranslate()
{
    m_statistics->setText(tr("Sta&tistics…"));
    m_statistics->setToolTip(tr("Attempts per day, week or month by outcome, billed checks and breakdowns"));
    m_report->setText(tr("Re&port…"));
    m_report->setToolTip(tr("A period's figures as a PDF report"));
    m_saveRecord->setText(tr("Save record as &PDF…"));
    m_printRecord->setText(tr("Pri&nt record…"));
    m_saveShown->setText(tr("Save record as &PDF…"));
    m_printShown->setText(tr("Pri&nt record…"));
    m_recordButton->setText(tr("Record"));
    m_recordButton->setToolTip(tr("The verification record of this attempt: save as PDF or print"));
    m_recordButton->setAccessibleName(tr("Verification record"));
}

bool ReportsController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace tricheck::gui
