#include "logsyncer.h"

#include "common/logging.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace tricheck::history {

namespace {

// fdatasync() on a descriptor of its own: the file's dirty pages are the inode's, whoever wrote
// them. A missing file is durable: SQLite removes its -wal only after copying it into the
// database and syncing that.
int syncFile(const QString& path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return errno == ENOENT ? 0 : errno;
    int rc = 0;
    do {
        rc = directory ? ::fsync(fd) : ::fdatasync(fd);
    } while (rc != 0 && errno == EINTR);
    const int error = rc == 0 ? 0 : errno;
    ::close(fd);
    return error;
}

} // namespace

LogSyncer::LogSyncer(QString logFile, QObject* parent)
    : QObject(parent)
    , m_logFile(std::move(logFile))
    , m_thread([this] { run(); })
{ }

LogSyncer::~LogSyncer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join(); // after the last sync owed: what was committed is durable
    if (!m_callbacks.empty())
        qCDebug(lcHistory) << m_callbacks.size() << "callbacks after a log sync dropped at close";
}

void LogSyncer::afterSync(QObject* context, Done done)
{
    qint64 ticket = 0;
    {
        const std::lock_guard lock(m_mutex);
        ticket = ++m_requested;
    }
    m_callbacks.push_back({ticket, context, std::move(done)});
    m_wake.notify_one();
}

void LogSyncer::setBeforeSyncForTesting(BeforeSync hook)
{
    const std::lock_guard lock(m_mutex);
    m_beforeSync = std::move(hook);
}

void LogSyncer::run()
{
    std::unique_lock lock(m_mutex);
    qint64 synced = 0;
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || m_requested > synced; });
        if (m_requested == synced)
            return; // stopping, and nothing is owed
        // Every ticket handed out so far: their commits were written before they were asked for.
        const qint64 target = m_requested;
        const BeforeSync hook = m_beforeSync;
        lock.unlock();
        int error = hook ? hook() : 0;
        if (error == 0)
            error = syncOnce();
        lock.lock();
        synced = target;
        QMetaObject::invokeMethod(
            this,
            [this, target, error] { deliver(target, error); },
            Qt::QueuedConnection);
    }
}

int LogSyncer::syncOnce()
{
    if (const int error = syncFile(m_logFile, false))
        return error;
    if (!m_directorySynced) {
        // Once: the directory entry of a log SQLite created without syncing it (synchronous=NORMAL).
        if (const int error = syncFile(QFileInfo(m_logFile).absolutePath(), true))
            return error;
        m_directorySynced = true;
    }
    return 0;
}

void LogSyncer::deliver(qint64 upTo, int error)
{
    ++m_syncs;
    if (error != 0)
        qCWarning(lcHistory) << "history log sync failed:" << qt_error_string(error);
    const QPointer<LogSyncer> alive(this);
    while (alive && !m_callbacks.empty() && m_callbacks.front().ticket <= upTo) {
        const Callback callback = std::move(m_callbacks.front());
        m_callbacks.pop_front();
        if (callback.context)
            callback.done(error); // may delete this syncer (its store closed): checked above
    }
}

} // namespace tricheck::history
