#include "history/historylocation.h"
#include "history/historystore.h"
#include "messagebox.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

// The settings dialog's History page: the backend (a SQLite file or a PostgreSQL URL), its checks,
// and the PostgreSQL password, which goes to the keychain only.

namespace tricheck::gui {

using settings::Setting;

void SettingsDialog::addHistoryBackendFields()
{
    m_historyBackendLabel = new QLabel(this);
    m_historyBackendComboBox = new QComboBox(this);
    m_historyBackendComboBox->setObjectName(QStringLiteral("historyBackendComboBox"));
    m_historyBackendLabel->setBuddy(m_historyBackendComboBox);
    m_historyPasswordLabel = new QLabel(this);
    m_historyPasswordLineEdit = new QLineEdit(this);
    m_historyPasswordLineEdit->setObjectName(QStringLiteral("historyPasswordLineEdit"));
    m_historyPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_historyPasswordLabel->setBuddy(m_historyPasswordLineEdit);
    m_ui->historyTabLayout->insertRow(0, m_historyBackendLabel, m_historyBackendComboBox);
    m_ui->historyTabLayout->insertRow(2, m_historyPasswordLabel, m_historyPasswordLineEdit);
    setTabOrder(m_historyBackendComboBox, m_ui->historyPathLineEdit);
    setTabOrder(m_ui->browseHistoryButton, m_historyPasswordLineEdit);
    setTabOrder(m_historyPasswordLineEdit, m_ui->retentionSpinBox);
}

bool SettingsDialog::historyOnPostgres() const
{
    return m_historyBackendComboBox->currentData().toString() == u"postgresql";
}

bool SettingsDialog::historyIsValid(QString* problem) const
{
    const QString text = m_ui->historyPathLineEdit->text().trimmed();
    const bool url = history::HistoryLocation::isPostgresUrl(text);
    if (!historyOnPostgres()) {
        if (url)
            *problem = tr("This is a PostgreSQL URL: choose the PostgreSQL backend, or give a file.");
        return !url;
    }
    if (!url) {
        *problem = tr("Enter the server's URL: postgresql://USER@HOST:PORT/DB?sslmode=verify-full");
        return false;
    }
    const auto location = history::HistoryLocation::parse(text);
    if (!location)
        *problem = location.error();
    return bool(location);
}

void SettingsDialog::updateHistoryFields()
{
    if (m_historyBackendComboBox == nullptr)
        return;
    const settings::AppSettings* s = m_session->settings();
    const bool postgres = historyOnPostgres();
    const bool locked = s->isLocked(Setting::HistoryPath);
    m_ui->browseHistoryButton->setVisible(!postgres);
    m_ui->browseHistoryButton->setEnabled(!locked);
    m_historyPasswordLabel->setVisible(postgres);
    m_historyPasswordLineEdit->setVisible(postgres);
    // The password is never read back into the dialog: an empty field keeps what the keychain has.
    m_historyPasswordLineEdit->setPlaceholderText(tr("Stored in the keychain — leave empty to keep it"));
    m_ui->historyPathLineEdit->setPlaceholderText(
        postgres ? QStringLiteral("postgresql://user@db.example.com:5432/tricheck?sslmode=verify-full")
                 : tr("Default location"));
}

void SettingsDialog::applyHistoryPassword()
{
    const QString password = m_historyPasswordLineEdit->text();
    if (!historyOnPostgres() || password.isEmpty())
        return;
    // Written before the settings change; the history is opened again once the keychain has it.
    m_session->setHistoryPassword(password);
    m_historyPasswordLineEdit->clear();
}

void SettingsDialog::browseHistory()
{
    const QString current = m_ui->historyPathLineEdit->text().trimmed();
    const QString path = MessageBox::saveFileName(this,
                                                  tr("History database"),
                                                  current.isEmpty() ? history::HistoryStore::defaultPath() : current,
                                                  tr("TriCheck history (*.sqlite);;All files (*)"),
                                                  QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->historyPathLineEdit->setText(path);
}

} // namespace tricheck::gui
