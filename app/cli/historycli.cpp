#include "historycli.h"

#include "cliapp.h"
#include "history/historyerror.h"
#include "history/historylocation.h"
#include "history/historysearch.h"
#include "history/historystore.h"
#include "jsonout.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tricheck::cli {

using namespace tricheck::history;

int historyFailure(const HistoryError& error)
{
    printError(error.message);
    switch (error.kind) {
    case HistoryError::Kind::NotHistory:
    case HistoryError::Kind::NewerSchema:
    case HistoryError::Kind::Corrupt:
    case HistoryError::Kind::InvalidArgument:
        return ExitUsage; // a bad file or bad input
    case HistoryError::Kind::Cancelled:
        return ExitInterrupted;
    default:
        return ExitFailure;
    }
}

std::optional<int> HistoryCliBase::parse(QCommandLineParser& parser, const QString& name, const QStringList& args)
{
    parser.addHelpOption();
    m_flags.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli history ") + name} + args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(CliApp::subcommandHelp(parser, QStringLiteral("history ") + name));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    return std::nullopt;
}

OpenedHistory HistoryCliBase::open(const QCommandLineParser& parser)
{
    const auto overrides = m_flags.overrides(parser);
    if (!overrides) {
        printError(overrides.error().message);
        return {nullptr, nullptr, ExitUsage};
    }
    auto command = std::make_unique<SessionCommand>(session::ServiceRouter::Routing::Direct, overrides.value());
    const session::SessionConfig& config = command->config();
    const QString path = config.historyPath();
    // A file named for this run must exist: a typo must not silently start an empty history.
    if (config.source(settings::Setting::HistoryPath) == session::ValueSource::Override &&
        !history::HistoryLocation::isPostgresUrl(path) && !QFileInfo::exists(path)) {
        printError(tr("There is no history database at %1.").arg(QDir::toNativeSeparators(path)));
        return {nullptr, nullptr, ExitUsage};
    }
    if (const auto failed = command->session().openHistoryNow())
        return {nullptr, nullptr, historyFailure(*failed)};
    auto store = command->session().history();
    // Whether the operator's fingerprint key is the history's: said on every history command.
    command->session().loadFingerprintKeyNow();
    for (const QString& note : {command->session().teamKey().problem(), command->session().teamKey().warning()}) {
        if (!note.isEmpty())
            printError(tr("Warning: %1").arg(note));
    }
    return {std::move(command), std::move(store), ExitOk};
}

bool HistoryCliBase::dateRange(const QCommandLineParser& parser, HistoryFilter& filter)
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    for (const auto& [option, target] : {std::pair{&m_from, &from}, std::pair{&m_to, &to}}) {
        if (!parser.isSet(*option))
            continue;
        const QDate d = QDate::fromString(parser.value(*option), QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid()) {
            printError(tr("Invalid date \"%1\": use YYYY-MM-DD.").arg(parser.value(*option)));
            return false;
        }
        *target = d;
    }
    if (from && to && *from > *to) {
        printError(tr("--from must not be after --to."));
        return false;
    }
    if (from)
        filter.from = from->startOfDay().toUTC();
    if (to)
        filter.to = to->addDays(1).startOfDay().toUTC();
    return true;
}

std::optional<int>
HistoryCliBase::search(const QCommandLineParser& parser, OpenedHistory& opened, HistoryFilter& filter)
{
    if (!parser.isSet(m_search))
        return std::nullopt;
    QString text = parser.value(m_search);
    if (text == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(tr("Standard input cannot be read."));
            return ExitUsage;
        }
        text = QString::fromUtf8(in.readLine(4096)).trimmed();
    }
    const HistorySearch::Kind kind = HistorySearch::classify(text);
    // open() has loaded the operator's key and compared it with the history's.
    const session::Session& session = opened.command->session();
    if (HistorySearch::isIdentity(kind) && !session.teamKey().problem().isEmpty()) {
        printError(tr("Search for a person refused: your fingerprint key cannot be used with this history, so the "
                      "search could not find your colleagues' attempts (see the warning above)."));
        return ExitKeyMismatch;
    }
    if (HistorySearch::apply(filter, text, session.fingerprintKey()) == HistorySearch::Kind::Refused) {
        printError(HistorySearch::refusal());
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace tricheck::cli
