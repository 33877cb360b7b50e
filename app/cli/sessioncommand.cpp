#include "sessioncommand.h"

#include "api/endpoint.h"
#include "api/signaturescheme.h"
#include "exitstatus.h"
#include "jsonout.h"
#include "network/proxysettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

namespace tricheck::cli {

using session::Session;
using settings::Setting;

SessionFlags::SessionFlags(int groups, const QString& historyHelp)
    : signature(QStringLiteral("signature"),
                tr("Signature scheme: v3 (ACS3-HMAC-SHA256, the default) or v1 (HMAC-SHA1) for gateways that need "
                   "it. Default: the one chosen in the settings."),
                QStringLiteral("v3|v1"))
    , endpoint(QStringLiteral("endpoint"),
               tr("hongkong (the default), hongkong-vpc, an https:// URL, or an http:// URL of this computer (the "
                  "sandbox). Default: the profile's endpoint, if any; when resuming a batch, the batch's."),
               QStringLiteral("hongkong|hongkong-vpc|URL"))
    , profile(QStringLiteral("profile"),
              tr("Use this credential profile (TriCheck's, else the aliyun CLI's). Without it, in this order: "
                 "ALIBABA_CLOUD_ACCESS_KEY_ID with ALIBABA_CLOUD_ACCESS_KEY_SECRET (and "
                 "ALIBABA_CLOUD_SECURITY_TOKEN), ALIBABA_CLOUD_PROFILE, the default profile, the aliyun CLI's "
                 "current profile."),
              QStringLiteral("NAME"))
    , timeout(QStringLiteral("timeout-ms"),
              tr("Give up waiting for an answer after N milliseconds, 100 to 600000 (default: the settings', 10000; "
                 "connecting is limited to 5000). A timeout after sending may still be billed."),
              QStringLiteral("N"))
    , proxy(QStringLiteral("proxy"),
            tr("How to reach the service: system (the default: the system's proxy settings), none, "
               "http://HOST:PORT or socks5://HOST:PORT. The proxy user name comes from the settings, its password "
               "from the keychain."),
            QStringLiteral("system|none|URL"))
    , caCertificates(QStringLiteral("ca-certificates"),
                     tr("Also trust the certificate authorities in this PEM file, besides the system's: a company "
                        "proxy that inspects TLS, a private gateway, a sandbox with its own certificate. "
                        "Verification stays on. Default: the settings' file, if any."),
                     QStringLiteral("FILE.pem"))
    , md5(QStringLiteral("md5"),
          tr("Send each value as its MD5 digest (ParamType md5), computed here: the plaintext never leaves this "
             "computer. Values that already are 32-hex digests are sent as they are."))
    , history(QStringLiteral("history"),
              historyHelp.isEmpty() ? tr("The history database: a file, or postgresql://USER@HOST:PORT/DB (default: "
                                         "the settings' history).")
                                    : historyHelp,
              QStringLiteral("PATH|URL"))
    , noHistory(QStringLiteral("no-history"), tr("Do not record the attempt in the history."))
    , m_groups(groups)
{ }

void SessionFlags::addTo(QCommandLineParser& parser) const
{
    if (m_groups & Md5)
        parser.addOption(md5);
    if (m_groups & Connection)
        parser.addOptions({signature, endpoint, profile, timeout, proxy, caCertificates});
    if (m_groups & History)
        parser.addOption(history);
    if (m_groups & NoHistory)
        parser.addOption(noHistory);
}

QString SessionFlags::Problem::kindId() const
{
    return configuration ? QStringLiteral("configuration") : QStringLiteral("validation");
}

bool SessionFlags::md5Asked(const QCommandLineParser& parser) const
{
    return (m_groups & Md5) && parser.isSet(md5);
}

Expected<session::Overrides, SessionFlags::Problem> SessionFlags::overrides(const QCommandLineParser& parser) const
{
    using Result = Expected<session::Overrides, Problem>;
    constexpr bool validation = false;
    constexpr bool configuration = true;
    session::Overrides o;
    const auto flag = [](const QCommandLineOption& option) -> QString {
        return QStringLiteral("--") + option.names().constFirst();
    };
    if (m_groups & Connection) {
        if (parser.isSet(signature)) {
            if (!api::signatureSchemeFromName(parser.value(signature)))
                return Result::failure(
                    {validation, tr("--signature must be v3 or v1, not \"%1\".").arg(parser.value(signature))});
            o.set(Setting::SignatureScheme, parser.value(signature), flag(signature));
        }
        if (parser.isSet(endpoint)) {
            const auto parsed = api::Endpoint::parse(parser.value(endpoint));
            if (!parsed)
                return Result::failure({configuration, parsed.error()});
            o.set(Setting::Endpoint, parsed->id(), flag(endpoint));
        }
        if (parser.isSet(profile))
            o.set(Setting::ActiveProfile, parser.value(profile), flag(profile));
        if (parser.isSet(timeout)) {
            bool ok = false;
            const int ms = parser.value(timeout).toInt(&ok);
            if (!ok || ms < 100 || ms > 600000)
                return Result::failure(
                    {validation, tr("--timeout-ms must be a number of milliseconds from 100 to 600000.")});
            o.set(Setting::TimeoutMs, ms, flag(timeout));
        }
        if (parser.isSet(proxy)) {
            const auto parsed = network::ProxySettings::parse(parser.value(proxy));
            if (!parsed)
                return Result::failure({configuration, parsed.error()});
            o.set(Setting::Proxy, parser.value(proxy).trimmed(), flag(proxy));
        }
        if (parser.isSet(caCertificates)) {
            // Whether the file can be used is the session's question (Step::Certificates), as for the
            // settings' file: one rule, one message.
            const QString file = parser.value(caCertificates).trimmed();
            if (file.isEmpty())
                return Result::failure({validation, tr("--ca-certificates needs the path of a PEM file.")});
            o.set(Setting::CaCertificates, QFileInfo(file).absoluteFilePath(), flag(caCertificates));
        }
    }
    const bool ownHistory = (m_groups & History) && parser.isSet(history);
    const bool noneAtAll = (m_groups & NoHistory) && parser.isSet(noHistory);
    if (ownHistory && noneAtAll)
        return Result::failure({validation, tr("--history and --no-history cannot be used together.")});
    if (ownHistory) {
        if (parser.value(history).trimmed().isEmpty())
            return Result::failure({validation, tr("--history needs a file path or a postgresql:// URL.")});
        o.set(Setting::HistoryPath, parser.value(history), flag(history));
    }
    if (noneAtAll) {
        o.noHistory = true;
        o.noHistoryOrigin = flag(noHistory);
    }
    return o;
}

SessionCommand::SessionCommand(session::ServiceRouter::Routing routing, const session::Overrides& overrides)
{
    session::SessionOptions options;
    options.routing = routing;
    options.overrides = overrides;
    options.openHistoryInBackground = false;
    m_session = std::make_unique<Session>(&m_settings, options);
    // A script's author sees why a setting is not what the flags asked for.
    if (const QString problem = config().policyProblem(); !problem.isEmpty())
        printError(tr("Warning: %1").arg(problem));
    for (const session::Refusal& refusal : config().refusals())
        printError(refusal.reason());
}

void SessionCommand::reportForcedMd5(bool md5Asked) const
{
    if (!config().forceMd5() || md5Asked)
        return;
    printError(config().isLocked(Setting::ForceMd5)
                   ? tr("ParamType md5 is required by your administrator's policy: each value is sent as its MD5 "
                        "digest.")
                   : tr("ParamType md5 is on in the settings: each value is sent as its MD5 digest."));
}

std::optional<Session::Step> SessionCommand::startAndWait()
{
    bool interrupted = false;
    QEventLoop loop;
    QObject context;
    QObject::connect(m_session.get(), &Session::readinessChanged, &context, [&] {
        if (m_session->notReadyStep() != Session::Step::Starting)
            loop.quit();
    });
    QObject::connect(&m_interrupts, &SignalWatcher::terminationRequested, &context, [&](int signalNumber) {
        interrupted = true;
        m_interruptedBy = signalNumber;
        loop.quit();
    });
    m_session->start();
    if (m_session->notReadyStep() == Session::Step::Starting)
        loop.exec();
    if (interrupted)
        return std::nullopt;
    // Attempts are recorded without fingerprints while the key is not the history's: said once.
    for (const QString& note : {m_session->teamKey().problem(), m_session->teamKey().warning()}) {
        if (!note.isEmpty())
            printError(tr("Warning: %1").arg(note));
    }
    return m_session->notReadyStep();
}

int SessionCommand::exitStatusFor(Session::Step step)
{
    switch (step) {
    case Session::Step::None:
        return ExitOk;
    case Session::Step::Credentials:
        return ExitCredentials;
    case Session::Step::Budget:
        return ExitBudget;
    case Session::Step::History:
    case Session::Step::Starting:
    case Session::Step::Sandbox:
        return ExitFailure;
    case Session::Step::Proxy:
    case Session::Step::Certificates:
    case Session::Step::Endpoint:
        return ExitUsage;
    }
    return ExitFailure;
}

} // namespace tricheck::cli
