#include "messagebox.h"

#include <QFileDialog>
#include <QPushButton>

namespace tricheck::gui {

namespace {

struct Prepared
{
    std::optional<MessageBox::Button> answer;
    std::optional<QString> fileName;
    int filterIndex = -1;
    std::optional<int> choice;
    QString lastTitle;
    QString lastText;
};

Prepared& prepared()
{
    static Prepared p;
    return p;
}

} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    prepared().answer = answer;
}

void MessageBox::setNextChoice(int index)
{
    prepared().choice = index;
}

void MessageBox::setNextFileName(const QString& path, int filterIndex)
{
    prepared().fileName = path;
    prepared().filterIndex = filterIndex;
}

void MessageBox::forgetPreparedAnswers()
{
    Prepared& p = prepared();
    p.answer.reset();
    p.fileName.reset();
    p.filterIndex = -1;
    p.choice.reset();
}

QString MessageBox::lastTitle()
{
    return prepared().lastTitle;
}

QString MessageBox::lastText()
{
    return prepared().lastText;
}

std::optional<MessageBox::Button> MessageBox::takeNextAnswer()
{
    return std::exchange(prepared().answer, std::nullopt);
}

MessageBox::Button MessageBox::show(QWidget* parent,
                                    QMessageBox::Icon icon,
                                    const QString& title,
                                    const QString& text,
                                    const QString& details)
{
    prepared().lastTitle = title;
    prepared().lastText = text;
    if (const auto answer = takeNextAnswer())
        return *answer;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return Button(box.exec());
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, {});
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& richText)
{
    prepared().lastTitle = title;
    prepared().lastText = richText;
    if (takeNextAnswer())
        return;
    QMessageBox::about(parent, title, richText);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    show(parent, QMessageBox::Warning, title, text, details);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    show(parent, QMessageBox::Critical, title, text, details);
}

bool MessageBox::confirm(QWidget* parent,
                         const QString& title,
                         const QString& text,
                         const QString& action,
                         bool destructive,
                         const QString& informative)
{
    prepared().lastTitle = title;
    prepared().lastText = text;
    if (const auto answer = takeNextAnswer())
        return *answer == QMessageBox::Yes || *answer == QMessageBox::Ok || *answer == QMessageBox::Save;
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question,
                    title,
                    text,
                    QMessageBox::NoButton,
                    parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informative);
    QPushButton* accept = box.addButton(action, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

int MessageBox::choose(QWidget* parent,
                       const QString& title,
                       const QString& text,
                       const QStringList& actions,
                       const QString& informative)
{
    prepared().lastTitle = title;
    prepared().lastText = text;
    if (const auto choice = std::exchange(prepared().choice, std::nullopt))
        return *choice;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(informative);
    QList<QPushButton*> buttons;
    for (const QString& action : actions)
        buttons.append(box.addButton(action, QMessageBox::AcceptRole));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton*>(box.clickedButton())));
}

QString MessageBox::saveFileName(QWidget* parent,
                                 const QString& caption,
                                 const QString& path,
                                 const QString& filter,
                                 QFileDialog::Options options,
                                 QString* selectedFilter)
{
    prepared().lastTitle = caption;
    prepared().lastText = path;
    if (auto name = std::exchange(prepared().fileName, std::nullopt)) {
        const int index = std::exchange(prepared().filterIndex, -1);
        const QStringList filters = filter.split(QStringLiteral(";;"));
        if (selectedFilter != nullptr && index >= 0 && index < filters.size())
            *selectedFilter = filters.at(index);
        return *name;
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter, selectedFilter, options);
}

QString MessageBox::openFileName(QWidget* parent, const QString& caption, const QString& path, const QString& filter)
{
    if (auto name = std::exchange(prepared().fileName, std::nullopt))
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, path, filter);
}

} // namespace tricheck::gui
