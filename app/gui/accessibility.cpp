#include "accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QTextDocumentFragment>

#include <algorithm>

namespace tricheck::gui {

namespace {

constexpr char kRoleProperty[] = "tricheck_accessibleRole";
constexpr char kLiveRegionName[] = "tricheck_liveRegion";
constexpr char kFocusRingProperty[] = "tricheckFocusRing";
// QLineEdit::setClearButtonEnabled() names its action so (Qt 5.2 and later); it has no text.
constexpr char kClearActionName[] = "_q_qlineeditclearaction";

// Qt's generic interface of a widget, with the role set by Accessibility::setRole(): a name for
// buttons from their text, the press action for buttons (links), nothing at all for decoration.
class RoleAccessible : public QAccessibleWidget
{
public:
    RoleAccessible(QWidget* widget, QAccessible::Role role)
        : QAccessibleWidget(widget, role)
    { }

    QString text(QAccessible::Text t) const override
    {
        if (role() == QAccessible::Whitespace)
            return {};
        QString text = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && text.isEmpty()) {
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget()))
                text = Accessibility::labelName(button->text());
        }
        return text;
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (qobject_cast<const QAbstractButton*>(widget()) != nullptr)
            names.prepend(pressAction());
        return names;
    }

    void doAction(const QString& name) override
    {
        auto* button = qobject_cast<QAbstractButton*>(widget());
        if (name == pressAction() && button != nullptr) {
            // Later, as Qt's own buttons do: the link may open a modal dialog, and the screen
            // reader waits for the answer to this call.
            button->animateClick();
            return;
        }
        QAccessibleWidget::doAction(name);
    }
};

QAccessibleInterface* roleFactory(const QString& /*className*/, QObject* object)
{
    if (object == nullptr || !object->isWidgetType())
        return nullptr;
    auto* widget = static_cast<QWidget*>(object);
    const QVariant role = object->property(kRoleProperty);
    if (role.isValid())
        return new RoleAccessible(widget, QAccessible::Role(role.toInt()));
    // Qt 6.4's interface of a scroll area answers a request for a child it no longer has (a
    // scroll bar gone since the screen reader counted) by reading past the end of its list: the
    // app crashed while Orca walked it. The generic one checks, and says the same (a "filler").
    if (qobject_cast<QScrollArea*>(object) != nullptr)
        return new QAccessibleWidget(widget, QAccessible::Client);
    return nullptr; // Qt's own interface
}

// A fixed first size (the main window's 1280×820, a dialog's 920×760) can be larger than the
// screen: at 150 % on a 1440×900 screen the available area is 960×600 logical pixels. A window
// that does not fit is made to (down to its minimum size), and moved onto the screen.
void fitToScreen(QWidget* window)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen) || window->screen() == nullptr)
        return;
    const QRect available = window->screen()->availableGeometry();
    const QSize frame(16, 48); // the window manager's decorations, unknown before the window is shown
    const QSize room = available.size() - frame;
    QSize size = window->size();
    if (size.width() > room.width() || size.height() > room.height()) {
        size = size.boundedTo(room).expandedTo(window->minimumSize());
        window->resize(size);
    }
    const int right = available.right() + 1 - size.width() - frame.width();
    const int bottom = available.bottom() + 1 - size.height() - frame.height();
    const QPoint pos(std::clamp(window->x(), available.left(), std::max(available.left(), right)),
                     std::clamp(window->y(), available.top(), std::max(available.top(), bottom)));
    if (pos != window->pos())
        window->move(pos);
}

QString buddyName(const QWidget* field)
{
    const QList<QLabel*> labels = field->window()->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->buddy() == field)
            return Accessibility::labelName(label->text());
    }
    return {};
}

} // namespace

Accessibility::Accessibility(QObject* parent)
    : QObject(parent)
{ }

Accessibility::~Accessibility() = default;

QPointer<Accessibility>& Accessibility::installed()
{
    static QPointer<Accessibility> instance;
    return instance;
}

void Accessibility::install()
{
    if (installed() || qApp == nullptr)
        return;
    installed() = new Accessibility(qApp);
    qApp->installEventFilter(installed());
    QAccessible::installFactory(&roleFactory); // once: Qt ignores a factory installed twice
}

Accessibility* Accessibility::instance()
{
    return installed();
}

void Accessibility::setRole(QWidget* widget, QAccessible::Role role)
{
    widget->setProperty(kRoleProperty, int(role));
}

void Accessibility::markDecorative(QWidget* widget)
{
    // A filler (AT-SPI "filler") with no name: the screen reader skips it.
    setRole(widget, QAccessible::Whitespace);
}

void Accessibility::announce(QWidget* context, const QString& text)
{
    const QString plain = plainText(text);
    if (context == nullptr || plain.isEmpty() || !context->window()->isVisible())
        return; // nobody hears a window that is not shown
    QWidget* region = context;
    if (context->property(kRoleProperty).toInt() != int(QAccessible::Notification)) {
        QWidget* window = context->window();
        region = window->findChild<QWidget*>(QLatin1String(kLiveRegionName), Qt::FindDirectChildrenOnly);
        if (region == nullptr) {
            // An empty, unfocusable notification in the corner: seen by nobody, heard when shown.
            region = new QWidget(window);
            region->setObjectName(QLatin1String(kLiveRegionName));
            setRole(region, QAccessible::Notification);
            region->setFocusPolicy(Qt::NoFocus);
            region->setAttribute(Qt::WA_TransparentForMouseEvents);
            region->setGeometry(0, 0, 0, 0);
            region->setAccessibleName(plain);
            region->show(); // the "showing" event is the announcement
            if (instance() != nullptr)
                emit instance()->announced(region, plain);
            return;
        }
    }
    region->setAccessibleName(plain);
    if (region->isVisible()) {
        // Shown again: AT-SPI sends object:state-changed:showing, which Orca speaks for a
        // notification (Qt 6.4 has no announcement event of its own).
        QAccessibleEvent shown(region, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
        if (instance() != nullptr)
            emit instance()->announced(region, plain);
    }
}

QString Accessibility::plainText(const QString& html)
{
    QString text = Qt::mightBeRichText(html) ? QTextDocumentFragment::fromHtml(html).toPlainText() : html;
    for (QChar& c : text) {
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c == QChar::Nbsp)
            c = u' ';
    }
    return text.simplified();
}

QString Accessibility::labelName(const QString& labelText)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?=[^&])"));
    static const QRegularExpression colon(QStringLiteral("[:：]\\s*$"));
    return plainText(QString(labelText).remove(mnemonic).remove(colon));
}

bool Accessibility::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (watched->isWidgetType())
            polish(static_cast<QWidget*>(watched));
        break;
    case QEvent::LanguageChange:
        // The field's own labels were retranslated first: a parent handles the event before its
        // children.
        if (watched->isWidgetType() && static_cast<QWidget*>(watched)->testAttribute(Qt::WA_WState_Polished))
            polish(static_cast<QWidget*>(watched));
        break;
    case QEvent::Show:
        // Sent before the window is mapped: its first geometry is the fitted one.
        if (watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->windowType() == Qt::Window || widget->windowType() == Qt::Dialog)
                fitToScreen(widget);
        }
        break;
    default:
        break;
    }
    return false;
}

void Accessibility::polish(QWidget* widget)
{
    if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        // QTableView moves from cell to cell with Tab and wraps around inside the table: a
        // keyboard trap. The arrow keys move inside a view; Tab goes to the next control.
        view->setTabKeyNavigation(false);
    } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        nameClearButton(edit);
    } else if (auto* area = qobject_cast<QScrollArea*>(widget); area && area->focusPolicy() & Qt::TabFocus) {
        // A scroll area draws no focus indicator of its own: a ring in the highlight colour,
        // transparent while it has no focus (the same room either way, so nothing moves).
        area->setProperty(kFocusRingProperty, true);
        if (area->styleSheet().isEmpty())
            area->setStyleSheet(
                QStringLiteral("QScrollArea[%1=\"true\"] { border: 2px solid transparent; border-radius: 3px; }"
                               "QScrollArea[%1=\"true\"]:focus { border-color: palette(highlight); }")
                    .arg(QLatin1String(kFocusRingProperty)));
    } else if (widget->objectName() == QLatin1String("qt_toolbar_ext_button")) {
        // The » of a toolbar too narrow for its buttons (a small screen, a large scale factor).
        widget->setAccessibleName(tr("More tools"));
        widget->setToolTip(tr("More tools"));
    }
}

void Accessibility::nameClearButton(QLineEdit* edit)
{
    auto* clear = edit->findChild<QAction*>(QLatin1String(kClearActionName), Qt::FindDirectChildrenOnly);
    if (clear == nullptr)
        return;
    QString field = edit->accessibleName();
    if (field.isEmpty())
        field = buddyName(edit);
    if (field.isEmpty())
        field = edit->placeholderText();
    const QString text = field.isEmpty() ? tr("Clear the text") : tr("Clear “%1”").arg(field);
    // The button shows the action (QToolButton::setDefaultAction): its text is the button's name.
    clear->setText(text);
    clear->setToolTip(text);
}

} // namespace tricheck::gui
