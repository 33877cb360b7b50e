#include "verifycommand.h"

#include "api/apiclient.h"
#include "api/endpoint.h"
#include "api/errortext.h"
#include "api/resultcatalogue.h"
#include "cliapp.h"
#include "credentials/credentialresolver.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "exitstatus.h"
#include "history/historystore.h"
#include "historyconnection.h"
#include "identity/identityinput.h"
#include "jsonout.h"
#include "network/proxysettings.h"
#include "policyflags.h"
#include "sessionsetup.h"
#include "settings/appsettings.h"
#include "signalwatcher.h"
#include "verification/verificationservice.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <optional>

namespace tricheck::cli {

using namespace tricheck::api;
using namespace tricheck::identity;

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// {"error":{"kind","httpStatus","code","message","requestId"}} plus, when an attempt was made,
// what scripts need to account for it.
QJsonObject errorJson(const QString& kind,
                      const QString& message,
                      const ApiError* error = nullptr,
                      const VerifyOutcome* outcome = nullptr)
{
    QJsonObject e{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("httpStatus"), error && error->httpStatus > 0 ? QJsonValue(error->httpStatus) : QJsonValue()},
        {QStringLiteral("code"), error ? orNull(error->code) : QJsonValue()},
        {QStringLiteral("message"), message},
        {QStringLiteral("requestId"), error ? orNull(error->requestId) : QJsonValue()},
    };
    if (error) {
        e.insert(QStringLiteral("mayBeBilled"), error->mayBeBilled);
        e.insert(QStringLiteral("serverMessage"), orNull(error->serverMessage));
        e.insert(QStringLiteral("retryAfterMs"), error->retryAfterMs ? QJsonValue(*error->retryAfterMs) : QJsonValue());
    }
    QJsonObject out{{QStringLiteral("error"), e}};
    if (outcome) {
        out.insert(QStringLiteral("attemptId"), outcome->attemptId);
        out.insert(QStringLiteral("attempts"), outcome->attempts);
        out.insert(QStringLiteral("signature"), signatureSchemeName(outcome->scheme));
        out.insert(QStringLiteral("endpoint"), outcome->endpoint);
        out.insert(QStringLiteral("latencyMs"), outcome->latencyMs);
    }
    return out;
}

QJsonObject resultJson(const VerifyOutcome& o)
{
    const VerifyResult& r = *o.result();
    const std::optional<bool> billed = r.billed();
    return QJsonObject{
        {QStringLiteral("requestId"), r.requestId},
        {QStringLiteral("code"), r.code},
        {QStringLiteral("message"), r.message},
        {QStringLiteral("bizCode"), r.bizCode},
        {QStringLiteral("subCode"), r.subCode},
        {QStringLiteral("ispName"), r.ispName},
        {QStringLiteral("billed"), billed ? QJsonValue(*billed) : QJsonValue()},
        {QStringLiteral("paramType"), paramTypeName(o.paramType)},
        {QStringLiteral("signature"), signatureSchemeName(o.scheme)},
        {QStringLiteral("endpoint"), o.endpoint},
        {QStringLiteral("latencyMs"), o.latencyMs},
        // additions
        {QStringLiteral("attemptId"), o.attemptId},
        {QStringLiteral("attempts"), o.attempts},
        {QStringLiteral("sandbox"), o.sandbox},
    };
}

int usageError(const QString& message)
{
    printError(message);
    printJsonLine(errorJson(errorKindId(ErrorKind::Validation), message));
    return ExitUsage;
}

QString validationMessage(const IdentityCheck& check)
{
    QStringList problems;
    for (const Validation* v : check.all()) {
        for (const Finding& f : v->errors())
            problems.append(IdentityText::describe(v->field, f));
    }
    return problems.join(u' ');
}

} // namespace

QString VerifyCommand::summary()
{
    return tr("verify a mobile number, name and ID number with Alibaba Cloud (one signed, billed call)");
}

int VerifyCommand::exitStatusFor(const VerifyOutcome& outcome)
{
    if (outcome.isResult())
        return ExitOk;
    const ApiError& e = *outcome.error();
    switch (e.kind) {
    case ErrorKind::Validation:
        return ExitUsage;
    case ErrorKind::Configuration:
        if (e.cause == u"redirect")
            return ExitApiError; // the server answered, with something we refuse
        if (e.cause == u"credentials")
            return ExitCredentials;
        if (e.cause == u"random")
            return ExitFailure;
        return ExitUsage;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Tls:
    case ErrorKind::ProxyAuthentication:
        return ExitNetwork;
    case ErrorKind::Cancelled:
        return ExitInterrupted;
    case ErrorKind::Throttled:
    case ErrorKind::Authentication:
    case ErrorKind::Permission:
    case ErrorKind::InvalidRequest:
    case ErrorKind::Server:
    case ErrorKind::MalformedReply:
        break;
    }
    return ExitApiError;
}

int VerifyCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption mobile(QStringLiteral("mobile"),
                                    tr("Mainland mobile number (11 digits; +86, spaces and hyphens are removed)."),
                                    QStringLiteral("M"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name as on the ID card."), QStringLiteral("N"));
    const QCommandLineOption id(QStringLiteral("id"), tr("18-character resident ID number."), QStringLiteral("I"));
    const QCommandLineOption md5(QStringLiteral("md5"),
                                 tr("Send each value as its MD5 digest (ParamType md5), computed here: the plaintext "
                                    "never leaves this computer. Values that already are 32-hex digests are sent "
                                    "as they are."));
    const QCommandLineOption signature(
        QStringLiteral("signature"),
        tr("Signature scheme: v3 (ACS3-HMAC-SHA256, the default) or v1 (HMAC-SHA1) for gateways that need it. "
           "Default: the one chosen in the settings."),
        QStringLiteral("v3|v1"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("hongkong (the default), hongkong-vpc, an https:// URL, or an http:// URL "
                                         "of this computer (the sandbox). Default: the profile's endpoint, if any."),
                                      QStringLiteral("hongkong|hongkong-vpc|URL"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Use this credential profile (TriCheck's, else the aliyun CLI's). Without "
                                        "it, in this order: ALIBABA_CLOUD_ACCESS_KEY_ID with "
                                        "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN), "
                                        "ALIBABA_CLOUD_PROFILE, the default profile, the aliyun CLI's current "
                                        "profile."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("Your reference for this check (case number …), kept with the attempt."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     tr("Give up waiting for the answer after N milliseconds (default 10000; "
                                        "connecting is limited to 5000). A timeout after sending may still be billed."),
                                     QStringLiteral("N"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("Record the attempt in the history database at PATH (a file, or "
                                        "postgresql://USER@HOST:PORT/DB) instead of the default."),
                                     QStringLiteral("PATH|URL"));
    const QCommandLineOption noHistory(QStringLiteral("no-history"), tr("Do not record the attempt in the history."));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   tr("How to reach the service: system (the default: the system's proxy settings), "
                                      "none, http://HOST:PORT or socks5://HOST:PORT. The proxy user name comes from "
                                      "the settings, its password from the keychain."),
                                   QStringLiteral("system|none|URL"));
    parser.addOptions(
        {mobile, name, id, md5, signature, endpoint, profile, reference, timeout, history, noHistory, proxy});

    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli verify")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(
            0,
            help.indexOf(u'\n'),
            QStringLiteral("Usage: tricheck-cli verify --mobile M --name N --id I [--md5] [--signature v3|v1]\n"
                           "                           [--endpoint hongkong|hongkong-vpc|URL] [--profile NAME]\n"
                           "                           [--reference TEXT] [--timeout-ms N] [--history PATH | "
                           "--no-history]\n"
                           "                           [--proxy system|none|URL]"));
        printText(help + u'\n' +
                  tr("Output: exactly one JSON object on stdout. On a result (any BizCode):\n"
                     "  {\"requestId\",\"code\",\"message\",\"bizCode\",\"subCode\",\"ispName\",\"billed\",\n"
                     "   \"paramType\",\"signature\",\"endpoint\",\"latencyMs\", …}\n"
                     "On failure:\n"
                     "  {\"error\":{\"kind\",\"httpStatus\",\"code\",\"message\",\"requestId\", …}}\n"
                     "Human-readable messages go to stderr.\n\n"
                     "Nothing is retried unless the service provably did not process it (connection refused, "
                     "host not found, throttling): a check is never billed twice by TriCheck.\n\n"
                     "Settings locked by the administrator's policy (endpoint, signature, md5, timeout, history, "
                     "proxy, sandbox) win over flags; stderr says when a flag was overridden.\n\n") +
                  CliApp::exitStatusHelp());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    if (!parser.isSet(mobile) || !parser.isSet(name) || !parser.isSet(id))
        return usageError(tr("--mobile, --name and --id are all required."));
    const auto requested = [&parser](const QCommandLineOption& option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    if (parser.isSet(signature) && !signatureSchemeFromName(parser.value(signature)))
        return usageError(tr("--signature must be v3 or v1, not \"%1\".").arg(parser.value(signature)));
    const settings::AppSettings appSettings;
    const PolicyFlags policy(appSettings);
    policy.reportProblems();
    const auto scheme = signatureSchemeFromName(
        policy.value(settings::Setting::SignatureScheme, QStringLiteral("--signature"), requested(signature))
            .toString());
    if (!scheme) // a settings value that no longer parses is ignored by AppSettings; this is defensive
        return usageError(tr("--signature must be v3 or v1."));
    if (parser.isSet(history) && parser.isSet(noHistory))
        return usageError(tr("--history and --no-history cannot be used together."));
    if (parser.isSet(history) && parser.value(history).trimmed().isEmpty())
        return usageError(tr("--history needs a file path."));
    std::optional<Endpoint> chosenEndpoint;
    if (parser.isSet(endpoint) || policy.isLocked(settings::Setting::Endpoint)) {
        const auto parsed = Endpoint::parse(
            policy.value(settings::Setting::Endpoint, QStringLiteral("--endpoint"), requested(endpoint)).toString());
        if (!parsed) {
            printError(parsed.error());
            printJsonLine(errorJson(errorKindId(ErrorKind::Configuration), parsed.error()));
            return ExitUsage;
        }
        chosenEndpoint = parsed.value();
    }
    ClientOptions options;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int ms = parser.value(timeout).toInt(&ok);
        if (!ok || ms < 100 || ms > 600000)
            return usageError(tr("--timeout-ms must be a number of milliseconds from 100 to 600000."));
    }
    if (parser.isSet(timeout) || policy.isLocked(settings::Setting::TimeoutMs)) {
        const int ms =
            policy.value(settings::Setting::TimeoutMs, QStringLiteral("--timeout-ms"), requested(timeout)).toInt();
        options.transferTimeoutMs = ms;
        options.connectTimeoutMs = qMin(options.connectTimeoutMs, ms);
    }
    const QString proxySetting =
        policy.value(settings::Setting::Proxy, QStringLiteral("--proxy"), requested(proxy)).toString();
    if (const auto parsedProxy = network::ProxySettings::parse(proxySetting); !parsedProxy) {
        printError(parsedProxy.error());
        printJsonLine(errorJson(errorKindId(ErrorKind::Configuration), parsedProxy.error()));
        return ExitUsage;
    }

    // Everything is validated and normalised here, before anything is sent.
    const bool md5Forced = appSettings.forceMd5() && !parser.isSet(md5);
    if (md5Forced) {
        printError(policy.isLocked(settings::Setting::ForceMd5)
                       ? tr("ParamType md5 is required by your administrator's policy: each value is sent as its "
                            "MD5 digest.")
                       : tr("ParamType md5 is on in the settings: each value is sent as its MD5 digest."));
    }
    const ParamType type = parser.isSet(md5) || md5Forced ? ParamType::Md5 : ParamType::Normal;
    const IdentityCheck check = checkIdentity({parser.value(mobile), parser.value(name), parser.value(id)}, type);
    const std::optional<IdentityParams> params = prepareIdentity(check, type);
    if (!params) {
        const QString message = validationMessage(check);
        printError(message);
        printJsonLine(errorJson(errorKindId(ErrorKind::Validation), message));
        return ExitUsage;
    }

    // The attempt is recorded before it is reported: a history that cannot be opened stops here,
    // before anything is sent (or billed).
    std::shared_ptr<history::HistoryStore> store;
    const bool historyLocked = policy.isLocked(settings::Setting::HistoryPath);
    if (historyLocked && parser.isSet(noHistory)) {
        printError(tr("--no-history is overruled by your administrator's policy: the attempt is recorded in the "
                      "history."));
    } else if (historyLocked && parser.isSet(history)) {
        PolicyFlags::reportOverride(QStringLiteral("--history"), appSettings.historyDatabasePath());
    }
    if (!parser.isSet(noHistory) || historyLocked) {
        const bool ownFile = parser.isSet(history) && !historyLocked;
        history::HistoryStore::Options historyOptions;
        historyOptions.path = ownFile ? parser.value(history) : appSettings.historyDatabasePath();
        // A file of the operator's own choosing is not pruned unless the policy says so.
        historyOptions.retentionDays = ownFile && !policy.isLocked(settings::Setting::RetentionDays)
                                           ? std::nullopt
                                           : appSettings.retentionPeriod();
        auto opened = openHistory(historyOptions);
        if (!opened) {
            printError(opened.error().message);
            printJsonLine(errorJson(QStringLiteral("history"), opened.error().message));
            return ExitFailure;
        }
        store.reset(std::move(opened).value().release());
    }

    QNetworkAccessManager network;
    credentials::Keychain keychain;
    credentials::ProfileStore profiles(&keychain);
    credentials::CredentialResolver resolver(&profiles);
    ApiClient client(&network);
    client.setOptions(options);
    verification::VerificationService service(&client);
    service.setHistory(store);
    SignalWatcher interrupt; // SIGINT and SIGTERM both cancel the call
    QObject context;
    verification::Verification* call = nullptr;
    bool done = false;
    const IdentityInput input{parser.value(mobile), parser.value(name), parser.value(id)};

    QObject::connect(&interrupt, &SignalWatcher::terminationRequested, &context, [&](int) {
        if (done)
            return;
        if (call) {
            call->cancel(); // finished() follows with a Cancelled outcome, recorded like any other
            return;
        }
        done = true;
        ApiError cancelled;
        cancelled.kind = ErrorKind::Cancelled;
        const QString message = ErrorText::message(cancelled);
        printError(message);
        printJsonLine(errorJson(errorKindId(ErrorKind::Cancelled), message));
        QCoreApplication::exit(ExitInterrupted);
    });

    const auto report = [&](const VerifyOutcome& outcome, const verification::HistoryWrite& write) {
        done = true;
        if (write.state == verification::HistoryWrite::State::Failed)
            printError(tr("Warning: this attempt could not be recorded in the history: %1").arg(write.error));
        QJsonObject json;
        if (const VerifyResult* r = outcome.result()) {
            const SubCodeEntry entry = ResultCatalogue::subCode(r->subCode);
            printError(QStringLiteral("%1 (%2) — %3 — %4")
                           .arg(entry.shortText,
                                r->subCode,
                                ResultCatalogue::carrierName(r->ispName),
                                ResultCatalogue::billedText(r->billed())));
            json = resultJson(outcome);
        } else {
            const ApiError& e = *outcome.error();
            const QString message = ErrorText::message(e);
            printError(message);
            json = errorJson(errorKindId(e.kind), message, &e, &outcome);
        }
        if (write.state == verification::HistoryWrite::State::Failed)
            json.insert(QStringLiteral("historyError"), write.error);
        printJsonLine(json);
        QCoreApplication::exit(write.state == verification::HistoryWrite::State::Failed && outcome.isResult()
                                   ? ExitFailure
                                   : exitStatusFor(outcome));
    };

    const auto start = [&](const verification::ServiceTarget& target) {
        call = service.verify(input, type, target, parser.value(reference));
        QObject::connect(call, &verification::Verification::finished, &context, report);
    };

    SessionSetup setup = SessionSetup::fromSettings(appSettings);
    setup.proxySetting = proxySetting;
    setup.credentials.profileName = parser.value(profile);
    setup.scheme = *scheme;
    setup.chosenEndpoint = chosenEndpoint;
    setup.loadFingerprintKey = store != nullptr; // keyed fingerprints are for the history only
    prepareSession(
        setup,
        {&network, &keychain, &resolver, &service, &policy},
        &context,
        [&](const verification::ServiceTarget& target) {
            if (!done)
                start(target);
        },
        [&](SetupFailure step, const QString& message) {
            if (done)
                return;
            done = true;
            printError(message);
            printJsonLine(errorJson(errorKindId(ErrorKind::Configuration), message));
            QCoreApplication::exit(step == SetupFailure::Credentials ? ExitCredentials : ExitUsage);
        });
    return QCoreApplication::exec();
}

} // namespace tricheck::cli
