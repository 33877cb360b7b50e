#include "samplepeopledialog.h"

#include "api/resultcatalogue.h"
#include "icons.h"
#include "sandbox/samplepeoplemodel.h"
#include "statusstyleproxy.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tricheck::gui {

using sandbox::SamplePeopleModel;

SamplePeopleDialog::SamplePeopleDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new SamplePeopleModel(sandbox::Registry::defaultRegistry(), this))
    , m_proxy(new StatusStyleProxy(SamplePeopleModel::OutcomeRole, SamplePeopleModel::Result, this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_recipesTitle(new QLabel(this))
    , m_recipes(new QWidget(this))
    , m_recipesLayout(new QGridLayout(m_recipes))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("samplePeopleDialog"));
    resize(940, 620);
    m_proxy->setSourceModel(m_model);
    m_proxy->setStatusPalette(StatusPalette::forPalette(palette()));
    m_intro->setWordWrap(true);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    QFont bold = m_recipesTitle->font();
    bold.setBold(true);
    m_recipesTitle->setFont(bold);
    m_recipesLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_recipesTitle);
    layout->addWidget(m_recipes);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SamplePeopleDialog::showRecipes);
    retranslate();
    m_table->resizeColumnsToContents();
    m_table->selectRow(0);
}

SamplePeopleDialog::~SamplePeopleDialog() = default;

void SamplePeopleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_proxy->setStatusPalette(StatusPalette::forPalette(palette()));
    QDialog::changeEvent(event);
}

void SamplePeopleDialog::retranslate()
{
    setWindowTitle(tr("Sandbox sample people"));
    m_intro->setText(tr("The sandbox answers from these people. They are invented: the numbers and ID numbers "
                        "belong to nobody, although they pass every check of the form. Pick a person, then fill "
                        "the form with a triple that gives the result you want to see."));
    m_table->setAccessibleName(tr("Sample people"));
    showRecipes();
}

void SamplePeopleDialog::showRecipes()
{
    while (QLayoutItem* item = m_recipesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int row = m_table->selectionModel() ? m_table->selectionModel()->currentIndex().row() : -1;
    const sandbox::Person* person = m_model->personAt(row);
    if (person == nullptr) {
        m_recipesTitle->setText(tr("Select a person to fill the form with."));
        return;
    }
    m_recipesTitle->setText(tr("Fill the form with %1's number and …").arg(person->name));
    const QList<sandbox::SampleRecipe> recipes = m_model->recipes(row);
    for (int i = 0; i < recipes.size(); ++i) {
        const sandbox::SampleRecipe& recipe = recipes.at(i);
        const api::SubCodeEntry entry = api::ResultCatalogue::subCode(recipe.subCode);
        QString what;
        if (recipe.subCode == u"101" || recipe.subCode == u"204")
            what = tr("the right name and ID number");
        else if (recipe.subCode == u"202")
            what = tr("the right name, another ID number");
        else if (recipe.subCode == u"203")
            what = tr("another name, the right ID number");
        else if (recipe.subCode == u"201")
            what = tr("another name and ID number");
        else
            what = tr("a number nobody has (%1)").arg(recipe.input.mobile);
        auto* button = new QPushButton(Icons::status(entry.role),
                                       tr("%1 → %2 %3").arg(what, recipe.subCode, entry.shortText),
                                       m_recipes);
        button->setObjectName(QStringLiteral("fill%1Button").arg(recipe.subCode));
        button->setAutoDefault(false);
        const identity::IdentityInput input = recipe.input;
        connect(button, &QPushButton::clicked, this, [this, input] { emit fillRequested(input); });
        m_recipesLayout->addWidget(button, i, 0); // one column: the dialog fits a screen at 200 %
    }
}

} // namespace tricheck::gui
