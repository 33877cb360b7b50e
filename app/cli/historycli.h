#pragma once

#include "exitstatus.h"
#include "history/historyquery.h"
#include "sessioncommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace tricheck::history {
class HistoryError;
class HistoryStore;
} // namespace tricheck::history
namespace tricheck::i18n {
class Translations;
}

namespace tricheck::cli {

struct OpenedHistory
{
    std::unique_ptr<SessionCommand> command;
    std::shared_ptr<history::HistoryStore> store;
    int exitStatus = ExitOk;
};

// Prints the error and returns its exit status: a bad file or input 2, interrupted 130, else 1.
int historyFailure(const history::HistoryError& error);

// What every tricheck-cli history subcommand shares: the history flags, the date range, parsing and
// opening the history.
class HistoryCliBase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    // Parses `args` for `name`; nullopt when the command is done (help printed or usage error).
    std::optional<int> parse(QCommandLineParser& parser, const QString& name, const QStringList& args);
    OpenedHistory open(const QCommandLineParser& parser);
    // --from / --to as local calendar days, both inclusive.
    bool dateRange(const QCommandLineParser& parser, history::HistoryFilter& filter);
    // --search as the GUI's search field (history/historysearch.h), with the keychain's fingerprint
    // key for a mobile number, ID number or name. Returns the exit status when the search cannot
    // run (message printed): no key for an identity value (ExitUsage), a key that is not the
    // history's (ExitKeyMismatch: it would silently find nothing of the colleagues' attempts), or
    // unreadable input.
    std::optional<int> search(const QCommandLineParser& parser, OpenedHistory& opened, history::HistoryFilter& filter);

    const SessionFlags m_flags{SessionFlags::History,
                               tr("The history database: a file, or postgresql://USER@HOST:PORT/DB (default: the "
                                  "application's).")};
    const QCommandLineOption m_from{QStringLiteral("from"),
                                    tr("From this day on (local time)."),
                                    QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption m_to{QStringLiteral("to"),
                                  tr("Up to and including this day."),
                                  QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption m_json{QStringLiteral("json"), tr("One JSON object per line.")};
    const QCommandLineOption m_search{
        QStringLiteral("search"),
        tr("Only attempts with exactly this mobile number, ID number or name (by keyed fingerprint; refused "
           "without a keychain), this RequestId, or a reference containing this text (ref:TEXT for text made only "
           "of letters). - reads the text from standard input, out of process lists and shell history."),
        QStringLiteral("TEXT")};
};

// tricheck-cli history export: CSV or an Excel workbook, to a file or standard output.
int runHistoryExport(HistoryCliBase& cli, const QStringList& args, i18n::Translations* translations);

} // namespace tricheck::cli
