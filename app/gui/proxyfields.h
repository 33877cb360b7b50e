#pragma once

#include <QObject>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

// The proxy's fields of the settings dialog (mode, host, port, user, password): loaded from the
// operator's settings, enabled by mode and by the administrator's locks, checked, and written. The
// password only goes to the keychain and is never read back into the field.
class ProxyFields : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyFields)

public:
    struct Widgets
    {
        QComboBox* mode;
        QLineEdit* host;
        QSpinBox* port;
        QLineEdit* user;
        QLineEdit* password;
    };

    ProxyFields(session::Session* session, const Widgets& widgets, QObject* parent);
    ~ProxyFields() override;

    void load();
    void update(); // enabled states, tooltips, placeholder
    bool isValid(QString* problem) const;
    void apply();

signals:
    void changed();

private:
    QString setting() const;

    session::Session* m_session;
    Widgets m_w;
    QString m_loadedUser;
};

} // namespace tricheck::gui
