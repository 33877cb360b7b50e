#pragma once

#include "identity/identityinput.h"

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QTableView;
class QWidget;

namespace tricheck::sandbox {
class SamplePeopleModel;
}

namespace tricheck::gui {

class StatusStyleProxy;

// The sandbox's invented people: what each answers when sent as is, and for the selected person a
// button per result (101, 202, 203, 201, 301, or 204) that fills the verify form with a triple
// giving exactly that answer. The values are fictitious, so they are shown in full.
class SamplePeopleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplePeopleDialog)

public:
    explicit SamplePeopleDialog(QWidget* parent = nullptr);
    ~SamplePeopleDialog() override;

    sandbox::SamplePeopleModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    void fillRequested(const tricheck::identity::IdentityInput& input);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showRecipes();

    sandbox::SamplePeopleModel* m_model;
    StatusStyleProxy* m_proxy;
    QLabel* m_intro;
    QTableView* m_table;
    QLabel* m_recipesTitle;
    QWidget* m_recipes;
    QGridLayout* m_recipesLayout;
    QDialogButtonBox* m_buttons;
};

} // namespace tricheck::gui
