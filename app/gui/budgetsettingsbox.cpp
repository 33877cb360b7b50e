#include "budgetsettingsbox.h"

#include "billing/budget.h"
#include "settings/appsettings.h"
#include "ui_budgetsettingsbox.h"

#include <QEvent>
#include <QRegularExpressionValidator>

namespace tricheck::gui {

using settings::Setting;

namespace {

constexpr int kChecks = 0;
constexpr int kMoney = 1;

} // namespace

BudgetSettingsBox::BudgetSettingsBox(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::BudgetSettingsBox>())
{
    m_ui->setupUi(this);
    m_ui->currencyCombo->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));
    m_ui->budgetUnitCombo->addItem(QString(), kChecks);
    m_ui->budgetUnitCombo->addItem(QString(), kMoney);
    retranslate();
    connect(m_ui->priceSpin, &QDoubleSpinBox::valueChanged, this, &BudgetSettingsBox::updateHint);
    connect(m_ui->budgetSpin, &QDoubleSpinBox::valueChanged, this, &BudgetSettingsBox::updateHint);
    connect(m_ui->budgetUnitCombo, &QComboBox::currentIndexChanged, this, &BudgetSettingsBox::updateHint);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this, &BudgetSettingsBox::updateHint);
    connect(m_ui->hardStopCheck, &QCheckBox::toggled, this, &BudgetSettingsBox::updateHint);
}

BudgetSettingsBox::~BudgetSettingsBox() = default;

void BudgetSettingsBox::load(const session::SessionConfig& config)
{
    const billing::BudgetRule rule = config.budgetRule();
    m_ui->priceSpin->setValue(rule.price ? rule.price->amount : 0);
    QString currency = rule.price ? rule.price->currency : rule.budget.currency;
    if (currency.isEmpty())
        currency = QStringLiteral("CNY");
    m_ui->currencyCombo->setCurrentText(currency);
    if (rule.budget.money) {
        m_ui->budgetUnitCombo->setCurrentIndex(kMoney);
        m_ui->budgetSpin->setValue(*rule.budget.money);
    } else {
        m_ui->budgetUnitCombo->setCurrentIndex(kChecks);
        m_ui->budgetSpin->setValue(double(rule.budget.checks.value_or(0)));
    }
    m_ui->hardStopCheck->setChecked(rule.hardStop);
    updateHint();
}

void BudgetSettingsBox::applyLocks(const settings::AppSettings& settings)
{
    const QString reason = tr("Set by your administrator");
    const auto lock = [&](Setting setting, const QList<QWidget*>& editors) {
        const bool locked = settings.isLocked(setting);
        for (QWidget* editor : editors) {
            editor->setEnabled(!locked);
            editor->setToolTip(locked ? reason : editor->toolTip());
        }
    };
    lock(Setting::BillingPrice, {m_ui->priceSpin, m_ui->currencyCombo});
    lock(Setting::MonthlyBudget, {m_ui->budgetSpin, m_ui->budgetUnitCombo});
    lock(Setting::BudgetHardStop, {m_ui->hardStopCheck});
}

QWidget* BudgetSettingsBox::editorFor(Setting setting) const
{
    switch (setting) {
    case Setting::BillingPrice:
        return m_ui->priceSpin;
    case Setting::MonthlyBudget:
        return m_ui->budgetSpin;
    case Setting::BudgetHardStop:
        return m_ui->hardStopCheck;
    default:
        return nullptr;
    }
}

QString BudgetSettingsBox::currency() const
{
    return m_ui->currencyCombo->currentText().trimmed().toUpper();
}

QString BudgetSettingsBox::priceText() const
{
    if (m_ui->priceSpin->value() <= 0)
        return {};
    return billing::Price{m_ui->priceSpin->value(), currency()}.toString();
}

QString BudgetSettingsBox::budgetText() const
{
    const double value = m_ui->budgetSpin->value();
    if (value <= 0)
        return {};
    if (m_ui->budgetUnitCombo->currentData().toInt() == kChecks)
        return QString::number(qint64(value));
    return billing::moneyText(value, currency());
}

std::optional<QString> BudgetSettingsBox::problem() const
{
    if (currency().size() != 3 && (!priceText().isEmpty() || m_ui->budgetUnitCombo->currentData() == kMoney))
        return tr("The currency must be a three-letter code such as CNY.");
    billing::BudgetRule rule;
    rule.price = billing::Price::parse(priceText());
    rule.budget = billing::MonthlyBudget::parse(budgetText()).value_or(billing::MonthlyBudget{});
    return rule.problem();
}

void BudgetSettingsBox::store(settings::AppSettings& settings) const
{
    const auto set = [&settings](Setting setting, const QVariant& value) {
        if (!settings.isLocked(setting))
            settings.setValue(setting, value);
    };
    set(Setting::BillingPrice, priceText());
    set(Setting::MonthlyBudget, budgetText());
    set(Setting::BudgetHardStop, m_ui->hardStopCheck->isChecked());
}

void BudgetSettingsBox::updateHint()
{
    const bool checks = m_ui->budgetUnitCombo->currentData().toInt() == kChecks;
    m_ui->budgetSpin->setDecimals(checks ? 0 : 2);
    m_ui->budgetSpin->setSuffix(checks ? QString() : u' ' + currency());
    QString hint;
    if (const auto wrong = problem())
        hint = *wrong;
    else if (budgetText().isEmpty())
        hint = tr("No budget: the status bar shows this month's billed checks and their cost.");
    else if (m_ui->hardStopCheck->isChecked())
        hint = tr("A warning from 80 %; once the budget is used up, checks and batches are refused until next "
                  "month. The sandbox rehearses the budget with its simulated checks.");
    else
        hint = tr("A warning from 80 %; a batch that could go past the budget asks first.");
    m_ui->budgetHintLabel->setText(hint);
}

void BudgetSettingsBox::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->budgetUnitCombo->setItemText(kChecks, tr("billed checks"));
    m_ui->budgetUnitCombo->setItemText(kMoney, tr("money"));
    updateHint();
}

void BudgetSettingsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace tricheck::gui
