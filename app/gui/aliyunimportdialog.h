#pragma once

#include "credentials/aliyunconfig.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tricheck::gui {

// Picks one profile of the aliyun CLI's config.json (AK and StsToken profiles; the others are
// listed with the reason they cannot be used) and the name to save it under in TriCheck.
class AliyunImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliyunImportDialog)

public:
    AliyunImportDialog(credentials::AliyunConfig config, const QStringList& takenNames, QWidget* parent = nullptr);
    ~AliyunImportDialog() override;

    const credentials::AliyunProfile* chosen() const;
    QString profileName() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();

    credentials::AliyunConfig m_config;
    QStringList m_taken;
    QLabel* m_intro;
    QListWidget* m_list;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace tricheck::gui
