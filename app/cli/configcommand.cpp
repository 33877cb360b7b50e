#include "configcommand.h"

#include "cliapp.h"
#include "exitstatus.h"
#include "jsonout.h"
#include "session/sessionconfig.h"
#include "settings/appsettings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace tricheck::cli {

using settings::Setting;

namespace {

// A value as it may be shown: a connection URL never with a password (one is refused when the
// history opens, but a settings file can still hold it).
QJsonValue shownValue(Setting setting, const QVariant& value)
{
    if (setting == Setting::HistoryPath) {
        QUrl url(value.toString());
        if (url.isValid() && !url.password().isEmpty()) {
            url.setPassword(QStringLiteral("****"));
            return url.toString();
        }
    }
    return QJsonValue::fromVariant(value);
}

QJsonObject policyJson(const settings::Policy& policy)
{
    QJsonArray problems;
    for (const settings::PolicyProblem& problem : policy.problems())
        problems.append(
            QJsonObject{{QStringLiteral("line"), problem.line}, {QStringLiteral("reason"), problem.reason}});
    return QJsonObject{{QStringLiteral("path"), policy.path()},
                       {QStringLiteral("exists"), policy.exists()},
                       {QStringLiteral("failedClosed"), policy.isMalformed()},
                       {QStringLiteral("problems"), problems}};
}

} // namespace

QString ConfigCommand::summary()
{
    return tr("show the settings in force, where each comes from and which the administrator locked");
}

int ConfigCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object on stdout."));
    parser.addOption(json);
    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli config")} + args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(CliApp::subcommandHelp(parser, QStringLiteral("config show")) + u'\n' +
                  tr("Output with --json:\n"
                     "  {\"policy\":{\"path\",\"exists\",\"failedClosed\",\"problems\"},\n"
                     "   \"settings\":{\"Endpoint\":{\"value\",\"source\",\"locked\",\"settingsKey\"}, …}}\n"
                     "Settings are named as in the policy file; source is default, settings, policy or override.\n"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("show")}) {
        printError(positional.isEmpty() ? tr("Usage: tricheck-cli config show [--json]")
                                        : tr("Unexpected argument \"%1\".").arg(positional.constLast()));
        return ExitUsage;
    }

    const settings::AppSettings appSettings;
    const session::SessionConfig config = appSettings.config();
    if (parser.isSet(json)) {
        QJsonObject values;
        for (const Setting setting : settings::allSettings()) {
            const session::ConfigValue v = config.entry(setting);
            values.insert(QLatin1String(settings::settingInfo(setting).policyKey),
                          QJsonObject{{QStringLiteral("value"), shownValue(setting, v.value)},
                                      {QStringLiteral("source"), session::valueSourceId(v.source)},
                                      {QStringLiteral("locked"), v.locked},
                                      {QStringLiteral("settingsKey"),
                                       QLatin1String(settings::settingInfo(setting).settingsKey)}});
        }
        printJsonLine(
            QJsonObject{{QStringLiteral("policy"), policyJson(config.policy())}, {QStringLiteral("settings"), values}});
        return ExitOk;
    }
    const settings::Policy& policy = config.policy();
    QString text = policy.exists() ? tr("Policy: %1").arg(policy.path()) : tr("Policy: none (%1)").arg(policy.path());
    text += u'\n';
    if (const QString problem = config.policyProblem(); !problem.isEmpty())
        text += problem + u'\n';
    for (const Setting setting : settings::allSettings()) {
        const session::ConfigValue v = config.entry(setting);
        QString value = shownValue(setting, v.value).toVariant().toString();
        if (value.isEmpty())
            value = QStringLiteral("\"\"");
        text += QStringLiteral("%1 %2 %3%4\n")
                    .arg(QString::fromLatin1(settings::settingInfo(setting).policyKey).leftJustified(18),
                         value.leftJustified(28),
                         session::valueSourceId(v.source),
                         v.locked ? QStringLiteral(", ") + tr("locked") : QString());
    }
    printText(text);
    return ExitOk;
}

} // namespace tricheck::cli
