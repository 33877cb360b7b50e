#include "batchdialog.h"

#include "batchresultsexport.h"
#include "batchrunpage.h"
#include "batchsetuppage.h"
#include "displaytext.h"
#include "messagebox.h"
#include "resumebatchdialog.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "ui_batchdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

#include <climits>

namespace tricheck::gui {

using batch::BatchLauncher;
using batch::BatchRunner;

namespace {

const QString kDirectoryKey = QStringLiteral("batch/directory");

} // namespace

BatchDialog::BatchDialog(session::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_launcher(session->batches())
    , m_ui(std::make_unique<Ui::BatchDialog>())
{
    m_ui->setupUi(this); // the pages in a scroll area: the dialog fits a small screen, scrolled
    m_setup = m_ui->setupPage;
    m_run = m_ui->runPage;
    showPage(m_setup);

    connect(m_setup, &BatchSetupPage::chooseFileRequested, this, &BatchDialog::chooseFile);
    connect(m_setup, &BatchSetupPage::resumeRequested, this, &BatchDialog::showResumeList);
    connect(m_setup, &BatchSetupPage::startRequested, this, &BatchDialog::start);
    connect(m_setup, &BatchSetupPage::closeRequested, this, &BatchDialog::reject);
    connect(m_setup, &BatchSetupPage::validated, this, &BatchDialog::updateStartButton);
    connect(m_setup, &BatchSetupPage::choicesChanged, this, &BatchDialog::updatePreview);
    connect(m_run, &BatchRunPage::exportRequested, this, &BatchDialog::exportResults);
    connect(m_run, &BatchRunPage::anotherRequested, this, &BatchDialog::newBatch);
    connect(m_run, &BatchRunPage::closeRequested, this, &BatchDialog::reject);
    connect(m_launcher, &BatchLauncher::started, this, &BatchDialog::onStarted);
    connect(m_launcher, &BatchLauncher::failed, this, &BatchDialog::onFailed);
    connect(session, &session::Session::readinessChanged, this, &BatchDialog::updateStartButton);
    // Only the changed setting: the operator's choices (a rate typed) stay when another setting changes.
    connect(session, &session::Session::configChanged, this, [this](settings::Setting setting) {
        m_setup->setConfig(m_session->config(), setting);
        updatePreview();
    });

    m_setup->setConfig(session->config());
    updateStartButton();
}

BatchDialog::~BatchDialog()
{
    if (isRunning()) {
        // The dialog goes with the window: nothing more is sent, and nothing is shown any more.
        m_launcher->runner()->disconnect(this);
        m_launcher->runner()->cancel(true);
    }
}

void BatchDialog::showPage(QWidget* page)
{
    // The hidden page does not count for the size: the start page, with Start, fits the dialog.
    for (QWidget* p : {static_cast<QWidget*>(m_setup), static_cast<QWidget*>(m_run)})
        p->setSizePolicy(p == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                         p == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->pages->setCurrentWidget(page);
    m_ui->pages->updateGeometry();
}

void BatchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStartButton();
    }
    QDialog::changeEvent(event);
}

void BatchDialog::openFile(const QString& path)
{
    m_setup->openFile(path);
}

bool BatchDialog::isValidating() const
{
    return m_setup->isValidating();
}

const std::optional<batch::ImportReport>& BatchDialog::report() const
{
    return m_setup->report();
}

QString BatchDialog::fileProblem() const
{
    return m_setup->fileProblem();
}

QComboBox* BatchDialog::columnCombo(batch::BatchField field) const
{
    return m_setup->columnCombo(field);
}

batch::BatchRunner* BatchDialog::runner() const
{
    return m_launcher->runner();
}

bool BatchDialog::isRunning() const
{
    return !m_batchId.isEmpty() && m_launcher->batchId() == m_batchId && m_launcher->isRunning();
}

bool BatchDialog::isRecording() const
{
    return m_launcher->isRecording();
}

void BatchDialog::updateStartButton()
{
    const bool sandbox = m_session->service().isSandbox();
    m_setup->setSandbox(sandbox, m_session->config().batchQps());
    QString reason;
    if (!m_session->canVerify())
        reason = m_session->notReadyReason();
    else if (BatchRunner::isAnyRunning() && !isRunning())
        reason = tr("Another batch is running; one batch runs at a time.");
    else if (m_setup->report() && m_setup->report()->valid == 0)
        reason = tr("No row can be sent.");
    else if (isRecording())
        reason = tr("Recording the batch in the history…");
    m_setup->setStartable(reason, m_session->history() != nullptr && !isRunning() && !isRecording());
    updatePreview();
}

void BatchDialog::updatePreview()
{
    const auto& report = m_setup->report();
    m_setup->setPreview(m_launcher->preview(report ? *report : batch::ImportReport{}, m_setup->choices()));
    // The budget's line: every row to send counted as billable, as the start will count them.
    QString budget;
    if (report && report->valid > 0) {
        if (const auto fits = m_launcher->budgetFor(report->valid))
            budget = fits->summary();
    }
    setBudgetText(budget);
}

void BatchDialog::setBudgetText(const QString& text)
{
    m_setup->setBudgetText(text);
}

void BatchDialog::chooseFile()
{
    settings::AppSettings* s = m_session->settings();
    QString dir = s->uiState(kDirectoryKey).toString();
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path =
        MessageBox::openFileName(this,
                                 tr("Choose the file to verify"),
                                 dir,
                                 tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    s->setUiState(kDirectoryKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool BatchDialog::start()
{
    m_setup->commitChoices(); // a rate typed and not yet taken by its field counts
    const auto& report = m_setup->report();
    if (!report || !m_setup->reportOptions() || isRunning() || isValidating() || isRecording())
        return false;
    bool again = false;
    auto problem = m_launcher->start(*report, *m_setup->reportOptions(), m_setup->path(), m_setup->choices());
    if (problem && problem->kind == BatchLauncher::Problem::Kind::Earlier) {
        // The same file again would send (and bill) its rows again: the operator decides.
        const batch::UnfinishedBatch earlier = *problem->earlier;
        const int choice =
            MessageBox::choose(this,
                               tr("Verify a file"),
                               problem->message,
                               {tr("&Resume batch %1").arg(earlier.info.batchId),
                                tr("Start a &new batch (%n row(s) may be billed again)", nullptr, report->valid)});
        if (choice == 0)
            return resumeBatch(earlier.info.batchId, false);
        if (choice != 1)
            return false;
        again = true;
        problem = m_launcher->start(*report, *m_setup->reportOptions(), m_setup->path(), m_setup->choices(), true);
    }
    if (problem && problem->kind == BatchLauncher::Problem::Kind::Budget) {
        const auto choice = askBudget(*problem);
        if (!choice)
            return false;
        problem =
            m_launcher->start(*report, *m_setup->reportOptions(), m_setup->path(), m_setup->choices(), again, *choice);
    }
    if (problem) {
        MessageBox::warning(this, tr("Verify a file"), problem->message);
        return false;
    }
    m_runPath = m_setup->path();
    m_runFile = QFileInfo(m_runPath).fileName();
    m_withReport = true;
    updateStartButton();
    return true;
}

std::optional<batch::BudgetChoice> BatchDialog::askBudget(const BatchLauncher::Problem& problem)
{
    // The budget's verdict comes from core; the operator only picks among what it allows.
    const billing::BatchBudget& budget = *problem.budget;
    QStringList options;
    QList<batch::BudgetChoice> choices;
    if (budget.rowsThatFit > 0) {
        options << tr("Send only the %n row(s) that &fit", nullptr, int(budget.rowsThatFit));
        choices << batch::BudgetChoice::WithinBudget;
    }
    if (budget.verdict == billing::BatchBudget::Verdict::Exceeds) {
        options << tr("Send &every row (%n)", nullptr, int(budget.rows));
        choices << batch::BudgetChoice::OverBudget;
    }
    if (options.isEmpty()) {
        MessageBox::warning(this, tr("Verify a file"), problem.message);
        return std::nullopt;
    }
    const int chosen = MessageBox::choose(this, tr("Monthly budget"), problem.message, options);
    if (chosen < 0 || chosen >= choices.size())
        return std::nullopt;
    return choices.at(chosen);
}

void BatchDialog::onFailed(const BatchLauncher::Problem& problem)
{
    updateStartButton();
    if (problem.kind == BatchLauncher::Problem::Kind::Start)
        MessageBox::warning(this, tr("Verify a file"), tr("The batch cannot start."), problem.message);
    else
        MessageBox::critical(this, tr("Verify a file"), tr("The batch could not be recorded."), problem.message);
}

QList<batch::UnfinishedBatch> BatchDialog::unfinishedBatches() const
{
    return m_launcher->unfinished();
}

void BatchDialog::showResumeList()
{
    if (isRunning())
        return;
    const QList<batch::UnfinishedBatch> batches = unfinishedBatches();
    if (batches.isEmpty()) {
        MessageBox::information(this,
                                tr("Resume unfinished batch"),
                                tr("There is no unfinished batch in this history."));
        return;
    }
    ResumeBatchDialog chooser(batches, this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    resumeBatch(chooser.batchId(), chooser.resendUnknown());
}

bool BatchDialog::resumeBatch(const QString& batchId, bool resendUnknown)
{
    const QString title = tr("Resume unfinished batch");
    if (isRunning() || isRecording())
        return false;
    m_setup->commitChoices();
    const auto plan = m_launcher->planResume(batchId);
    if (!plan) {
        MessageBox::warning(this, title, plan.error().message);
        return false;
    }
    if (plan->endpointFromBatch || plan->schemeFromBatch) {
        const verification::ServiceTarget& today = m_session->service().target();
        if (!MessageBox::confirm(
                this,
                title,
                tr("Batch %1 was started against %2 with %3 signatures. Its remaining rows go there the same way, "
                   "so that one service answers the whole batch.")
                    .arg(batchId,
                         DisplayText::service(plan->target.endpoint.id(), false),
                         DisplayText::scheme(plan->target.scheme)),
                tr("Resume"),
                false,
                tr("Verifications from the form still go to %1 with %2 signatures.")
                    .arg(DisplayText::service(today.endpoint.id(), false), DisplayText::scheme(today.scheme))))
            return false;
    }
    QString path = plan->info.sourceName;
    if (!QFileInfo::exists(path)) {
        path = MessageBox::openFileName(this,
                                        tr("Where is %1?").arg(QFileInfo(plan->info.sourceName).fileName()),
                                        QFileInfo(plan->info.sourceName).absolutePath(),
                                        tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    m_runPath = path;
    m_runFile = QFileInfo(path).fileName();
    m_withReport = false;
    auto problem = m_launcher->resume(*plan, path, resendUnknown, m_setup->choices());
    if (problem && problem->kind == BatchLauncher::Problem::Kind::Budget) {
        const auto choice = askBudget(*problem);
        if (!choice)
            return false;
        problem = m_launcher->resume(*plan, path, resendUnknown, m_setup->choices(), *choice);
    }
    if (problem) {
        if (problem->kind == BatchLauncher::Problem::Kind::Start)
            MessageBox::warning(this, tr("Verify a file"), tr("The batch cannot start."), problem->message);
        else
            MessageBox::warning(this, title, problem->message);
        updateStartButton();
        return false;
    }
    return true;
}

void BatchDialog::onStarted(const QString& batchId)
{
    m_batchId = batchId;
    m_final.reset();
    m_closeWhenStopped = false;
    connect(m_launcher->runner(), &BatchRunner::finished, this, &BatchDialog::onRunnerFinished);
    m_run->setSandbox(m_session->service().isSandbox()); // as the batch was started
    m_run->follow(m_launcher->runner(),
                  batchId,
                  m_runFile,
                  m_launcher->base(),
                  m_launcher->runner()->options().qps, // as the launcher weighed the choice
                  m_withReport ? m_setup->reportBox() : nullptr);
    showPage(m_run);
    updateStartButton();
    emit runningChanged(true);
}

void BatchDialog::exportResults()
{
    const auto history = m_session->history();
    if (!history || m_batchId.isEmpty() || isRunning() || m_exporting)
        return;
    const auto path = BatchResultsExport::ask(this, m_runPath);
    if (!path)
        return;
    m_exporting = true;
    m_run->setExporting(true);
    emit message(tr("Exporting the results to %1…").arg(QDir::toNativeSeparators(*path)));
    BatchResultsExport::write(this,
                              history->options(),
                              m_batchId,
                              m_runPath,
                              *path,
                              [this](const Expected<BatchResultsExport::Written, QString>& written) {
                                  m_exporting = false;
                                  m_run->setExporting(false);
                                  if (!written) {
                                      MessageBox::warning(this, BatchResultsExport::title(), written.error());
                                      return;
                                  }
                                  emit message(tr("Exported the results of %n row(s) to %1",
                                                  nullptr,
                                                  int(std::min<qint64>(written->rows, INT_MAX)))
                                                   .arg(QDir::toNativeSeparators(written->path)));
                              });
}

void BatchDialog::onRunnerFinished()
{
    const auto tally = m_launcher->tally();
    m_final = tally ? tally.value() : m_launcher->base();
    m_run->showFinished(*m_final);
    updateStartButton();
    emit runningChanged(false);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void BatchDialog::newBatch()
{
    if (isRunning())
        return;
    // Another file: starting the same file again would be a new batch, sending (and billing) every row again.
    m_setup->clear();
    updateStartButton();
    showPage(m_setup);
}

void BatchDialog::reject()
{
    if (isRecording())
        return; // a moment: the batch then starts, and can be cancelled like any other
    if (isRunning()) {
        if (!MessageBox::confirm(this,
                                 tr("Verify a file"),
                                 tr("The batch is running. Cancel it and close?"),
                                 tr("Cancel the batch"),
                                 false,
                                 tr("Requests already sent are answered and recorded first. Rows not sent yet stay "
                                    "in the journal: File → Resume unfinished batch… sends them later.")))
            return;
        m_closeWhenStopped = true;
        m_launcher->runner()->cancel();
        return; // closes when the runner finished
    }
    QDialog::reject();
}

} // namespace tricheck::gui
