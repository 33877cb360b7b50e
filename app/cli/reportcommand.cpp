#include "reportcommand.h"

#include "cliapp.h"
#include "exitstatus.h"
#include "history/historylocation.h"
#include "history/historystore.h"
#include "i18n/translations.h"
#include "jsonout.h"
#include "pdf/documents.h"
#include "sessioncommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <memory>

namespace tricheck::cli {

namespace {

// The history for a report or a receipt: opened as `history list` opens it (the settings, the
// policy, --history).
struct OpenedHistory
{
    std::unique_ptr<SessionCommand> command;
    std::shared_ptr<history::HistoryStore> store;
    int exitStatus = ExitOk;
};

int exitFor(const history::HistoryError& error)
{
    switch (error.kind) {
    case history::HistoryError::Kind::NotHistory:
    case history::HistoryError::Kind::NewerSchema:
    case history::HistoryError::Kind::Corrupt:
    case history::HistoryError::Kind::InvalidArgument:
        return ExitUsage; // a bad file or bad input
    case history::HistoryError::Kind::Cancelled:
        return ExitInterrupted;
    default:
        return ExitFailure;
    }
}

int fail(const history::HistoryError& error)
{
    printError(error.message);
    return exitFor(error);
}

OpenedHistory openHistory(const QCommandLineParser& parser, const SessionFlags& flags)
{
    const auto overrides = flags.overrides(parser);
    if (!overrides) {
        printError(overrides.error().message);
        return {nullptr, nullptr, ExitUsage};
    }
    auto command = std::make_unique<SessionCommand>(session::ServiceRouter::Routing::Direct, overrides.value());
    const session::SessionConfig& config = command->config();
    const QString path = config.historyPath();
    if (config.source(settings::Setting::HistoryPath) == session::ValueSource::Override &&
        !history::HistoryLocation::isPostgresUrl(path) && !QFileInfo::exists(path)) {
        printError(QCoreApplication::translate("HistoryCommand", "There is no history database at %1.")
                       .arg(QDir::toNativeSeparators(path)));
        return {nullptr, nullptr, ExitUsage};
    }
    if (const auto failed = command->session().openHistoryNow())
        return {nullptr, nullptr, fail(*failed)};
    auto store = command->session().history();
    return {std::move(command), std::move(store), ExitOk};
}

// Parses the common part; nullopt: go on.
std::optional<int> parse(QCommandLineParser& parser,
                         const SessionFlags& flags,
                         const QString& command,
                         const QStringList& args,
                         int positionals)
{
    parser.addHelpOption();
    flags.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli ") + command} + args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(CliApp::subcommandHelp(parser, command));
        return ExitOk;
    }
    if (parser.positionalArguments().size() > positionals) {
        printError(ReportCommand::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constLast()));
        return ExitUsage;
    }
    return std::nullopt;
}

bool setLanguage(const QCommandLineParser& parser, const QCommandLineOption& option, i18n::Translations* translations)
{
    if (!parser.isSet(option))
        return true;
    const QString language = parser.value(option);
    if ((language != u"en" && language != u"zh_CN") || translations == nullptr ||
        !translations->setLanguage(language)) {
        printError(ReportCommand::tr("Unknown language \"%1\": use en or zh_CN.").arg(language));
        return false;
    }
    return true;
}

QCommandLineOption languageOption()
{
    return {QStringLiteral("language"), ReportCommand::tr("Language of the PDF: en or zh_CN."), QStringLiteral("LANG")};
}

QCommandLineOption pdfOption()
{
    return {QStringLiteral("pdf"), ReportCommand::tr("Write the PDF to FILE (atomically)."), QStringLiteral("FILE")};
}

QString historyHelp()
{
    return ReportCommand::tr("The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the "
                             "application's).");
}

} // namespace

QString ReportCommand::summary()
{
    return tr("a period's figures as a PDF report (and JSON)");
}

bool ReportCommand::drawsPdf(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    return command == u"report" || (command == u"history" && arguments.value(2) == u"receipt");
}

int ReportCommand::run(const QStringList& args, i18n::Translations* translations)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the report of a period as PDF: totals, a chart, a per-day table, error kinds, carriers, "
           "operators, batches and the audit events of the period. Masked values only. --json prints the same "
           "figures as one JSON object on stdout."));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (local time)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day, included."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the figures as one JSON object."));
    const QCommandLineOption language = languageOption();
    const QCommandLineOption pdf = pdfOption();
    parser.addOptions({from, to, language, pdf, json});
    const SessionFlags flags(SessionFlags::History, historyHelp());
    if (const auto done = parse(parser, flags, QStringLiteral("report"), args, 0))
        return *done;
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.isSet(pdf)) {
        printError(tr("report needs --from DATE, --to DATE and --pdf FILE."));
        return ExitUsage;
    }
    reports::Period period;
    for (const auto& [option, target] : {std::pair{&from, &period.first}, std::pair{&to, &period.last}}) {
        *target = QDate::fromString(parser.value(*option), QStringLiteral("yyyy-MM-dd"));
        if (!target->isValid()) {
            printError(tr("Invalid date \"%1\": use YYYY-MM-DD.").arg(parser.value(*option)));
            return ExitUsage;
        }
    }
    if (period.first > period.last) {
        printError(tr("--from must not be after --to."));
        return ExitUsage;
    }
    if (!setLanguage(parser, language, translations))
        return ExitUsage;
    OpenedHistory opened = openHistory(parser, flags);
    if (!opened.store)
        return opened.exitStatus;
    const auto report = reports::PeriodReport::build(*opened.store, period);
    if (!report)
        return fail(report.error());
    const QString target = parser.value(pdf);
    // The estimated cost at the price per billed check in force (settings or policy), if one is set.
    const auto price = opened.command->config().budgetRule().price;
    if (const auto failed = pdf::Documents::writeReportPdf(*report, target, price)) {
        printError(*failed);
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonObject o = report->toJson(price);
        o.insert(QStringLiteral("output"), QFileInfo(target).absoluteFilePath());
        printJsonLine(o);
    } else {
        printJsonLine(QJsonObject{{QStringLiteral("output"), QFileInfo(target).absoluteFilePath()},
                                  {QStringLiteral("attempts"), double(report->statistics.totals.total)}});
    }
    return ExitOk;
}

int ReceiptCommand::run(const QStringList& args, i18n::Translations* translations)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the verification record of one attempt as PDF: masked values, the outcome and its meaning, "
           "BizCode and billing, RequestId, times, endpoint, signature scheme, ParamType, operator, reference and "
           "the SHA-256 digest of the stored record."));
    parser.addPositionalArgument(QStringLiteral("ATTEMPT_ID"), tr("The attempt's id (the history's Attempt ID)."));
    const QCommandLineOption language = languageOption();
    const QCommandLineOption pdf = pdfOption();
    parser.addOptions({language, pdf});
    const SessionFlags flags(SessionFlags::History, historyHelp());
    if (const auto done = parse(parser, flags, QStringLiteral("history receipt"), args, 1))
        return *done;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(pdf)) {
        printError(tr("history receipt needs ATTEMPT_ID and --pdf FILE."));
        return ExitUsage;
    }
    if (!setLanguage(parser, language, translations))
        return ExitUsage;
    OpenedHistory opened = openHistory(parser, flags);
    if (!opened.store)
        return opened.exitStatus;
    const QString id = parser.positionalArguments().constFirst();
    const auto found = reports::ReceiptRecord::find(*opened.store, id);
    if (!found)
        return fail(found.error());
    if (!found->has_value()) {
        printError(tr("There is no attempt %1 in the history.").arg(id));
        return ExitUsage;
    }
    const reports::ReceiptRecord receipt{**found};
    const QString target = parser.value(pdf);
    if (const auto failed = pdf::Documents::writeReceiptPdf(receipt, target)) {
        printError(*failed);
        return ExitFailure;
    }
    printJsonLine(QJsonObject{{QStringLiteral("output"), QFileInfo(target).absoluteFilePath()},
                              {QStringLiteral("attemptId"), receipt.record.attemptId},
                              {QStringLiteral("requestId"), receipt.record.requestId},
                              {QStringLiteral("sha256"), receipt.sha256()}});
    return ExitOk;
}

} // namespace tricheck::cli
