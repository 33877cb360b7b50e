#pragma once

#include <QLineEdit>

class QAction;
class QToolButton;

namespace tricheck::gui {

// A line edit for an identity value with the privacy mask: while it does not have the focus it
// shows the masked form ("131****8888") and an eye button to reveal the value; with the focus
// (or revealed) it shows and edits the real value. The real value lives only in this widget's
// memory: value() is the only way to it, text() may be the mask.
class PrivacyLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyLineEdit)

public:
    using Masker = QString (*)(const QString&);

    explicit PrivacyLineEdit(QWidget* parent = nullptr);
    ~PrivacyLineEdit() override;

    void setMasker(Masker masker);
    QString value() const { return m_value; }
    void setValue(const QString& value);

    void setPrivacyMask(bool on);
    bool privacyMask() const { return m_privacyMask; }
    bool isShowingMask() const { return m_showingMask; }
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    // While the value holds an error the field shows it unmasked: a message that names the
    // offending character's class and position must not sit beside a mask that hides it.
    void setMaskSuspended(bool suspended);
    bool isMaskSuspended() const { return m_maskSuspended; }

    // Accessible name and tooltip of the eye button ("Show the mobile number" / "Hide …").
    void setEyeTexts(const QString& show, const QString& hide);
    QToolButton* eyeButton() const; // nullptr while hidden

signals:
    void valueChanged(const QString& value);
    void valueEdited(); // changed by the operator (typing, pasting, an input method)

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateDisplay();
    void updateEye();

    Masker m_masker = nullptr;
    QString m_value;
    QString m_showText;
    QString m_hideText;
    QAction* m_eye = nullptr;
    bool m_privacyMask = true;
    bool m_revealed = false;
    bool m_showingMask = false;
    bool m_maskSuspended = false;
    bool m_updating = false;
};

} // namespace tricheck::gui
