#pragma once

#include "batch/batchjournal.h"
#include "batch/batchreader.h"
#include "batch/batchrunner.h"
#include "verification/verificationservice.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace tricheck::verification {
class Workspace;
}

namespace tricheck::gui {

class BatchImportJob;
class BatchRecordJob;

// "Verify a file…": a CSV file is chosen, previewed with its columns mapped (recognised from the
// header in English or Chinese, changeable), read and validated in full on a worker thread (the
// validation report), then sent by a batch::BatchRunner through the workspace's verification
// service, so that every outcome lands in the history (and its table) as it arrives. The progress
// page counts the results, shows rate and time left, pauses, resumes and cancels; at the end the
// batch's attempts can be exported (the history export filtered by the batch id).
//
// Unfinished batches in the journal are offered for resuming: only unsent rows are sent; rows whose
// outcome is unknown are sent again only when the operator ticks that they may be billed twice.
class BatchDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDialog)

public:
    explicit BatchDialog(verification::Workspace* workspace, QWidget* parent = nullptr);
    ~BatchDialog() override;

    // Shows the file's first rows and validates it (asynchronously: see isValidating()).
    void openFile(const QString& path);
    bool isValidating() const;
    // The last validation report (nullopt while validating or after an error).
    const std::optional<batch::ImportReport>& report() const { return m_report; }
    QString fileProblem() const { return m_fileProblem; }
    QComboBox* columnCombo(batch::BatchField field) const;

    // Starts the validated file as a new batch; false (with a message) when it cannot.
    bool start();
    // Resumes an unfinished batch of the journal; false (with a message) when it cannot.
    bool resumeBatch(const QString& batchId, bool resendUnknown);

    struct Unfinished
    {
        batch::BatchInfo info;
        batch::BatchTally tally;
    };
    // The journal's batches that are not completed, newest first.
    QList<Unfinished> unfinishedBatches() const;

    bool isRunning() const;
    // Between Start and the run: the rows are being recorded in the journal.
    bool isRecording() const;
    batch::BatchRunner* runner() const { return m_runner.get(); }
    QString batchId() const { return m_batchId; }
    // The whole batch's tally when the run ended (all runs of it).
    const std::optional<batch::BatchTally>& finalTally() const { return m_final; }

    void chooseFile();
    void showResumeList();
    void newBatch();        // back to the file page
    void reject() override; // closing while a batch runs asks, then cancels it (resumable)

signals:
    void exportRequested(const QString& batchId);
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildSetupPage();
    void buildRunPage();
    void retranslate();
    void applyStatusColours();
    void loadPreview();
    void fillColumnCombos();
    void validate();
    void onValidated();
    void showReport();
    void updateStartButton();
    void updateQpsRange();
    batch::ImportOptions importOptions() const;
    batch::RunnerOptions runnerOptions() const;
    bool run(const QString& batchId,
             const QString& path,
             const QString& title,
             const verification::ServiceTarget& target,
             bool withReport);
    void onRecorded();
    void onRunnerState();
    void onRunnerFinished();
    void updateProgress();
    void showSummary();

    verification::Workspace* m_workspace;
    QStackedWidget* m_pages = nullptr;
    QVBoxLayout* m_setupLayout = nullptr;
    QVBoxLayout* m_runLayout = nullptr;

    // The file page.
    QLabel* m_intro = nullptr;
    QGroupBox* m_fileBox = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encodingCombo = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QGroupBox* m_columnsBox = nullptr;
    QLabel* m_columnsHint = nullptr;
    QLabel* m_columnLabels[4] = {};
    QComboBox* m_columnCombos[4] = {};
    QTableWidget* m_preview = nullptr;
    QGroupBox* m_reportBox = nullptr;
    QLabel* m_reportSummary = nullptr;
    QProgressBar* m_validationProgress = nullptr;
    QListWidget* m_issues = nullptr;
    QGroupBox* m_optionsBox = nullptr;
    QLabel* m_qpsLabel = nullptr;
    QSpinBox* m_qps = nullptr;
    QLabel* m_concurrencyLabel = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QCheckBox* m_md5 = nullptr;
    QLabel* m_notReady = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_closeButton = nullptr;

    // The progress page.
    QLabel* m_runTitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_countCaptions[9] = {};
    QLabel* m_countValues[9] = {};
    QLabel* m_runNote = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_anotherButton = nullptr;
    QPushButton* m_runCloseButton = nullptr;

    QString m_path;
    QStringList m_header;
    int m_headerLine = 1;
    int m_columnCount = 0;
    QString m_previewProblem; // the file cannot be read at all (its first rows)
    QString m_fileProblem;    // shown: the preview's problem or the validation's
    std::unique_ptr<BatchImportJob> m_job;
    std::unique_ptr<BatchRecordJob> m_record;
    verification::ServiceTarget m_recordTarget; // where the batch being recorded goes
    std::optional<batch::ImportReport> m_report;
    std::optional<batch::ImportOptions> m_reportOptions; // the options m_report was read with
    QTimer* m_validationTimer = nullptr;

    std::unique_ptr<batch::BatchRunner> m_runner;
    QString m_batchId;
    QString m_runFile;
    batch::BatchTally m_base; // the batch's tally before this run
    std::optional<batch::BatchTally> m_final;
    QTimer* m_progressTimer = nullptr;
    bool m_closeWhenStopped = false;
};

} // namespace tricheck::gui
