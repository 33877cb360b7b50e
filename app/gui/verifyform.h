#pragma once

#include "identity/finding.h"
#include "identity/identityinput.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class VerifyForm;
}

namespace tricheck::gui {

class PrivacyLineEdit;

// The verify form: mobile, name, ID number, reference, the MD5 toggle and Verify. Input is
// constrained while typing (identityvalidators.h), each field shows the identity domain's reason
// under it once it has been edited (the mobile its expected carrier), and Verify is enabled only
// for three valid values while the service is ready. During a verification the button becomes
// Cancel (a second click within the double-click interval is ignored, so a double click never
// cancels the check it just started) and the form stays usable.
class VerifyForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyForm)

public:
    explicit VerifyForm(QWidget* parent = nullptr);
    ~VerifyForm() override;

    identity::IdentityInput input() const;
    QString reference() const;
    identity::ParamType paramType() const;
    bool isComplete() const { return m_complete; }
    bool isBusy() const { return m_busy; }

    void setParamType(identity::ParamType type);
    // md5 is forced (by the administrator, or by the operator's own setting): the toggle is on and
    // disabled, and its tooltip says who decided.
    void setMd5Locked(bool locked, bool byAdministrator = true);
    void setPrivacyMask(bool on);
    bool privacyMask() const { return m_privacyMask; }
    // Whether a verification can be sent now, and why not.
    void setReady(bool ready, const QString& reason);
    void setBusy(bool busy);
    void setSent(); // the request left the machine: from now on it may be billed

    // Fills the three values (a sample person); the reference of the previous one goes.
    void fill(const identity::IdentityInput& input);
    void clear();
    // The reference stays for the next verification (a setting); otherwise it clears after an
    // answer and when the form is filled.
    void setKeepReference(bool keep) { m_keepReference = keep; }
    // A verification with this reference was answered.
    void referenceUsed();

public slots:
    // Verify now if the form is complete, the service ready and nothing is running.
    void requestVerify();
    void focusFirstField();

signals:
    void completeChanged(bool complete);
    void verifyRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void revalidate();
    void showMessage(QLabel* label,
                     PrivacyLineEdit* edit,
                     bool touched,
                     const identity::Validation& v,
                     const QString& hint,
                     const QString& refused = {});
    void onInputRejected(PrivacyLineEdit* edit);
    void updateMd5Preview(const identity::IdentityCheck& check);
    void updateButton();
    void retranslate();
    void onButtonClicked();

    std::unique_ptr<Ui::VerifyForm> m_ui;
    bool m_complete = false;
    bool m_ready = false;
    bool m_busy = false;
    bool m_sent = false;
    bool m_privacyMask = true;
    bool m_md5Locked = false;
    bool m_md5LockedByAdministrator = true;
    bool m_touchedMobile = false;
    bool m_touchedName = false;
    bool m_touchedId = false;
    bool m_keepReference = false;
    // The field refused what was last typed (true: it was full), until its value changes; the
    // message is worded when shown, so a language switch rewords it.
    std::optional<bool> m_refusedMobile;
    std::optional<bool> m_refusedId;
    QString m_notReadyReason;
    QElapsedTimer m_busySince;
};

} // namespace tricheck::gui
