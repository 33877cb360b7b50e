#include "gui/fittedlabel.h"

#include <QResizeEvent>

#include <algorithm>

namespace tricheck::gui {

FittedLabel::FittedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

FittedLabel::~FittedLabel() = default;

int FittedLabel::fittedHeight() const
{
    const int forWidth = width() > 0 ? heightForWidth(width()) : -1;
    return std::max({forWidth, minimumHeight(), 0});
}

QSize FittedLabel::sizeHint() const
{
    const QSize natural = QLabel::sizeHint();
    const int height = fittedHeight();
    return {natural.width(), height > 0 ? height : natural.height()};
}

QSize FittedLabel::minimumSizeHint() const
{
    // The minimum is the height the text needs at the current width, so that a layout short of
    // room scrolls rather than clipping a message.
    const QSize minimum = QLabel::minimumSizeHint();
    return {minimum.width(), std::max(minimum.height(), fittedHeight())};
}

void FittedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    const int height = fittedHeight();
    if (height != m_lastHeight) {
        m_lastHeight = height;
        updateGeometry();
    }
}

} // namespace tricheck::gui
