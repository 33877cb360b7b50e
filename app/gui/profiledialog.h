#pragma once

#include "credentials/profilestore.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ProfileDialog;
}

namespace tricheck::gui {

class EndpointField;

// Adds or edits a credentials profile. The secret and the STS token are typed with password echo;
// an existing profile's secret is never read back into the dialog: left empty, it stays as stored.
class ProfileDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // `existing`: edit that profile (its name cannot change); nullopt: add a new one.
    explicit ProfileDialog(const std::optional<credentials::Profile>& existing,
                           const QStringList& takenNames,
                           QWidget* parent = nullptr);
    ~ProfileDialog() override;

    credentials::Profile profile() const;
    QString secret() const;
    QString securityToken() const;
    bool isEditing() const { return m_editing; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    EndpointField* m_endpoint;
    credentials::Profile m_original;
    QStringList m_taken;
    bool m_editing;
};

} // namespace tricheck::gui
