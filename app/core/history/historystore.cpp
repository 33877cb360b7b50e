#include "historystore.h"

#include "common/appinfo.h"
#include "common/logging.h"
#include "historylocation.h"
#include "historynotifier.h"
#include "historyschema.h"
#include "historysql.h"
#include "sqldialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace tricheck::history {

namespace {

using Failure = Expected<qint64, HistoryError>;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tricheck-history-%1").arg(++counter);
}

bool isSchemaTable(const QString& name)
{
    return !name.startsWith(u"sqlite_");
}

QString orderBy(const HistorySort& sort, bool reversed)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + sql::sortExpression(sort.column) + dir + QStringLiteral(", id") + dir;
}

// Nearest-rank percentile over a histogram of (value, count) pairs sorted by value.
std::optional<qint64> percentile(const QList<std::pair<qint64, qint64>>& histogram, qint64 total, double p)
{
    if (total <= 0)
        return std::nullopt;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(total))));
    qint64 seen = 0;
    for (const auto& [value, n] : histogram) {
        seen += n;
        if (seen >= rank)
            return value;
    }
    return histogram.isEmpty() ? std::nullopt : std::optional<qint64>(histogram.last().first);
}

} // namespace

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

int HistoryStore::schemaVersion()
{
    return kHistorySchemaVersion;
}

HistoryStore::HistoryStore(std::unique_ptr<SqlDialect> dialect, QString path, QString connectionName)
    : m_dialect(std::move(dialect))
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

HistoryStore::~HistoryStore()
{
    m_writer.reset(); // native statements are finalized before the connection closes
    m_settleBatchRow.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<HistoryStore>, HistoryError> HistoryStore::open(const Options& options)
{
    using Result = Expected<std::unique_ptr<HistoryStore>, HistoryError>;
    const auto location = HistoryLocation::parse(options.path);
    if (!location)
        return Result::failure(HistoryError::invalidArgument(location.error()));
    std::unique_ptr<SqlDialect> dialect;
    QString path;
    if (location->isPostgres()) {
        dialect = makePostgresDialect(*location, options.password);
        path = location->display();
    } else {
        dialect = makeSqliteDialect();
        path = QFileInfo(options.path.isEmpty() ? defaultPath() : options.path).absoluteFilePath();
    }
    if (auto error = dialect->prepareLocation(path))
        return Result::failure(*error);
    std::unique_ptr<HistoryStore> store(new HistoryStore(std::move(dialect), path, nextConnectionName()));
    if (auto error = store->initialize(options)) {
        qCWarning(lcHistory) << "history database not opened:" << error->kindId() << error->detail;
        return Result::failure(*error);
    }
    return Result(std::move(store));
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

HistoryError HistoryStore::sqlError(const QSqlError& error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return HistoryError::make(m_dialect->classify(error), m_path, detail);
}

HistoryError HistoryStore::sqlError(const QSqlQuery& query) const
{
    return sqlError(query.lastError());
}

std::optional<HistoryError> HistoryStore::exec(const QString& statement)
{
    QSqlQuery q(database());
    if (!q.exec(statement))
        return sqlError(q);
    return std::nullopt;
}

std::optional<HistoryError> HistoryStore::beginWrite()
{
    return exec(m_dialect->beginWriteStatement());
}

std::optional<HistoryError> HistoryStore::commit()
{
    if (auto error = exec(QStringLiteral("COMMIT"))) {
        rollback();
        return error;
    }
    return std::nullopt;
}

void HistoryStore::rollback()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when the engine already rolled back
}

std::optional<HistoryError> HistoryStore::initialize(const Options& options)
{
    m_options = options;
    m_options.path = m_path;
    m_beforeCommit = options.beforeCommitForTesting;
    m_portableOnly = options.portableSqlOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        if (!db.isValid())
            return HistoryError::make(HistoryError::Kind::OpenFailed,
                                      m_path,
                                      tr("the database driver %1 is not installed").arg(m_dialect->driverName()));
        m_dialect->configure(db, m_path, options.busyTimeoutMs);
        if (!db.open())
            return sqlError(db.lastError());
    }
    for (const QString& statement : m_dialect->sessionStatements()) {
        if (auto error = exec(statement))
            return error;
    }

    // Nothing is written before the file has proved sound and of a schema this build knows.
    QSqlDatabase db = database();
    if (options.integrityCheck != IntegrityCheck::Skip) {
        QSqlError checkError;
        const QStringList problems =
            m_dialect->integrityProblems(db, options.integrityCheck == IntegrityCheck::Thorough, &checkError);
        if (checkError.isValid()) {
            HistoryError e = sqlError(checkError);
            if (e.kind == HistoryError::Kind::Query)
                e = HistoryError::make(HistoryError::Kind::Corrupt, m_path, e.detail);
            return e;
        }
        if (!problems.isEmpty())
            return HistoryError::make(HistoryError::Kind::Corrupt,
                                      m_path,
                                      problems.mid(0, 3).join(QStringLiteral("; ")));
    }
    if (m_dialect->isForeign(db))
        return HistoryError::make(HistoryError::Kind::NotHistory, m_path);

    const auto version = readSchemaVersion();
    if (!version)
        return version.error();
    m_foundVersion = *version;
    if (m_foundVersion > kHistorySchemaVersion)
        return HistoryError::newerSchema(m_path, m_foundVersion, kHistorySchemaVersion);

    if (auto error = m_dialect->enableConcurrentAccess(db, m_path))
        return error;
    if (auto error = migrate())
        return error;
    m_dialect->secureFiles(m_path);

    if (options.retentionDays) {
        const auto deleted = applyRetention(*options.retentionDays, QStringLiteral("open"));
        if (!deleted)
            return deleted.error();
        m_retentionDeleted = *deleted;
    }
    qCDebug(lcHistory) << "history database open, schema" << m_foundVersion << "->" << kHistorySchemaVersion;
    return std::nullopt;
}

Expected<int, HistoryError> HistoryStore::readSchemaVersion()
{
    using Result = Expected<int, HistoryError>;
    QSqlDatabase db = database();
    const QStringList tables = db.tables(QSql::Tables);
    if (!tables.contains(QStringLiteral("tricheck_schema"))) {
        for (const QString& t : tables) {
            if (isSchemaTable(t))
                return Result::failure(HistoryError::make(HistoryError::Kind::NotHistory, m_path));
        }
        return 0;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM tricheck_schema")))
        return Result::failure(sqlError(q));
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<HistoryError> HistoryStore::migrate()
{
    for (const Migration& step : historyMigrations(*m_dialect)) {
        if (step.version <= m_foundVersion)
            continue;
        if (auto error = beginWrite())
            return error;
        {
            QSqlDatabase db = database();
            if (const auto error = m_dialect->lockForMigration(db)) {
                const HistoryError e = sqlError(*error);
                rollback();
                return e;
            }
        }
        // Another process may have migrated while we waited for the write lock.
        const auto current = readSchemaVersion();
        if (!current) {
            rollback();
            return current.error();
        }
        if (*current > kHistorySchemaVersion) {
            rollback();
            return HistoryError::newerSchema(m_path, *current, kHistorySchemaVersion);
        }
        if (*current >= step.version) {
            rollback();
            continue;
        }
        QSqlDatabase db = database();
        for (const QString& statement : step.statements) {
            if (auto error = exec(statement)) {
                rollback();
                return error;
            }
        }
        if (step.backfill) {
            if (const auto error = step.backfill(db)) {
                rollback();
                return sqlError(*error);
            }
        }
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT INTO tricheck_schema (version, applied_ms, app_version) VALUES (?, ?, ?)"));
        record.bindValue(0, step.version);
        record.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        record.bindValue(2, AppInfo::version());
        if (!record.exec()) {
            const HistoryError error = sqlError(record);
            rollback();
            return error;
        }
        if (auto error = commit())
            return error;
        qCInfo(lcHistory) << "history schema migrated to version" << step.version;
    }
    return std::nullopt;
}

Expected<qint64, HistoryError> HistoryStore::insert(const api::VerifyOutcome& outcome,
                                                    const std::optional<Fingerprints>& fingerprints,
                                                    const BatchRef& batch)
{
    AttemptRecord record = AttemptRecord::fromOutcome(outcome);
    if (fingerprints)
        record.fingerprints = *fingerprints;
    record.batch = batch;
    return insert(record);
}

Expected<qint64, HistoryError> HistoryStore::insert(const AttemptRecord& record)
{
    const auto ids = insertBatch({record});
    if (!ids)
        return Failure::failure(ids.error());
    return ids->constFirst();
}

std::optional<HistoryError> HistoryStore::writeTransaction(const TransactionWork& work)
{
    const auto done = insertBatch({}, work);
    if (!done)
        return done.error();
    return std::nullopt;
}

Expected<QList<qint64>, HistoryError> HistoryStore::insertBatch(const QList<AttemptRecord>& records,
                                                                const TransactionWork& alsoInTransaction)
{
    using Result = Expected<QList<qint64>, HistoryError>;
    if (records.isEmpty() && !alsoInTransaction)
        return QList<qint64>{};
    if (auto error = beginWrite())
        return Result::failure(*error);
    QList<qint64> ids;
    ids.reserve(records.size());
    if (!m_writer) {
        QSqlDatabase db = database();
        m_writer = m_portableOnly ? m_dialect->SqlDialect::attemptWriter(db) : m_dialect->attemptWriter(db);
    }
    for (const AttemptRecord& record : records) {
        qint64 id = 0;
        if (const auto error = m_writer->insert(record, &id)) {
            const HistoryError e = sqlError(*error);
            rollback();
            return Result::failure(e);
        }
        ids.append(id);
        if (!record.batch.batchId.isEmpty() && record.batch.row) {
            if (const auto error = settleBatchRow(record, id)) {
                const HistoryError e = sqlError(*error);
                rollback();
                return Result::failure(e);
            }
        }
    }
    if (alsoInTransaction) {
        QSqlDatabase db = database();
        if (const auto error = alsoInTransaction(db)) {
            const HistoryError e = sqlError(*error);
            rollback();
            return Result::failure(e);
        }
    }
    if (m_beforeCommit)
        m_beforeCommit();
    if (auto error = commit())
        return Result::failure(*error);
    if (!records.isEmpty())
        notifyAppended();
    return ids;
}

std::optional<QSqlError> HistoryStore::settleBatchRow(const AttemptRecord& record, qint64 attemptRow)
{
    if (!m_settleBatchRow) {
        m_settleBatchRow = std::make_unique<QSqlQuery>(database());
        if (!m_settleBatchRow->prepare(
                QStringLiteral("UPDATE batch_rows SET state = CASE WHEN ? = 1 AND sends < ? THEN 'pending' "
                               "ELSE 'answered' END, attempt_row = ? WHERE batch_id = ? AND batch_row = ?"))) {
            const QSqlError error = m_settleBatchRow->lastError();
            m_settleBatchRow.reset();
            return error;
        }
    }
    QSqlQuery& q = *m_settleBatchRow;
    q.bindValue(0, record.errorKind == u"throttled" ? 1 : 0);
    q.bindValue(1, BatchRef::kMaxThrottledSends);
    q.bindValue(2, attemptRow);
    q.bindValue(3, record.batch.batchId);
    q.bindValue(4, *record.batch.row);
    if (!q.exec())
        return q.lastError();
    return std::nullopt;
}

Expected<qint64, HistoryError> HistoryStore::count(const HistoryFilter& filter)
{
    const sql::Where w = sql::where(filter, m_dialect->likeOperator());
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM attempts") + w.text);
    sql::bindAll(q, w.binds);
    if (!q.exec() || !q.next())
        return Failure::failure(sqlError(q));
    return q.value(0).toLongLong();
}

SortKey HistoryStore::sortKey(const HistorySort& sort, const AttemptRecord& record)
{
    return {sql::sortValue(sort.column, record), record.id};
}

Expected<QList<AttemptRecord>, HistoryError>
HistoryStore::window(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window)
{
    using Result = Expected<QList<AttemptRecord>, HistoryError>;
    sql::Where w = sql::where(filter, m_dialect->likeOperator());
    if (window.after) {
        const bool ascending = (sort.order == Qt::AscendingOrder) != window.reversed;
        w.add(QStringLiteral("(%1, id) %2 (?, ?)")
                  .arg(sql::sortExpression(sort.column), ascending ? QStringLiteral(">") : QStringLiteral("<")),
              {window.after->value, window.after->id});
    }
    QVariantList binds = w.binds;
    binds << qMax(0, window.limit) << qMax<qint64>(0, window.offset);
    QList<AttemptRecord> rows;
    rows.reserve(qMin(window.limit, 4096));
    const auto n = visit(QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM attempts") + w.text +
                             orderBy(sort, window.reversed) + QStringLiteral(" LIMIT ? OFFSET ?"),
                         binds,
                         [&rows](const AttemptRecord& r) {
                             rows.append(r);
                             return true;
                         });
    if (!n)
        return Result::failure(n.error());
    return rows;
}

Expected<qint64, HistoryError> HistoryStore::forEach(const HistoryFilter& filter,
                                                     const HistorySort& sort,
                                                     const std::function<bool(const AttemptRecord&)>& visitor)
{
    const sql::Where w = sql::where(filter, m_dialect->likeOperator());
    return visit(QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM attempts") + w.text +
                     orderBy(sort, false),
                 w.binds,
                 visitor);
}

Expected<qint64, HistoryError> HistoryStore::visit(const QString& select,
                                                   const QVariantList& binds,
                                                   const std::function<bool(const AttemptRecord&)>& visitor)
{
    QSqlDatabase db = database();
    const auto cursor = m_portableOnly ? m_dialect->SqlDialect::attemptCursor(db, select, binds)
                                       : m_dialect->attemptCursor(db, select, binds);
    AttemptRecord record;
    qint64 n = 0;
    while (cursor->next(&record)) {
        ++n;
        if (!visitor(record))
            break;
    }
    if (const auto error = cursor->error())
        return Failure::failure(sqlError(*error));
    return n;
}

Expected<std::optional<AttemptRecord>, HistoryError> HistoryStore::record(qint64 id)
{
    using Result = Expected<std::optional<AttemptRecord>, HistoryError>;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + sql::selectColumns() + QStringLiteral(" FROM attempts WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Result::failure(sqlError(q));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Result::failure(sqlError(q));
        return std::optional<AttemptRecord>();
    }
    return std::optional<AttemptRecord>(sql::readRecord(q));
}

Expected<qint64, HistoryError> HistoryStore::maxId()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM attempts")) || !q.next())
        return Failure::failure(sqlError(q));
    return q.value(0).toLongLong();
}

Expected<StatusCounts, HistoryError> HistoryStore::statusCounts(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    using Result = Expected<StatusCounts, HistoryError>;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status_role, billed, COUNT(*) FROM attempts "
                             "WHERE started_ms >= ? AND started_ms < ? GROUP BY status_role, billed"));
    q.bindValue(0, fromUtc.toMSecsSinceEpoch());
    q.bindValue(1, toUtc.toMSecsSinceEpoch());
    if (!q.exec())
        return Result::failure(sqlError(q));
    StatusCounts c;
    while (q.next()) {
        const auto role = api::ResultCatalogue::roleFromId(q.value(0).toString()).value_or(api::StatusRole::Unknown);
        const qint64 n = q.value(2).toLongLong();
        c.total += n;
        c.perRole[role] += n;
        if (role == api::StatusRole::Error)
            c.errors += n;
        else
            c.verified += n;
        if (!q.value(1).isNull() && q.value(1).toInt() != 0)
            c.billed += n;
    }
    if (q.lastError().isValid())
        return Result::failure(sqlError(q));
    return c;
}

Expected<HistoryStats, HistoryError> HistoryStore::stats(const HistoryFilter& filter)
{
    using Result = Expected<HistoryStats, HistoryError>;
    static const QString statsSelect =
        QStringLiteral("SELECT status_role, sub_code, error_kind, billed, latency_ms FROM attempts");
    // One pass over the covering time index, summed up here: grouping in SQL would sort a
    // million entries. Latency percentiles come exactly from the per-millisecond counts.
    const sql::Where w = sql::where(filter, m_dialect->likeOperator());
    QSqlDatabase db = database();
    const auto cursor = m_portableOnly ? m_dialect->SqlDialect::rowCursor(db, statsSelect + w.text, w.binds)
                                       : m_dialect->rowCursor(db, statsSelect + w.text, w.binds);
    HistoryStats s;
    QHash<QString, qint64> byStatus;
    QHash<QString, qint64> bySubCode;
    QHash<QString, qint64> byErrorKind;
    QHash<qint64, qint64> latencies;
    const QString validation = api::errorKindId(api::ErrorKind::Validation);
    const QString configuration = api::errorKindId(api::ErrorKind::Configuration);
    while (cursor->next()) {
        ++s.total;
        ++byStatus[cursor->text(0)];
        const bool error = !cursor->isNull(2);
        const QString errorKind = error ? cursor->text(2) : QString();
        if (error)
            ++byErrorKind[errorKind];
        else
            ++bySubCode[cursor->text(1)];
        if (cursor->isNull(3))
            ++s.billingUnknown;
        else if (cursor->integer(3) != 0)
            ++s.billed;
        else
            ++s.notBilled;
        // Latency of the attempts that were sent (input and configuration errors never were).
        if (!error || (errorKind != validation && errorKind != configuration))
            ++latencies[cursor->integer(4)];
    }
    if (const auto error = cursor->error())
        return Result::failure(sqlError(*error));
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        s.byStatus.insert(it.key(), it.value());
    for (auto it = bySubCode.cbegin(); it != bySubCode.cend(); ++it)
        s.bySubCode.insert(it.key(), it.value());
    for (auto it = byErrorKind.cbegin(); it != byErrorKind.cend(); ++it)
        s.byErrorKind.insert(it.key(), it.value());
    QList<std::pair<qint64, qint64>> sortedLatencies;
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it)
        sortedLatencies.append({it.key(), it.value()});
    std::sort(sortedLatencies.begin(), sortedLatencies.end());
    qint64 sent = 0;
    for (const auto& [latency, n] : std::as_const(sortedLatencies))
        sent += n;
    const QList<std::pair<qint64, qint64>>& histogram = sortedLatencies;
    s.p50LatencyMs = percentile(histogram, sent, 0.50);
    s.p95LatencyMs = percentile(histogram, sent, 0.95);
    if (!histogram.isEmpty())
        s.maxLatencyMs = histogram.constLast().first;
    return s;
}

Expected<qint64, HistoryError> HistoryStore::appendAuditInTransaction(const AuditEvent& event)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO audit_events (at_ms, operator_name, kind, subject, row_count, details) "
                             "VALUES (?, ?, ?, ?, ?, ?)") +
              m_dialect->returningId());
    const QDateTime at = event.atUtc.isValid() ? event.atUtc : QDateTime::currentDateTimeUtc();
    q.bindValue(0, at.toMSecsSinceEpoch());
    q.bindValue(1, event.operatorName.isEmpty() ? AppInfo::osUserName() : event.operatorName);
    q.bindValue(2, event.kindId.isEmpty() ? AuditEvent::idFor(event.kind) : event.kindId);
    q.bindValue(3, event.subject.isNull() ? QStringLiteral("") : event.subject);
    q.bindValue(4, event.rowCount ? QVariant(*event.rowCount) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(5, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Failure::failure(sqlError(q));
    return insertedId(*m_dialect, q);
}

Expected<qint64, HistoryError> HistoryStore::appendAudit(const AuditEvent& event)
{
    if (auto error = beginWrite())
        return Failure::failure(*error);
    auto id = appendAuditInTransaction(event);
    if (!id) {
        rollback();
        return id;
    }
    if (auto error = commit())
        return Failure::failure(*error);
    emit HistoryNotifier::instance()->auditAppended(m_path);
    return id;
}

Expected<QList<AuditEvent>, HistoryError> HistoryStore::auditEvents(int limit, std::optional<qint64> beforeId)
{
    using Result = Expected<QList<AuditEvent>, HistoryError>;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at_ms, operator_name, kind, subject, row_count, details FROM audit_events") +
              (beforeId ? QStringLiteral(" WHERE id < ?") : QString()) + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    int i = 0;
    if (beforeId)
        q.bindValue(i++, *beforeId);
    q.bindValue(i, qMax(0, limit));
    if (!q.exec())
        return Result::failure(sqlError(q));
    QList<AuditEvent> events;
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.operatorName = q.value(2).toString();
        e.kindId = q.value(3).toString();
        e.kind = AuditEvent::kindFromId(e.kindId);
        e.subject = q.value(4).toString();
        if (!q.value(5).isNull())
            e.rowCount = q.value(5).toLongLong();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        events.append(e);
    }
    if (q.lastError().isValid())
        return Result::failure(sqlError(q));
    return events;
}

Expected<qint64, HistoryError>
HistoryStore::deleteWithAudit(const QList<DeleteStep>& steps, const AuditEvent& event, bool alwaysAudit)
{
    if (auto error = beginWrite())
        return Failure::failure(*error);
    qint64 deleted = 0;
    for (const DeleteStep& step : steps) {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("DELETE FROM attempts") + step.where);
        sql::bindAll(q, step.binds);
        if (!q.exec()) {
            const HistoryError error = sqlError(q);
            rollback();
            return Failure::failure(error);
        }
        deleted += q.numRowsAffected();
    }
    if (deleted > 0 || alwaysAudit) {
        AuditEvent e = event;
        e.rowCount = deleted;
        auto id = appendAuditInTransaction(e);
        if (!id) {
            rollback();
            return id;
        }
    }
    if (auto error = commit())
        return Failure::failure(*error);
    if (deleted > 0) {
        QSqlDatabase db = database();
        m_dialect->afterDelete(db);
        notifyRemoved();
    }
    if (deleted > 0 || alwaysAudit)
        emit HistoryNotifier::instance()->auditAppended(m_path);
    qCInfo(lcHistory) << "deleted" << deleted << "history rows:" << event.kindId;
    return deleted;
}

Expected<qint64, HistoryError> HistoryStore::applyRetention(int days, const QString& trigger, const QDateTime& nowUtc)
{
    if (days < 1)
        return Failure::failure(HistoryError::invalidArgument(tr("The retention period must be at least one day.")));
    const QDateTime cutoff = nowUtc.toUTC().addDays(-days);
    const AuditEvent event = AuditEvent::retentionRun(days, cutoff, 0, trigger);
    // At open, a run that finds nothing to delete is not worth an audit entry on every start.
    return deleteWithAudit({{QStringLiteral(" WHERE started_ms < ?"), {cutoff.toMSecsSinceEpoch()}}},
                           event,
                           trigger != u"open");
}

Expected<qint64, HistoryError> HistoryStore::purge(const PurgeRequest& request)
{
    switch (request.scope) {
    case PurgeRequest::Scope::All:
        return deleteWithAudit({{QString(), {}}}, AuditEvent::purged(QStringLiteral("all"), 0, {}), true);
    case PurgeRequest::Scope::OlderThan: {
        if (!request.before.isValid())
            return Failure::failure(HistoryError::invalidArgument(tr("No date was given for the purge.")));
        const QJsonObject details{{QStringLiteral("before"), request.before.toUTC().toString(Qt::ISODate)}};
        return deleteWithAudit({{QStringLiteral(" WHERE started_ms < ?"), {request.before.toMSecsSinceEpoch()}}},
                               AuditEvent::purged(QStringLiteral("older_than"), 0, details),
                               true);
    }
    case PurgeRequest::Scope::Ids:
        break;
    }
    if (request.ids.isEmpty())
        return qint64(0);
    // Chunks keep every statement under the engines' bound-parameter limits; all chunks and the
    // audit entry commit together.
    QList<DeleteStep> steps;
    QJsonArray ids;
    constexpr int kChunk = 500;
    for (int i = 0; i < request.ids.size(); i += kChunk) {
        DeleteStep step;
        const QList<qint64> chunk = request.ids.mid(i, kChunk);
        for (const qint64 id : chunk) {
            step.binds.append(id);
            ids.append(id);
        }
        step.where = QStringLiteral(" WHERE id IN (?") + QStringLiteral(",?").repeated(chunk.size() - 1) + u')';
        steps.append(step);
    }
    QJsonObject details{{QStringLiteral("count"), ids.size()}};
    if (ids.size() <= 1000)
        details.insert(QStringLiteral("ids"), ids);
    return deleteWithAudit(steps, AuditEvent::purged(QStringLiteral("selected"), 0, details), true);
}

Expected<QStringList, HistoryError> HistoryStore::checkIntegrity()
{
    using Result = Expected<QStringList, HistoryError>;
    QSqlDatabase db = database();
    QSqlError error;
    const QStringList problems = m_dialect->integrityProblems(db, true, &error);
    if (error.isValid())
        return Result::failure(sqlError(error));
    return problems;
}

void HistoryStore::notifyAppended()
{
    emit HistoryNotifier::instance()->attemptsAppended(m_path);
}

void HistoryStore::notifyRemoved()
{
    emit HistoryNotifier::instance()->attemptsRemoved(m_path);
}

} // namespace tricheck::history
