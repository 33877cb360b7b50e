#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tricheck::history {

// Internal to the history module: makes commits that skipped their own disk sync durable from a
// thread of its own, so that the thread that committed them (the GUI's) never waits for the disk.
//
// SQLite in WAL mode with synchronous=NORMAL writes a commit into the -wal file without syncing it
// (a crash of the process loses nothing; a power cut may lose it). One fdatasync() of that file
// afterwards makes every commit written before it durable: the same guarantee as
// synchronous=FULL, paid once for all the commits that arrived meanwhile (group commit). SQLite has
// no call for "sync what I committed" on another thread, hence this class: it opens the -wal file
// itself (SQLite holds no POSIX locks on it, so closing our descriptor releases none of SQLite's)
// and fdatasync()s it, which flushes the file's dirty pages whichever descriptor wrote them.
//
// Callers must not report or send anything that depends on such a commit before its callback ran.
class LogSyncer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSyncer)

public:
    // 0: durable; otherwise the errno of the failed sync.
    using Done = std::function<void(int error)>;
    // For tests: runs on the sync thread before each sync; a non-zero errno fails that sync as if
    // the disk had.
    using BeforeSync = std::function<int()>;

    // `logFile`: the file to sync (the history's -wal). `databaseFile`, when given: the SQLite
    // database this thread checkpoints now and then (PASSIVE, from a connection of its own), so
    // that commits made without automatic checkpoints leave no growing log and the GUI thread
    // never runs a checkpoint's syncs.
    LogSyncer(QString logFile, QString databaseFile, QObject* parent = nullptr);
    // Waits for a sync under way; callbacks not run yet are dropped (their commits reach the disk
    // with the connection's own syncs: the next FULL commit, a checkpoint, the close).
    ~LogSyncer() override;

    // Everything committed before this call becomes durable, then `done` runs on this object's
    // thread (in the order of the calls, after the event loop returned), unless `context` is gone.
    void afterSync(QObject* context, Done done);
    // Calls waiting for their sync.
    int waiting() const { return int(m_callbacks.size()); }
    // Syncs completed (each covers every call made before it started).
    qint64 syncCount() const { return m_syncs; }

    void setBeforeSyncForTesting(BeforeSync hook);

private:
    struct Callback
    {
        qint64 ticket = 0;
        QPointer<QObject> context;
        Done done;
    };

    void run();
    int syncOnce();
    void checkpointIfDue(); // on the sync thread
    void deliver(qint64 upTo, int error);

    const QString m_logFile;
    const QString m_databaseFile;
    // Sync thread only.
    bool m_directorySynced = false;
    sqlite3* m_checkpointer = nullptr;
    std::chrono::steady_clock::time_point m_lastCheckpoint;

    // This object's thread only.
    std::deque<Callback> m_callbacks;
    qint64 m_syncs = 0;

    // Shared with the sync thread.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_requested = 0; // tickets handed out
    bool m_stopping = false;
    BeforeSync m_beforeSync;
    std::thread m_thread;
};

} // namespace tricheck::history
