#pragma once

#include <QCoreApplication>

class QWidget;

namespace tricheck::session {
class Session;
struct RealServiceEntry;
struct ServiceChoice;
} // namespace tricheck::session

namespace tricheck::gui {

// Before Settings writes a choice that would take the session from the sandbox to the real,
// billed service, the operator is asked: which account (profile, masked AccessKey ID), which
// endpoint, and that every consistent or inconsistent answer is billed. The session decides
// whether asking is needed and records the confirmed switch; this only asks.
class RealServiceConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(RealServiceConfirmation)

public:
    // True when nothing needs confirming or the operator confirmed (the session is told); false
    // when the operator cancelled: then nothing may be written and the sandbox stays on.
    static bool ask(QWidget* parent, session::Session* session, const session::ServiceChoice& choice);
    static QString text(const session::RealServiceEntry& entry);
};

} // namespace tricheck::gui
