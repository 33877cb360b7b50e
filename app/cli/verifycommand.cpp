#include "verifycommand.h"

#include "api/apiclient.h"
#include "api/endpoint.h"
#include "api/errortext.h"
#include "api/resultcatalogue.h"
#include "cliapp.h"
#include "exitstatus.h"
#include "identity/identityinput.h"
#include "identitysource.h"
#include "jsonout.h"
#include "sessioncommand.h"
#include "verification/verificationservice.h"

#include <QCommandLineParser>
#include <QJsonObject>

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

int interrupted()
{
    ApiError cancelled;
    cancelled.kind = ErrorKind::Cancelled;
    const QString message = ErrorText::message(cancelled);
    printError(message);
    printJsonLine(errorJson(errorKindId(ErrorKind::Cancelled), message));
    return ExitInterrupted;
}

// Prints the outcome (stderr for people, one JSON object for scripts) and ends the event loop.
void report(const VerifyOutcome& outcome, const verification::HistoryWrite& write)
{
    const bool notRecorded = write.state == verification::HistoryWrite::State::Failed;
    if (notRecorded)
        printError(
            VerifyCommand::tr("Warning: this attempt could not be recorded in the history: %1").arg(write.error));
    QJsonObject json;
    if (const VerifyResult* r = outcome.result()) {
        const SubCodeEntry entry = ResultCatalogue::subCode(r->subCode);
        printError(QStringLiteral("%1 (%2) — %3 — %4")
                       .arg(entry.shortText,
                            r->subCode,
                            ResultCatalogue::carrierName(r->ispName),
                            ResultCatalogue::billingText(r->billed(), outcome.sandbox)));
        json = resultJson(outcome);
    } else {
        const ApiError& e = *outcome.error();
        const QString message = ErrorText::message(e);
        printError(message);
        json = errorJson(errorKindId(e.kind), message, &e, &outcome);
    }
    if (notRecorded)
        json.insert(QStringLiteral("historyError"), write.error);
    printJsonLine(json);
    QCoreApplication::exit(notRecorded && outcome.isResult() ? ExitFailure : VerifyCommand::exitStatusFor(outcome));
}

QString help(const QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text.replace(
        0,
        text.indexOf(u'\n'),
        QStringLiteral("Usage: tricheck-cli verify (--stdin | --mobile M --name N --id I) [--md5] [--signature v3|v1]\n"
                       "                           [--endpoint hongkong|hongkong-vpc|URL] [--profile NAME]\n"
                       "                           [--reference TEXT] [--timeout-ms N] [--history PATH | "
                       "--no-history]\n"
                       "                           [--proxy system|none|URL]"));
    return text + u'\n' +
           VerifyCommand::tr(
               "Output: exactly one JSON object on stdout. On a result (any BizCode):\n"
               "  {\"requestId\",\"code\",\"message\",\"bizCode\",\"subCode\",\"ispName\",\"billed\",\n"
               "   \"paramType\",\"signature\",\"endpoint\",\"latencyMs\", …}\n"
               "On failure:\n"
               "  {\"error\":{\"kind\",\"httpStatus\",\"code\",\"message\",\"requestId\", …}}\n"
               "Human-readable messages go to stderr.\n\n"
               "Input: with --stdin, one JSON object {\"mobile\":\"…\",\"name\":\"…\",\"id\":\"…\",\"reference\":\"…\"} "
               "(reference optional) on standard input; this keeps the values out of process lists and shell "
               "history. On a terminal, values not given as flags are asked for (the ID number is not shown).\n\n"
               "Nothing is retried unless the service provably did not process it (connection refused, "
               "host not found, throttling): a check is never billed twice by TriCheck.\n\n"
               "Settings locked by the administrator's policy (endpoint, signature, md5, timeout, history, "
               "proxy, sandbox) win over flags; stderr says when a flag was overridden.\n\n") +
           CliApp::exitStatusHelp();
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
    case ErrorKind::InFlight:
    case ErrorKind::OutcomeUnknown:
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
    const QCommandLineOption fromStdin(QStringLiteral("stdin"),
                                       tr("Read the three values (and a reference) as one JSON object "
                                          "{\"mobile\",\"name\",\"id\",\"reference\"} from standard input: "
                                          "recommended for scripts, since arguments are visible to other users "
                                          "(ps, /proc) and kept in shell history."));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("Your reference for this check (case number …), kept with the attempt."),
                                       QStringLiteral("TEXT"));
    const SessionFlags flags(SessionFlags::Connection | SessionFlags::Md5 | SessionFlags::History |
                                 SessionFlags::NoHistory,
                             tr("Record the attempt in the history database at PATH (a file, or "
                                "postgresql://USER@HOST:PORT/DB) instead of the default."));
    parser.addOptions({mobile, name, id, fromStdin});
    flags.addTo(parser);
    parser.addOption(reference);

    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli verify")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printText(help(parser));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    const auto overrides = flags.overrides(parser);
    if (!overrides) {
        printError(overrides.error().message);
        printJsonLine(errorJson(overrides.error().kindId(), overrides.error().message));
        return ExitUsage;
    }

    const auto given = [&parser](const QCommandLineOption& option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    const auto request =
        IdentitySource::read({given(mobile), given(name), given(id), given(reference)}, parser.isSet(fromStdin));
    if (!request)
        return usageError(request.error());
    if (!request.value())
        return interrupted();
    const IdentityInput input = request.value()->input;

    SessionCommand command(session::ServiceRouter::Routing::Direct, overrides.value());
    const session::SessionConfig& config = command.config();
    // Everything is validated and normalised here, before anything is sent.
    command.reportForcedMd5(flags.md5Asked(parser));
    const ParamType type = config.paramTypeFor(flags.md5Asked(parser));
    const IdentityCheck check = checkIdentity(input, type);
    if (!prepareIdentity(check, type)) {
        const QString message = validationMessage(check);
        printError(message);
        printJsonLine(errorJson(errorKindId(ErrorKind::Validation), message));
        return ExitUsage;
    }
    // The attempt is recorded before it is reported: a history that cannot be opened stops here,
    // before anything is sent (or billed).
    if (config.recordsHistory()) {
        if (const auto failed = command.session().openHistoryNow()) {
            printError(failed->message);
            printJsonLine(errorJson(QStringLiteral("history"), failed->message));
            return ExitFailure;
        }
    }
    const auto step = command.startAndWait();
    if (!step)
        return interrupted();
    if (*step != session::Session::Step::None) {
        const QString message = command.session().notReadyReason();
        printError(message);
        printJsonLine(errorJson(*step == session::Session::Step::Budget ? QStringLiteral("budget")
                                                                        : errorKindId(ErrorKind::Configuration),
                                message));
        return SessionCommand::exitStatusFor(*step);
    }

    verification::Verification* call = command.session().verify(input, type, request.value()->reference);
    // SIGINT and SIGTERM cancel the call: finished() follows with a Cancelled outcome, recorded like any other.
    QObject::connect(&command.interrupts(), &SignalWatcher::terminationRequested, call, [call](int) {
        call->cancel();
    });
    QObject::connect(call, &verification::Verification::finished, call, &report);
    return QCoreApplication::exec();
}

} // namespace tricheck::cli
