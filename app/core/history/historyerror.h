#pragma once

#include <QCoreApplication>
#include <QString>

namespace tricheck::history {

// Why a history operation failed. Every failure carries a complete, translated sentence for the
// operator (`message`) and the driver's own text (`detail`, never personal data) for diagnostics.
class HistoryError
{
    Q_DECLARE_TR_FUNCTIONS(HistoryError)

public:
    enum class Kind {
        OpenFailed,      // the file or its folder cannot be created or opened
        NotHistory,      // the file is some other database
        NewerSchema,     // written by a newer TriCheck: refused, left untouched
        Corrupt,         // integrity check failed or the file is not a database
        ReadOnly,        // read-only file, folder, medium or connection
        DiskFull,        // no space left
        Busy,            // locked by another process for longer than the busy timeout
        AlreadyRecorded, // the attempt (same id and start time) is in the history already
        Io,              // other I/O failure
        Query,           // any other database error
        Cancelled,       // the operator cancelled (export)
        OutputFailed,    // the export destination cannot be written
        InvalidArgument,
    };

    Kind kind = Kind::Query;
    QString message; // translated, for the operator
    QString detail;  // driver text, for logs and "details"; never identity values

    QString kindId() const; // stable: "open_failed", "newer_schema", "corrupt" …

    // The message that fits `kind` for the database at `path`; `detail` is appended where useful.
    static HistoryError make(Kind kind, const QString& path, const QString& detail = {});
    static HistoryError newerSchema(const QString& path, int found, int known);
    static HistoryError outputFailed(const QString& destination, const QString& detail);
    static HistoryError cancelled();
    static HistoryError invalidArgument(const QString& message);
};

} // namespace tricheck::history
