#include "verifyform.h"

#include "identity/identityinput.h"
#include "identity/mobile.h"
#include "ui_verifyform.h"

#include <QEvent>

namespace tricheck::gui {

using namespace tricheck::identity;

VerifyForm::VerifyForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VerifyForm>())
{
    m_ui->setupUi(this);
    for (QLineEdit* edit : {m_ui->mobileLineEdit, m_ui->nameLineEdit, m_ui->idLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &VerifyForm::revalidate);
    revalidate();
}

VerifyForm::~VerifyForm() = default;

void VerifyForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        revalidate(); // messages are built from tr() at display time
    }
    QWidget::changeEvent(event);
}

void VerifyForm::revalidate()
{
    const IdentityInput input{m_ui->mobileLineEdit->text(), m_ui->nameLineEdit->text(), m_ui->idLineEdit->text()};
    const IdentityCheck check = checkIdentity(input, ParamType::Normal);

    QString carrierHint;
    if (check.mobile.isValid()) {
        const Carrier expected = expectedCarrier(check.mobile.normalized);
        if (expected != Carrier::Unknown)
            carrierHint = tr("Expected carrier: %1 (numbers can be ported; the result shows the actual one)")
                              .arg(CarrierInfo::displayName(expected));
    }
    showMessage(m_ui->mobileMessageLabel, m_ui->mobileLineEdit, check.mobile, carrierHint);
    showMessage(m_ui->nameMessageLabel, m_ui->nameLineEdit, check.name);
    showMessage(m_ui->idMessageLabel, m_ui->idLineEdit, check.idNumber);

    if (check.isValid() != m_complete) {
        m_complete = check.isValid();
        emit completeChanged(m_complete);
    }
}

void VerifyForm::showMessage(QLabel* label, QLineEdit* edit, const Validation& v, const QString& hint)
{
    // An untouched empty field gets no complaint; the button state already says it is required.
    if (edit->text().isEmpty()) {
        label->clear();
        label->setVisible(false);
        return;
    }
    const Finding* primary = v.primary();
    const QString text = primary != nullptr ? IdentityText::describe(v.field, *primary) : hint;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    edit->setAccessibleDescription(text);
}

} // namespace tricheck::gui
