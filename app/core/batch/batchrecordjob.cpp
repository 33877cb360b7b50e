#include "batchrecordjob.h"

#include <QThread>

#include <utility>

namespace tricheck::batch {

BatchRecordJob::BatchRecordJob(const history::HistoryStore::Options& history,
                               BatchInfo info,
                               QList<int> lines,
                               QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_info(std::move(info))
    , m_lines(std::move(lines))
{
    // The session's own connection checked the file, migrated it and applied the retention when it opened.
    m_history.integrityCheck = history::HistoryStore::IntegrityCheck::Skip;
    m_history.retentionDays.reset();
    m_history.beforeCommitForTesting = nullptr;
}

BatchRecordJob::~BatchRecordJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BatchRecordJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        auto store = history::HistoryStore::open(m_history);
        if (!store) {
            m_worker = store.error();
            return;
        }
        BatchJournal journal(store.value().get());
        m_worker = journal.create(m_info, m_lines);
    });
    // QThread::finished comes from the worker thread; the context object makes it queued here,
    // after the worker wrote its result (the worker's connection is closed by then).
    connect(m_thread, &QThread::finished, this, [this] {
        m_error = std::move(m_worker);
        m_worker.reset();
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

} // namespace tricheck::batch
