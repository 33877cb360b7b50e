#pragma once

#include <QScrollArea>

namespace tricheck::gui {

// A scroll area that scrolls only up and down: as wide as its widget needs at least, as low as
// the window has room for. The verify form is in one, so that the main window fits a screen of
// 720×450 logical pixels (1440×900 at 200 %) and the form stays whole, scrolled; the batch dialog's
// pages are in one too (ui/batchdialog.ui), so that it scrolls instead of running off a small screen.
class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerticalScrollArea)

public:
    explicit VerticalScrollArea(QWidget* parent = nullptr);
    ~VerticalScrollArea() override;

    QSize minimumSizeHint() const override;
};

} // namespace tricheck::gui
