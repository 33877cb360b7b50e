#pragma once

#include "batch/batchlauncher.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class BatchDialog;
}

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

class BatchRunPage;
class BatchSetupPage;

// "Verify a file…": a file is chosen and validated on the setup page, then sent by the session's
// batch launcher (the same as tricheck-cli batch), so that every outcome lands in the history (and
// its table) as it arrives; the run page follows it. Unfinished batches of the journal are offered
// for resuming: only unsent rows are sent; rows whose outcome is unknown are sent again only when
// the operator ticks that they may be billed twice. The pages are ui/batchdialog.ui's; this class
// wires them to the launcher.
class BatchDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDialog)

public:
    explicit BatchDialog(session::Session* session, QWidget* parent = nullptr);
    ~BatchDialog() override;

    // Shows the file's first rows and validates it (asynchronously: see isValidating()).
    void openFile(const QString& path);
    bool isValidating() const;
    // The last validation report (nullopt while validating or after an error).
    const std::optional<batch::ImportReport>& report() const;
    QString fileProblem() const;
    QComboBox* columnCombo(batch::BatchField field) const;

    // Starts the validated file as a new batch; false (with a message) when it cannot.
    bool start();
    // Resumes an unfinished batch of the journal; false (with a message) when it cannot.
    bool resumeBatch(const QString& batchId, bool resendUnknown);
    // The journal's batches that are not completed, newest first.
    QList<batch::UnfinishedBatch> unfinishedBatches() const;

    // The budget line of the start page (the monthly budget guard's); empty: hidden.
    void setBudgetText(const QString& text);

    bool isRunning() const;
    // Between Start and the run: the rows are being recorded in the journal.
    bool isRecording() const;
    batch::BatchRunner* runner() const;
    QString batchId() const { return m_batchId; }
    // The whole batch's tally when the run ended (all runs of it).
    const std::optional<batch::BatchTally>& finalTally() const { return m_final; }

    void chooseFile();
    void showResumeList();
    void newBatch();        // back to the file page
    void reject() override; // closing while a batch runs asks, then cancels it (resumable)

signals:
    void message(const QString& text); // for the status bar
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateStartButton();
    void updatePreview();
    void showPage(QWidget* page);
    void onStarted(const QString& batchId);
    // The batch could go past this month's budget: what the operator chooses (nothing: cancel).
    std::optional<batch::BudgetChoice> askBudget(const batch::BatchLauncher::Problem& problem);
    void onFailed(const batch::BatchLauncher::Problem& problem);
    void onRunnerFinished();

    session::Session* m_session;
    batch::BatchLauncher* m_launcher;
    std::unique_ptr<Ui::BatchDialog> m_ui;
    BatchSetupPage* m_setup = nullptr; // the form's pages
    BatchRunPage* m_run = nullptr;
    void exportResults();

    QString m_runFile; // the file of the batch being started or resumed
    QString m_runPath; // its path
    bool m_withReport = false;
    QString m_batchId;
    std::optional<batch::BatchTally> m_final;
    bool m_closeWhenStopped = false;
    bool m_exporting = false; // a batch's results are being written (on a pool thread)
};

} // namespace tricheck::gui
