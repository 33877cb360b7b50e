#pragma once

#include "settings/setting.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
#include <QHash>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

class BudgetSettingsBox;
class DependentSettings;
class EndpointField;
class ProfilesPage;
class ProxyFields;
class TrustedCertificatesField;

// Settings (Ctrl+,): language, privacy mask, default ParamType; service mode, endpoint, signature,
// timeout; credentials profiles; history location, retention and deletion; the proxy (its password
// goes to the keychain, like the profiles' secrets) and the certificate authorities trusted besides the system's.
// Settings the administrator locked are shown disabled with "Set by your administrator"; a malformed policy is reported
// at the top. OK and Apply write through AppSettings; profile changes apply at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(session::Session* session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    enum Page {
        General,
        Service,
        Credentials,
        History,
        Network
    };
    void showPage(Page page);
    ProfilesPage* profilesPage() const { return m_profiles; }
    // The widget that edits `setting` (for tests and for focusing it).
    QWidget* editorFor(settings::Setting setting) const;

public slots:
    bool apply(); // false when a value is invalid (nothing is written then)
    void accept() override;

signals:
    void auditLogRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslate();
    void applyLocks();
    void validate();
    void browseHistory();
    void purgeOld();
    void purgeAll();
    void addHistoryBackendFields();
    bool historyOnPostgres() const;
    bool historyIsValid(QString* problem) const;
    void updateHistoryFields();
    void applyHistoryPassword();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    session::Session* m_session;
    EndpointField* m_endpoint = nullptr;
    DependentSettings* m_dependents = nullptr;
    ProfilesPage* m_profiles = nullptr;
    ProxyFields* m_proxy = nullptr;
    TrustedCertificatesField* m_certificates = nullptr;
    QHash<settings::Setting, QWidget*> m_editors;
    // History backend (SQLite file or PostgreSQL URL) and the PostgreSQL password (keychain only).
    QLabel* m_historyBackendLabel = nullptr;
    QComboBox* m_historyBackendComboBox = nullptr;
    BudgetSettingsBox* m_budget = nullptr;
    QLabel* m_historyPasswordLabel = nullptr;
    QLineEdit* m_historyPasswordLineEdit = nullptr;
};

} // namespace tricheck::gui
