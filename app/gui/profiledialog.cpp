#include "profiledialog.h"

#include "endpointfield.h"
#include "statuspalette.h"
#include "ui_profiledialog.h"

#include <QEvent>
#include <QPushButton>

namespace tricheck::gui {

using credentials::ProfileStore;

ProfileDialog::ProfileDialog(const std::optional<credentials::Profile>& existing,
                             const QStringList& takenNames,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_taken(takenNames)
    , m_editing(existing.has_value())
{
    m_ui->setupUi(this);
    m_endpoint = new EndpointField(m_ui->endpointComboBox, m_ui->customEndpointLineEdit, nullptr, true, this);
    if (existing) {
        m_original = *existing;
        m_ui->nameLineEdit->setText(existing->name);
        m_ui->nameLineEdit->setReadOnly(true);
        m_ui->accessKeyIdLineEdit->setText(existing->accessKeyId);
        m_endpoint->setValue(existing->endpoint);
    }
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->accessKeyIdLineEdit, m_ui->secretLineEdit, m_ui->tokenLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_endpoint, &EndpointField::changed, this, &ProfileDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
}

ProfileDialog::~ProfileDialog() = default;

credentials::Profile ProfileDialog::profile() const
{
    credentials::Profile p = m_original;
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.accessKeyId = m_ui->accessKeyIdLineEdit->text().trimmed();
    p.endpoint = m_endpoint->value();
    if (p.origin.isEmpty())
        p.origin = QStringLiteral("tricheck");
    return p;
}

QString ProfileDialog::secret() const
{
    return m_ui->secretLineEdit->text().trimmed();
}

QString ProfileDialog::securityToken() const
{
    return m_ui->tokenLineEdit->text().trimmed();
}

void ProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit profile %1").arg(m_original.name) : tr("Add a credentials profile"));
    m_ui->nameLineEdit->setPlaceholderText(tr("e.g. kyc-desk"));
    m_ui->accessKeyIdLineEdit->setPlaceholderText(tr("LTAI…"));
    m_ui->secretLineEdit->setPlaceholderText(m_editing ? tr("Stored — leave empty to keep it") : QString());
    m_ui->tokenLineEdit->setPlaceholderText(tr("Only for temporary (STS) credentials"));
    m_ui->noteLabel->setText(tr("The secret and the token go to the system keychain, never to a file, and are not "
                                "shown again after saving. Without a keychain they are kept for this session only."));
    m_endpoint->retranslate();
    validate();
}

void ProfileDialog::validate()
{
    QString problem;
    const credentials::Profile p = profile();
    if (!m_editing) {
        problem = ProfileStore::nameProblem(p.name);
        if (problem.isEmpty() && m_taken.contains(p.name))
            problem = tr("A profile named \"%1\" exists already; choose it in the list and edit it.").arg(p.name);
    }
    if (problem.isEmpty())
        problem = ProfileStore::accessKeyIdProblem(p.accessKeyId);
    const bool keyChanged = p.accessKeyId != m_original.accessKeyId;
    if (problem.isEmpty() && secret().isEmpty() && (!m_editing || keyChanged))
        problem = tr("Enter the AccessKey secret.");
    if (problem.isEmpty())
        problem = m_endpoint->problem();
    // Nothing typed yet is not an error worth colouring.
    const bool pristine = !m_editing && p.name.isEmpty() && p.accessKeyId.isEmpty() && secret().isEmpty();
    m_ui->messageLabel->setText(pristine ? QString() : problem);
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::forPalette(this->palette()).errorText());
    m_ui->messageLabel->setPalette(palette);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace tricheck::gui
