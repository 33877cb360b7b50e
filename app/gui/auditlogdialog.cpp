#include "auditlogdialog.h"

#include "auditfilterbar.h"
#include "history/auditdetails.h"
#include "history/auditexport.h"
#include "history/auditlogmodel.h"
#include "messagebox.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

namespace tricheck::gui {

AuditLogDialog::AuditLogDialog(std::shared_ptr<history::HistoryStore> store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new history::AuditLogModel(std::move(store), this))
    , m_filterBar(new AuditFilterBar(this))
    , m_exportButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTableWidget(0, 2, this))
    , m_detailsHint(new QLabel(this))
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
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->verticalHeader()->setVisible(false);
    m_details->horizontalHeader()->setVisible(false);
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->setWordWrap(true);
    m_details->setMinimumHeight(150);
    m_detailsHint->setObjectName(QStringLiteral("auditDetailsHint"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_detailsHint);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    m_exportButton->setAutoDefault(false);
    m_buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportShown);
    connect(m_filterBar, &AuditFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filterBar->filter()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogDialog::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::showDetails);
    retranslate();
    showDetails();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showDetails();
    }
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
    m_detailsHint->setText(tr("Select an entry to see its details."));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Write the events shown to a CSV file"));
}

bool AuditLogDialog::exportShown()
{
    const QString title = tr("Export the audit log");
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(QStringLiteral("tricheck-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = MessageBox::saveFileName(this, title, suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const auto rows = history::AuditExport::writeFile(*m_store, m_model->filter(), path);
    if (!rows) {
        MessageBox::warning(this, title, rows.error());
        return false;
    }
    m_status->setText(tr("Exported %n event(s) to %1", nullptr, int(std::min<qint64>(rows.value(), INT_MAX)))
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditLogDialog::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const history::AuditEvent* event = current.isValid() ? m_model->eventAt(current.row()) : nullptr;
    m_details->setVisible(event != nullptr);
    m_detailsHint->setVisible(event == nullptr);
    m_details->setRowCount(0);
    if (event == nullptr)
        return;
    const QList<history::AuditField> fields = history::AuditDetails::fields(*event);
    m_details->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        auto* label = new QTableWidgetItem(fields.at(row).label);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_details->setItem(row, 0, label);
        m_details->setItem(row, 1, new QTableWidgetItem(fields.at(row).value));
    }
    m_details->resizeColumnToContents(0);
    m_details->resizeRowsToContents();
}

} // namespace tricheck::gui
