#include "settingsdialog.h"

#include "endpointfield.h"
#include "history/historystore.h"
#include "i18n/translations.h"
#include "messagebox.h"
#include "profilespage.h"
#include "settings/appsettings.h"
#include "statuspalette.h"
#include "ui_settingsdialog.h"
#include "verification/workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardItemModel>

namespace tricheck::gui {

using settings::Setting;

SettingsDialog::SettingsDialog(verification::Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_endpoint = new EndpointField(m_ui->endpointComboBox,
                                   m_ui->customEndpointLineEdit,
                                   m_ui->endpointMessageLabel,
                                   false,
                                   this);
    m_profiles = new ProfilesPage(workspace, this);
    m_ui->tabWidget->insertTab(Credentials, m_profiles, QString());
    m_ui->timeoutSpinBox->setRange(1, 120);

    m_editors = {
        {Setting::Language, m_ui->languageComboBox},
        {Setting::PrivacyMask, m_ui->privacyCheckBox},
        {Setting::ParamType, m_ui->paramTypeComboBox},
        {Setting::ServiceMode, m_ui->modeComboBox},
        {Setting::Endpoint, m_ui->endpointComboBox},
        {Setting::SignatureScheme, m_ui->schemeComboBox},
        {Setting::TimeoutMs, m_ui->timeoutSpinBox},
        {Setting::HistoryPath, m_ui->historyPathLineEdit},
        {Setting::RetentionDays, m_ui->retentionSpinBox},
    };

    connect(m_endpoint, &EndpointField::changed, this, &SettingsDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_ui->browseHistoryButton, &QPushButton::clicked, this, &SettingsDialog::browseHistory);
    connect(m_ui->purgeOldButton, &QPushButton::clicked, this, &SettingsDialog::purgeOld);
    connect(m_ui->purgeAllButton, &QPushButton::clicked, this, &SettingsDialog::purgeAll);
    connect(m_ui->auditLogButton, &QPushButton::clicked, this, &SettingsDialog::auditLogRequested);
    connect(m_ui->retentionSpinBox, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_profiles, &ProfilesPage::busyChanged, this, &SettingsDialog::validate);
    connect(workspace, &verification::Workspace::historyChanged, this, &SettingsDialog::validate);

    retranslate();
    load();
    applyLocks();
    validate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_ui->tabWidget->setCurrentIndex(page);
}

QWidget* SettingsDialog::editorFor(Setting setting) const
{
    if (setting == Setting::ActiveProfile)
        return m_profiles->findChild<QWidget*>(QStringLiteral("activeProfileComboBox"));
    return m_editors.value(setting);
}

void SettingsDialog::load()
{
    const settings::AppSettings* s = m_workspace->settings();
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(s->language())));
    m_ui->privacyCheckBox->setChecked(s->privacyMask());
    m_ui->paramTypeComboBox->setCurrentIndex(
        std::max(0, m_ui->paramTypeComboBox->findData(s->value(Setting::ParamType).toString())));
    m_ui->modeComboBox->setCurrentIndex(std::max(0, m_ui->modeComboBox->findData(s->serviceMode())));
    m_endpoint->setValue(s->value(Setting::Endpoint).toString());
    m_ui->schemeComboBox->setCurrentIndex(
        std::max(0, m_ui->schemeComboBox->findData(s->value(Setting::SignatureScheme))));
    m_ui->timeoutSpinBox->setValue(s->timeoutMs() / 1000);
    m_ui->historyPathLineEdit->setText(s->historyPath());
    m_ui->retentionSpinBox->setValue(s->retentionDays());
    m_profiles->setActiveProfile(s->activeProfile());
}

void SettingsDialog::applyLocks()
{
    const settings::AppSettings* s = m_workspace->settings();
    const QString reason = tr("Set by your administrator");
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const bool locked = s->isLocked(it.key());
        it.value()->setEnabled(!locked);
        it.value()->setToolTip(locked ? reason : QString());
    }
    m_endpoint->setEnabled(!s->isLocked(Setting::Endpoint), s->isLocked(Setting::Endpoint) ? reason : QString());
    m_ui->browseHistoryButton->setEnabled(!s->isLocked(Setting::HistoryPath));
    m_profiles->setActiveProfileLocked(s->isLocked(Setting::ActiveProfile), reason);
    if (s->isLocked(Setting::ForceMd5)) {
        m_ui->paramTypeComboBox->setEnabled(false);
        m_ui->paramTypeComboBox->setToolTip(reason);
    }
    // Without the sandbox, its choice cannot be made.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_ui->modeComboBox->model())) {
        if (QStandardItem* item = model->item(m_ui->modeComboBox->findData(QStringLiteral("sandbox"))))
            item->setEnabled(s->sandboxAllowed());
    }

    const settings::Policy& policy = s->policy();
    QString text;
    if (policy.isMalformed())
        text = tr("Your administrator's policy file %1 has problems; the safest choices apply where it is unclear:")
                   .arg(QDir::toNativeSeparators(policy.path())) +
               u'\n' + policy.problemText();
    else if (!policy.lockedSettings().isEmpty())
        text = tr("Some settings are set by your administrator and cannot be changed here.");
    m_ui->policyLabel->setText(text);
    m_ui->policyLabel->setVisible(!text.isEmpty());
    QPalette palette = m_ui->policyLabel->palette();
    palette.setColor(QPalette::WindowText,
                     policy.isMalformed() ? StatusPalette::forPalette(this->palette()).errorText()
                                          : this->palette().color(QPalette::WindowText));
    m_ui->policyLabel->setPalette(palette);
}

void SettingsDialog::validate()
{
    const bool valid = m_endpoint->isValid() && !m_profiles->isBusy();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(valid);
    const bool open = m_workspace->history() != nullptr;
    m_ui->purgeOldButton->setEnabled(open && m_ui->retentionSpinBox->value() > 0);
    m_ui->purgeAllButton->setEnabled(open);
    m_ui->auditLogButton->setEnabled(open);
    m_ui->historyPathHintLabel->setText(
        tr("Empty: the default location, %1").arg(QDir::toNativeSeparators(history::HistoryStore::defaultPath())));
    const int days = m_ui->retentionSpinBox->value();
    m_ui->retentionHintLabel->setText(days > 0 ? tr("Attempts older than %n day(s) are deleted each time TriCheck "
                                                    "starts. Deletions are recorded in the audit log.",
                                                    nullptr,
                                                    days)
                                               : tr("Every attempt is kept until you delete it."));
    m_ui->purgeOldButton->setText(days > 0 ? tr("Delete attempts older than %n day(s) now…", nullptr, days)
                                           : tr("Delete old attempts now…"));
}

bool SettingsDialog::apply()
{
    if (!m_endpoint->isValid()) {
        showPage(Service);
        m_ui->customEndpointLineEdit->setFocus();
        return false;
    }
    settings::AppSettings* s = m_workspace->settings();
    const auto set = [s](Setting setting, const QVariant& value) {
        if (!s->isLocked(setting))
            s->setValue(setting, value);
    };
    set(Setting::PrivacyMask, m_ui->privacyCheckBox->isChecked());
    set(Setting::ParamType, m_ui->paramTypeComboBox->currentData());
    set(Setting::Endpoint, m_endpoint->value());
    set(Setting::SignatureScheme, m_ui->schemeComboBox->currentData());
    set(Setting::TimeoutMs, m_ui->timeoutSpinBox->value() * 1000);
    set(Setting::RetentionDays, m_ui->retentionSpinBox->value());
    set(Setting::HistoryPath, m_ui->historyPathLineEdit->text().trimmed());
    set(Setting::ActiveProfile, m_profiles->activeProfile());
    set(Setting::ServiceMode, m_ui->modeComboBox->currentData());
    // Last: it retranslates every window, this dialog included.
    set(Setting::Language, m_ui->languageComboBox->currentData());
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
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

void SettingsDialog::purgeOld()
{
    const int days = m_ui->retentionSpinBox->value();
    const auto store = m_workspace->history();
    if (days <= 0 || !store)
        return;
    if (!MessageBox::confirm(this,
                             tr("Delete old attempts"),
                             tr("Delete every attempt older than %n day(s) from the history?", nullptr, days),
                             tr("Delete"),
                             true,
                             tr("This cannot be undone. The deletion is recorded in the audit log.")))
        return;
    const auto deleted = store->applyRetention(days, QStringLiteral("manual"));
    if (!deleted) {
        MessageBox::critical(this, tr("Delete old attempts"), deleted.error().message, deleted.error().detail);
        return;
    }
    MessageBox::information(this,
                            tr("Delete old attempts"),
                            tr("%n attempt(s) deleted.", nullptr, int(std::min<qint64>(deleted.value(), INT_MAX))));
}

void SettingsDialog::purgeAll()
{
    const auto store = m_workspace->history();
    if (!store)
        return;
    if (!MessageBox::confirm(this,
                             tr("Delete all attempts"),
                             tr("Delete the whole history, every attempt ever recorded on this computer?"),
                             tr("Delete everything"),
                             true,
                             tr("This cannot be undone. The audit log is kept and records the deletion.")))
        return;
    const auto deleted = store->purge(history::PurgeRequest::all());
    if (!deleted) {
        MessageBox::critical(this, tr("Delete all attempts"), deleted.error().message, deleted.error().detail);
        return;
    }
    MessageBox::information(this,
                            tr("Delete all attempts"),
                            tr("%n attempt(s) deleted.", nullptr, int(std::min<qint64>(deleted.value(), INT_MAX))));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        applyLocks();
        validate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_ui->tabWidget->setTabText(Credentials, tr("Credentials"));
    const auto refill = [](QComboBox* combo, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto& [text, data] : items)
            combo->addItem(text, data);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<std::pair<QString, QVariant>> languages;
    for (const QString& lang : i18n::Translations::availableLanguages())
        languages.append({i18n::Translations::nativeName(lang), lang});
    refill(m_ui->languageComboBox, languages);
    refill(m_ui->paramTypeComboBox,
           {{tr("normal — the three values as typed"), QStringLiteral("normal")},
            {tr("md5 — only their MD5 digests leave this computer"), QStringLiteral("md5")}});
    refill(
        m_ui->modeComboBox,
        {{tr("Automatic: the real service when an AccessKey is configured, else the sandbox"), QStringLiteral("auto")},
         {tr("Sandbox: simulated results, nothing is billed"), QStringLiteral("sandbox")},
         {tr("Real service: billed verifications"), QStringLiteral("real")}});
    refill(m_ui->schemeComboBox,
           {{tr("V3 — ACS3-HMAC-SHA256 (recommended)"), QStringLiteral("v3")},
            {tr("V1 — HMAC-SHA1, for gateways that need it"), QStringLiteral("v1")}});
    m_ui->timeoutSpinBox->setSuffix(tr(" s"));
    m_ui->retentionSpinBox->setSuffix(tr(" days"));
    m_ui->retentionSpinBox->setSpecialValueText(tr("Forever"));
    m_ui->paramTypeHintLabel->setText(tr("The verify form starts with this choice; the MD5 toggle changes it for "
                                         "one verification."));
    m_ui->modeHintLabel->setText(tr("The sandbox answers from invented people on this computer; the real service is "
                                    "Alibaba Cloud's, and each answered verification (except \"no record\") is "
                                    "billed."));
    m_ui->historyPathLineEdit->setPlaceholderText(tr("Default location"));
    m_ui->purgeAllButton->setText(tr("Delete all attempts…"));
    m_ui->auditLogButton->setText(tr("Open the &audit log…"));
    m_endpoint->retranslate();
}

} // namespace tricheck::gui
