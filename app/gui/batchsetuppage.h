#pragma once

#include "batch/batchlauncher.h"
#include "batch/batchreader.h"
#include "session/sessionconfig.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace tricheck::gui {

class BatchFileBox;
class BatchImportJob;
class BatchOptionsBox;
class BatchStartSummary;

// The first page of "Verify a file…": the file (CSV, with its encoding, or an Excel workbook, with
// its worksheet), its first rows with the columns mapped (recognised from the header in English or
// Chinese, changeable), the validation report (read in full on a worker thread) and the sending
// choices. It only collects and shows; the dialog starts the batch.
class BatchSetupPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSetupPage)

public:
    explicit BatchSetupPage(QWidget* parent = nullptr);
    ~BatchSetupPage() override;

    // The settings in force: the sending choices start from them, and locked ones cannot change.
    // `changed`: only that setting's field takes the value in force (the locks are all applied).
    void setConfig(const session::SessionConfig& config, std::optional<settings::Setting> changed = std::nullopt);
    // Only the sandbox can be sent to without a rate limit.
    void setSandbox(bool sandbox, int settingsQps);
    void openFile(const QString& path);
    void clear();
    QString path() const { return m_path; }

    bool isValidating() const;
    const std::optional<batch::ImportReport>& report() const { return m_report; }
    // The options the report was read with.
    const std::optional<batch::ImportOptions>& reportOptions() const { return m_reportOptions; }
    QString fileProblem() const { return m_fileProblem; }
    QComboBox* columnCombo(batch::BatchField field) const;
    // The operator's sending choices, for the session to weigh against the policy.
    session::Overrides choices() const;
    // Takes a value typed in a sending field but not yet interpreted; call before choices().
    void commitChoices();
    int qps() const;
    // What starting would do (core's preview), and the budget line (empty: hidden).
    void setPreview(const batch::StartPreview& preview);
    void setBudgetText(const QString& text);

    // Why Start cannot be pressed (empty: it can), and whether the resume list can be opened.
    void setStartable(const QString& reason, bool canResume);
    // The validation report, to keep in view on the progress page.
    QGroupBox* reportBox() const { return m_reportBox; }
    void takeBackReportBox();

signals:
    void chooseFileRequested();
    void resumeRequested();
    void startRequested();
    void closeRequested();
    void validated();      // the report (or the file's problem) changed
    void choicesChanged(); // a sending choice changed

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void retranslate();
    void loadPreview();
    void fillColumnCombos();
    void validate();
    void onValidated();
    void showReport();
    batch::ImportOptions importOptions() const;

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_intro = nullptr;
    BatchFileBox* m_fileBox = nullptr;
    QGroupBox* m_columnsBox = nullptr;
    QLabel* m_columnsHint = nullptr;
    QLabel* m_columnLabels[4] = {};
    QComboBox* m_columnCombos[4] = {};
    QTableWidget* m_preview = nullptr;
    QGroupBox* m_reportBox = nullptr;
    QLabel* m_reportSummary = nullptr;
    QProgressBar* m_validationProgress = nullptr;
    QListWidget* m_issues = nullptr;
    BatchOptionsBox* m_optionsBox = nullptr;
    BatchStartSummary* m_summary = nullptr;
    QLabel* m_notReady = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_closeButton = nullptr;

    QString m_path;
    QStringList m_header;
    int m_columnCount = 0;
    QString m_previewProblem; // the file cannot be read at all (its first rows)
    QString m_fileProblem;    // shown: the preview's problem or the validation's
    std::unique_ptr<BatchImportJob> m_job;
    std::optional<batch::ImportReport> m_report;
    std::optional<batch::ImportOptions> m_reportOptions;
    QTimer* m_validationTimer = nullptr;
    bool m_startable = false;
};

} // namespace tricheck::gui
