#pragma once

#include "session/sessionconfig.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace Ui {
class BudgetSettingsBox;
}

namespace tricheck::settings {
class AppSettings;
}

namespace tricheck::gui {

// The settings dialog's billing fields: the price of one billed check, the monthly budget (billed
// checks or money) and its hard stop. Shows the operator's values and the administrator's locks;
// what is stored is checked again by core (settings::normalizedValue, SessionConfig::budgetRule).
class BudgetSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BudgetSettingsBox(QWidget* parent = nullptr);
    ~BudgetSettingsBox() override;

    void load(const session::SessionConfig& config);
    void applyLocks(const settings::AppSettings& settings);
    // The field that edits `setting` (nullptr: not a billing setting).
    QWidget* editorFor(settings::Setting setting) const;
    // Why the values cannot be stored (translated), nothing when they can.
    std::optional<QString> problem() const;
    void store(settings::AppSettings& settings) const;

    // As stored: "" or "0.50 CNY"; "" or "1000" or "500.00 CNY".
    QString priceText() const;
    QString budgetText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateHint();
    QString currency() const;

    std::unique_ptr<Ui::BudgetSettingsBox> m_ui;
};

} // namespace tricheck::gui
