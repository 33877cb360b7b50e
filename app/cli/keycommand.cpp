#include "keycommand.h"

#include "cliapp.h"
#include "credentials/fingerprintkey.h"
#include "credentials/keychain.h"
#include "exitstatus.h"
#include "history/historystore.h"
#include "jsonout.h"
#include "session/audittrail.h"
#include "sessioncommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

#include <cstdio>

namespace tricheck::cli {

using credentials::FingerprintKey;

namespace {

QString sourceId(FingerprintKey::Source source)
{
    switch (source) {
    case FingerprintKey::Source::PolicyFile:
        return QStringLiteral("policy");
    case FingerprintKey::Source::Keychain:
        return QStringLiteral("keychain");
    case FingerprintKey::Source::None:
        break;
    }
    return QStringLiteral("none");
}

// Waits for the keychain (the CLI has no other work meanwhile).
FingerprintKey::Loaded loadNow(const QString& policyFile, bool create)
{
    credentials::Keychain keychain;
    QEventLoop loop;
    FingerprintKey::Loaded result;
    FingerprintKey::loadInForce(
        policyFile,
        &keychain,
        &loop,
        [&](const FingerprintKey::Loaded& loaded) {
            result = loaded;
            loop.quit();
        },
        create);
    loop.exec();
    return result;
}

credentials::KeychainResult storeNow(const QByteArray& key)
{
    credentials::Keychain keychain;
    QEventLoop loop;
    credentials::KeychainResult result;
    keychain.write(FingerprintKey::keychainKey(), key.toBase64(), &loop, [&](const credentials::KeychainResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

class KeyCli
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    int run(const QStringList& args)
    {
        const QString sub = args.value(0);
        if (sub.isEmpty() || sub.startsWith(u'-')) {
            (sub == u"--help" || sub == u"-h" ? printText : printError)(usage());
            return sub.isEmpty() ? ExitUsage : ExitOk;
        }
        if (sub != u"status" && sub != u"export" && sub != u"import") {
            printError(tr("tricheck-cli key: unknown subcommand \"%1\".").arg(sub));
            printError(usage());
            return ExitUsage;
        }
        // Each subcommand's parser knows only its own options, so its --help lists what it takes.
        QCommandLineParser parser;
        parser.addHelpOption();
        m_flags.addTo(parser);
        if (sub == u"status")
            parser.addOption(m_json);
        else if (sub == u"export")
            parser.addOptions({m_output, m_forceExport});
        else {
            parser.addOption(m_forceImport);
            parser.addPositionalArgument(QStringLiteral("FILE"), tr("The key file to import."));
        }
        if (!parser.parse(QStringList{QStringLiteral("tricheck-cli key ") + sub} + args.mid(1))) {
            printError(parser.errorText());
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printText(CliApp::subcommandHelp(parser, QStringLiteral("key ") + sub));
            return ExitOk;
        }
        const QStringList positional = parser.positionalArguments();
        if (sub == u"import") {
            if (positional.size() != 1) {
                printError(usage());
                return ExitUsage;
            }
        } else if (!positional.isEmpty()) {
            printError(tr("Unexpected argument \"%1\".").arg(positional.constFirst()));
            return ExitUsage;
        }
        const auto overrides = m_flags.overrides(parser);
        if (!overrides) {
            printError(overrides.error().message);
            return ExitUsage;
        }
        m_command = std::make_unique<SessionCommand>(session::ServiceRouter::Routing::Direct, overrides.value());
        if (sub == u"status")
            return status(parser.isSet(m_json));
        if (sub == u"export")
            return exportKey(parser.isSet(m_output) ? parser.value(m_output) : QStringLiteral("-"),
                             parser.isSet(m_forceExport));
        return importKey(positional.constFirst(), parser.isSet(m_forceImport));
    }

private:
    static QString usage()
    {
        return tr("Usage:\n"
                  "  tricheck-cli key status [--history PATH] [--json]\n"
                  "  tricheck-cli key export [--output FILE|-] [--force] [--history PATH]\n"
                  "  tricheck-cli key import FILE [--force] [--history PATH]\n\n"
                  "The fingerprint key makes exact-match history search by mobile or ID number possible.\n"
                  "Everyone who shares a history needs the same key: export it where the history's key is\n"
                  "in use and import it everywhere else, or have the administrator's policy name a key file\n"
                  "(FingerprintKeyFile). Export and import are recorded in the audit trail with the key's id\n"
                  "only. Options of each: tricheck-cli key SUBCOMMAND --help.\n") +
               u'\n' + CliApp::exitStatusHelp();
    }

    // The history, for the audit trail (and the key id it records); an export or import that
    // cannot be audited is not done.
    std::optional<int> openHistory()
    {
        if (const auto failed = m_command->session().openHistoryNow()) {
            printError(failed->message);
            printError(tr("Nothing was done: the history's audit trail cannot record it."));
            return ExitFailure;
        }
        return std::nullopt;
    }

    int status(bool json)
    {
        if (const auto failed = openHistory())
            return *failed;
        session::Session& session = m_command->session();
        session.loadFingerprintKeyNow();
        const session::TeamKey& key = session.teamKey();
        if (json) {
            printJsonLine(QJsonObject{{QStringLiteral("state"), key.stateId()},
                                      {QStringLiteral("source"), sourceId(key.loaded().source)},
                                      {QStringLiteral("keyFile"), key.loaded().path},
                                      {QStringLiteral("keyId"), key.keyId()},
                                      {QStringLiteral("historyKeyId"), key.historyKeyId()},
                                      {QStringLiteral("problem"), key.problem()}});
        } else {
            QString text = key.keyId().isEmpty()
                               ? tr("Fingerprint key: none") + u'\n'
                               : tr("Fingerprint key: %1 (%2)").arg(key.keyId(), sourceId(key.loaded().source)) + u'\n';
            text += tr("The history's key: %1")
                        .arg(key.historyKeyId().isEmpty() ? tr("none recorded yet") : key.historyKeyId()) +
                    u'\n';
            printText(text);
        }
        QStringList notes{key.problem(), key.warning()};
        if (key.problem().isEmpty())
            notes.append(key.loaded().problem); // the keychain's answer, when there is no key
        for (const QString& note : std::as_const(notes)) {
            if (!note.isEmpty())
                printError(note);
        }
        return key.state() == session::TeamKey::State::Mismatch ? ExitKeyMismatch : ExitOk;
    }

    int exportKey(const QString& output, bool force)
    {
        const bool toStdout = output == u"-";
        if (!toStdout && QFileInfo::exists(output) && !force) {
            printError(tr("%1 exists already: add --force to replace it.").arg(QDir::toNativeSeparators(output)));
            return ExitUsage;
        }
        if (const auto failed = openHistory())
            return *failed;
        // Where no key exists yet (and the policy names none), export creates the keychain's.
        const FingerprintKey::Loaded loaded = loadNow(m_command->config().fingerprintKeyFile(), true);
        if (!loaded.key) {
            printError(loaded.problem.isEmpty() ? tr("There is no fingerprint key to export.") : loaded.problem);
            return ExitFailure;
        }
        const QByteArray text = FingerprintKey::format(*loaded.key);
        const QString keyId = FingerprintKey::keyId(*loaded.key);
        if (toStdout) {
            if (!writeAll(stdout, text))
                return ExitFailure;
        } else {
            QFile file(output);
            // Owner-only from the start: the key is never readable by others, not even briefly.
            const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly) ||
                file.write(text) != text.size() || !file.flush()) {
                printError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(output), file.errorString()));
                return ExitFailure;
            }
        }
        m_command->session().audit().append(
            history::AuditEvent::fingerprintKeyExported(keyId,
                                                        toStdout ? output : QFileInfo(output).absoluteFilePath()));
        printError(tr("Exported fingerprint key %1.").arg(keyId));
        return ExitOk;
    }

    int importKey(const QString& path, bool force)
    {
        const auto key = FingerprintKey::readFile(path);
        if (!key) {
            printError(key.error());
            return ExitUsage;
        }
        const QString keyId = FingerprintKey::keyId(key.value());
        if (const auto failed = openHistory())
            return *failed;
        const FingerprintKey::Loaded current = loadNow(QString(), false);
        const QString currentId = current.key ? FingerprintKey::keyId(*current.key) : QString();
        if (currentId == keyId) {
            printError(tr("The keychain holds fingerprint key %1 already.").arg(keyId));
            return ExitOk;
        }
        if (current.key && !force) {
            const QString question = tr("Replace fingerprint key %1 in your keychain with %2? Attempts recorded with "
                                        "the old key can then no longer be found by mobile or ID number.")
                                         .arg(currentId, keyId);
            if (::isatty(STDIN_FILENO) == 0) {
                printError(question);
                printError(tr("Refusing to replace the key without confirmation: add --force."));
                return ExitUsage;
            }
            (void)writeAll(stderr, (question + u' ' + tr("Type \"yes\" to confirm: ")).toUtf8());
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            if (answer != u"yes" && answer != u"y" && answer != tr("yes")) {
                printError(tr("The key was not replaced."));
                return ExitFailure;
            }
        }
        const credentials::KeychainResult stored = storeNow(key.value());
        if (!stored.ok()) {
            printError(tr("The key cannot be stored in the keychain: %1").arg(stored.message));
            return ExitFailure;
        }
        m_command->session().audit().append(
            history::AuditEvent::fingerprintKeyImported(keyId, QFileInfo(path).absoluteFilePath(), currentId));
        printError(tr("Imported fingerprint key %1 into your keychain.").arg(keyId));
        if (!m_command->config().fingerprintKeyFile().isEmpty())
            printError(tr("Note: your administrator's policy names a key file (%1), which is used instead.")
                           .arg(QDir::toNativeSeparators(m_command->config().fingerprintKeyFile())));
        return ExitOk;
    }

    const SessionFlags m_flags{SessionFlags::History,
                               tr("The history whose audit trail records the export or import (default: the "
                                  "application's).")};
    const QCommandLineOption m_output{QStringLiteral("output"),
                                      tr("Write the key file here (\"-\": standard output, the default)."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption m_forceExport{QStringLiteral("force"), tr("Replace the --output file if it exists.")};
    const QCommandLineOption m_forceImport{QStringLiteral("force"),
                                           tr("Replace the key in your keychain without asking.")};
    const QCommandLineOption m_json{QStringLiteral("json"), tr("One JSON object on stdout.")};
    std::unique_ptr<SessionCommand> m_command;
};

} // namespace

QString KeyCommand::summary()
{
    return tr("export or import the fingerprint key a team shares for exact-match history search");
}

int KeyCommand::run(const QStringList& args)
{
    KeyCli cli;
    return cli.run(args);
}

} // namespace tricheck::cli
