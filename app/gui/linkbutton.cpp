#include "linkbutton.h"

#include "accessibility.h"

#include <QKeyEvent>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace tricheck::gui {

namespace {

constexpr int kMargin = 3; // room for the focus frame around the text

} // namespace

LinkButton::LinkButton(QWidget* parent)
    : LinkButton(QString(), parent)
{ }

LinkButton::LinkButton(const QString& text, QWidget* parent)
    : QAbstractButton(parent)
{
    setText(text);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    Accessibility::setRole(this, QAccessible::Link);
}

LinkButton::~LinkButton() = default;

QFont LinkButton::linkFont() const
{
    QFont f = font();
    f.setUnderline(true);
    return f;
}

QSize LinkButton::sizeHint() const
{
    const QSize text = QFontMetrics(linkFont()).size(Qt::TextShowMnemonic, this->text());
    return text + QSize(2 * kMargin, 2 * kMargin);
}

QSize LinkButton::minimumSizeHint() const
{
    return sizeHint();
}

void LinkButton::paintEvent(QPaintEvent* /*event*/)
{
    QStylePainter painter(this);
    painter.setFont(linkFont());
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    painter.setPen(palette().color(group, isEnabled() ? QPalette::Link : QPalette::WindowText));
    const QRect textRect = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    painter.drawText(textRect, Qt::AlignCenter | Qt::TextShowMnemonic, text());
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = palette().color(QPalette::Window);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
    }
}

void LinkButton::keyPressEvent(QKeyEvent* event)
{
    // Enter follows a link, as in a browser; Space too (QAbstractButton).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        animateClick();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace tricheck::gui
