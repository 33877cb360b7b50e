#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace tricheck {

// Runs `work` on Qt's global thread pool and hands what it returns to `done` on `context`'s thread,
// from its event loop (not at all once `context` is gone). QtConcurrent::run(...).then(context, ...)
// does the same; this keeps Qt Concurrent out of the libraries to link and to ship.
template <typename Work, typename Done>
void runInPool(QObject* context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work&>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    future.then(context, std::move(done));
}

} // namespace tricheck
