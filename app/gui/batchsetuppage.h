#pragma once

#include "batch/batchlauncher.h"
#include "batch/batchreader.h"
#include "batch/filepreview.h"
#include "session/sessionconfig.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QTimer;

namespace Ui {
class BatchSetupPage;
}

namespace tricheck::gui {

class BatchImportJob;

// The first page of "Verify a file…": the file (CSV, with its encoding, or an Excel workbook, with
// its worksheet), its first rows with the columns mapped (recognised from the header in English or
// Chinese, changeable), the validation report and the sending choices. The first rows are read on a
// pool thread, the whole file on a worker thread; isValidating() covers both. Its widgets are
// ui/batchsetuppage.ui's; it only collects and shows, and the dialog starts the batch.
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

    // The first rows or the whole file are being read: no report yet, and Start waits.
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
    QGroupBox* reportBox() const;
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
    void wire();
    void retranslate();
    void loadPreview();
    void showPreview(const batch::FilePreview& preview);
    void fillColumnCombos();
    void validate();
    void dropReport(); // the report, and the validation making one
    void onValidated();
    void showReport();
    batch::ImportOptions importOptions() const;

    std::unique_ptr<Ui::BatchSetupPage> m_ui;
    QComboBox* m_columnCombos[4] = {}; // the form's, in the order of batch::BatchField

    QString m_path;
    QStringList m_header;
    int m_columnCount = 0;
    QString m_previewProblem;        // the file cannot be read at all (its first rows)
    quint64 m_previewGeneration = 0; // a preview read for an older choice is dropped
    bool m_previewing = false;       // the first rows are being read
    QString m_fileProblem;           // shown: the preview's problem or the validation's
    std::unique_ptr<BatchImportJob> m_job;
    std::optional<batch::ImportReport> m_report;
    std::optional<batch::ImportOptions> m_reportOptions;
    QTimer* m_validationTimer = nullptr;
    bool m_startable = false;
};

} // namespace tricheck::gui
