#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace tricheck::gui {

// Help → Keyboard shortcuts: every action of the window that has a shortcut, in the current
// language, plus the keys that work inside the form and the history.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QList<QPointer<QAction>> m_actions;
    QLabel* m_intro;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
};

} // namespace tricheck::gui
