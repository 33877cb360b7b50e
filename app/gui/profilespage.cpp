#include "profilespage.h"

#include "aliyunimportdialog.h"
#include "api/endpoint.h"
#include "credentials/aliyunconfig.h"
#include "messagebox.h"
#include "profiledialog.h"
#include "session/session.h"
#include "ui_profilespage.h"

#include <QEvent>
#include <QHeaderView>

namespace tricheck::gui {

using credentials::Profile;
using credentials::ProfileStore;

ProfilesPage::ProfilesPage(session::Session* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfilesPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->profilesTree->header()->setStretchLastSection(true);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesPage::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProfilesPage::editProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesPage::removeProfile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfilesPage::importFromAliyun);
    connect(m_ui->profilesTree, &QTreeWidget::itemSelectionChanged, this, &ProfilesPage::updateButtons);
    connect(m_ui->profilesTree, &QTreeWidget::itemDoubleClicked, this, &ProfilesPage::editProfile);
    connect(m_ui->activeProfileComboBox, &QComboBox::activated, this, [this] {
        m_active = m_ui->activeProfileComboBox->currentData().toString();
    });
    connect(session->profiles(), &ProfileStore::profileChanged, this, &ProfilesPage::reload);
    retranslate();
}

ProfilesPage::~ProfilesPage() = default;

QString ProfilesPage::activeProfile() const
{
    return m_active;
}

void ProfilesPage::setActiveProfile(const QString& name)
{
    m_active = name;
    reload();
}

void ProfilesPage::setActiveProfileLocked(bool locked, const QString& reason)
{
    m_ui->activeProfileComboBox->setEnabled(!locked);
    m_ui->activeProfileComboBox->setToolTip(locked ? reason : QString());
}

QString ProfilesPage::selectedName() const
{
    const QTreeWidgetItem* item = m_ui->profilesTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QStringList ProfilesPage::names() const
{
    QStringList out;
    for (const Profile& p : m_session->profiles()->profiles())
        out.append(p.name);
    return out;
}

void ProfilesPage::reload()
{
    const QString selected = selectedName();
    m_ui->profilesTree->clear();
    const QString defaultName = m_session->profiles()->defaultProfileName();
    for (const Profile& p : m_session->profiles()->profiles()) {
        auto* item = new QTreeWidgetItem(m_ui->profilesTree);
        item->setData(0, Qt::UserRole, p.name);
        item->setText(0, p.name == defaultName ? tr("%1 (default)").arg(p.name) : p.name);
        item->setText(1, p.accessKeyId + (p.hasSecurityToken ? u' ' + tr("(STS)") : QString()));
        const auto endpoint = api::Endpoint::parse(p.endpoint);
        item->setText(2, p.endpoint.isEmpty() ? tr("From Settings") : endpoint ? endpoint->displayName() : p.endpoint);
        QString storage;
        if (p.storage == credentials::SecretStorage::Keychain)
            storage = tr("System keychain");
        else if (ProfileStore::hasSessionSecret(p.name))
            storage = tr("This session only (no keychain)");
        else
            storage = tr("Lost at the last restart: edit to enter it again");
        item->setText(3, storage);
        if (p.origin == u"aliyun-cli")
            item->setToolTip(0, tr("Imported from the aliyun CLI"));
        if (p.name == selected)
            m_ui->profilesTree->setCurrentItem(item);
    }
    for (int c = 0; c < m_ui->profilesTree->columnCount() - 1; ++c)
        m_ui->profilesTree->resizeColumnToContents(c);

    QComboBox* combo = m_ui->activeProfileComboBox;
    combo->clear();
    combo->addItem(tr("Automatic: the default profile, else the environment or the aliyun CLI"), QString());
    for (const Profile& p : m_session->profiles()->profiles())
        combo->addItem(p.name, p.name);
    if (combo->findData(m_active) < 0 && !m_active.isEmpty())
        combo->addItem(tr("%1 (missing)").arg(m_active), m_active);
    combo->setCurrentIndex(std::max(0, combo->findData(m_active)));
    updateButtons();
}

void ProfilesPage::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_ui->editButton->setEnabled(selected && !m_busy);
    m_ui->removeButton->setEnabled(selected && !m_busy);
    m_ui->addButton->setEnabled(!m_busy);
    m_ui->importButton->setEnabled(!m_busy);
}

void ProfilesPage::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_ui->statusLabel->setText(text);
    updateButtons();
    emit busyChanged(busy);
}

void ProfilesPage::addProfile()
{
    ProfileDialog dialog(std::nullopt, names(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    save(dialog.profile(), dialog.secret(), dialog.securityToken());
}

void ProfilesPage::editProfile()
{
    const auto existing = m_session->profiles()->profile(selectedName());
    if (!existing)
        return;
    ProfileDialog dialog(existing, names(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Profile edited = dialog.profile();
    if (!dialog.secret().isEmpty()) {
        save(edited, dialog.secret(), dialog.securityToken());
        return;
    }
    // The secret stays as stored: read it back from the keychain (never into the dialog).
    setBusy(true, tr("Reading the stored secret…"));
    const QString token = dialog.securityToken();
    m_session->profiles()->loadCredentials(
        edited.name,
        this,
        [this, edited, token](const Expected<credentials::Credentials, credentials::CredentialError>& loaded) {
            if (!loaded) {
                setBusy(false);
                MessageBox::warning(this,
                                    tr("Edit profile"),
                                    tr("The stored secret could not be read, so the profile was not changed: %1 "
                                       "Enter the secret again to replace it.")
                                        .arg(loaded.error().message));
                return;
            }
            save(edited, loaded->accessKeySecret, token.isEmpty() ? loaded->securityToken : token);
        });
}

void ProfilesPage::removeProfile()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!MessageBox::confirm(this,
                             tr("Remove profile"),
                             tr("Remove the profile \"%1\" and its secret from the keychain?").arg(name),
                             tr("Remove"),
                             true,
                             tr("The AccessKey itself stays valid at Alibaba Cloud; disable it in the RAM console if "
                                "it is no longer needed.")))
        return;
    setBusy(true, tr("Removing…"));
    m_session->profiles()->remove(name, this, [this](const auto& result) { finished(result); });
}

void ProfilesPage::importFromAliyun()
{
    const auto config = credentials::AliyunConfigReader::read();
    if (!config) {
        MessageBox::warning(this, tr("Import from the aliyun CLI"), config.error());
        return;
    }
    AliyunImportDialog dialog(config.value(), names(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen() == nullptr)
        return;
    const credentials::AliyunProfile& source = *dialog.chosen();
    Profile p;
    p.name = dialog.profileName();
    p.accessKeyId = source.accessKeyId;
    p.origin = QStringLiteral("aliyun-cli");
    save(p, source.accessKeySecret, source.securityToken);
}

void ProfilesPage::save(const Profile& profile, const QString& secret, const QString& token)
{
    setBusy(true, tr("Saving to the keychain…"));
    m_session->profiles()->save(profile, secret, token, this, [this](const auto& result) { finished(result); });
}

void ProfilesPage::finished(const Expected<credentials::ProfileChange, QString>& result)
{
    if (!result) {
        setBusy(false);
        MessageBox::warning(this, tr("Credentials profile"), result.error());
        return;
    }
    const credentials::ProfileChange& change = result.value();
    QString text;
    if (change.action == credentials::ProfileChange::Action::Removed)
        text = tr("Profile \"%1\" removed.").arg(change.name);
    else if (change.storage == credentials::SecretStorage::Session)
        text = tr("Profile \"%1\" saved. No keychain is available: its secret is kept for this session only.")
                   .arg(change.name);
    else
        text = tr("Profile \"%1\" saved; its secret is in the system keychain.").arg(change.name);
    setBusy(false, text);
    reload();
}

void ProfilesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ProfilesPage::retranslate()
{
    m_ui->introLabel->setText(tr("AccessKeys for the real, billed service. Secrets are kept in the system keychain, "
                                 "never in a file, and are never shown again after saving. With a profile, TriCheck "
                                 "leaves the sandbox (Service: Automatic)."));
    m_ui->profilesTree->setAccessibleName(tr("Credentials profiles"));
    reload();
}

} // namespace tricheck::gui
