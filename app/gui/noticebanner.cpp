#include "noticebanner.h"

#include "icons.h"
#include "statuspalette.h"
#include "theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScopedValueRollback>

namespace tricheck::gui {

NoticeBanner::NoticeBanner(Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(kind == Kind::Sandbox ? QStringLiteral("sandboxBanner") : QStringLiteral("problemBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->setObjectName(objectName() + QStringLiteral("Label"));
    connect(m_label, &QLabel::linkActivated, this, &NoticeBanner::linkActivated);
    applyColors();
}

NoticeBanner::~NoticeBanner() = default;

void NoticeBanner::setText(const QString& html)
{
    m_label->setText(html);
    m_label->setAccessibleName(QString(html).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

QString NoticeBanner::text() const
{
    return m_label->text();
}

void NoticeBanner::changeEvent(QEvent* event)
{
    // Our own style sheet changes the palette too: re-colour only when light and dark swapped.
    if (event->type() == QEvent::PaletteChange && !m_applying && Theme::isDark(basePalette()) != m_dark)
        applyColors();
    QFrame::changeEvent(event);
}

QPalette NoticeBanner::basePalette() const
{
    // The window's palette, not ours: our style sheet paints our own background.
    return parentWidget() != nullptr ? parentWidget()->palette() : QGuiApplication::palette();
}

void NoticeBanner::applyColors()
{
    const QScopedValueRollback<bool> guard(m_applying, true);
    const bool dark = Theme::isDark(basePalette());
    m_dark = dark;
    QColor background;
    QColor border;
    QColor text;
    QColor link;
    if (m_kind == Kind::Sandbox) {
        background = dark ? QColor(0x3d, 0x32, 0x12) : QColor(0xff, 0xf1, 0xc2);
        border = dark ? QColor(0xe0, 0xa8, 0x00) : QColor(0xd9, 0x9a, 0x00);
        text = dark ? QColor(0xff, 0xe3, 0x94) : QColor(0x4a, 0x35, 0x00);
        link = dark ? QColor(0xff, 0xff, 0xff) : QColor(0x1a, 0x4f, 0xa0);
        m_icon->setPixmap(Icons::themed(QStringLiteral("sandbox")).pixmap(QSize(24, 24), devicePixelRatioF()));
    } else {
        const StatusColors c = StatusPalette(dark).colors(api::StatusRole::Mismatch);
        background = c.background;
        border = c.accent;
        text = c.foreground;
        link = dark ? QColor(0xff, 0xff, 0xff) : QColor(0x1a, 0x4f, 0xa0);
        m_icon->setPixmap(Icons::warning().pixmap(QSize(24, 24), devicePixelRatioF()));
    }
    setStyleSheet(QStringLiteral("QFrame#%1 { background-color: %2; border: 1px solid %3; border-left: 6px solid %3; "
                                 "border-radius: 4px; } QFrame#%1 QLabel { color: %4; background: transparent; }")
                      .arg(objectName(), background.name(), border.name(), text.name()));
    QPalette p = m_label->palette();
    p.setColor(QPalette::Link, link);
    m_label->setPalette(p);
}

} // namespace tricheck::gui
