#pragma once

#include <QAccessible>
#include <QObject>
#include <QPointer>

class QLineEdit;
class QWidget;

namespace tricheck::gui {

// What keyboard users and screen readers get from every window of the app, applied in one place
// (an application-wide event filter) so that no dialog can forget it:
// - Tab and Shift+Tab leave every table and list (the arrow keys move inside them); Ctrl+Tab and
//   Ctrl+Shift+Tab leave them as well, and read-only text.
// - The clear (×) button Qt adds to a line edit is named after its field ("Clear “Name”").
// - A scroll area that takes the focus shows it with a focus ring.
// - A window larger than the screen's available area (at a large scale factor) is made to fit.
// - Roles Qt's widgets cannot state themselves (setRole): links, notifications, and decorative
//   icons, which are fillers that screen readers skip.
// - announce(): a result, the end of a batch or an export is said by the screen reader without
//   moving the focus: a notification object (AT-SPI role "notification") is shown with the text
//   as its name, the event Orca speaks.
class Accessibility : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Accessibility)

public:
    // Once per QApplication (the app at start, GUI tests in their init); later calls do nothing.
    static void install();
    static Accessibility* instance(); // the installed one, or nullptr
    // Before the widget is first shown: Qt caches a widget's accessible interface.
    static void setRole(QWidget* widget, QAccessible::Role role);
    static void markDecorative(QWidget* widget);
    // Says `text` (HTML or plain) now. When `context` is a notification (setRole), it is the
    // object that speaks; otherwise its window's live region does.
    static void announce(QWidget* context, const QString& text);
    // The text a screen reader should read for a rich-text label: tags out, line breaks as spaces.
    static QString plainText(const QString& html);
    // "&Mobile number:" and "手机号(&M)：" as a name: "Mobile number", "手机号".
    static QString labelName(const QString& labelText);

signals:
    // After announce() told assistive technology (the notification's accessible object, `text`).
    void announced(QWidget* region, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Accessibility(QObject* parent);
    ~Accessibility() override;
    static QPointer<Accessibility>& installed();

    void polish(QWidget* widget);
    static bool leaveWithCtrlTab(QWidget* widget, QEvent* event);
    static void nameClearButton(QLineEdit* edit);
};

} // namespace tricheck::gui
