#pragma once

#include "batch/batchlauncher.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace tricheck::gui {

// "Resume unfinished batch…": the journal's unfinished batches (file, started, state, rows left,
// rows whose outcome is unknown) to choose from, and the explicit choice to send the unknown ones
// again, worded so that nobody ticks it without knowing they may be billed twice.
class ResumeBatchDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeBatchDialog)

public:
    ResumeBatchDialog(const QList<batch::UnfinishedBatch>& batches, QWidget* parent = nullptr);
    ~ResumeBatchDialog() override;

    QString batchId() const;
    bool resendUnknown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    void updateChoice();

    QList<batch::UnfinishedBatch> m_batches;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QCheckBox* m_resend;
    QDialogButtonBox* m_buttons;
};

} // namespace tricheck::gui
