#pragma once

#include "batch/csvsource.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class BatchFileBox;
}

namespace tricheck::gui {

// The "File" box of the batch setup page (ui/batchfilebox.ui): the file, how to read it (a CSV
// file's encoding, or an Excel workbook's worksheet, shown in its place), and the way to an
// unfinished batch.
class BatchFileBox : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchFileBox)

public:
    explicit BatchFileBox(QWidget* parent = nullptr);
    ~BatchFileBox() override;

    void setPath(const QString& path); // empty: none; a new file starts on its first worksheet
    batch::TextEncoding encoding() const;
    QString sheet() const; // the chosen worksheet; empty: the first (or not a workbook)
    // After the file was looked at: a workbook's worksheets to choose from, instead of the encoding.
    void showFormat(bool workbook, const QStringList& sheets, const QString& current);
    void setResumeEnabled(bool enabled);
    void focusChooseButton();

signals:
    void chooseRequested();
    void resumeRequested();
    void readingChanged(); // another encoding or worksheet

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::BatchFileBox> m_ui;
    bool m_workbook = false;
};

} // namespace tricheck::gui
