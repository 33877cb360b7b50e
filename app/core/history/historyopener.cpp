#include "historyopener.h"

#include "common/logging.h"

#include <QThread>

namespace tricheck::history {

HistoryOpener::HistoryOpener(QObject* parent)
    : QObject(parent)
{ }

HistoryOpener::~HistoryOpener()
{
    // The check cannot be interrupted; it ends by itself. Every worker is a child of this object.
    for (QThread* thread : findChildren<QThread*>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

void HistoryOpener::open(const HistoryStore::Options& options)
{
    const quint64 generation = ++m_generation;
    if (m_thread != nullptr) {
        // Still checking an earlier location: let it finish on its own and drop its answer.
        QThread* previous = std::exchange(m_thread, nullptr);
        connect(previous, &QThread::finished, previous, &QObject::deleteLater);
    }
    auto checked = std::make_shared<std::optional<HistoryError>>();
    HistoryStore::Options worker = options;
    if (!worker.migrationProgress) {
        // The worker ends before this object does (the destructor waits for it).
        worker.migrationProgress = [this, generation](int done, int total, const QString& what) {
            QMetaObject::invokeMethod(this, [this, generation, done, total, what] {
                if (generation == m_generation)
                    emit migrating(done, total, what);
            });
        };
    }
    m_thread = QThread::create([worker, checked] {
        auto store = HistoryStore::open(worker);
        if (!store) {
            *checked = store.error();
            return;
        }
        if (const auto deleted = store.value()->retentionDeletedAtOpen(); deleted && *deleted > 0)
            qCInfo(lcHistory) << "retention deleted" << *deleted << "attempts at open";
    });
    m_thread->setObjectName(QStringLiteral("history-open"));
    m_thread->setParent(this);
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, generation, options, checked] {
        if (generation != m_generation)
            return;
        m_thread = nullptr;
        thread->deleteLater();
        finishOnCallingThread(options, *checked);
    });
    m_thread->start(QThread::LowPriority);
}

void HistoryOpener::finishOnCallingThread(const HistoryStore::Options& options,
                                          const std::optional<HistoryError>& checked)
{
    if (checked) {
        emit finished(Result::failure(*checked));
        return;
    }
    HistoryStore::Options here = options;
    here.integrityCheck = HistoryStore::IntegrityCheck::Skip; // checked a moment ago by the worker
    here.retentionDays.reset();                               // and retention ran there
    auto store = HistoryStore::open(here);
    if (!store) {
        emit finished(Result::failure(store.error()));
        return;
    }
    emit finished(Result(std::shared_ptr<HistoryStore>(std::move(store).value().release())));
}

} // namespace tricheck::history
