#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QPushButton;
class QLabel;
class QTableView;
class QTableWidget;

namespace tricheck::history {
class AuditLogModel;
class HistoryStore;
} // namespace tricheck::history

namespace tricheck::gui {

class AuditFilterBar;

// The audit trail, read-only: exports, purges, retention, credential profile changes and switches
// between sandbox and real service, newest first, with the selected entry's details. Filtered by
// period, event kind and operator like the history; the events shown can be exported as CSV (the
// export is itself an audit event).
class AuditLogDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(std::shared_ptr<history::HistoryStore> store, QWidget* parent = nullptr);
    ~AuditLogDialog() override;

    history::AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    AuditFilterBar* filterBar() const { return m_filterBar; }
    // The selected entry's details: labelled, translated fields (history::AuditDetails).
    QTableWidget* details() const { return m_details; }
    // Asks for the file and writes the events shown; false when cancelled or failed.
    bool exportShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetails();

    std::shared_ptr<history::HistoryStore> m_store;
    history::AuditLogModel* m_model;
    AuditFilterBar* m_filterBar;
    QPushButton* m_exportButton;
    QLabel* m_status;
    QLabel* m_intro;
    QTableView* m_table;
    QTableWidget* m_details;
    QLabel* m_detailsHint;
    QDialogButtonBox* m_buttons;
};

} // namespace tricheck::gui
