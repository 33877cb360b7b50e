#include "verticalscrollarea.h"

#include <QScrollBar>

namespace tricheck::gui {

VerticalScrollArea::VerticalScrollArea(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own: Tab goes to the widgets in it, which it scrolls into view.
    setFocusPolicy(Qt::NoFocus);
}

VerticalScrollArea::~VerticalScrollArea() = default;

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QSize base = QScrollArea::minimumSizeHint();
    if (widget() == nullptr)
        return base;
    const int width = widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    return {std::max(base.width(), width), base.height()};
}

} // namespace tricheck::gui
