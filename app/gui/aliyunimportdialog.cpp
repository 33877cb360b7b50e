#include "aliyunimportdialog.h"

#include "credentials/profilestore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tricheck::gui {

AliyunImportDialog::AliyunImportDialog(credentials::AliyunConfig config, const QStringList& takenNames, QWidget* parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_taken(takenNames)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    resize(560, 380);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_nameLabel->setBuddy(m_name);
    m_name->setMaxLength(64);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const auto* p = chosen())
            m_name->setText(p->name);
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &AliyunImportDialog::validate);
    retranslate();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_config.profiles.at(i).supported && (m_config.profiles.at(i).name == m_config.current || i == 0)) {
            m_list->setCurrentRow(i);
            if (m_config.profiles.at(i).name == m_config.current)
                break;
        }
    }
    validate();
}

AliyunImportDialog::~AliyunImportDialog() = default;

const credentials::AliyunProfile* AliyunImportDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_config.profiles.size() || !m_config.profiles.at(row).supported)
        return nullptr;
    return &m_config.profiles.at(row);
}

QString AliyunImportDialog::profileName() const
{
    return m_name->text().trimmed();
}

void AliyunImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AliyunImportDialog::retranslate()
{
    setWindowTitle(tr("Import from the aliyun CLI"));
    m_intro->setText(tr("Profiles in %1. The AccessKey secret is copied to the system keychain; the aliyun CLI's "
                        "file is not changed.")
                         .arg(QDir::toNativeSeparators(m_config.path)));
    m_nameLabel->setText(tr("Save as &profile:"));
    m_buttons->findChild<QPushButton*>(QStringLiteral("importButton"))->setText(tr("&Import"));
    const int row = m_list->currentRow();
    m_list->clear();
    for (const credentials::AliyunProfile& p : std::as_const(m_config.profiles)) {
        QString text = QStringLiteral("%1 — %2").arg(p.name, p.mode);
        if (p.name == m_config.current)
            text += u' ' + tr("(current)");
        if (!p.supported)
            text += QStringLiteral(" — ") + p.problem;
        auto* item = new QListWidgetItem(text, m_list);
        if (!p.supported)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsSelectable);
    }
    m_list->setCurrentRow(row);
    validate();
}

void AliyunImportDialog::validate()
{
    QString problem;
    if (!chosen())
        problem = tr("Choose an AK or StsToken profile.");
    else
        problem = credentials::ProfileStore::nameProblem(profileName());
    if (problem.isEmpty() && m_taken.contains(profileName()))
        problem = tr("TriCheck has a profile named \"%1\" already; choose another name.").arg(profileName());
    m_message->setText(problem);
    if (auto* import = m_buttons->findChild<QPushButton*>(QStringLiteral("importButton")))
        import->setEnabled(problem.isEmpty());
}

} // namespace tricheck::gui
