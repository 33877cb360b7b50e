#pragma once

#include "batch/batchjournal.h"
#include "batch/batchrunner.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QTimer;

namespace Ui {
class BatchRunPage;
}

namespace tricheck::gui {

// The second page of "Verify a file…": a running batch's progress (rows done, results by kind in
// the history's colours, rate, time left), pause, resume and cancel; at the end the whole batch's
// tally and what to do next. Its widgets are ui/batchrunpage.ui's; it follows the launcher's runner.
class BatchRunPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunPage)

public:
    explicit BatchRunPage(QWidget* parent = nullptr);
    ~BatchRunPage() override;

    // Follows `runner` (the batch's tally before this run is `base`); `report`, when given, is the
    // new batch's validation report, kept in view.
    void follow(batch::BatchRunner* runner,
                const QString& batchId,
                const QString& title,
                const batch::BatchTally& base,
                int askedQps,
                QGroupBox* report);
    // Whether the batch goes to the sandbox: its answers are counted as simulated, never billed.
    void setSandbox(bool sandbox);
    // The run ended: `tally` is the whole batch's.
    void showFinished(const batch::BatchTally& tally);
    // While the results are written, Export cannot be pressed again.
    void setExporting(bool exporting);

signals:
    void exportRequested();
    void anotherRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void wire();
    void retranslate();
    void applyStatusColours();
    void onRunnerState();
    void updateProgress();
    void showSummary();
    QString billedValue(int billed) const;

    std::unique_ptr<Ui::BatchRunPage> m_ui;
    QLabel* m_countCaptions[10] = {}; // the form's, in the order of the counts
    QLabel* m_countValues[10] = {};
    QTimer* m_progressTimer = nullptr;
    bool m_sandbox = false;
    bool m_exportable = false; // the finished batch has rows with results
    bool m_exporting = false;

    QPointer<batch::BatchRunner> m_runner;
    QString m_batchId;
    QString m_title;
    int m_askedQps = 0;
    batch::BatchTally m_base;
    std::optional<batch::BatchTally> m_final;
};

} // namespace tricheck::gui
