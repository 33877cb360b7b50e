#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

namespace tricheck::i18n {
class Translations;
}

class QCommandLineParser;

namespace tricheck::cli {

// One subcommand of tricheck-cli. `run` gets the arguments after the subcommand name and returns
// the process exit status; asynchronous commands run the application's event loop themselves.
struct Command
{
    QString name;
    std::function<QString()> summary; // translated one-liner for the command list
    std::function<int(const QStringList& args)> run;
};

class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    // `translations` (may be null) lets commands switch the language (history export --lang).
    explicit CliApp(i18n::Translations* translations = nullptr);
    int run(const QStringList& arguments);

    static QString exitStatusHelp(); // the exit-status table shared by every --help
    // A subcommand's --help: QCommandLineParser names argv[0] in its usage line ("Usage:
    // /usr/bin/tricheck-cli [options]"); this names the subcommand instead, and adds the exit statuses.
    static QString subcommandHelp(const QCommandLineParser& parser, const QString& command);

private:
    QString usage() const;
    std::vector<Command> m_commands;
};

} // namespace tricheck::cli
