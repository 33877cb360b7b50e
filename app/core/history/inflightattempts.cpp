#include "inflightattempts.h"

#include "api/verifyoutcome.h"
#include "auditevent.h"
#include "auditlog.h"
#include "common/logging.h"
#include "common/processowner.h"
#include "historydatabase.h"
#include "historysql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace tricheck::history {

namespace {

QSqlError statementError(const QString& text)
{
    return QSqlError(text, text, QSqlError::StatementError);
}

} // namespace

bool InFlightAttempts::isPlaceholder(const AttemptRecord& record)
{
    return record.id == 0 && record.errorKind == api::errorKindId(api::ErrorKind::InFlight);
}

std::optional<QSqlError> InFlightAttempts::markInFlight(Transaction& transaction, qint64 row, qint64 sinceMs)
{
    QSqlError error;
    QSqlQuery* q = transaction.prepared(
        QStringLiteral("INSERT INTO attempts_in_flight (attempt_row, owner, since_ms) VALUES (?, ?, ?)"),
        &error);
    if (!q)
        return error;
    q->bindValue(0, row);
    q->bindValue(1, ProcessOwner::current());
    q->bindValue(2, sinceMs);
    if (!q->exec())
        return q->lastError();
    return std::nullopt;
}

std::optional<QSqlError> InFlightAttempts::settle(Transaction& transaction, const AttemptRecord& record)
{
    // An attempt settled as "outcome unknown" meanwhile (by another computer's open, after
    // kAbandonedAfterMs) gets the outcome all the same: it is known now.
    QSqlError error;
    QSqlQuery* release =
        transaction.prepared(QStringLiteral("DELETE FROM attempts_in_flight WHERE attempt_row = ?"), &error);
    if (!release)
        return error;
    release->bindValue(0, record.id);
    if (!release->exec())
        return release->lastError();
    QSqlQuery* update = transaction.prepared(sql::updateStatement(), &error);
    if (!update)
        return error;
    sql::bindRecord(*update, record);
    update->bindValue(sql::kInsertColumns, record.id);
    if (!update->exec())
        return update->lastError();
    if (update->numRowsAffected() != 1)
        return statementError(QStringLiteral("attempt %1 not found").arg(record.id));
    return std::nullopt;
}

Expected<qint64, HistoryError> InFlightAttempts::settleOrphans(HistoryDatabase& database, const AuditLog& audit)
{
    using Result = Expected<qint64, HistoryError>;
    // Looked at without the write lock first: an open must not wait for a batch's writes when
    // nothing is to be settled (the usual case).
    QList<qint64> orphans;
    {
        QSqlQuery list = database.query();
        if (!list.exec(QStringLiteral("SELECT attempt_row, owner, since_ms FROM attempts_in_flight")))
            return Result::failure(database.error(list));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        while (list.next()) {
            if (ProcessOwner::isGone(list.value(1).toString()) || now - list.value(2).toLongLong() > kAbandonedAfterMs)
                orphans.append(list.value(0).toLongLong());
        }
    }
    if (orphans.isEmpty())
        return qint64(0);
    qint64 settled = 0;
    const auto failed = database.write([&](Transaction& transaction) -> std::optional<HistoryError> {
        settled = 0;
        QSqlQuery unknown = transaction.query();
        if (!unknown.prepare(QStringLiteral("UPDATE attempts SET error_kind = ?, status_role = ?, billed = NULL "
                                            "WHERE id = ? AND error_kind = ?")))
            return database.error(unknown);
        QSqlQuery release = transaction.query();
        if (!release.prepare(QStringLiteral("DELETE FROM attempts_in_flight WHERE attempt_row = ?")))
            return database.error(release);
        for (const qint64 row : std::as_const(orphans)) {
            unknown.bindValue(0, api::errorKindId(api::ErrorKind::OutcomeUnknown));
            unknown.bindValue(1, api::ResultCatalogue::roleId(api::StatusRole::Error));
            unknown.bindValue(2, row);
            unknown.bindValue(3, api::errorKindId(api::ErrorKind::InFlight));
            if (!unknown.exec())
                return database.error(unknown);
            settled += unknown.numRowsAffected();
            release.bindValue(0, row);
            if (!release.exec())
                return database.error(release);
        }
        if (settled > 0) {
            if (const auto id = audit.append(transaction, AuditEvent::orphansSettled(settled)); !id)
                return id.error();
        }
        return std::nullopt;
    });
    if (failed)
        return Result::failure(*failed);
    if (settled > 0)
        qCWarning(lcHistory) << settled << "attempt(s) left in flight by a process that ended: outcome unknown";
    return settled;
}

} // namespace tricheck::history
