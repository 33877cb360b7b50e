#include "verifyform.h"

#include "icons.h"
#include "identity/digest.h"
#include "identity/masking.h"
#include "identity/mobile.h"
#include "identityvalidators.h"
#include "statuspalette.h"
#include "ui_verifyform.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>

#include <algorithm>

namespace tricheck::gui {

using namespace tricheck::identity;

namespace {

QString colored(const QString& text, const QColor& color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
}

QColor mutedText(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(text.redF() * 0.7f + window.redF() * 0.3f,
                            text.greenF() * 0.7f + window.greenF() * 0.3f,
                            text.blueF() * 0.7f + window.blueF() * 0.3f);
}

} // namespace

VerifyForm::VerifyForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VerifyForm>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_ui->mobileLineEdit->setValidator(new MobileValidator(this));
    m_ui->idLineEdit->setValidator(new IdNumberValidator(this));
    m_ui->nameLineEdit->setValidator(new NameValidator(this));
    m_ui->mobileLineEdit->setMasker(&maskMobile);
    m_ui->nameLineEdit->setMasker(&maskName);
    m_ui->idLineEdit->setMasker(&maskIdNumber);
    m_ui->mobileLineEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_ui->idLineEdit->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLabel* value : {m_ui->md5MobileValue, m_ui->md5NameValue, m_ui->md5IdValue})
        value->setFont(fixed);
    // Each field's message line keeps its place, empty or not: the fields below do not jump down
    // as messages appear while typing. The lines (and the MD5 note) are FittedLabels, as tall as
    // their text at their width, never QLabel's two- or three-line guess for wrapped text.
    // One line is measured as the labels lay it out: rich text, Latin and Chinese glyphs (whose
    // fallback font is taller).
    QLabel probe;
    probe.setFont(m_ui->mobileMessageLabel->font());
    probe.setTextFormat(Qt::RichText);
    probe.setWordWrap(true);
    probe.setText(colored(QStringLiteral("Ag 手机号"), Qt::black));
    const int oneLine = std::max(probe.heightForWidth(400), probe.fontMetrics().lineSpacing());
    for (QLabel* message : {m_ui->mobileMessageLabel, m_ui->nameMessageLabel, m_ui->idMessageLabel}) {
        message->setTextFormat(Qt::RichText);
        message->setMinimumHeight(oneLine);
    }

    const std::pair<PrivacyLineEdit*, bool*> fields[] = {{m_ui->mobileLineEdit, &m_touchedMobile},
                                                         {m_ui->nameLineEdit, &m_touchedName},
                                                         {m_ui->idLineEdit, &m_touchedId}};
    for (const auto& [edit, touched] : fields) {
        bool* flag = touched;
        PrivacyLineEdit* field = edit;
        connect(edit, &PrivacyLineEdit::valueEdited, this, [this, flag] {
            *flag = true;
            revalidate();
        });
        connect(edit, &QLineEdit::inputRejected, this, [this, field] { onInputRejected(field); });
        connect(edit, &PrivacyLineEdit::valueChanged, this, [this, field] {
            // A refusal is about the last keystroke: any new value ends it.
            if (field == m_ui->mobileLineEdit)
                m_refusedMobile.reset();
            else if (field == m_ui->idLineEdit)
                m_refusedId.reset();
            revalidate();
        });
        connect(edit, &QLineEdit::returnPressed, this, &VerifyForm::requestVerify);
    }
    connect(m_ui->referenceLineEdit, &QLineEdit::returnPressed, this, &VerifyForm::requestVerify);
    connect(m_ui->md5CheckBox, &QCheckBox::toggled, this, &VerifyForm::revalidate);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &VerifyForm::onButtonClicked);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &VerifyForm::clear);

    m_ui->clearButton->setIcon(Icons::themed(QStringLiteral("clear")));
    m_ui->busyBar->setVisible(false);
    m_ui->readinessLabel->setVisible(false);
    retranslate();
    revalidate();
}

VerifyForm::~VerifyForm()
{
    // The fields outlive m_ui while QWidget deletes them, and the focus leaving them as the window
    // closes changes their shown text: nothing of theirs may reach this half-destroyed form.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

IdentityInput VerifyForm::input() const
{
    return {m_ui->mobileLineEdit->value(), m_ui->nameLineEdit->value(), m_ui->idLineEdit->value()};
}

QString VerifyForm::reference() const
{
    return m_ui->referenceLineEdit->text().trimmed();
}

ParamType VerifyForm::paramType() const
{
    return m_ui->md5CheckBox->isChecked() ? ParamType::Md5 : ParamType::Normal;
}

void VerifyForm::setParamType(ParamType type)
{
    m_ui->md5CheckBox->setChecked(type == ParamType::Md5);
}

void VerifyForm::setMd5Locked(bool locked, bool byAdministrator)
{
    m_md5Locked = locked;
    m_md5LockedByAdministrator = byAdministrator;
    if (locked)
        m_ui->md5CheckBox->setChecked(true);
    m_ui->md5CheckBox->setEnabled(!locked);
    retranslate();
}

void VerifyForm::setPrivacyMask(bool on)
{
    m_privacyMask = on;
    for (PrivacyLineEdit* edit : {m_ui->mobileLineEdit, m_ui->nameLineEdit, m_ui->idLineEdit})
        edit->setPrivacyMask(on);
}

void VerifyForm::setReady(bool ready, const QString& reason)
{
    m_ready = ready;
    m_notReadyReason = ready ? QString() : reason;
    m_ui->readinessLabel->setText(m_notReadyReason);
    m_ui->readinessLabel->setVisible(!m_notReadyReason.isEmpty());
    updateButton();
}

void VerifyForm::setBusy(bool busy)
{
    m_busy = busy;
    m_sent = false;
    if (busy)
        m_busySince.start();
    updateButton();
}

void VerifyForm::setSent()
{
    m_sent = true;
    updateButton();
}

void VerifyForm::fill(const IdentityInput& input)
{
    m_ui->mobileLineEdit->setValue(input.mobile);
    m_ui->nameLineEdit->setValue(input.name);
    m_ui->idLineEdit->setValue(input.idNumber);
    if (!m_keepReference)
        m_ui->referenceLineEdit->clear();
    m_touchedMobile = m_touchedName = m_touchedId = true;
    revalidate();
}

void VerifyForm::referenceUsed()
{
    if (!m_keepReference)
        m_ui->referenceLineEdit->clear();
}

void VerifyForm::clear()
{
    for (PrivacyLineEdit* edit : {m_ui->mobileLineEdit, m_ui->nameLineEdit, m_ui->idLineEdit})
        edit->setValue(QString());
    m_ui->referenceLineEdit->clear();
    m_touchedMobile = m_touchedName = m_touchedId = false;
    revalidate();
    focusFirstField();
}

void VerifyForm::focusFirstField()
{
    m_ui->mobileLineEdit->setFocus(Qt::OtherFocusReason);
}

void VerifyForm::requestVerify()
{
    if (m_busy || !m_complete || !m_ready)
        return;
    emit verifyRequested();
}

void VerifyForm::onButtonClicked()
{
    if (!m_busy) {
        requestVerify();
        return;
    }
    // The second click of a double click lands on the Cancel button that the first one made.
    if (m_busySince.elapsed() < QApplication::doubleClickInterval())
        return;
    emit cancelRequested();
}

void VerifyForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        revalidate(); // messages are built from tr() at display time
    } else if (event->type() == QEvent::PaletteChange) {
        revalidate();
        m_ui->verifyButton->setIcon(Icons::themed(m_busy ? QStringLiteral("cancel") : QStringLiteral("verify")));
    }
    QWidget::changeEvent(event);
}

void VerifyForm::retranslate()
{
    m_ui->mobileLineEdit->setEyeTexts(tr("Show the mobile number"), tr("Hide the mobile number"));
    m_ui->nameLineEdit->setEyeTexts(tr("Show the name"), tr("Hide the name"));
    m_ui->idLineEdit->setEyeTexts(tr("Show the ID number"), tr("Hide the ID number"));
    if (!m_md5Locked)
        m_ui->md5CheckBox->setToolTip(tr("Send the lowercase MD5 of each value instead of the value (ParamType md5)"));
    else if (m_md5LockedByAdministrator)
        m_ui->md5CheckBox->setToolTip(tr("Set by your administrator"));
    else
        m_ui->md5CheckBox->setToolTip(tr("Always on: Settings → General → Always MD5"));
    m_ui->clearButton->setToolTip(tr("Empty the form"));
    updateButton();
}

void VerifyForm::updateButton()
{
    QPushButton* button = m_ui->verifyButton;
    if (m_busy) {
        button->setText(tr("Cancel"));
        button->setIcon(Icons::themed(QStringLiteral("cancel")));
        button->setToolTip(tr("Stop waiting for this verification. A request already sent may still be processed "
                              "and billed; the history records the outcome either way."));
        button->setEnabled(true);
        m_ui->busyLabel->setText(m_sent ? tr("Sent, waiting for the answer…") : tr("Sending…"));
    } else {
        button->setText(tr("&Verify"));
        button->setIcon(Icons::themed(QStringLiteral("verify")));
        button->setEnabled(m_complete && m_ready);
        button->setToolTip(m_complete ? tr("Verify the three values (Enter or Ctrl+Enter)")
                                      : tr("Enter a valid mobile number, name and ID number first"));
        m_ui->busyLabel->clear();
    }
    button->setAccessibleName(button->text().remove(u'&'));
    m_ui->busyBar->setVisible(m_busy);
    m_ui->busyLabel->setVisible(m_busy);
}

void VerifyForm::revalidate()
{
    const ParamType type = paramType();
    // Validation always follows the plaintext rules: the form takes plaintext, md5 only changes
    // what is sent.
    const IdentityCheck check = checkIdentity(input(), ParamType::Normal);

    QString carrierHint;
    if (check.mobile.isValid()) {
        const Carrier expected = expectedCarrier(check.mobile.normalized);
        if (expected != Carrier::Unknown)
            carrierHint =
                tr("Expected carrier: %1 (by prefix; ported numbers differ)").arg(CarrierInfo::displayName(expected));
    }
    const auto refused = [](Field field, const std::optional<bool>& full) {
        return full ? IdentityText::refusedInput(field, *full) : QString();
    };
    showMessage(m_ui->mobileMessageLabel,
                m_ui->mobileLineEdit,
                m_touchedMobile,
                check.mobile,
                carrierHint,
                refused(Field::Mobile, m_refusedMobile));
    showMessage(m_ui->nameMessageLabel, m_ui->nameLineEdit, m_touchedName, check.name, {});
    showMessage(m_ui->idMessageLabel,
                m_ui->idLineEdit,
                m_touchedId,
                check.idNumber,
                {},
                refused(Field::IdNumber, m_refusedId));
    m_ui->md5Frame->setVisible(type == ParamType::Md5);
    if (type == ParamType::Md5)
        updateMd5Preview(check);

    if (check.isValid() != m_complete) {
        m_complete = check.isValid();
        emit completeChanged(m_complete);
    }
    updateButton();
}

void VerifyForm::onInputRejected(PrivacyLineEdit* edit)
{
    // The validator keeps out what can never become valid; the operator is told, not left guessing.
    if (edit == m_ui->mobileLineEdit) {
        m_refusedMobile = edit->value().size() >= 11;
        m_touchedMobile = true;
    } else if (edit == m_ui->idLineEdit) {
        m_refusedId = edit->value().size() >= 18;
        m_touchedId = true;
    } else {
        return;
    }
    revalidate();
}

void VerifyForm::showMessage(QLabel* label,
                             PrivacyLineEdit* edit,
                             bool touched,
                             const Validation& v,
                             const QString& hint,
                             const QString& refused)
{
    const Finding* primary = v.primary();
    // A field holding an error shows its value even with the privacy mask, so that the character
    // the message names (by class and position) can be seen and the mask never contradicts it.
    edit->setMaskSuspended(primary != nullptr && primary->severity == Severity::Error &&
                           (primary->position > 0 || primary->reason == Reason::NameHasDigit ||
                            primary->reason == Reason::NameMisplacedDot));
    // An untouched empty field gets no complaint; the button state already says it is required.
    if (!touched && edit->value().isEmpty() && refused.isEmpty()) {
        label->clear();
        edit->setAccessibleDescription(QString());
        return;
    }
    const StatusPalette palette = StatusPalette::forPalette(this->palette());
    QString text;
    QString html;
    if (!refused.isEmpty()) {
        text = refused;
        html = colored(text, palette.errorText());
    } else if (primary != nullptr) {
        text = IdentityText::describe(v.field, *primary);
        html = colored(text, primary->severity == Severity::Error ? palette.errorText() : palette.warningText());
    } else if (!hint.isEmpty()) {
        text = hint;
        html = colored(text, mutedText(this->palette()));
    }
    label->setText(html);
    label->setAccessibleName(text);
    edit->setAccessibleDescription(text);
}

void VerifyForm::updateMd5Preview(const IdentityCheck& check)
{
    const auto digest = [](const Validation& v) {
        return v.isValid() ? md5ParamValue(v.normalized) : QStringLiteral("—");
    };
    m_ui->md5MobileValue->setText(digest(check.mobile));
    m_ui->md5NameValue->setText(digest(check.name));
    m_ui->md5IdValue->setText(digest(check.idNumber));
}

} // namespace tricheck::gui
