#pragma once

#include "credentials/profilestore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProfilesPage;
}

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

// Settings → Credentials: the profiles (name, AccessKey ID, endpoint, where the secret is kept),
// add, edit, remove, import from the aliyun CLI, and which profile verifications use. Changes to
// profiles take effect at once (the keychain is written asynchronously) and are audited by the
// session; the active profile is applied with the dialog's other settings.
class ProfilesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPage)

public:
    explicit ProfilesPage(session::Session* session, QWidget* parent = nullptr);
    ~ProfilesPage() override;

    QString activeProfile() const; // "" = automatic
    void setActiveProfile(const QString& name);
    void setActiveProfileLocked(bool locked, const QString& reason);
    bool isBusy() const { return m_busy; }

public slots:
    void addProfile();
    void editProfile();
    void removeProfile();
    void importFromAliyun();

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void updateButtons();
    void setBusy(bool busy, const QString& text = {});
    void save(const credentials::Profile& profile, const QString& secret, const QString& token);
    void finished(const Expected<credentials::ProfileChange, QString>& result);
    QString selectedName() const;
    QStringList names() const;

    std::unique_ptr<Ui::ProfilesPage> m_ui;
    session::Session* m_session;
    QString m_active;
    bool m_busy = false;
};

} // namespace tricheck::gui
