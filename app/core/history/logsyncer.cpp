#include "logsyncer.h"

#include "common/logging.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>

namespace tricheck::history {

namespace {

// How often the sync thread checkpoints while commits keep coming: SQLite's own default is every
// 1,000 pages, which a batch of ten million attempts writes several times a second.
constexpr auto kCheckpointEvery = std::chrono::milliseconds(250);

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

LogSyncer::LogSyncer(QString logFile, QString databaseFile, QObject* parent)
    : QObject(parent)
    , m_logFile(std::move(logFile))
    , m_databaseFile(std::move(databaseFile))
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
        if (m_requested == synced) {
            sqlite3_close(m_checkpointer); // stopping, and nothing is owed
            return;
        }
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
        if (error == 0 && !m_databaseFile.isEmpty()) {
            lock.unlock(); // after the callbacks were handed over: a checkpoint never delays them
            checkpointIfDue();
            lock.lock();
        }
    }
}

void LogSyncer::checkpointIfDue()
{
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastCheckpoint < kCheckpointEvery)
        return;
    m_lastCheckpoint = now;
    if (m_checkpointer == nullptr) {
        const QByteArray path = QFile::encodeName(m_databaseFile);
        if (sqlite3_open_v2(path.constData(), &m_checkpointer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK) {
            qCWarning(lcHistory) << "history checkpoints stay on the writing thread:" << sqlite3_errmsg(m_checkpointer);
            sqlite3_close(m_checkpointer);
            m_checkpointer = nullptr;
            return; // tried again when the next one is due; FULL commits checkpoint meanwhile
        }
        // A new connection learns that the file is in WAL mode only when it first reads it; until
        // then a checkpoint does nothing (-1 frames).
        sqlite3_exec(m_checkpointer, "PRAGMA journal_mode", nullptr, nullptr, nullptr);
    }
    // PASSIVE: copies what no reader still needs and waits for no one; a busy checkpoint is skipped.
    int frames = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_checkpointer, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCDebug(lcHistory) << "history checkpoint failed:" << sqlite3_errstr(rc);
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
