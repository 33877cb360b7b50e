#include "historyerror.h"

#include <QDir>

namespace tricheck::history {

QString HistoryError::kindId() const
{
    switch (kind) {
    case Kind::OpenFailed:
        return QStringLiteral("open_failed");
    case Kind::NotHistory:
        return QStringLiteral("not_history");
    case Kind::NewerSchema:
        return QStringLiteral("newer_schema");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::DiskFull:
        return QStringLiteral("disk_full");
    case Kind::Busy:
        return QStringLiteral("busy");
    case Kind::AlreadyRecorded:
        return QStringLiteral("already_recorded");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Query:
        break;
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::OutputFailed:
        return QStringLiteral("output_failed");
    case Kind::InvalidArgument:
        return QStringLiteral("invalid_argument");
    }
    return QStringLiteral("query");
}

HistoryError HistoryError::make(Kind kind, const QString& path, const QString& detail)
{
    const QString file = QDir::toNativeSeparators(path);
    HistoryError e;
    e.kind = kind;
    e.detail = detail;
    switch (kind) {
    case Kind::OpenFailed:
        e.message = tr("Cannot open the history database %1: %2").arg(file, detail);
        break;
    case Kind::NotHistory:
        e.message = tr("%1 is not a TriCheck history database. It was not changed.").arg(file);
        break;
    case Kind::NewerSchema:
        e.message = tr("The history database %1 was written by a newer version of TriCheck. It was not "
                       "changed. Update TriCheck to open it.")
                        .arg(file);
        break;
    case Kind::Corrupt:
        e.message = tr("The history database %1 is damaged (%2). It was not changed. Restore it from a "
                       "backup, or move it aside to start a new history.")
                        .arg(file, detail);
        break;
    case Kind::ReadOnly:
        e.message = tr("The history database %1 cannot be written: the file, its folder or the disk is "
                       "read-only. Nothing was recorded.")
                        .arg(file);
        break;
    case Kind::DiskFull:
        e.message = tr("The disk that holds the history database %1 is full. Nothing was recorded; free some "
                       "space and try again.")
                        .arg(file);
        break;
    case Kind::Busy:
        e.message = tr("The history database %1 is locked by another program. Nothing was recorded; try "
                       "again in a moment.")
                        .arg(file);
        break;
    case Kind::AlreadyRecorded:
        e.message = tr("This attempt is already in the history database %1; it was not recorded twice.").arg(file);
        break;
    case Kind::Io:
        e.message = tr("Reading or writing the history database %1 failed (%2).").arg(file, detail);
        break;
    case Kind::Query:
        e.message = tr("A history database operation failed: %1").arg(detail);
        break;
    case Kind::Cancelled:
        return cancelled();
    case Kind::OutputFailed:
        return outputFailed(file, detail);
    case Kind::InvalidArgument:
        return invalidArgument(detail);
    }
    return e;
}

HistoryError HistoryError::newerSchema(const QString& path, int found, int known)
{
    HistoryError e = make(Kind::NewerSchema, path);
    e.detail = tr("schema version %1, this version of TriCheck knows up to %2").arg(found).arg(known);
    e.message += u' ' + tr("(Schema version %1; this version knows up to %2.)").arg(found).arg(known);
    return e;
}

HistoryError HistoryError::outputFailed(const QString& destination, const QString& detail)
{
    HistoryError e;
    e.kind = Kind::OutputFailed;
    e.detail = detail;
    e.message = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(destination), detail);
    return e;
}

HistoryError HistoryError::cancelled()
{
    HistoryError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Cancelled. Nothing was written.");
    return e;
}

HistoryError HistoryError::invalidArgument(const QString& message)
{
    HistoryError e;
    e.kind = Kind::InvalidArgument;
    e.message = message;
    e.detail = message;
    return e;
}

} // namespace tricheck::history
