#include "batchimportjob.h"

#include <QFileInfo>
#include <QThread>

namespace tricheck::gui {

BatchImportJob::BatchImportJob(const QString& path, const batch::ImportOptions& options, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
    , m_totalBytes(QFileInfo(path).size())
{ }

BatchImportJob::~BatchImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BatchImportJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        batch::ImportProgress progress;
        progress.callback = [this](qint64 bytes) {
            m_bytesRead = bytes;
            return !m_cancel.load();
        };
        m_worker = batch::importBatchFile(m_path, m_options, progress);
    });
    // QThread::finished comes from the worker thread; the context object makes it queued here,
    // after the worker wrote its result.
    connect(m_thread, &QThread::finished, this, [this] {
        m_result = std::move(m_worker);
        m_worker.reset();
        m_running = false;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace tricheck::gui
