// Signed verifications per second that the sandbox serves on loopback, with TriCheck's own client
// (ApiClient over one QNetworkAccessManager) keeping 8 requests in flight. The sandbox runs in its
// own thread, the client in the main thread, as two processes would on a two-core machine.
#include "api/apiclient.h"
#include "benchmark.h"
#include "identity/identityinput.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

using namespace tricheck;

TRICHECK_BENCHMARK(sandbox, "Sandbox: signed verifications per second at concurrency 8")
{
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("sandbox"));
    QObject anchor; // lives in the server thread: what invokeMethod runs the server's code on
    anchor.moveToThread(&serverThread);
    serverThread.start();
    sandbox::SandboxServer* server = nullptr;
    QUrl url;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new sandbox::SandboxServer;
            server->setQps(0);
            const auto started = server->start(QHostAddress::LocalHost, 0);
            if (started)
                url = started.value();
        },
        Qt::BlockingQueuedConnection);
    if (url.isEmpty()) {
        context.note(QStringLiteral("the sandbox did not start"));
        serverThread.quit();
        serverThread.wait();
        anchor.moveToThread(nullptr);
        return;
    }

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
    request.endpoint = *api::Endpoint::fromUrl(url);

    const int concurrency = 8;
    const qint64 total = context.size(20000, 1000);
    qint64 started = 0;
    qint64 results = 0;
    qint64 errors = 0;
    QEventLoop loop;
    QElapsedTimer t;
    std::function<void()> launch = [&] {
        ++started;
        api::VerifyCall* call = client.verify(request);
        QObject::connect(call, &api::VerifyCall::finished, &loop, [&, call](const api::VerifyOutcome& o) {
            o.isResult() ? ++results : ++errors;
            call->deleteLater();
            if (started < total)
                launch();
            else if (results + errors == total)
                loop.quit();
        });
    };
    // Warm-up: connections opened, caches filled.
    for (int i = 0; i < concurrency; ++i)
        launch();
    t.start();
    loop.exec();
    const double seconds = double(t.nsecsElapsed()) / 1e9;

    context.report(QStringLiteral("verifications served (ApiClient, 8 in flight)"),
                   double(results) / seconds,
                   QStringLiteral("/s"),
                   bench::Goal::AtLeast,
                   3000);
    context.report(QStringLiteral("errors among them"),
                   double(errors),
                   QStringLiteral("requests"),
                   bench::Goal::AtMost,
                   0);

    QMetaObject::invokeMethod(
        &anchor,
        [&] { delete server; },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
}
