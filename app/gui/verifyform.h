#pragma once

#include "identity/finding.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class VerifyForm;
}

namespace tricheck::gui {

// The three identity fields with live validation: each field shows the identity domain's reason
// (in the UI language) under it, and the mobile field shows its expected carrier as a hint.
class VerifyForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyForm)

public:
    explicit VerifyForm(QWidget* parent = nullptr);
    ~VerifyForm() override;

    bool isComplete() const { return m_complete; }

signals:
    void completeChanged(bool complete);

protected:
    void changeEvent(QEvent* event) override;

private:
    void revalidate();
    void showMessage(QLabel* label, QLineEdit* edit, const identity::Validation& v, const QString& hint = {});

    std::unique_ptr<Ui::VerifyForm> m_ui;
    bool m_complete = false;
};

} // namespace tricheck::gui
