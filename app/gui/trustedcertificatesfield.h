#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

// The settings dialog's "Trusted certificates" field (the CaCertificates setting): a PEM file of
// certificate authorities trusted besides the system's, chosen with Browse…, checked as it is
// typed (the hint says what the file holds, or why it cannot be used) and written on Apply.
// Reading the file is the core's rule (network/trustedcertificates.h); this shows what it says.
class TrustedCertificatesField : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustedCertificatesField)

public:
    struct Widgets
    {
        QLineEdit* path;
        QPushButton* browse;
        QLabel* hint;
    };

    TrustedCertificatesField(session::Session* session, const Widgets& widgets, QWidget* dialog);
    ~TrustedCertificatesField() override;

    void load();
    void update(); // locks, the hint; call after a language change too
    bool isValid(QString* problem) const;
    void apply();

signals:
    void changed();

private:
    void browse();
    QString value() const;
    // The file's certificates (the core's rule), or why they cannot be used; `value()` not empty.
    std::optional<QList<QSslCertificate>> certificates(QString* problem) const;

    session::Session* m_session;
    Widgets m_w;
    QWidget* m_dialog;
};

} // namespace tricheck::gui
