#pragma once

#include "session/session.h"
#include "settings/appsettings.h"
#include "signalwatcher.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace tricheck::cli {

// The flags that choose where and how verifications go and where they are recorded, shared by
// every command that builds a session. Each is an override of a setting (SessionConfig decides
// whether it applies); their texts are checked here, so that a typo is a usage error.
class SessionFlags
{
    Q_DECLARE_TR_FUNCTIONS(SessionFlags)

public:
    enum Group {
        Connection = 0x1, // --signature --endpoint --profile --timeout-ms --proxy --ca-certificates
        Md5 = 0x2,        // --md5
        History = 0x4,    // --history
        NoHistory = 0x8,  // --no-history
    };

    // `historyHelp` says what --history means for the command.
    explicit SessionFlags(int groups, const QString& historyHelp = {});
    void addTo(QCommandLineParser& parser) const;

    struct Problem
    {
        bool configuration = false; // a value that cannot be used, rather than a flag's text
        QString message;
        QString kindId() const; // "configuration" or "validation", as in the error JSON
    };
    // The overrides the flags ask for, or why a flag's text cannot be used.
    Expected<session::Overrides, Problem> overrides(const QCommandLineParser& parser) const;
    bool md5Asked(const QCommandLineParser& parser) const;

    const QCommandLineOption signature;
    const QCommandLineOption endpoint;
    const QCommandLineOption profile;
    const QCommandLineOption timeout;
    const QCommandLineOption proxy;
    const QCommandLineOption caCertificates;
    const QCommandLineOption md5;
    const QCommandLineOption history;
    const QCommandLineOption noHistory;

private:
    int m_groups;
};

// What every command that verifies or reads the history starts with: the operator's settings under
// the administrator's policy, one session built with the command's overrides, and stderr told
// about a policy that failed closed and about every flag the policy overrules.
class SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)

public:
    SessionCommand(session::ServiceRouter::Routing routing, const session::Overrides& overrides);

    session::Session& session() { return *m_session; }
    const session::SessionConfig& config() const { return m_session->config(); }
    SignalWatcher& interrupts() { return m_interrupts; }

    // Starts the session and waits until it can verify, or says which step cannot (a SIGINT or
    // SIGTERM meanwhile: nullopt, nothing was sent).
    std::optional<session::Session::Step> startAndWait();
    // Says on stderr when MD5 is forced (by the policy or the settings) although not asked for.
    void reportForcedMd5(bool md5Asked) const;
    // The signal that interrupted startAndWait() (SIGINT when none did).
    int interruptedBy() const { return m_interruptedBy; }
    // The exit status for a step that keeps the session from verifying.
    static int exitStatusFor(session::Session::Step step);

private:
    settings::AppSettings m_settings;
    SignalWatcher m_interrupts;
    int m_interruptedBy = 2; // SIGINT
    std::unique_ptr<session::Session> m_session;
};

} // namespace tricheck::cli
