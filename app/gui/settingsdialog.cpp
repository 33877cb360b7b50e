#include "settingsdialog.h"

#include "budgetsettingsbox.h"
#include "dependentsettings.h"
#include "endpointfield.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "i18n/translations.h"
#include "messagebox.h"
#include "profilespage.h"
#include "proxyfields.h"
#include "realserviceconfirmation.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "statuspalette.h"
#include "trustedcertificatesfield.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>

namespace tricheck::gui {

using settings::Setting;

SettingsDialog::SettingsDialog(session::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_endpoint = new EndpointField(m_ui->endpointComboBox,
                                   m_ui->customEndpointLineEdit,
                                   m_ui->endpointMessageLabel,
                                   false,
                                   this);
    m_dependents = new DependentSettings(session->settings(),
                                         m_ui->modeComboBox,
                                         m_endpoint,
                                         m_ui->paramTypeComboBox,
                                         m_ui->forceMd5CheckBox,
                                         this);
    m_profiles = new ProfilesPage(session, this);
    m_proxy = new ProxyFields(session,
                              {m_ui->proxyModeComboBox,
                               m_ui->proxyHostLineEdit,
                               m_ui->proxyPortSpinBox,
                               m_ui->proxyUserLineEdit,
                               m_ui->proxyPasswordLineEdit},
                              this);
    m_certificates = new TrustedCertificatesField(
        session,
        {m_ui->caCertificatesLineEdit, m_ui->browseCaCertificatesButton, m_ui->caCertificatesHintLabel},
        this);
    m_ui->tabWidget->insertTab(Credentials, m_profiles, QString());
    m_ui->timeoutSpinBox->setRange(1, 120);

    addHistoryBackendFields();
    m_budget = new BudgetSettingsBox(this);
    m_ui->serviceTabLayout->addRow(m_budget);

    m_editors = {
        {Setting::Language, m_ui->languageComboBox},
        {Setting::PrivacyMask, m_ui->privacyCheckBox},
        {Setting::ParamType, m_ui->paramTypeComboBox},
        {Setting::ForceMd5, m_ui->forceMd5CheckBox},
        {Setting::Proxy, m_ui->proxyModeComboBox},
        {Setting::ProxyUser, m_ui->proxyUserLineEdit},
        {Setting::CaCertificates, m_ui->caCertificatesLineEdit},
        {Setting::ServiceMode, m_ui->modeComboBox},
        {Setting::Endpoint, m_ui->endpointComboBox},
        {Setting::SignatureScheme, m_ui->schemeComboBox},
        {Setting::TimeoutMs, m_ui->timeoutSpinBox},
        {Setting::HistoryBackend, m_historyBackendComboBox},
        {Setting::HistoryPath, m_ui->historyPathLineEdit},
        {Setting::RetentionDays, m_ui->retentionSpinBox},
        {Setting::SkipVerifiedDays, m_ui->skipVerifiedSpinBox},
        {Setting::RepeatWindowMinutes, m_ui->repeatWindowSpinBox},
        {Setting::KeepReference, m_ui->keepReferenceCheckBox},
    };

    connect(m_endpoint, &EndpointField::changed, this, &SettingsDialog::validate);
    connect(m_proxy, &ProxyFields::changed, this, &SettingsDialog::validate);
    connect(m_certificates, &TrustedCertificatesField::changed, this, &SettingsDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_ui->browseHistoryButton, &QPushButton::clicked, this, &SettingsDialog::browseHistory);
    connect(m_ui->purgeOldButton, &QPushButton::clicked, this, &SettingsDialog::purgeOld);
    connect(m_ui->purgeAllButton, &QPushButton::clicked, this, &SettingsDialog::purgeAll);
    connect(m_ui->auditLogButton, &QPushButton::clicked, this, &SettingsDialog::auditLogRequested);
    connect(m_ui->retentionSpinBox, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_historyBackendComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateHistoryFields();
        validate();
    });
    connect(m_ui->historyPathLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_profiles, &ProfilesPage::busyChanged, this, &SettingsDialog::validate);
    connect(session, &session::Session::historyChanged, this, &SettingsDialog::validate);

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
    if (QWidget* billing = m_budget->editorFor(setting))
        return billing;
    return m_editors.value(setting);
}

void SettingsDialog::load()
{
    // The operator's own settings under the policy, without this run's overrides: they are edited here.
    const session::SessionConfig config = m_session->settings()->config();
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(config.language())));
    m_ui->privacyCheckBox->setChecked(config.privacyMask());
    m_ui->paramTypeComboBox->setCurrentIndex(
        std::max(0, m_ui->paramTypeComboBox->findData(identity::paramTypeName(config.paramType()))));
    m_ui->forceMd5CheckBox->setChecked(config.forceMd5());
    m_ui->modeComboBox->setCurrentIndex(std::max(0, m_ui->modeComboBox->findData(config.serviceMode())));
    m_endpoint->setValue(config.value(Setting::Endpoint).toString());
    m_ui->schemeComboBox->setCurrentIndex(
        std::max(0, m_ui->schemeComboBox->findData(config.value(Setting::SignatureScheme))));
    m_ui->timeoutSpinBox->setValue(config.timeoutMs() / 1000);
    const QString historyPath = config.value(Setting::HistoryPath).toString();
    m_ui->historyPathLineEdit->setText(historyPath);
    const bool postgres = config.value(Setting::HistoryBackend).toString() == u"postgresql" ||
                          history::HistoryLocation::isPostgresUrl(historyPath);
    m_historyBackendComboBox->setCurrentIndex(std::max(
        0,
        m_historyBackendComboBox->findData(postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"))));
    m_historyPasswordLineEdit->clear();
    updateHistoryFields();
    m_ui->retentionSpinBox->setValue(config.value(Setting::RetentionDays).toInt());
    m_ui->skipVerifiedSpinBox->setValue(config.skipVerifiedDays());
    m_budget->load(config);
    m_ui->repeatWindowSpinBox->setValue(config.repeatWindowMinutes());
    m_ui->keepReferenceCheckBox->setChecked(config.keepReference());
    m_profiles->setActiveProfile(config.activeProfile());
    m_proxy->load();
    m_certificates->load();
}

void SettingsDialog::applyLocks()
{
    const settings::AppSettings* s = m_session->settings();
    const QString reason = tr("Set by your administrator");
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const bool locked = s->isLocked(it.key());
        it.value()->setEnabled(!locked);
        it.value()->setToolTip(locked ? reason : QString());
    }
    updateHistoryFields();
    m_profiles->setActiveProfileLocked(s->isLocked(Setting::ActiveProfile), reason);
    m_budget->applyLocks(*s);
    m_proxy->update();
    m_certificates->update();
    m_dependents->update(); // the endpoint (not for the sandbox), always MD5 (only with MD5)
    // Without the sandbox, its choice cannot be made.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_ui->modeComboBox->model())) {
        if (QStandardItem* item = model->item(m_ui->modeComboBox->findData(QStringLiteral("sandbox"))))
            item->setEnabled(s->value(Setting::SandboxAllowed).toBool());
    }

    const settings::Policy& policy = s->policy();
    QString text;
    if (policy.isMalformed())
        text = m_session->config().policyProblem();
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
    QString proxyProblem;
    const bool proxyValid = m_proxy->isValid(&proxyProblem);
    m_ui->proxyMessageLabel->setText(
        proxyValid ? tr("The proxy password is kept in the system keychain, never in a file.") : proxyProblem);
    QPalette proxyPalette = m_ui->proxyMessageLabel->palette();
    proxyPalette.setColor(QPalette::WindowText,
                          proxyValid ? this->palette().color(QPalette::WindowText)
                                     : StatusPalette::forPalette(this->palette()).errorText());
    m_ui->proxyMessageLabel->setPalette(proxyPalette);
    QString historyProblem;
    const bool historyValid = historyIsValid(&historyProblem);
    QString certificatesProblem;
    const bool certificatesValid = m_certificates->isValid(&certificatesProblem);
    const bool valid =
        m_endpoint->isValid() && proxyValid && certificatesValid && historyValid && !m_profiles->isBusy();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(valid);
    const bool open = m_session->history() != nullptr;
    const std::optional<QString> refusedOld = m_session->config().purgeRefusal(m_ui->retentionSpinBox->value());
    const std::optional<QString> refusedAll = m_session->config().purgeRefusal(std::nullopt);
    m_ui->purgeOldButton->setEnabled(open && m_ui->retentionSpinBox->value() > 0 && !refusedOld);
    m_ui->purgeOldButton->setToolTip(refusedOld.value_or(QString()));
    m_ui->purgeAllButton->setEnabled(open && !refusedAll);
    m_ui->purgeAllButton->setToolTip(refusedAll.value_or(QString()));
    m_ui->auditLogButton->setEnabled(open);
    if (!historyValid)
        m_ui->historyPathHintLabel->setText(historyProblem);
    else if (historyOnPostgres())
        m_ui->historyPathHintLabel->setText(
            tr("A team's shared history: postgresql://USER@HOST:PORT/DB?sslmode=verify-full. The password is kept "
               "in the system keychain (or taken from PGPASSWORD), never in a file."));
    else
        m_ui->historyPathHintLabel->setText(
            tr("Empty: the default location, %1").arg(QDir::toNativeSeparators(history::HistoryStore::defaultPath())));
    QPalette historyPalette = m_ui->historyPathHintLabel->palette();
    historyPalette.setColor(QPalette::WindowText,
                            historyValid ? this->palette().color(QPalette::WindowText)
                                         : StatusPalette::forPalette(this->palette()).errorText());
    m_ui->historyPathHintLabel->setPalette(historyPalette);
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
    if (m_budget->problem()) {
        showPage(Service);
        m_budget->setFocus();
        return false;
    }
    if (QString problem; !historyIsValid(&problem)) {
        showPage(History);
        m_ui->historyPathLineEdit->setFocus();
        return false;
    }
    if (QString problem; !m_proxy->isValid(&problem)) {
        showPage(Network);
        m_ui->proxyHostLineEdit->setFocus();
        return false;
    }
    if (QString problem; !m_certificates->isValid(&problem)) {
        showPage(Network);
        m_ui->caCertificatesLineEdit->setFocus();
        return false;
    }
    // Leaving the sandbox for the billed service is confirmed first; Cancel writes nothing.
    if (!RealServiceConfirmation::ask(
            this,
            m_session,
            {m_ui->modeComboBox->currentData().toString(), m_profiles->activeProfile(), m_endpoint->value()}))
        return false;
    settings::AppSettings* s = m_session->settings();
    const auto set = [s](Setting setting, const QVariant& value) {
        if (!s->isLocked(setting))
            s->setValue(setting, value);
    };
    set(Setting::PrivacyMask, m_ui->privacyCheckBox->isChecked());
    set(Setting::ParamType, m_ui->paramTypeComboBox->currentData());
    set(Setting::ForceMd5, m_ui->forceMd5CheckBox->isChecked());
    set(Setting::Endpoint, m_endpoint->value());
    set(Setting::SignatureScheme, m_ui->schemeComboBox->currentData());
    set(Setting::TimeoutMs, m_ui->timeoutSpinBox->value() * 1000);
    set(Setting::RetentionDays, m_ui->retentionSpinBox->value());
    set(Setting::SkipVerifiedDays, m_ui->skipVerifiedSpinBox->value());
    m_budget->store(*s);
    set(Setting::RepeatWindowMinutes, m_ui->repeatWindowSpinBox->value());
    set(Setting::KeepReference, m_ui->keepReferenceCheckBox->isChecked());
    applyHistoryPassword();
    set(Setting::HistoryBackend, m_historyBackendComboBox->currentData());
    set(Setting::HistoryPath, m_ui->historyPathLineEdit->text().trimmed());
    set(Setting::ActiveProfile, m_profiles->activeProfile());
    set(Setting::ServiceMode, m_ui->modeComboBox->currentData());
    m_proxy->apply();
    m_certificates->apply();
    // Last: it retranslates every window, this dialog included.
    set(Setting::Language, m_ui->languageComboBox->currentData());
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::purgeOld()
{
    const int days = m_ui->retentionSpinBox->value();
    const auto store = m_session->history();
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
    const auto store = m_session->history();
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
    refill(m_ui->proxyModeComboBox,
           {{tr("The system's proxy settings"), QStringLiteral("system")},
            {tr("No proxy: connect directly"), QStringLiteral("none")},
            {tr("HTTP proxy"), QStringLiteral("http")},
            {tr("SOCKS5 proxy"), QStringLiteral("socks5")}});
    m_ui->proxyUserLineEdit->setPlaceholderText(tr("Only if the proxy asks for a login"));
    m_ui->timeoutSpinBox->setSuffix(tr(" s"));
    m_ui->retentionSpinBox->setSuffix(tr(" days"));
    m_ui->retentionSpinBox->setSpecialValueText(tr("Forever"));
    m_ui->skipVerifiedSpinBox->setSuffix(tr(" days"));
    m_ui->skipVerifiedSpinBox->setSpecialValueText(tr("Off"));
    m_ui->repeatWindowSpinBox->setSuffix(tr(" min"));
    m_ui->repeatWindowSpinBox->setSpecialValueText(tr("Never"));
    m_ui->repeatWindowHintLabel->setText(tr("Verifying a person the service answered within this many minutes asks "
                                            "first: a second answer is billed again."));
    m_ui->skipVerifiedHintLabel->setText(tr("Batches start with this choice: people answered within this period are "
                                            "not sent again; their earlier results are reported."));
    m_ui->paramTypeHintLabel->setText(tr("The verify form starts with this choice; the MD5 toggle changes it for "
                                         "one verification."));
    m_ui->modeHintLabel->setText(tr("The sandbox answers from invented people on this computer; the real service is "
                                    "Alibaba Cloud's, and each answered verification (except \"no record\") is "
                                    "billed."));
    refill(m_historyBackendComboBox,
           {{tr("SQLite file on this computer"), QStringLiteral("sqlite")},
            {tr("PostgreSQL server (shared by a team)"), QStringLiteral("postgresql")}});
    m_historyBackendLabel->setText(tr("Back&end:"));
    m_historyPasswordLabel->setText(tr("Pass&word:"));
    updateHistoryFields();
    m_ui->purgeAllButton->setText(tr("Delete all attempts…"));
    m_ui->auditLogButton->setText(tr("Open the &audit log…"));
    m_endpoint->retranslate();
}

} // namespace tricheck::gui
