#include "cleanclose.h"

#include "common/crypto.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace tricheck::history {

namespace {

const QString kStampName = QStringLiteral("clean");
const QString kGuardName = QStringLiteral("guard");
const QString kLeasePrefix = QStringLiteral("lease-");

// What identifies the file's content without reading it: size, modification time (ns), inode.
struct FileState
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 inode = 0;

    bool operator==(const FileState& o) const { return size == o.size && mtimeNs == o.mtimeNs && inode == o.inode; }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("size"), QString::number(size)},
                {QStringLiteral("mtime_ns"), QString::number(mtimeNs)},
                {QStringLiteral("inode"), QString::number(inode)}};
    }
    static FileState fromJson(const QJsonObject& o)
    {
        return {o.value(QStringLiteral("size")).toString().toLongLong(),
                o.value(QStringLiteral("mtime_ns")).toString().toLongLong(),
                o.value(QStringLiteral("inode")).toString().toLongLong()};
    }
};

FileState stateOf(const QString& file)
{
#ifdef Q_OS_UNIX
    struct stat st
    { };
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size),
            qint64(st.st_mtim.tv_sec) * 1000000000LL + qint64(st.st_mtim.tv_nsec),
            qint64(st.st_ino)};
#else
    const QFileInfo info(file);
    if (!info.exists())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch() * 1000000LL, 0};
#endif
}

// Moves the modification time on by 1–999 ns: a write later in the same clock tick (file systems
// keep coarse clocks) then still leaves a time that differs from the stamped one. A few
// nanoseconds later than the real last write: backups that compare times are not misled.
void makeWritesVisible(const QString& file)
{
#ifdef Q_OS_UNIX
    const FileState now = stateOf(file);
    const qint64 ns = now.mtimeNs + 1 + qint64(crypto::randomHex(2).toUInt(nullptr, 16) % 999);
    const struct timespec times[2] = {{0, UTIME_OMIT}, {time_t(ns / 1000000000LL), long(ns % 1000000000LL)}};
    (void)::utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0);
#else
    Q_UNUSED(file)
#endif
}

std::unique_ptr<QLockFile> lockFile(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    return lock;
}

} // namespace

CleanClose::CleanClose(QString databaseFile, QString folder)
    : m_file(std::move(databaseFile))
    , m_folder(std::move(folder))
{ }

CleanClose::~CleanClose()
{
    if (m_lease)
        m_lease->unlock();
}

std::unique_ptr<CleanClose> CleanClose::acquire(const QString& databaseFile, QString* reason)
{
    const QString folder = databaseFile + QStringLiteral("-tricheck");
    reason->clear();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder)) {
            *reason = QStringLiteral("no place for the clean-close marker");
            return nullptr;
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    std::unique_ptr<CleanClose> marker(new CleanClose(databaseFile, folder));
    const auto guard = lockFile(folder + u'/' + kGuardName);
    if (!guard->tryLock(10000)) {
        *reason = QStringLiteral("marker busy");
        return marker;
    }
    int live = 0;
    int stale = 0;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({kLeasePrefix + u'*'}, QDir::Files)) {
        const auto probe = lockFile(dir.filePath(name));
        if (probe->tryLock(0)) {
            ++stale; // its owner is gone: the probe removed the stale lock and holds a new one
            probe->unlock();
        } else if (probe->error() == QLockFile::LockFailedError) {
            ++live;
        }
    }
    const FileState now = stateOf(databaseFile);
    if (stale > 0) {
        *reason = QStringLiteral("not closed cleanly");
    } else if (live == 0 && now.size > 0) {
        QFile stampFile(dir.filePath(kStampName));
        const bool stamped = stampFile.open(QIODevice::ReadOnly);
        // Read only when open: QFile warns on stderr about reading a file it could not open.
        const FileState stamp =
            stamped ? FileState::fromJson(QJsonDocument::fromJson(stampFile.readAll()).object()) : FileState{};
        if (!stamped)
            *reason = QStringLiteral("no clean-close stamp");
        else if (!(stamp == now))
            *reason = QStringLiteral("changed since it was closed");
        else if (QFileInfo(databaseFile + QStringLiteral("-wal")).size() > 0)
            *reason = QStringLiteral("write-ahead log left over");
    }
    // Written or not, the stamp describes the file as it was: from now on only a lease vouches.
    QFile::remove(dir.filePath(kStampName));
    marker->m_lease = lockFile(dir.filePath(kLeasePrefix + crypto::randomHex(8)));
    if (!marker->m_lease->tryLock(0)) {
        marker->m_lease.reset();
        if (reason->isEmpty())
            *reason = QStringLiteral("no lease");
    }
    guard->unlock();
    return marker;
}

void CleanClose::release(bool sound)
{
    const auto guard = lockFile(m_folder + u'/' + kGuardName);
    if (!guard->tryLock(10000))
        return; // no stamp: the next open checks the file
    if (m_lease)
        m_lease->unlock();
    m_lease.reset();
    const QDir dir(m_folder);
    const bool last = dir.entryList({kLeasePrefix + u'*'}, QDir::Files).isEmpty();
    const bool walLeft = QFileInfo(m_file + QStringLiteral("-wal")).size() > 0;
    if (sound && last && !walLeft) {
        makeWritesVisible(m_file);
        QSaveFile stamp(dir.filePath(kStampName));
        if (stamp.open(QIODevice::WriteOnly)) {
            stamp.write(QJsonDocument(stateOf(m_file).toJson()).toJson(QJsonDocument::Compact));
            if (!stamp.commit())
                qCInfo(lcHistory) << "could not write the history's clean-close stamp";
        }
    }
    guard->unlock();
}

} // namespace tricheck::history
