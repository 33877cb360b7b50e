#include "common/logging.h"
#include "daytally.h"
#include "sqldialect.h"
#include "sqlitenative.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace tricheck::history {

namespace {

// Keeps the trigram index of references in step when an attempt's reference changes (a settled
// attempt in flight keeps its reference: nothing to index again).
QString referenceUpdateTrigger()
{
    return QStringLiteral("CREATE TRIGGER attempts_reference_update AFTER UPDATE OF reference ON attempts "
                          "WHEN old.reference IS NOT new.reference BEGIN "
                          "INSERT INTO attempts_reference (attempts_reference, rowid, reference) "
                          "VALUES ('delete', old.id, old.reference); "
                          "INSERT INTO attempts_reference (rowid, reference) VALUES (new.id, new.reference); END");
}

// "TRIC": PRAGMA application_id marks the file as a TriCheck history (see `file` magic lists).
constexpr int kApplicationId = 0x54524943;

// FULL: a COMMIT that returned survives a power cut, not only a crash of the process.
const char* const kDurableCommits = "PRAGMA synchronous = FULL";
// SQLite's own default (a checkpoint by the committing connection every 1,000 log pages), which
// every connection keeps except during a deferred commit (deferredSync()).
const char* const kAutomaticCheckpoints = "PRAGMA wal_autocheckpoint = 1000";

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

void tighten(const QString& file)
{
    if (!QFileInfo::exists(file))
        return;
    if (QFile::permissions(file) & kOthers) {
        if (QFile::setPermissions(file, kPrivateFile))
            qCInfo(lcHistory) << "restricted the permissions of a history file to its owner";
        else
            qCWarning(lcHistory) << "could not restrict the permissions of a history file";
    }
}

class SqliteDialect final : public SqlDialect
{
public:
    QString id() const override { return QStringLiteral("sqlite"); }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    QString connectOptions(int busyTimeoutMs) const override
    {
        return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    }

    std::optional<HistoryError> prepareLocation(const QString& path) const override
    {
        const QFileInfo info(path);
        const QString dir = info.absolutePath();
        if (!QFileInfo(dir).isDir()) {
            if (!QDir().mkpath(dir))
                return HistoryError::make(
                    HistoryError::Kind::OpenFailed,
                    path,
                    HistoryError::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
            QFile::setPermissions(dir, kPrivateDir);
        }
        if (info.exists()) {
            if (!info.isFile())
                return HistoryError::make(HistoryError::Kind::OpenFailed, path, HistoryError::tr("not a file"));
            for (const QString& f : QStringList{path} + sideFiles(path))
                tighten(f);
            return std::nullopt;
        }
        // Created here, owner-only, before SQLite sees it: SQLite gives its -wal and -shm files the
        // mode of the database file, so nothing of the history is ever readable by other users.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile)) {
            if (QFileInfo(path).isFile())
                return std::nullopt; // another process (or thread) created it a moment ago
            const auto kind =
                QFileInfo(dir).isWritable() ? HistoryError::Kind::OpenFailed : HistoryError::Kind::ReadOnly;
            return HistoryError::make(kind, path, file.errorString());
        }
        file.close();
        return std::nullopt;
    }

    QStringList sideFiles(const QString& path) const override
    {
        return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
    }

    void secureFiles(const QString& path) const override
    {
        for (const QString& f : QStringList{path} + sideFiles(path))
            tighten(f);
    }

    QStringList sessionStatements() const override
    {
        return {
            QStringLiteral("PRAGMA foreign_keys = ON"),
            // Deleted rows are overwritten, not just unlinked: a purge really removes the data.
            QStringLiteral("PRAGMA secure_delete = ON"),
            QString::fromLatin1(kDurableCommits),
            QStringLiteral("PRAGMA cache_size = -16384"),
        };
    }

    QStringList onePassStatements() const override
    {
        // 1 MiB instead of 16: a new connection allocates its cache page by page as it reads, and on
        // a month of a ten-million-row history that cost a third of the pass (page faults).
        return {QStringLiteral("PRAGMA cache_size = -1024")};
    }

    std::optional<HistoryError> enableConcurrentAccess(QSqlDatabase& db, const QString& path) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return HistoryError::make(classify(q.lastError()), path, q.lastError().text());
        const QString mode = q.next() ? q.value(0).toString().toLower() : QString();
        if (mode != u"wal") {
            // SQLite keeps the old mode when it cannot write the header (read-only file or medium).
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("PRAGMA user_version = 0")))
                return HistoryError::make(classify(probe.lastError()), path, probe.lastError().text());
            return HistoryError::make(HistoryError::Kind::Io,
                                      path,
                                      HistoryError::tr("write-ahead logging unavailable (%1)").arg(mode));
        }
        return std::nullopt;
    }

    std::optional<DeferredSync> deferredSync(const QString& path) const override
    {
        // NORMAL in WAL mode: the commit is written into the -wal file but not synced; a crash of
        // the process loses nothing, a power cut may, until the -wal file is synced.
        // No automatic checkpoint in such a commit either: its syncs (the WAL, then the database)
        // would wait for the disk on this thread. The sync thread checkpoints instead.
        return DeferredSync{
            {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA wal_autocheckpoint = 0")},
            {QString::fromLatin1(kDurableCommits), QString::fromLatin1(kAutomaticCheckpoints)},
            path + QStringLiteral("-wal"),
            path};
    }

    QStringList stampStatements() const override
    {
        return {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)};
    }

    bool isForeign(QSqlDatabase& db) const override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return false;
        const int id = q.value(0).toInt();
        return id != 0 && id != kApplicationId;
    }

    QStringList integrityProblems(QSqlDatabase& db, bool thorough, QSqlError* error) const override
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // quick_check verifies every page and the b-tree structure in O(N); integrity_check also
        // cross-checks every index against its table (slower, on demand).
        if (!q.exec(thorough ? QStringLiteral("PRAGMA integrity_check(20)")
                             : QStringLiteral("PRAGMA quick_check(20)"))) {
            *error = q.lastError();
            return {};
        }
        QStringList problems;
        while (q.next()) {
            // One row may hold several lines, under a "*** in database main ***" heading.
            for (const QString& line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
                if (line != u"ok" && !line.startsWith(u"***"))
                    problems.append(line.trimmed());
            }
        }
        if (q.lastError().isValid())
            *error = q.lastError();
        return problems;
    }

    HistoryError::Kind classify(const QSqlError& error) const override
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        if (!ok)
            return HistoryError::Kind::Query;
        switch (code & 0xff) { // primary result code; Qt enables SQLite's extended codes
        case 3:                // SQLITE_PERM
        case 8:                // SQLITE_READONLY
            return HistoryError::Kind::ReadOnly;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return HistoryError::Kind::Busy;
        case 10: // SQLITE_IOERR
            return HistoryError::Kind::Io;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return HistoryError::Kind::Corrupt;
        case 13: // SQLITE_FULL
            return HistoryError::Kind::DiskFull;
        case 14: // SQLITE_CANTOPEN
            return HistoryError::Kind::OpenFailed;
        case 19: // SQLITE_CONSTRAINT: UNIQUE (2067) is the attempt's (started_ms, attempt_id)
            return code == 2067 ? HistoryError::Kind::AlreadyRecorded : HistoryError::Kind::Query;
        default:
            return HistoryError::Kind::Query;
        }
    }

    std::optional<QSqlError> createReferenceIndex(Transaction& transaction) const override
    {
        // A trigram index answers LIKE '%text%' (three characters or more) from the index, kept
        // in step with attempts by triggers; it stores no copy of the references (external
        // content). SQLite without FTS5 keeps scanning: the savepoint undoes the attempt.
        if (auto error = transaction.exec(QStringLiteral("SAVEPOINT reference_index")))
            return error;
        const QStringList statements{
            QStringLiteral("CREATE VIRTUAL TABLE attempts_reference USING fts5(reference, content='attempts', "
                           "content_rowid='id', tokenize='trigram', detail=none, columnsize=0)"),
            QStringLiteral("CREATE TRIGGER attempts_reference_insert AFTER INSERT ON attempts BEGIN "
                           "INSERT INTO attempts_reference (rowid, reference) VALUES (new.id, new.reference); END"),
            QStringLiteral("CREATE TRIGGER attempts_reference_delete AFTER DELETE ON attempts BEGIN "
                           "INSERT INTO attempts_reference (attempts_reference, rowid, reference) "
                           "VALUES ('delete', old.id, old.reference); END"),
            referenceUpdateTrigger(),
            QStringLiteral("INSERT INTO attempts_reference (attempts_reference) VALUES ('rebuild')"),
        };
        for (const QString& statement : statements) {
            if (const auto error = transaction.exec(statement)) {
                qCInfo(lcHistory) << "no index for reference search:" << error->databaseText();
                return transaction.exec(QStringLiteral("ROLLBACK TO reference_index"));
            }
        }
        return transaction.exec(QStringLiteral("RELEASE reference_index"));
    }

    std::optional<QSqlError> renewReferenceIndexUpkeep(Transaction& transaction) const override
    {
        // Histories indexed before schema v12 re-indexed the reference on every settlement of an
        // attempt in flight (its UPDATE names every column): an FTS5 delete and insert per batch
        // row, about 8 % of a batch's CPU, for a text that had not changed.
        QSqlQuery q = transaction.query();
        if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = 'attempts_reference_update'")))
            return q.lastError();
        if (!q.next())
            return std::nullopt; // no reference index (SQLite without FTS5)
        q.finish();
        if (auto error = transaction.exec(QStringLiteral("DROP TRIGGER attempts_reference_update")))
            return error;
        return transaction.exec(referenceUpdateTrigger());
    }

    QString referenceIndexCondition(QSqlDatabase& db, const QString& text) const override
    {
        // The trigram index needs three characters; LIKE's wildcards in the text stay literal
        // only with an ESCAPE clause, which the index does not take.
        if (text.size() < 3 || text.contains(u'%') || text.contains(u'_') || text.contains(u'\\'))
            return {};
        if (!m_referenceIndex) {
            QSqlQuery q(db);
            m_referenceIndex =
                q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'attempts_reference'")) && q.next();
        }
        return *m_referenceIndex ? QStringLiteral("id IN (SELECT rowid FROM attempts_reference WHERE reference LIKE ?)")
                                 : QString();
    }

    bool referenceTextIsCommon(QSqlDatabase& db, const QString& text, int atLeast) const override
    {
        if (referenceIndexCondition(db, text).isEmpty())
            return false;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM attempts_reference WHERE reference LIKE ? LIMIT ?)"));
        q.addBindValue(QString(u'%' + text + u'%'));
        q.addBindValue(atLeast);
        return q.exec() && q.next() && q.value(0).toInt() >= atLeast;
    }

    QString unindexed(const QString& column) const override { return u'+' + column; }

    QStringList rowCountStatements() const override
    {
        // COUNT(*) reads every matching index entry (about 60 ms per million attempts): the
        // table view asks for the number of all attempts, or of a status, each time it opens.
        // SQLite has one writer at a time, so a few counter rows cost no concurrency.
        return {
            QStringLiteral("CREATE TABLE attempt_count (status_role TEXT NOT NULL PRIMARY KEY, n BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO attempt_count (status_role, n) "
                           "SELECT status_role, COUNT(*) FROM attempts GROUP BY status_role"),
            QStringLiteral("CREATE TRIGGER attempt_count_insert AFTER INSERT ON attempts BEGIN "
                           "INSERT INTO attempt_count (status_role, n) VALUES (new.status_role, 1) "
                           "ON CONFLICT (status_role) DO UPDATE SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER attempt_count_delete AFTER DELETE ON attempts BEGIN "
                           "UPDATE attempt_count SET n = n - 1 WHERE status_role = old.status_role; END"),
        };
    }

    QStringList rowCountUpdateStatements() const override
    {
        return {
            QStringLiteral("CREATE TRIGGER attempt_count_update AFTER UPDATE OF status_role ON attempts "
                           "WHEN old.status_role <> new.status_role BEGIN "
                           "UPDATE attempt_count SET n = n - 1 WHERE status_role = old.status_role; "
                           "INSERT INTO attempt_count (status_role, n) VALUES (new.status_role, 1) "
                           "ON CONFLICT (status_role) DO UPDATE SET n = n + 1; END"),
        };
    }

    QStringList dayTallyStatements() const override { return DayTally::sqliteStatements(); }

    QString autoIncrementKey() const override { return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"); }
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    void afterDelete(QSqlDatabase& db) const override
    {
        // Copies the WAL into the database and truncates it, so the pages that held deleted rows
        // do not linger in the -wal file (best effort: a reader may still hold a snapshot).
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    std::unique_ptr<AttemptWriter> attemptWriter(QSqlDatabase& db) const override
    {
        return native(db) ? sqlitenative::writer(db) : SqlDialect::attemptWriter(db);
    }

    std::unique_ptr<AttemptCursor>
    attemptCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds) const override
    {
        return native(db) ? sqlitenative::cursor(db, select, binds) : SqlDialect::attemptCursor(db, select, binds);
    }

    std::unique_ptr<RowCursor>
    rowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds) const override
    {
        return native(db) ? sqlitenative::rowCursor(db, select, binds) : SqlDialect::rowCursor(db, select, binds);
    }

private:
    bool native(QSqlDatabase& db) const
    {
        if (!m_native) {
            m_native = sqlitenative::available(db);
            if (!*m_native)
                qCInfo(lcHistory) << "SQLite's native API unavailable; using Qt SQL for bulk access";
        }
        return *m_native;
    }

    mutable std::optional<bool> m_native;
    mutable std::optional<bool> m_referenceIndex;
};

} // namespace

std::unique_ptr<SqlDialect> makeSqliteDialect()
{
    return std::make_unique<SqliteDialect>();
}

} // namespace tricheck::history
