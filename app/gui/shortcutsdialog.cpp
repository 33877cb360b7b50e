#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tricheck::gui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    for (QAction* action : actions)
        m_actions.append(action);
    resize(560, 520);
    m_intro->setWordWrap(true);
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Every control can be reached with Tab and Shift+Tab; underlined letters work with Alt."));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    QList<std::pair<QString, QString>> rows;
    for (const QPointer<QAction>& action : std::as_const(m_actions)) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        // A standard key the platform leaves unbound (Preferences on Linux) has no text: leave it out,
        // or the list shows "Ctrl+, / ".
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            if (!text.isEmpty())
                keys.append(text);
        }
        keys.removeDuplicates();
        if (keys.isEmpty())
            continue;
        rows.append({keys.join(tr(" or ", "between two keys of one action")),
                     action->text().remove(u'&').remove(QStringLiteral("…"))});
    }
    rows.append({tr("Enter"), tr("Verify, from any field of the form")});
    rows.append({tr("Esc"), tr("Cancel the running verification")});
    rows.append({QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
                 tr("Copy the RequestId of the selected attempt (in the history)")});
    rows.append({QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
                 tr("Delete the selected attempts (in the history, after confirmation)")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace tricheck::gui
