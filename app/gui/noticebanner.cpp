#include "noticebanner.h"

#include "accessibility.h"
#include "icons.h"
#include "linkbutton.h"
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
    , m_linkLayout(new QHBoxLayout)
{
    setObjectName(kind == Kind::Sandbox       ? QStringLiteral("sandboxBanner")
                  : kind == Kind::RealService ? QStringLiteral("realServiceBanner")
                                              : QStringLiteral("problemBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_linkLayout);
    // The links under each other, beside the text: the banner stays narrow enough for a small
    // screen (or a large scale factor), and its height does not change with the window's width.
    m_linkLayout->setDirection(QBoxLayout::TopToBottom);
    m_linkLayout->setSpacing(2);
    Accessibility::markDecorative(m_icon); // the text says what the colour and the icon say
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setObjectName(objectName() + QStringLiteral("Label"));
    applyColors();
    // The style sheet selects this frame by its name: a banner renamed by its owner (the policy's,
    // the budget's) keeps its colours.
    connect(this, &QObject::objectNameChanged, this, [this] {
        m_label->setObjectName(objectName() + QStringLiteral("Label"));
        applyColors();
    });
}

NoticeBanner::~NoticeBanner() = default;

void NoticeBanner::setText(const QString& html)
{
    m_html = html;
    static const QRegularExpression anchor(QStringLiteral("<a\\s+href=\"([^\"]*)\"\\s*>(.*?)</a>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression trailing(QStringLiteral("(\\s|·|&nbsp;)+$"));
    QList<std::pair<QString, QString>> links; // href, text
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        links.append({match.captured(1), Accessibility::plainText(match.captured(2))});
    }
    const QString body = QString(html).remove(anchor).remove(trailing);
    m_label->setText(body);
    m_label->setAccessibleName(Accessibility::plainText(body));

    while (m_links.size() > links.size())
        delete m_links.takeLast();
    while (m_links.size() < links.size()) {
        auto* link = new LinkButton(this);
        link->setObjectName(objectName() + QStringLiteral("Link%1").arg(m_links.size()));
        m_linkLayout->addWidget(link, 0, Qt::AlignLeft);
        connect(link, &LinkButton::clicked, this, [this, link] {
            emit linkActivated(link->property("href").toString());
        });
        m_links.append(link);
    }
    for (int i = 0; i < links.size(); ++i) {
        m_links.at(i)->setProperty("href", links.at(i).first);
        m_links.at(i)->setText(links.at(i).second);
    }
    colorLinks();
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
    } else if (m_kind == Kind::RealService) {
        background = dark ? QColor(0x16, 0x28, 0x3d) : QColor(0xe8, 0xf1, 0xfb);
        border = dark ? QColor(0x5b, 0x9b, 0xe0) : QColor(0x3d, 0x7c, 0xc9);
        text = dark ? QColor(0xcf, 0xe3, 0xfa) : QColor(0x0f, 0x2f, 0x57);
        link = dark ? QColor(0xff, 0xff, 0xff) : QColor(0x1a, 0x4f, 0xa0);
        m_icon->setPixmap(Icons::themed(QStringLiteral("about")).pixmap(QSize(24, 24), devicePixelRatioF()));
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
    m_linkColor = link;
    colorLinks();
}

void NoticeBanner::colorLinks()
{
    for (LinkButton* button : std::as_const(m_links)) {
        QPalette p = button->palette();
        p.setColor(QPalette::Link, m_linkColor);
        button->setPalette(p);
    }
}

} // namespace tricheck::gui
