#include "batchjournal.h"

#include "common/appinfo.h"
#include "common/processowner.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace tricheck::batch {

using history::HistoryError;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// True while the process named by `owner` may still be working on the batch.
bool ownerAlive(const QString& owner, qint64 heartbeatMs)
{
    if (owner.isEmpty())
        return false;
    if (nowMs() - heartbeatMs > BatchJournal::kStaleOwnerMs)
        return false;
    return !ProcessOwner::isGone(owner);
}

QSqlError statementError(const QString& text)
{
    return QSqlError(text, text, QSqlError::StatementError);
}

BatchInfo readInfo(const QSqlQuery& q)
{
    BatchInfo b;
    b.batchId = q.value(0).toString();
    b.createdUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    b.updatedUtc = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    b.operatorName = q.value(3).toString();
    b.sourceName = q.value(4).toString();
    b.sourceDigest = q.value(5).toString();
    b.sourceBytes = q.value(6).toLongLong();
    b.settings = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    b.rowCount = q.value(8).toInt();
    b.invalidCount = q.value(9).toInt();
    b.duplicateCount = q.value(10).toInt();
    b.state = batchStateFromId(q.value(11).toString()).value_or(BatchState::Stopped);
    b.owner = q.value(12).toString();
    b.heartbeatMs = q.value(13).toLongLong();
    return b;
}

const QString kInfoColumns = QStringLiteral(
    "batch_id, created_ms, updated_ms, operator_name, source_name, source_digest, source_bytes, settings, "
    "row_count, invalid_count, duplicate_count, state, owner, heartbeat_ms");

} // namespace

BatchJournal::BatchJournal(history::HistoryStore* store)
    : m_store(store)
    , m_attachError(store->attach(schemaModule()))
{ }

QString BatchJournal::newBatchId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString BatchJournal::processOwner()
{
    return ProcessOwner::current();
}

std::optional<HistoryError> BatchJournal::create(const BatchInfo& info, const QList<int>& lines)
{
    if (m_attachError)
        return m_attachError;
    return m_store->writeTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
        QSqlQuery batch = tx.query();
        batch.prepare(QStringLiteral("INSERT INTO batches (") + kInfoColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = nowMs();
        const QVariantList values{
            info.batchId,
            info.createdUtc.isValid() ? info.createdUtc.toMSecsSinceEpoch() : now,
            now,
            info.operatorName.isEmpty() ? AppInfo::osUserName() : info.operatorName,
            info.sourceName,
            info.sourceDigest,
            info.sourceBytes,
            QString::fromUtf8(QJsonDocument(info.settings).toJson(QJsonDocument::Compact)),
            info.rowCount,
            info.invalidCount,
            info.duplicateCount,
            batchStateId(info.state),
            info.owner,
            now,
        };
        for (int i = 0; i < values.size(); ++i)
            batch.bindValue(i, values.at(i));
        if (!batch.exec())
            return batch.lastError();
        // Many rows per statement: one statement per row made a million-row batch take about six
        // seconds to start (SQLite), and a round trip per row on PostgreSQL. 500 rows bind 1,000
        // values, well under both databases' limits.
        constexpr int kRowsPerStatement = 500;
        const auto statementFor = [](int rows) {
            QString sql = QStringLiteral("INSERT INTO batch_rows (batch_id, batch_row, state, sends) VALUES ");
            for (int i = 0; i < rows; ++i)
                sql += i == 0 ? QStringLiteral("(?, ?, 'pending', 0)") : QStringLiteral(", (?, ?, 'pending', 0)");
            return sql;
        };
        QSqlQuery full = tx.query();
        if (lines.size() >= kRowsPerStatement && !full.prepare(statementFor(kRowsPerStatement)))
            return full.lastError();
        for (qsizetype start = 0; start < lines.size(); start += kRowsPerStatement) {
            const int rows = int(std::min<qsizetype>(kRowsPerStatement, lines.size() - start));
            QSqlQuery rest = tx.query();
            QSqlQuery& insert = rows == kRowsPerStatement ? full : rest;
            if (rows != kRowsPerStatement && !rest.prepare(statementFor(rows)))
                return rest.lastError();
            for (int i = 0; i < rows; ++i) {
                insert.bindValue(2 * i, info.batchId);
                insert.bindValue(2 * i + 1, lines.at(start + i));
            }
            if (!insert.exec())
                return insert.lastError();
        }
        return std::nullopt;
    });
}

Expected<std::optional<BatchInfo>, HistoryError> BatchJournal::find(const QString& batchId)
{
    return firstBatch(QStringLiteral("batch_id = ?"), batchId);
}

Expected<std::optional<BatchInfo>, HistoryError> BatchJournal::latestOfSource(const QString& sourceDigest)
{
    return firstBatch(QStringLiteral("source_digest = ? ORDER BY created_ms DESC, batch_id LIMIT 1"), sourceDigest);
}

Expected<std::optional<BatchInfo>, HistoryError> BatchJournal::firstBatch(const QString& condition,
                                                                          const QVariant& value)
{
    using Result = Expected<std::optional<BatchInfo>, HistoryError>;
    if (m_attachError)
        return Result::failure(*m_attachError);
    std::optional<BatchInfo> found;
    if (const auto error = m_store->readTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
            QSqlQuery q = tx.query();
            q.prepare(QStringLiteral("SELECT ") + kInfoColumns + QStringLiteral(" FROM batches WHERE ") + condition);
            q.bindValue(0, value);
            if (!q.exec())
                return q.lastError();
            if (q.next())
                found = readInfo(q);
            return std::nullopt;
        }))
        return Result::failure(*error);
    return found;
}

Expected<QList<BatchInfo>, HistoryError> BatchJournal::list(int limit)
{
    using Result = Expected<QList<BatchInfo>, HistoryError>;
    if (m_attachError)
        return Result::failure(*m_attachError);
    QList<BatchInfo> out;
    if (const auto error = m_store->readTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
            QSqlQuery q = tx.query();
            q.prepare(QStringLiteral("SELECT ") + kInfoColumns +
                      QStringLiteral(" FROM batches ORDER BY created_ms DESC, batch_id LIMIT ?"));
            q.bindValue(0, qMax(0, limit));
            if (!q.exec())
                return q.lastError();
            while (q.next())
                out.append(readInfo(q));
            return std::nullopt;
        }))
        return Result::failure(*error);
    return out;
}

Expected<QHash<int, JournalRow>, HistoryError> BatchJournal::rows(const QString& batchId)
{
    using Result = Expected<QHash<int, JournalRow>, HistoryError>;
    if (m_attachError)
        return Result::failure(*m_attachError);
    QHash<int, JournalRow> out;
    if (const auto error = m_store->readTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
            QSqlQuery q = tx.query();
            q.prepare(QStringLiteral("SELECT batch_row, state, sends, attempt_row FROM batch_rows WHERE batch_id = ?"));
            q.bindValue(0, batchId);
            if (!q.exec())
                return q.lastError();
            while (q.next())
                out.insert(q.value(0).toInt(),
                           {rowStateFromId(q.value(1).toString()).value_or(RowState::Unknown),
                            q.value(2).toInt(),
                            q.value(3).toLongLong()});
            if (q.lastError().isValid())
                return q.lastError();
            return std::nullopt;
        }))
        return Result::failure(*error);
    return out;
}

Expected<BatchJournal::Claim, HistoryError> BatchJournal::claim(const QString& batchId, const QString& owner)
{
    using Result = Expected<Claim, HistoryError>;
    const auto found = find(batchId);
    if (!found)
        return Result::failure(found.error());
    if (!found.value())
        return Result::failure(HistoryError::invalidArgument(tr("There is no batch %1 in this history.").arg(batchId)));
    const BatchInfo& info = **found;
    if (info.owner != owner && ownerAlive(info.owner, info.heartbeatMs))
        return Result::failure(HistoryError::invalidArgument(
            tr("Batch %1 is being run by another TriCheck process (%2). Wait for it to finish, or stop it first.")
                .arg(batchId, info.owner.section(u':', 0, 1))));
    Claim claim;
    bool raced = false;
    const auto error = m_store->writeTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
        QSqlQuery take = tx.query();
        take.prepare(QStringLiteral("UPDATE batches SET owner = ?, heartbeat_ms = ?, updated_ms = ?, state = ? "
                                    "WHERE batch_id = ? AND owner = ?"));
        take.bindValue(0, owner);
        take.bindValue(1, nowMs());
        take.bindValue(2, nowMs());
        take.bindValue(3, batchStateId(BatchState::Running));
        take.bindValue(4, batchId);
        take.bindValue(5, info.owner);
        if (!take.exec())
            return take.lastError();
        if (take.numRowsAffected() != 1) {
            raced = true;
            return statementError(QStringLiteral("batch taken over concurrently"));
        }
        QSqlQuery inFlight = tx.query();
        inFlight.prepare(QStringLiteral(
            "SELECT batch_row FROM batch_rows WHERE batch_id = ? AND state = 'in_flight' ORDER BY batch_row"));
        inFlight.bindValue(0, batchId);
        if (!inFlight.exec())
            return inFlight.lastError();
        while (inFlight.next())
            claim.newlyUnknown.append(inFlight.value(0).toInt());
        inFlight.finish();
        QSqlQuery mark = tx.query();
        // Each such row has its attempt in the history, committed in flight with the mark (the
        // open of the history settled it as "outcome unknown" once its process was gone).
        mark.prepare(QStringLiteral(
            "UPDATE batch_rows SET state = 'unknown', attempt_row = (SELECT MAX(a.id) FROM attempts a WHERE "
            "a.batch_id = batch_rows.batch_id AND a.batch_row = batch_rows.batch_row) "
            "WHERE batch_id = ? AND state = 'in_flight'"));
        mark.bindValue(0, batchId);
        if (!mark.exec())
            return mark.lastError();
        return std::nullopt;
    });
    if (raced)
        return Result::failure(HistoryError::invalidArgument(
            tr("Batch %1 was taken over by another TriCheck process just now.").arg(batchId)));
    if (error)
        return Result::failure(*error);
    return claim;
}

Expected<int, HistoryError> BatchJournal::resendUnknown(const QString& batchId)
{
    if (m_attachError)
        return Expected<int, HistoryError>::failure(*m_attachError);
    int changed = 0;
    const auto error = m_store->writeTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
        QSqlQuery q = tx.query();
        q.prepare(
            QStringLiteral("UPDATE batch_rows SET state = 'pending' WHERE batch_id = ? AND (state = 'unknown' OR "
                           "(state = 'answered' AND attempt_row IN (SELECT id FROM attempts WHERE batch_id = ? AND "
                           "error_kind IS NOT NULL AND billed IS NULL)))"));
        q.bindValue(0, batchId);
        q.bindValue(1, batchId);
        if (!q.exec())
            return q.lastError();
        changed = q.numRowsAffected();
        return std::nullopt;
    });
    if (error)
        return Expected<int, HistoryError>::failure(*error);
    return changed;
}

std::optional<HistoryError> BatchJournal::setState(const QString& batchId, BatchState state, bool release)
{
    if (m_attachError)
        return m_attachError;
    return m_store->writeTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
        QSqlQuery q = tx.query();
        q.prepare(release
                      ? QStringLiteral("UPDATE batches SET state = ?, updated_ms = ?, owner = '' WHERE batch_id = ?")
                      : QStringLiteral("UPDATE batches SET state = ?, updated_ms = ? WHERE batch_id = ?"));
        q.bindValue(0, batchStateId(state));
        q.bindValue(1, nowMs());
        q.bindValue(2, batchId);
        if (!q.exec())
            return q.lastError();
        return std::nullopt;
    });
}

std::optional<HistoryError> BatchJournal::heartbeat(const QString& batchId, const QString& owner)
{
    if (m_attachError)
        return m_attachError;
    return m_store->writeTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
        QSqlQuery q = tx.query();
        q.prepare(QStringLiteral("UPDATE batches SET heartbeat_ms = ? WHERE batch_id = ? AND owner = ?"));
        q.bindValue(0, nowMs());
        q.bindValue(1, batchId);
        q.bindValue(2, owner);
        if (!q.exec())
            return q.lastError();
        if (q.numRowsAffected() != 1)
            return statementError(QStringLiteral("the batch is no longer held by this process"));
        return std::nullopt;
    });
}

std::optional<QSqlError> BatchJournal::markInFlight(history::Transaction& tx,
                                                    const QString& batchId,
                                                    const QString& owner,
                                                    const QList<int>& lines)
{
    if (lines.isEmpty())
        return std::nullopt;
    QSqlError error;
    QSqlQuery* held = tx.prepared(
        QStringLiteral("UPDATE batches SET heartbeat_ms = ?, updated_ms = ? WHERE batch_id = ? AND owner = ?"),
        &error);
    if (!held)
        return error;
    held->bindValue(0, nowMs());
    held->bindValue(1, nowMs());
    held->bindValue(2, batchId);
    held->bindValue(3, owner);
    if (!held->exec())
        return held->lastError();
    if (held->numRowsAffected() != 1)
        return statementError(QStringLiteral("the batch is no longer held by this process"));
    QSqlQuery* mark = tx.prepared(QStringLiteral("UPDATE batch_rows SET state = 'in_flight', sends = sends + 1 "
                                                 "WHERE batch_id = ? AND batch_row = ? AND state = 'pending'"),
                                  &error);
    if (!mark)
        return error;
    for (const int line : lines) {
        mark->bindValue(0, batchId);
        mark->bindValue(1, line);
        if (!mark->exec())
            return mark->lastError();
        if (mark->numRowsAffected() != 1)
            return statementError(QStringLiteral("row %1 is not pending").arg(line));
    }
    return std::nullopt;
}

std::optional<QSqlError>
BatchJournal::markSkipped(history::Transaction& tx, const QString& batchId, const QList<SkippedRow>& rows)
{
    if (rows.isEmpty())
        return std::nullopt;
    QSqlQuery mark = tx.query();
    if (!mark.prepare(QStringLiteral("UPDATE batch_rows SET state = 'skipped', attempt_row = ? "
                                     "WHERE batch_id = ? AND batch_row = ? AND state = 'pending'")))
        return mark.lastError();
    for (const SkippedRow& row : rows) {
        mark.bindValue(0, row.earlierAttempt);
        mark.bindValue(1, batchId);
        mark.bindValue(2, row.line);
        if (!mark.exec())
            return mark.lastError();
        if (mark.numRowsAffected() != 1)
            return statementError(QStringLiteral("row %1 is not pending").arg(row.line));
    }
    return std::nullopt;
}

Expected<BatchTally, HistoryError> BatchJournal::tally(const QString& batchId)
{
    using Result = Expected<BatchTally, HistoryError>;
    BatchTally t;
    const auto info = find(batchId);
    if (!info)
        return Result::failure(info.error());
    if (!info.value())
        return Result::failure(HistoryError::invalidArgument(tr("There is no batch %1 in this history.").arg(batchId)));
    t.rows = (*info)->rowCount;
    t.invalid = (*info)->invalidCount;
    t.duplicates = (*info)->duplicateCount;

    const auto error = m_store->readTransaction([&](history::Transaction& tx) -> std::optional<QSqlError> {
        QSqlQuery states = tx.query();
        states.prepare(QStringLiteral("SELECT state, COUNT(*) FROM batch_rows WHERE batch_id = ? GROUP BY state"));
        states.bindValue(0, batchId);
        if (!states.exec())
            return states.lastError();
        while (states.next()) {
            const int n = states.value(1).toInt();
            t.toSend += n;
            switch (rowStateFromId(states.value(0).toString()).value_or(RowState::Unknown)) {
            case RowState::Pending:
            case RowState::InFlight:
                t.pending += n;
                break;
            case RowState::Answered:
                t.sent += n;
                break;
            case RowState::Unknown:
                t.sent += n;
                t.unknown += n;
                break;
            case RowState::Skipped:
                t.skipped += n;
                break;
            }
        }
        QSqlQuery outcomes = tx.query();
        outcomes.prepare(QStringLiteral(
            "SELECT a.status_role, a.billed, COUNT(*) FROM batch_rows r JOIN attempts a ON a.id = r.attempt_row "
            "WHERE r.batch_id = ? AND r.state = 'answered' GROUP BY a.status_role, a.billed"));
        outcomes.bindValue(0, batchId);
        if (!outcomes.exec())
            return outcomes.lastError();
        while (outcomes.next()) {
            const QString role = outcomes.value(0).toString();
            const bool billedKnown = !outcomes.value(1).isNull();
            const bool billed = billedKnown && outcomes.value(1).toInt() != 0;
            const int n = outcomes.value(2).toInt();
            if (billed)
                t.billed += n;
            if (role == u"pass")
                t.pass += n;
            else if (role == u"mismatch" || role == u"partial")
                t.mismatch += n;
            else if (role == u"norecord")
                t.noRecord += n;
            else if (role == u"error" && !billedKnown)
                t.unknown += n;
            else
                t.errors += n;
        }
        return std::nullopt;
    });
    if (error)
        return Result::failure(*error);
    return t;
}

} // namespace tricheck::batch
