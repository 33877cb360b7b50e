#include "cliapp.h"

#include "batchcommand.h"
#include "checkcommand.h"
#include "common/appinfo.h"
#include "configcommand.h"
#include "exitstatus.h"
#include "historycommand.h"
#include "jsonout.h"
#include "keycommand.h"
#include "profilecommand.h"
#include "reportcommand.h"
#include "sandboxcommand.h"
#include "verifycommand.h"

#include <QCommandLineParser>

namespace tricheck::cli {

CliApp::CliApp(i18n::Translations* translations)
{
    m_commands.push_back({QStringLiteral("check"),
                          [] { return CheckCommand::summary(); },
                          [](const QStringList& args) { return CheckCommand::run(args); }});
    m_commands.push_back({QStringLiteral("verify"),
                          [] { return VerifyCommand::summary(); },
                          [](const QStringList& args) { return VerifyCommand::run(args); }});
    m_commands.push_back({QStringLiteral("profile"),
                          [] { return ProfileCommand::summary(); },
                          [](const QStringList& args) { return ProfileCommand::run(args); }});
    m_commands.push_back({QStringLiteral("sandbox"),
                          [] { return SandboxCommand::summary(); },
                          [](const QStringList& args) { return SandboxCommand::run(args); }});
    m_commands.push_back({QStringLiteral("history"),
                          [] { return HistoryCommand::summary(); },
                          [translations](const QStringList& args) { return HistoryCommand::run(args, translations); }});
    m_commands.push_back({QStringLiteral("batch"),
                          [] { return BatchCommand::summary(); },
                          [](const QStringList& args) { return BatchCommand::run(args); }});
    m_commands.push_back({QStringLiteral("report"),
                          [] { return ReportCommand::summary(); },
                          [translations](const QStringList& args) { return ReportCommand::run(args, translations); }});
    m_commands.push_back({QStringLiteral("config"),
                          [] { return ConfigCommand::summary(); },
                          [](const QStringList& args) { return ConfigCommand::run(args); }});
    m_commands.push_back({QStringLiteral("key"),
                          [] { return KeyCommand::summary(); },
                          [](const QStringList& args) { return KeyCommand::run(args); }});
}

QString CliApp::subcommandHelp(const QCommandLineParser& parser, const QString& command)
{
    QString help = parser.helpText();
    const qsizetype usageEnd = help.indexOf(u'\n');
    const qsizetype optionsAt = help.lastIndexOf(QLatin1String(" ["), usageEnd);
    help.replace(0, optionsAt < 0 ? usageEnd : optionsAt, tr("Usage: tricheck-cli %1").arg(command));
    return help + u'\n' + exitStatusHelp();
}

QString CliApp::exitStatusHelp()
{
    return tr("Exit status:\n"
              "  0    a verification result (any BizCode), or the command completed\n"
              "  1    a local failure, e.g. the history database cannot be opened or written\n"
              "  2    usage or input validation error, or a bad file\n"
              "  3    the service returned an error\n"
              "  4    network, TLS or timeout error\n"
              "  5    no usable credentials\n"
              "  6    refused or stopped by this month's budget (billing/monthlyBudget)\n"
              "  7    your fingerprint key is not the one the history uses: search by mobile or ID number "
              "refused\n"
              "  130  interrupted (SIGINT); a batch stays resumable\n");
}

QString CliApp::usage() const
{
    QString text = tr("Usage: tricheck-cli <command> [options]\n"
                      "       tricheck-cli --version | --help\n\n"
                      "Verifies that a mainland China mobile number, a name and a resident ID number belong "
                      "together (Alibaba Cloud Mobile3MetaVerifyIntl).\n\n"
                      "Commands:\n");
    for (const Command& c : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(10), c.summary());
    text += u'\n' + tr("Run 'tricheck-cli <command> --help' for the options of a command.") + u"\n\n";
    text += exitStatusHelp();
    return text;
}

int CliApp::run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v" || first == u"version") {
        printText(QStringLiteral("tricheck-cli %1\n").arg(AppInfo::version()));
        return ExitOk;
    }
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        printText(usage());
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const Command& c : m_commands) {
        if (c.name == first)
            return c.run(arguments.mid(2));
    }
    printError(tr("tricheck-cli: unknown command \"%1\".").arg(first));
    printError(tr("Run 'tricheck-cli --help' for the list of commands."));
    return ExitUsage;
}

} // namespace tricheck::cli
