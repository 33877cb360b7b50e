#include "proxyfields.h"

#include "network/proxysettings.h"
#include "session/session.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace tricheck::gui {

using settings::Setting;

ProxyFields::ProxyFields(session::Session* session, const Widgets& widgets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_w(widgets)
{
    connect(m_w.mode, &QComboBox::currentIndexChanged, this, [this] {
        update();
        emit changed();
    });
    connect(m_w.host, &QLineEdit::textChanged, this, &ProxyFields::changed);
    connect(m_w.port, &QSpinBox::valueChanged, this, &ProxyFields::changed);
    connect(m_w.user, &QLineEdit::textChanged, this, &ProxyFields::update);
}

ProxyFields::~ProxyFields() = default;

void ProxyFields::load()
{
    const settings::AppSettings* s = m_session->settings();
    m_loadedUser = s->value(Setting::ProxyUser).toString();
    const auto proxy = network::ProxySettings::parse(s->value(Setting::Proxy).toString(), m_loadedUser);
    QString mode = QStringLiteral("system");
    if (proxy) {
        switch (proxy->mode) {
        case network::ProxySettings::Mode::System:
            break;
        case network::ProxySettings::Mode::None:
            mode = QStringLiteral("none");
            break;
        case network::ProxySettings::Mode::Http:
            mode = QStringLiteral("http");
            break;
        case network::ProxySettings::Mode::Socks5:
            mode = QStringLiteral("socks5");
            break;
        }
        if (!proxy->host.isEmpty()) {
            m_w.host->setText(proxy->host);
            m_w.port->setValue(proxy->port);
        }
    }
    m_w.mode->setCurrentIndex(std::max(0, m_w.mode->findData(mode)));
    m_w.user->setText(m_loadedUser);
    m_w.password->clear();
    update();
}

void ProxyFields::update()
{
    const settings::AppSettings* s = m_session->settings();
    const QString mode = m_w.mode->currentData().toString();
    const bool manual = mode == u"http" || mode == u"socks5";
    const bool proxyLocked = s->isLocked(Setting::Proxy);
    const bool userLocked = s->isLocked(Setting::ProxyUser);
    m_w.host->setEnabled(manual && !proxyLocked);
    m_w.port->setEnabled(manual && !proxyLocked);
    m_w.user->setEnabled(manual && !userLocked);
    const bool hasUser = !m_w.user->text().trimmed().isEmpty();
    m_w.password->setEnabled(manual && hasUser && !userLocked);
    const QString locked = tr("Set by your administrator");
    m_w.host->setToolTip(proxyLocked ? locked : QString());
    m_w.port->setToolTip(proxyLocked ? locked : QString());
    m_w.password->setToolTip(userLocked ? locked : QString());
    // The password is never read back into the dialog: an empty field keeps what the keychain has.
    m_w.password->setPlaceholderText(hasUser && m_w.user->text().trimmed() == m_loadedUser
                                         ? tr("Stored in the keychain — leave empty to keep it")
                                         : QString());
}

QString ProxyFields::setting() const
{
    QString mode = m_w.mode->currentData().toString();
    if (mode != u"http" && mode != u"socks5")
        return mode;
    return QStringLiteral("%1://%2:%3").arg(mode, m_w.host->text().trimmed()).arg(m_w.port->value());
}

bool ProxyFields::isValid(QString* problem) const
{
    const QString mode = m_w.mode->currentData().toString();
    if (mode == u"http" || mode == u"socks5") {
        if (m_w.host->text().trimmed().isEmpty()) {
            *problem = tr("Enter the proxy's host name or address.");
            return false;
        }
        if (m_w.port->value() <= 0) {
            *problem = tr("Enter the proxy's port.");
            return false;
        }
    }
    const auto parsed = network::ProxySettings::parse(setting(), m_w.user->text().trimmed());
    if (!parsed)
        *problem = parsed.error();
    return bool(parsed);
}

void ProxyFields::apply()
{
    settings::AppSettings* s = m_session->settings();
    const QString user = m_w.user->text().trimmed();
    const QString password = m_w.password->text();
    if (!s->isLocked(Setting::ProxyUser) && !password.isEmpty() && !user.isEmpty()) {
        // The settings change below reloads the proxy at once; the password follows from the keychain.
        m_session->setProxyPassword(password);
        m_w.password->clear();
    } else if (!s->isLocked(Setting::ProxyUser) && user.isEmpty() && !m_loadedUser.isEmpty()) {
        m_session->setProxyPassword({});
    }
    if (!s->isLocked(Setting::Proxy))
        s->setValue(Setting::Proxy, setting());
    if (!s->isLocked(Setting::ProxyUser))
        s->setValue(Setting::ProxyUser, user);
    m_loadedUser = user;
    update();
}

} // namespace tricheck::gui
