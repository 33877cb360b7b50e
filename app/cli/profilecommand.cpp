#include "profilecommand.h"

#include "api/endpoint.h"
#include "cliapp.h"
#include "credentials/aliyunconfig.h"
#include "credentials/keychain.h"
#include "credentials/profilestore.h"
#include "exitstatus.h"
#include "jsonout.h"
#include "secretinput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace tricheck::cli {

using namespace tricheck::credentials;

namespace {

QJsonObject changeJson(const ProfileChange& change)
{
    return QJsonObject{{QStringLiteral("profile"), change.name},
                       {QStringLiteral("action"), profileChangeActionId(change.action)},
                       {QStringLiteral("accessKeyId"), change.accessKeyId},
                       {QStringLiteral("storage"), secretStorageId(change.storage)},
                       {QStringLiteral("origin"), change.origin}};
}

int fail(int status, const QString& message)
{
    printError(message);
    printJsonLine(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}});
    return status;
}

// Parses `args` for `command`; nullopt when the caller should return `status`.
std::optional<int> parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli profile ") + command} + args))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printText(CliApp::subcommandHelp(parser, QStringLiteral("profile ") + command));
        return ExitOk;
    }
    return std::nullopt;
}

// Runs the store's asynchronous save/remove on the application's event loop.
Expected<ProfileChange, QString> waitFor(const std::function<void(QObject*, ProfileStore::ChangeCallback)>& start)
{
    std::optional<Expected<ProfileChange, QString>> result;
    QObject context;
    start(&context, [&result](const Expected<ProfileChange, QString>& r) {
        result = r;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    return result ? *result : Expected<ProfileChange, QString>::failure(ProfileCommand::tr("Interrupted."));
}

} // namespace

QString ProfileCommand::summary()
{
    return tr("manage credential profiles: list, add, remove, import-aliyun");
}

int ProfileCommand::run(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list")
        return list(rest);
    if (sub == u"add")
        return add(rest);
    if (sub == u"remove")
        return remove(rest);
    if (sub == u"import-aliyun")
        return importAliyun(rest);
    const QString usage =
        tr("Usage: tricheck-cli profile list\n"
           "       tricheck-cli profile add NAME --access-key-id ID [--endpoint E] [--sts-token] [--default]\n"
           "       tricheck-cli profile remove NAME\n"
           "       tricheck-cli profile import-aliyun [--file PATH] [--profile NAME] [--replace]\n\n"
           "Profiles keep the AccessKey ID (and an optional endpoint) in TriCheck's settings and the secret and "
           "STS token only in the system keychain. 'add' reads the secret (and then the token) from standard "
           "input, or asks for it without echo on a terminal; never pass a secret as an argument.\n");
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        printText(usage + u'\n' + CliApp::exitStatusHelp());
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    printError(usage);
    return fail(ExitUsage, tr("Unknown profile command \"%1\".").arg(sub));
}

int ProfileCommand::list(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List TriCheck's credential profiles (never their secrets)."));
    if (const auto status = parse(parser, QStringLiteral("list"), args))
        return *status;
    Keychain keychain;
    ProfileStore store(&keychain);
    const QString defaultName = store.defaultProfileName();
    QJsonArray profiles;
    for (const Profile& p : store.profiles()) {
        profiles.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("accessKeyId"), p.accessKeyId},
                                    {QStringLiteral("endpoint"), p.endpoint.isEmpty() ? QJsonValue() : p.endpoint},
                                    {QStringLiteral("sts"), p.hasSecurityToken},
                                    {QStringLiteral("origin"), p.origin},
                                    {QStringLiteral("default"), p.name == defaultName}});
    }
    printJsonLine(QJsonObject{{QStringLiteral("profiles"), profiles},
                              {QStringLiteral("default"), defaultName.isEmpty() ? QJsonValue() : defaultName}});
    return ExitOk;
}

int ProfileCommand::add(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add or replace a profile. The secret is read from standard input (first line), or asked for without "
           "echo on a terminal; with --sts-token the STS token follows (second line)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Profile name."));
    const QCommandLineOption id(QStringLiteral("access-key-id"), tr("The AccessKey ID."), QStringLiteral("ID"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("Endpoint for this profile: hongkong, hongkong-vpc or an https:// URL."),
                                      QStringLiteral("E"));
    const QCommandLineOption sts(QStringLiteral("sts-token"), tr("Also read an STS security token."));
    const QCommandLineOption makeDefault(QStringLiteral("default"), tr("Make it the default profile."));
    parser.addOptions({id, endpoint, sts, makeDefault});
    if (const auto status = parse(parser, QStringLiteral("add"), args))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return fail(ExitUsage, tr("Give exactly one profile name."));
    const QString name = parser.positionalArguments().first();
    if (const QString problem = ProfileStore::nameProblem(name); !problem.isEmpty())
        return fail(ExitUsage, problem);
    if (const QString problem = ProfileStore::accessKeyIdProblem(parser.value(id)); !problem.isEmpty())
        return fail(ExitUsage, problem);
    Profile profile;
    profile.name = name;
    profile.accessKeyId = parser.value(id);
    if (parser.isSet(endpoint)) {
        const auto parsed = api::Endpoint::parse(parser.value(endpoint));
        if (!parsed)
            return fail(ExitUsage, parsed.error());
        profile.endpoint = parsed->id();
    }

    const std::optional<QString> secret = readSecretLine(tr("AccessKey secret for %1: ").arg(name));
    if (!secret || secret->trimmed().isEmpty())
        return fail(ExitUsage, tr("No AccessKey secret was given on standard input."));
    QString token;
    if (parser.isSet(sts)) {
        const std::optional<QString> read = readSecretLine(tr("STS security token: "));
        if (!read || read->trimmed().isEmpty())
            return fail(ExitUsage, tr("No STS token was given on standard input."));
        token = read->trimmed();
    }

    Keychain keychain;
    ProfileStore store(&keychain);
    const auto saved = waitFor([&](QObject* context, ProfileStore::ChangeCallback done) {
        // A command-line session ends at once: without a keychain the secret is not kept at all.
        store.save(profile, secret->trimmed(), token, context, std::move(done), /*allowSession=*/false);
    });
    if (!saved)
        return fail(ExitCredentials, saved.error());
    if (parser.isSet(makeDefault))
        store.setDefaultProfile(name);
    printJsonLine(changeJson(saved.value()));
    return ExitOk;
}

int ProfileCommand::remove(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a profile and its keychain entries."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Profile name."));
    if (const auto status = parse(parser, QStringLiteral("remove"), args))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return fail(ExitUsage, tr("Give exactly one profile name."));
    const QString name = parser.positionalArguments().first();
    Keychain keychain;
    ProfileStore store(&keychain);
    if (!store.profile(name))
        return fail(ExitUsage, tr("There is no profile named \"%1\".").arg(name));
    const auto removed = waitFor(
        [&](QObject* context, ProfileStore::ChangeCallback done) { store.remove(name, context, std::move(done)); });
    if (!removed)
        return fail(ExitCredentials, removed.error());
    printJsonLine(changeJson(removed.value()));
    return ExitOk;
}

int ProfileCommand::importAliyun(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy AK and StsToken profiles of the aliyun CLI (~/.aliyun/config.json) into TriCheck's profiles, "
           "with their secrets in the system keychain. Other modes are listed as skipped, with the reason."));
    const QCommandLineOption file(
        QStringLiteral("file"),
        tr("The aliyun CLI configuration (default: %1).").arg(AliyunConfigReader::defaultPath()),
        QStringLiteral("PATH"));
    const QCommandLineOption only(QStringLiteral("profile"), tr("Import only this profile."), QStringLiteral("NAME"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace TriCheck profiles of the same name (skipped otherwise)."));
    parser.addOptions({file, only, replace});
    if (const auto status = parse(parser, QStringLiteral("import-aliyun"), args))
        return *status;
    const auto config =
        AliyunConfigReader::read(parser.isSet(file) ? parser.value(file) : AliyunConfigReader::defaultPath());
    if (!config)
        return fail(ExitUsage, config.error());
    if (parser.isSet(only) && !config->find(parser.value(only)))
        return fail(ExitUsage, tr("The aliyun CLI configuration has no profile named \"%1\".").arg(parser.value(only)));

    Keychain keychain;
    ProfileStore store(&keychain);
    QJsonArray imported;
    QJsonArray skipped;
    const auto skip = [&skipped](const AliyunProfile& p, const QString& reason) {
        skipped.append(QJsonObject{{QStringLiteral("name"), p.name},
                                   {QStringLiteral("mode"), p.mode},
                                   {QStringLiteral("reason"), reason}});
    };
    for (const AliyunProfile& p : config->profiles) {
        if (parser.isSet(only) && p.name != parser.value(only))
            continue;
        if (!p.supported) {
            skip(p, p.problem);
            continue;
        }
        if (const QString problem = ProfileStore::nameProblem(p.name); !problem.isEmpty()) {
            skip(p, problem);
            continue;
        }
        if (store.profile(p.name) && !parser.isSet(replace)) {
            skip(p, tr("A TriCheck profile of this name exists; use --replace to overwrite it."));
            continue;
        }
        Profile profile;
        profile.name = p.name;
        profile.accessKeyId = p.accessKeyId;
        profile.origin = QStringLiteral("aliyun-cli");
        const auto saved = waitFor([&](QObject* context, ProfileStore::ChangeCallback done) {
            store.save(profile, p.accessKeySecret, p.securityToken, context, std::move(done), /*allowSession=*/false);
        });
        if (!saved)
            return fail(ExitCredentials, saved.error());
        imported.append(changeJson(saved.value()));
    }
    printJsonLine(QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("skipped"), skipped}});
    return ExitOk;
}

} // namespace tricheck::cli
