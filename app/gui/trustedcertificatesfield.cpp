#include "trustedcertificatesfield.h"

#include "messagebox.h"
#include "network/trustedcertificates.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "statuspalette.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace tricheck::gui {

using settings::Setting;

TrustedCertificatesField::TrustedCertificatesField(session::Session* session, const Widgets& widgets, QWidget* dialog)
    : QObject(dialog)
    , m_session(session)
    , m_w(widgets)
    , m_dialog(dialog)
{
    connect(m_w.path, &QLineEdit::textChanged, this, [this] {
        update();
        emit changed();
    });
    connect(m_w.browse, &QPushButton::clicked, this, &TrustedCertificatesField::browse);
}

TrustedCertificatesField::~TrustedCertificatesField() = default;

QString TrustedCertificatesField::value() const
{
    const QString text = m_w.path->text().trimmed();
    return text.isEmpty() ? text : QDir::fromNativeSeparators(text);
}

void TrustedCertificatesField::load()
{
    m_w.path->setText(QDir::toNativeSeparators(m_session->settings()->value(Setting::CaCertificates).toString()));
    update();
}

std::optional<QList<QSslCertificate>> TrustedCertificatesField::certificates(QString* problem) const
{
    const QString file = value();
    if (!QDir::isAbsolutePath(file)) {
        *problem = tr("Give the file's full path, or choose it with Browse….");
        return std::nullopt;
    }
    return network::TrustedCertificates::read(file, problem);
}

bool TrustedCertificatesField::isValid(QString* problem) const
{
    return value().isEmpty() || certificates(problem).has_value();
}

void TrustedCertificatesField::update()
{
    const bool locked = m_session->settings()->isLocked(Setting::CaCertificates);
    const QString lockedText = tr("Set by your administrator");
    m_w.path->setEnabled(!locked);
    m_w.browse->setEnabled(!locked);
    m_w.path->setToolTip(locked ? lockedText : QString());
    m_w.browse->setToolTip(locked ? lockedText : QString());
    m_w.path->setPlaceholderText(tr("None: only the system's certificates"));

    QString text;
    QString problem;
    bool valid = true;
    if (value().isEmpty()) {
        text = tr("For a company proxy that inspects HTTPS, or a private gateway: a PEM file of the certificate "
                  "authorities to trust besides the system's. Certificates are always verified.");
    } else if (const auto found = certificates(&problem)) {
        const QSslCertificate& first = found->constFirst();
        const QString expiry = QLocale().toString(first.expiryDate().toLocalTime().date(), QLocale::ShortFormat);
        text = found->size() == 1
                   ? tr("Trusted besides the system's: %1 (valid until %2).").arg(first.subjectDisplayName(), expiry)
                   : tr("Trusted besides the system's: %1 and %n more.", nullptr, int(found->size() - 1))
                         .arg(first.subjectDisplayName());
    } else {
        valid = false;
        text = problem;
    }
    m_w.hint->setText(text);
    QPalette palette = m_w.hint->palette();
    palette.setColor(QPalette::WindowText,
                     valid ? m_dialog->palette().color(QPalette::WindowText)
                           : StatusPalette::forPalette(m_dialog->palette()).errorText());
    m_w.hint->setPalette(palette);
}

void TrustedCertificatesField::apply()
{
    settings::AppSettings* s = m_session->settings();
    if (!s->isLocked(Setting::CaCertificates))
        s->setValue(Setting::CaCertificates, value());
}

void TrustedCertificatesField::browse()
{
    const QString current = value();
    const QString path = MessageBox::openFileName(m_dialog,
                                                  tr("Trusted certificates"),
                                                  current.isEmpty() ? QDir::homePath() : current,
                                                  tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_w.path->setText(QDir::toNativeSeparators(path));
}

} // namespace tricheck::gui
