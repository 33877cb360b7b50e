#include "resumebatchdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tricheck::gui {

ResumeBatchDialog::ResumeBatchDialog(const QList<batch::UnfinishedBatch>& batches, QWidget* parent)
    : QDialog(parent)
    , m_batches(batches)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_resend(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resumeBatchDialog"));
    resize(820, 420);
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("batchList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(5);
    m_resend->setObjectName(QStringLiteral("resendUnknown"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_resend);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ResumeBatchDialog::updateChoice);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    fill();
    retranslate();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
}

ResumeBatchDialog::~ResumeBatchDialog() = default;

void ResumeBatchDialog::fill()
{
    for (const batch::UnfinishedBatch& b : std::as_const(m_batches)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, b.info.batchId);
        item->setToolTip(0, QFileInfo(b.info.sourceName).absoluteFilePath());
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ResumeBatchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ResumeBatchDialog::retranslate()
{
    setWindowTitle(tr("Resume unfinished batch"));
    m_intro->setText(tr("These batches did not finish. Resuming sends only the rows not sent yet; rows already "
                        "answered are never sent again."));
    m_list->setHeaderLabels({tr("File"), tr("Started"), tr("State"), tr("Rows left"), tr("Outcome unknown")});
    const QLocale locale;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const batch::UnfinishedBatch& b = m_batches.at(i);
        item->setText(0, QFileInfo(b.info.sourceName).fileName());
        item->setText(1, locale.toString(b.info.createdUtc.toLocalTime(), QLocale::ShortFormat));
        QString state;
        switch (b.info.state) {
        case batch::BatchState::Running:
            state = tr("interrupted");
            break;
        case batch::BatchState::Paused:
            state = tr("paused");
            break;
        case batch::BatchState::Cancelled:
            state = tr("cancelled");
            break;
        case batch::BatchState::Stopped:
            state = tr("stopped");
            break;
        case batch::BatchState::Completed:
            state = tr("complete");
            break;
        }
        item->setText(2, state);
        item->setText(3, tr("%1 of %2").arg(b.tally.pending).arg(b.tally.toSend));
        item->setText(4, QString::number(b.tally.unknown));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resume"));
    updateChoice();
}

void ResumeBatchDialog::updateChoice()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    const int unknown = row >= 0 ? m_batches.at(row).tally.unknown : 0;
    m_resend->setText(tr("Also send again the %n row(s) whose outcome is unknown. They may have been billed "
                         "already: sending them again may be billed a second time.",
                         nullptr,
                         unknown));
    m_resend->setEnabled(unknown > 0);
    if (unknown == 0)
        m_resend->setChecked(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
}

QString ResumeBatchDialog::batchId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

bool ResumeBatchDialog::resendUnknown() const
{
    return m_resend->isEnabled() && m_resend->isChecked();
}

} // namespace tricheck::gui
