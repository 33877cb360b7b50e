#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace tricheck::history {

// Whether a SQLite history was left in good order by its last user, so that opening it does not
// have to read the whole file (PRAGMA quick_check takes about a second per million attempts).
//
// Beside the database, in `<file>-tricheck/`, every open store holds a lease (a QLockFile: the OS
// releases its lock when the process dies, and a lease whose owner is gone is stale). The last
// store to close, once SQLite has checkpointed and removed its WAL, writes a "clean" stamp with
// the file's size and modification time, and moves that time on by a few nanoseconds so that
// any later write — even within the same clock tick — leaves a different one.
//
// The file needs a full check when a lease is stale (a process died holding it: crash, kill,
// power cut), or nobody holds it and there is no stamp, the stamp does not match the file
// (something else wrote to it), or a WAL is left over (SQLite's own evidence of an unclean end).
// While other live TriCheck processes hold it, their opens vouched for it.
class CleanClose
{
    Q_DISABLE_COPY_MOVE(CleanClose)

public:
    // Takes a lease on `databaseFile`. `reason` receives why the file must be checked, empty when
    // it need not be.
    static std::unique_ptr<CleanClose> acquire(const QString& databaseFile, QString* reason);
    ~CleanClose(); // drops the lease without a stamp (as after a failed open)

    // After this store's connection closed: drops the lease and, when it was the last one and the
    // file is sound, stamps the file clean.
    void release(bool sound);

private:
    CleanClose(QString databaseFile, QString folder);

    QString m_file;
    QString m_folder;
    std::unique_ptr<QLockFile> m_lease;
};

} // namespace tricheck::history
