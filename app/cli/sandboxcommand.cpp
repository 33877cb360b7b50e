#include "sandboxcommand.h"

#include "cliapp.h"
#include "exitstatus.h"
#include "jsonout.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/tlsidentity.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <chrono>
#include <limits>

namespace tricheck::cli {

using namespace tricheck::sandbox;

namespace {

QString prefix()
{
    return QStringLiteral("tricheck-cli sandbox: ");
}

std::optional<int> parseInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

QString SandboxCommand::summary()
{
    return tr("run the local sandbox endpoint (fictitious people, no billing)");
}

int SandboxCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u"\n\n" +
        tr("A faithful local Mobile3MetaVerifyIntl service for training and tests: it checks V3 and V1 "
           "signatures, timestamps, nonces and the QPS limit as the real service does, and answers from a "
           "registry of fictitious people. It listens on a loopback address only. Without --key it accepts "
           "the demo AccessKey pair %1 / %2. When ready it prints one JSON line on stdout: "
           "{\"event\":\"listening\",\"url\":…,\"keys\":[…]}.")
            .arg(AccessKey::demo().id, AccessKey::demo().secret));
    parser.addHelpOption();
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Loopback address to listen on (default 127.0.0.1; ::1 and localhost work too)."),
                                  QStringLiteral("ADDRESS"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("TCP port; 0 (the default) picks a free port."),
                                  QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption portFile(QStringLiteral("port-file"),
                                      tr("Write the port number to FILE once listening (removed on exit)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption registry(QStringLiteral("registry"),
                                      tr("Registry CSV (mobile,name,id_number,carrier,status) instead of the "
                                         "built-in demo people."),
                                      QStringLiteral("FILE.csv"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("An AccessKey to accept, optionally an STS token; repeatable. Replaces the "
                                    "demo key."),
                                 QStringLiteral("ID:SECRET[:STS_TOKEN]"));
    const QCommandLineOption qps(QStringLiteral("qps"),
                                 tr("Requests per second per AccessKey before Throttling.Api (default 50; 0: no "
                                    "limit)."),
                                 QStringLiteral("N"),
                                 QStringLiteral("50"));
    const QCommandLineOption maxSkew(QStringLiteral("max-skew-seconds"),
                                     tr("Accepted difference between a request's timestamp and the sandbox clock "
                                        "(default 900)."),
                                     QStringLiteral("N"),
                                     QStringLiteral("900"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     tr("Delay every reply by N milliseconds, or by a random MIN-MAX."),
                                     QStringLiteral("N|MIN-MAX"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      tr("Share of requests answered 503 ServiceUnavailable (0 to 1)."),
                                      QStringLiteral("P"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                      tr("Share of connections closed without a reply (0 to 1)."),
                                      QStringLiteral("P"));
    const QCommandLineOption malformedRate(QStringLiteral("malformed-rate"),
                                           tr("Share of replies whose body is cut short (0 to 1)."),
                                           QStringLiteral("P"));
    const QCommandLineOption maxSeconds(QStringLiteral("max-seconds"),
                                        tr("Stop after N seconds."),
                                        QStringLiteral("N"));
    const QCommandLineOption logRequests(QStringLiteral("log-requests"),
                                         tr("Print one JSON line per request received (no personal data; the "
                                            "person asked about appears only as \"subject\", a keyed hash that "
                                            "is the same for the same values within one run)."));
    const QCommandLineOption tlsCertificate(
        QStringLiteral("tls-certificate"),
        tr("Serve HTTPS with this PEM certificate (with --tls-key); clients must trust it. Without it the "
           "sandbox serves plain HTTP."),
        QStringLiteral("FILE.pem"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("The certificate's PEM private key (RSA or EC, not encrypted)."),
                                    QStringLiteral("FILE.pem"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed for the fault injection's random choices (reproducible runs)."),
                                  QStringLiteral("N"));
    parser.addOptions({bind,
                       port,
                       portFile,
                       registry,
                       key,
                       qps,
                       maxSkew,
                       latency,
                       failRate,
                       dropRate,
                       malformedRate,
                       maxSeconds,
                       logRequests,
                       tlsCertificate,
                       tlsKey,
                       seed});

    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli sandbox")} + args)) {
        printError(prefix() + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(CliApp::subcommandHelp(parser, QStringLiteral("sandbox")));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(prefix() + tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    const auto usageError = [](const QString& text) {
        printError(prefix() + text);
        return int(ExitUsage);
    };

    // Where to listen: loopback only, whatever the flag says.
    const QString bindText = parser.value(bind).trimmed();
    QHostAddress address;
    if (bindText.compare(u"localhost", Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(bindText))
        return usageError(tr("\"%1\" is not an IP address.").arg(bindText));
    if (!address.isLoopback())
        return usageError(tr("refusing to bind to %1: the sandbox listens on loopback addresses only "
                             "(127.0.0.0/8 or ::1).")
                              .arg(address.toString()));
    const auto portNumber = parseInt(parser.value(port), 0, 65535);
    if (!portNumber)
        return usageError(tr("--port must be a number from 0 to 65535."));

    SandboxServer server;
    if (parser.isSet(registry)) {
        const auto loaded = Registry::fromFile(parser.value(registry));
        if (!loaded)
            return usageError(tr("the registry %1 was refused: %2").arg(parser.value(registry), loaded.error().text()));
        server.setRegistry(loaded.value());
    }

    if (parser.isSet(key)) {
        QList<AccessKey> keys;
        for (const QString& spec : parser.values(key)) {
            const qsizetype first = spec.indexOf(u':');
            const qsizetype second = first < 0 ? -1 : spec.indexOf(u':', first + 1);
            AccessKey k;
            k.id = spec.left(first);
            k.secret = second < 0 ? spec.mid(first + 1) : spec.mid(first + 1, second - first - 1);
            k.securityToken = second < 0 ? QString() : spec.mid(second + 1);
            if (first < 0 || k.id.isEmpty() || k.secret.isEmpty() || (second >= 0 && k.securityToken.isEmpty()))
                return usageError(tr("--key must be ID:SECRET or ID:SECRET:STS_TOKEN."));
            if (std::any_of(keys.cbegin(), keys.cend(), [&k](const AccessKey& other) { return other.id == k.id; }))
                return usageError(tr("the AccessKey ID %1 is given twice.").arg(k.id));
            keys.append(k);
        }
        server.setKeys(keys);
    }

    if (parser.isSet(tlsCertificate) != parser.isSet(tlsKey))
        return usageError(tr("--tls-certificate and --tls-key go together."));
    if (parser.isSet(tlsCertificate)) {
        const auto tls = TlsIdentity::load(parser.value(tlsCertificate), parser.value(tlsKey));
        if (!tls)
            return usageError(tls.error());
        server.setTls(*tls);
    }

    const auto qpsValue = parseInt(parser.value(qps), 0, 1000000);
    if (!qpsValue)
        return usageError(tr("--qps must be a number from 0 to 1000000."));
    server.setQps(*qpsValue);
    const auto skewValue = parseInt(parser.value(maxSkew), 0, 86400 * 366);
    if (!skewValue)
        return usageError(tr("--max-skew-seconds must be a number from 0 to 31622400."));
    server.setMaxSkewSeconds(*skewValue);

    FaultOptions faults;
    if (parser.isSet(latency)) {
        const auto range = FaultOptions::parseLatency(parser.value(latency));
        if (!range)
            return usageError(QStringLiteral("--latency-ms: ") + range.error());
        faults.latencyMinMs = range->first;
        faults.latencyMaxMs = range->second;
    }
    const std::pair<const QCommandLineOption*, double*> rates[] = {{&failRate, &faults.failRate},
                                                                   {&dropRate, &faults.dropRate},
                                                                   {&malformedRate, &faults.malformedRate}};
    for (const auto& [option, target] : rates) {
        if (!parser.isSet(*option))
            continue;
        const auto rate = FaultOptions::parseRate(parser.value(*option));
        if (!rate)
            return usageError(u"--" + option->names().constFirst() + u": " + rate.error());
        *target = rate.value();
    }
    server.setFaults(faults);
    if (parser.isSet(seed)) {
        bool ok = false;
        const quint32 value = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usageError(tr("--seed must be a non-negative number."));
        server.setRandomSeed(value);
    }

    // QTimer counts in int milliseconds: about 24 days at most.
    constexpr int kMaxSeconds = std::numeric_limits<int>::max() / 1000;
    std::optional<int> stopAfter;
    if (parser.isSet(maxSeconds)) {
        stopAfter = parseInt(parser.value(maxSeconds), 1, kMaxSeconds);
        if (!stopAfter)
            return usageError(tr("--max-seconds must be a number from 1 to %1.").arg(kMaxSeconds));
    }

    // Before anything announces the server: a signal sent as soon as the listening line is read
    // must already be caught (it waits in the pipe until the event loop runs).
    SignalWatcher watcher;
    const auto started = server.start(address, quint16(*portNumber));
    if (!started) {
        printError(prefix() + started.error());
        return ExitFailure;
    }
    const QUrl& url = started.value();

    const QString portFilePath = parser.value(portFile);
    if (!portFilePath.isEmpty()) {
        // Atomically, so a script polling for the file never reads half a number.
        QSaveFile file(portFilePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(url.port()) + '\n') < 0 ||
            !file.commit()) {
            printError(prefix() + tr("cannot write the port file %1: %2").arg(portFilePath, file.errorString()));
            return ExitUsage;
        }
    }

    QJsonArray keyIds;
    for (const AccessKey& k : server.keys())
        keyIds.append(k.id);
    printOrderedJsonLine({{QStringLiteral("event"), QStringLiteral("listening")},
                          {QStringLiteral("url"), url.toString()},
                          {QStringLiteral("keys"), keyIds}});
    if (parser.isSet(key)) {
        QStringList ids;
        for (const QJsonValue id : std::as_const(keyIds))
            ids.append(id.toString());
        printError(tr("Sandbox listening on %1, accepting the AccessKey IDs %2. Press Ctrl+C to stop.")
                       .arg(url.toString(), ids.join(QStringLiteral(", "))));
    } else {
        printError(tr("Sandbox listening on %1 with the demo AccessKey %2 / %3. Press Ctrl+C to stop.")
                       .arg(url.toString(), AccessKey::demo().id, AccessKey::demo().secret));
    }

    QEventLoop loop;
    QString reason;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, [&loop, &reason](int signalNumber) {
        reason = signalName(signalNumber);
        loop.quit();
    });
    QTimer deadline;
    if (stopAfter) {
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&loop, &reason] {
            reason = QStringLiteral("max-seconds");
            loop.quit();
        });
        deadline.start(std::chrono::seconds(*stopAfter));
    }
    if (parser.isSet(logRequests)) {
        QObject::connect(&server, &SandboxServer::requestHandled, &loop, [](const SandboxEvent& event) {
            QJsonObject line = event.toJson();
            line.insert(QStringLiteral("event"), QStringLiteral("request"));
            printJsonLine(line);
        });
    }
    loop.exec();

    server.stop();
    if (!portFilePath.isEmpty())
        QFile::remove(portFilePath);
    const LimitCounts closed = server.limitCounts();
    printOrderedJsonLine({{QStringLiteral("event"), QStringLiteral("stopped")},
                          {QStringLiteral("reason"), reason},
                          {QStringLiteral("requests"), qint64(server.requestCount())},
                          {QStringLiteral("limits"),
                           QJsonObject{{QStringLiteral("refusedConnections"), qint64(closed.refusedConnections)},
                                       {QStringLiteral("oversizedRequests"), qint64(closed.oversizedRequests)},
                                       {QStringLiteral("slowReaders"), qint64(closed.slowReaders)}}}});
    return ExitOk;
}

} // namespace tricheck::cli
