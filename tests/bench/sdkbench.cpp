// TriCheck's client against Alibaba Cloud's official Node SDK (@alicloud/openapi-client, V3
// signature), both calling one `tricheck-cli sandbox --qps 0` process with 8 calls in flight, in
// the same run, alternating (the machine may be shared: each client runs twice and its better run
// counts). The SDK is installed with npm into the build tree (the bench target does it when node
// and npm exist; a run without it installs it here); without node or npm the SDK's rows are
// skipped with a note.
//
// Rates are given per second of wall time and per CPU second of the client's own process (the
// sandbox is a third process and is not counted for either).
//
// Both clients run twice over: over plain HTTP, and over HTTPS against a second sandbox process
// serving a self-signed certificate made for the run (each client trusts it as a CA; nothing
// turns verification off). HTTPS is what every call to Alibaba Cloud uses, and the two transports
// cost Qt 6.4 very differently: plain HTTP without a proxy is read from an unbuffered socket, one
// byte per read() for the status line and headers, HTTPS through a 64 KiB buffer.
#include "api/apiclient.h"
#include "benchmark.h"
#include "identity/identityinput.h"
#include "sandboxprocess.h"
#include "selfsigned.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QStandardPaths>

#include <ctime>
#include <functional>
#include <optional>

using namespace tricheck;

namespace {

constexpr int kInFlight = 8;

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Run
{
    qint64 results = 0;
    qint64 errors = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    double rate() const { return seconds > 0 ? double(results) / seconds : 0; }
    double cpuRate() const { return cpuSeconds > 0 ? double(results) / cpuSeconds : 0; }
};

Run tricheckRun(const QString& url, qint64 total)
{
    QNetworkAccessManager network;
    api::ApiClient client(&network);
    api::VerifyRequest request;
    request.identity = *identity::prepareIdentity(
        identity::checkIdentity(
            {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")},
            identity::ParamType::Normal),
        identity::ParamType::Normal);
    request.credentials = {QStringLiteral("sandbox-access-key-id"),
                           QStringLiteral("sandbox-access-key-secret"),
                           {},
                           {}};
    request.endpoint = *api::Endpoint::fromUrl(QUrl(url));

    Run run;
    qint64 started = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        ++started;
        api::VerifyCall* call = client.verify(request);
        QObject::connect(call, &api::VerifyCall::finished, &loop, [&, call](const api::VerifyOutcome& o) {
            o.isResult() ? ++run.results : ++run.errors;
            call->deleteLater();
            if (started < total)
                launch();
            else if (run.results + run.errors == total)
                loop.quit();
        });
    };
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    for (int i = 0; i < kInFlight; ++i)
        launch();
    loop.exec();
    run.cpuSeconds = cpuSeconds() - cpu;
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    return run;
}

// The npm package's directory in the build tree, installed when missing; empty (and a note) when
// node or npm is not there or the install failed.
QString sdkDirectory(tricheck::bench::Context& context, QString* node)
{
    *node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QString dir = QStringLiteral(TRICHECK_BENCH_NODE_DIR); // not const: returned by move
    if (node->isEmpty()) {
        context.note(QStringLiteral("node not found: the official SDK's rows are skipped"));
        return {};
    }
    if (QFileInfo::exists(dir + QStringLiteral("/node_modules/@alicloud/openapi-client/package.json")))
        return dir;
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        context.note(QStringLiteral("npm not found: the official SDK's rows are skipped"));
        return {};
    }
    context.note(QStringLiteral("installing @alicloud/openapi-client with npm into %1").arg(dir));
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/package.json"));
    QFile::copy(QStringLiteral(TRICHECK_BENCH_NODE_SOURCE "/package.json"), dir + QStringLiteral("/package.json"));
    QProcess install;
    install.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    install.start(npm,
                  {QStringLiteral("install"),
                   QStringLiteral("--prefix"),
                   dir,
                   QStringLiteral("--no-audit"),
                   QStringLiteral("--no-fund")});
    if (!install.waitForFinished(600000) || install.exitCode() != 0) {
        context.note(QStringLiteral("npm install failed: the official SDK's rows are skipped"));
        return {};
    }
    return dir;
}

Run sdkRun(const QString& node,
           const QString& dir,
           const QString& url,
           const QString& caFile,
           qint64 total,
           QString* failure)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), dir + QStringLiteral("/node_modules"));
    if (!caFile.isEmpty())
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caFile);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(node,
                  {QStringLiteral(TRICHECK_BENCH_NODE_SOURCE "/sdkclient.js"),
                   url,
                   QString::number(total),
                   QString::number(kInFlight)});
    Run run;
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *failure = QStringLiteral("the SDK's client did not finish");
        return run;
    }
    const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.results = o.value(QStringLiteral("results")).toInteger();
    run.errors = o.value(QStringLiteral("errors")).toInteger();
    run.seconds = o.value(QStringLiteral("seconds")).toDouble();
    run.cpuSeconds = o.value(QStringLiteral("cpuSeconds")).toDouble();
    *failure = o.value(QStringLiteral("firstError")).toString();
    return run;
}

Run better(const Run& a, const Run& b)
{
    return a.rate() >= b.rate() ? a : b;
}

// TriCheck trusts `caFile` for the duration of one run, through the default TLS configuration
// every request starts from (as a CA added by an administrator would be).
class TrustedForTheRun
{
public:
    explicit TrustedForTheRun(const QString& caFile)
        : m_original(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration trusting = m_original;
        trusting.addCaCertificates(caFile, QSsl::Pem);
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    ~TrustedForTheRun() { QSslConfiguration::setDefaultConfiguration(m_original); }
    TrustedForTheRun(const TrustedForTheRun&) = delete;
    TrustedForTheRun& operator=(const TrustedForTheRun&) = delete;

private:
    QSslConfiguration m_original;
};

// Both clients against one sandbox process, alternating, `rounds` times each; the rows' names
// start with `prefix`. `caFile` is the certificate to trust for HTTPS, empty for plain HTTP.
void compare(tricheck::bench::Context& context,
             const QString& prefix,
             const QString& url,
             const QString& caFile,
             const QString& node,
             const QString& dir)
{
    const qint64 total = context.size(5000, 500);
    const int rounds = context.quick() ? 1 : 2;
    Run ours;
    Run sdk;
    QString failure;
    for (int round = 0; round < rounds; ++round) {
        {
            std::optional<TrustedForTheRun> trust;
            if (!caFile.isEmpty())
                trust.emplace(caFile);
            ours = better(ours, tricheckRun(url, total));
        }
        if (!dir.isEmpty())
            sdk = better(sdk, sdkRun(node, dir, url, caFile, total, &failure));
    }
    if (!failure.isEmpty())
        context.note(QStringLiteral("SDK: %1").arg(failure));

    context.report(prefix + QStringLiteral("TriCheck ApiClient (QNAM), verifications"),
                   ours.rate(),
                   QStringLiteral("/s"));
    context.report(prefix + QStringLiteral("TriCheck ApiClient, per CPU second of the client"),
                   ours.cpuRate(),
                   QStringLiteral("/s"));
    context.report(prefix + QStringLiteral("TriCheck ApiClient: errors"),
                   double(ours.errors),
                   QStringLiteral("requests"),
                   bench::Goal::AtMost,
                   0);
    if (dir.isEmpty() || sdk.results == 0) {
        context.note(QStringLiteral("no figures for the official SDK: its rows and the ratio are skipped"));
        return;
    }
    context.report(prefix + QStringLiteral("official Node SDK (@alicloud/openapi-client, V3), verifications"),
                   sdk.rate(),
                   QStringLiteral("/s"));
    context.report(prefix + QStringLiteral("official Node SDK, per CPU second of the client"),
                   sdk.cpuRate(),
                   QStringLiteral("/s"));
    context.report(prefix + QStringLiteral("official Node SDK: errors"),
                   double(sdk.errors),
                   QStringLiteral("requests"));
    context.report(prefix + QStringLiteral("TriCheck / SDK, verifications per second"),
                   ours.rate() / sdk.rate(),
                   QStringLiteral("x"),
                   bench::Goal::AtLeast,
                   1.0);
    context.report(prefix + QStringLiteral("TriCheck / SDK, per CPU second of the client"),
                   ours.cpuRate() / sdk.cpuRate(),
                   QStringLiteral("x"),
                   bench::Goal::AtLeast,
                   1.0);
}

} // namespace

TRICHECK_BENCHMARK(
    client_vs_sdk,
    "Client: TriCheck's ApiClient vs Alibaba's Node SDK, one sandbox process each over HTTP and HTTPS, 8 in flight")
{
    QString node;
    const QString dir = sdkDirectory(context, &node);
    {
        const bench::Sandbox sandbox(false);
        if (sandbox.url().isEmpty()) {
            context.note(QStringLiteral("the sandbox did not start"));
            return;
        }
        compare(context, QString(), sandbox.url(), QString(), node, dir);
    }

    const test::SelfSigned made = test::makeSelfSigned(context.workDir());
    if (!made.error.isEmpty()) {
        context.note(made.error + QStringLiteral(": the HTTPS rows are skipped"));
        return;
    }
    const bench::Sandbox sandbox(
        false,
        {QStringLiteral("--tls-certificate"), made.certificate, QStringLiteral("--tls-key"), made.key});
    if (!sandbox.url().startsWith(u"https://")) {
        context.note(QStringLiteral("the HTTPS sandbox did not start: the HTTPS rows are skipped"));
        return;
    }
    compare(context, QStringLiteral("HTTPS: "), sandbox.url(), made.certificate, node, dir);
}
