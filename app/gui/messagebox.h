#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace tricheck::gui {

// Every message box and file dialog of the app goes through here, so tests can answer them
// without a person (KeePassXC's MessageBox::setNextAnswer pattern): a prepared answer is used by
// the next call instead of showing anything.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using Button = QMessageBox::StandardButton;

    static void information(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& richText);
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void critical(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

    // A question with one action button labelled `action` (e.g. "Delete 3 attempts") and Cancel,
    // Cancel being the default. True when the operator chose the action. `destructive` marks the
    // action as such (styles show it differently; Cancel stays the default either way).
    static bool confirm(QWidget* parent,
                        const QString& title,
                        const QString& text,
                        const QString& action,
                        bool destructive = false,
                        const QString& informative = {});

    // A question with several actions and Cancel (the default): the index of the chosen action in
    // `actions`, or -1 for Cancel.
    static int choose(QWidget* parent,
                      const QString& title,
                      const QString& text,
                      const QStringList& actions,
                      const QString& informative = {});

    // QFileDialog::getSaveFileName / getOpenFileName.
    // `selectedFilter`: the filter chosen first, and then the one the operator chose.
    static QString saveFileName(QWidget* parent,
                                const QString& caption,
                                const QString& path,
                                const QString& filter,
                                QFileDialog::Options options = {},
                                QString* selectedFilter = nullptr);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& path, const QString& filter);

    // -- for tests --
    // The next message box returns `answer` at once (Yes/Ok/Save = the action of confirm()).
    static void setNextAnswer(Button answer);
    // The next choose() returns `index` at once (-1 = Cancel).
    static void setNextChoice(int index);
    // The next file dialog returns `path` at once ("" = cancelled); a save dialog with the file type
    // `filterIndex` (0-based, in the order offered) chosen, or the one it suggested when -1.
    static void setNextFileName(const QString& path, int filterIndex = -1);
    // Forgets answers prepared above and not asked for (a test that expected no question).
    static void forgetPreparedAnswers();
    // What the most recent message box said (title and text), shown or answered; for a save dialog,
    // its title and the path it proposed.
    static QString lastTitle();
    static QString lastText();

private:
    static std::optional<Button> takeNextAnswer();
    static Button
    show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text, const QString& details);
};

} // namespace tricheck::gui
