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
    // Adds the criterion of `text` (the search field's rules, HistorySearch) to `filter`. A search
    // for a person is refused (stderr, ExitKeyMismatch) when the operator's fingerprint key cannot
    // be used with this history: it would silently find nothing of the colleagues' attempts.
    std::optional<int> search(const OpenedHistory& opened, const QString& text, history::HistoryFilter& filter);
    // --from / --to as local calendar days, both inclusive.
    bool dateRange(const QCommandLineParser& parser, history::HistoryFilter& filter);

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
};

// tricheck-cli history export: CSV or an Excel workbook, to a file or standard output.
int runHistoryExport(HistoryCliBase& cli, const QStringList& args, i18n::Translations* translations);

} // namespace tricheck::cli
