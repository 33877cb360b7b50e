#include "auditlogdialog.h"

#include "history/auditlogmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace tricheck::gui {

AuditLogDialog::AuditLogDialog(std::shared_ptr<history::HistoryStore> store, QWidget* parent)
    : QDialog(parent)
    , m_model(new history::AuditLogModel(std::move(store), this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    resize(960, 560);
    m_intro->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->resizeColumnsToContents();
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(110);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogDialog::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::showDetails);
    retranslate();
    showDetails();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AuditLogDialog::retranslate()
{
    setWindowTitle(tr("Audit log"));
    m_intro->setText(tr("Everything done to the history and to where verifications go: exports, deletions, "
                        "retention, credential profiles, switches between sandbox and real service. The audit log "
                        "is never deleted and cannot be edited."));
    m_table->setAccessibleName(tr("Audit log"));
    m_details->setAccessibleName(tr("Details of the selected entry"));
    m_details->setPlaceholderText(tr("Select an entry to see its details."));
}

void AuditLogDialog::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QString json = m_model->index(current.row(), 0).data(history::AuditLogModel::DetailsRole).toString();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    m_details->setPlainText(doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

} // namespace tricheck::gui
