#pragma once

#include <QObject>

class QVBoxLayout;
class QWidget;

namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

class NoticeBanner;

// The strips at the top of the main window, kept up to date from the session: where verifications
// go (the sandbox in amber, or the real service in a calm blue, so that either is always visible),
// what the administrator's policy decided, a fingerprint key the history does not use, and a problem that stops
// verifications. Their links are passed on ("people", "settings", "policy").
class ServiceNotices : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceNotices)

public:
    // The banners go to the top of `layout`, their parent is `parent`.
    ServiceNotices(session::Session* session, QVBoxLayout* layout, QWidget* parent);
    ~ServiceNotices() override;

    NoticeBanner* sandboxBanner() const { return m_sandbox; }
    NoticeBanner* realServiceBanner() const { return m_real; }
    NoticeBanner* problemBanner() const { return m_problem; }
    NoticeBanner* policyBanner() const { return m_policy; }
    // The fingerprint key is not the history's (or the policy's key file cannot be used).
    NoticeBanner* fingerprintKeyBanner() const { return m_fingerprintKey; }

    // The real service is in use (not the sandbox, not while deciding).
    bool isRealService() const;
    // Texts and visibility, in the current language.
    void update();

signals:
    void linkActivated(const QString& link);

private:
    void updatePolicy();
    void updateFingerprintKey();

    session::Session* m_session;
    NoticeBanner* m_sandbox;
    NoticeBanner* m_real;
    NoticeBanner* m_policy;
    NoticeBanner* m_problem;
    NoticeBanner* m_fingerprintKey;
};

} // namespace tricheck::gui
