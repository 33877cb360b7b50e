#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace tricheck::history {
class AuditLogModel;
class HistoryStore;
} // namespace tricheck::history

namespace tricheck::gui {

// The audit trail, read-only: exports, purges, retention, credential profile changes and switches
// between sandbox and real service, newest first, with the selected entry's details.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(std::shared_ptr<history::HistoryStore> store, QWidget* parent = nullptr);
    ~AuditLogDialog() override;

    history::AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetails();

    history::AuditLogModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QDialogButtonBox* m_buttons;
};

} // namespace tricheck::gui
