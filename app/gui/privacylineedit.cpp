#include "privacylineedit.h"

#include "icons.h"

#include <QAction>
#include <QEvent>
#include <QToolButton>

namespace tricheck::gui {

PrivacyLineEdit::PrivacyLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_eye(new QAction(this))
{
    m_eye->setObjectName(QStringLiteral("eyeAction"));
    m_eye->setCheckable(true);
    addAction(m_eye, QLineEdit::TrailingPosition);
    connect(m_eye, &QAction::toggled, this, &PrivacyLineEdit::setRevealed);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_updating || m_showingMask)
            return;
        m_value = text;
        if (m_value.isEmpty())
            m_revealed = false;
        updateEye();
        emit valueChanged(m_value);
    });
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_showingMask)
            emit valueEdited();
    });
    updateEye();
}

PrivacyLineEdit::~PrivacyLineEdit() = default;

void PrivacyLineEdit::setMasker(Masker masker)
{
    m_masker = masker;
    updateDisplay();
}

void PrivacyLineEdit::setValue(const QString& value)
{
    m_updating = true;
    m_showingMask = false;
    setReadOnly(false);
    setText(value);
    m_updating = false;
    m_value = value;
    if (m_value.isEmpty())
        m_revealed = false;
    updateDisplay();
    emit valueChanged(m_value);
}

void PrivacyLineEdit::setPrivacyMask(bool on)
{
    m_privacyMask = on;
    if (!on)
        m_revealed = false;
    updateDisplay();
}

void PrivacyLineEdit::setRevealed(bool revealed)
{
    m_revealed = revealed && !m_value.isEmpty();
    updateDisplay();
}

void PrivacyLineEdit::setEyeTexts(const QString& show, const QString& hide)
{
    m_showText = show;
    m_hideText = hide;
    updateEye();
}

QToolButton* PrivacyLineEdit::eyeButton() const
{
    if (!m_eye->isVisible())
        return nullptr;
    for (QObject* object : m_eye->associatedObjects()) {
        if (auto* button = qobject_cast<QToolButton*>(object))
            return button;
    }
    return nullptr;
}

void PrivacyLineEdit::focusInEvent(QFocusEvent* event)
{
    QLineEdit::focusInEvent(event);
    updateDisplay();
}

void PrivacyLineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    updateDisplay();
}

void PrivacyLineEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateEye(); // the eye's icon is drawn in the palette's text colour
    QLineEdit::changeEvent(event);
}

void PrivacyLineEdit::setMaskSuspended(bool suspended)
{
    if (m_maskSuspended == suspended)
        return;
    m_maskSuspended = suspended;
    updateDisplay();
}

void PrivacyLineEdit::updateDisplay()
{
    const bool mask =
        m_privacyMask && !m_revealed && !m_maskSuspended && !hasFocus() && !m_value.isEmpty() && m_masker != nullptr;
    m_updating = true;
    if (mask) {
        setText(m_masker(m_value));
        setReadOnly(true);
        m_showingMask = true;
    } else if (m_showingMask) {
        m_showingMask = false;
        setText(m_value);
        setReadOnly(false);
    }
    m_updating = false;
    updateEye();
}

void PrivacyLineEdit::updateEye()
{
    // With the focus the field shows the value anyway; the eye is for a field at rest.
    const bool visible = m_privacyMask && !m_maskSuspended && !m_value.isEmpty() && !hasFocus();
    m_eye->setVisible(visible);
    const QSignalBlocker block(m_eye);
    m_eye->setChecked(m_revealed);
    m_eye->setIcon(Icons::themed(m_revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    const QString text = m_revealed ? m_hideText : m_showText;
    m_eye->setText(text);
    m_eye->setToolTip(text);
    if (QToolButton* button = eyeButton()) {
        // A click would otherwise give the focus to the field (the button's nearest ancestor that
        // takes focus), which shows the value and hides the eye under the pointer. Click focus only:
        // Tab still goes from field to field, never to the eye.
        button->setFocusPolicy(Qt::ClickFocus);
        button->setAccessibleName(text);
        button->setToolTip(text);
    }
}

} // namespace tricheck::gui
