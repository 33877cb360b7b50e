#include "historystore.h"

#include "attemptwrites.h"
#include "auditlog.h"
#include "cleanclose.h"
#include "common/logging.h"
#include "historydatabase.h"
#include "historyfeed.h"
#include "historyintegrity.h"
#include "historylocation.h"
#include "historymigrator.h"
#include "historypaging.h"
#include "historyretention.h"
#include "historyschema.h"
#include "historysql.h"
#include "historystatistics.h"
#include "historytally.h"
#include "inflightattempts.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QThread>

namespace tricheck::history {

namespace {

using Id = Expected<qint64, HistoryError>;

struct DefaultProgress
{
    QMutex mutex;
    HistoryStore::MigrationProgress progress;
};

Q_GLOBAL_STATIC(DefaultProgress, g_defaultProgress)

// See HistoryStore::stats(): below this many attempts (some 50 ms of counting) a second connection
// costs more than it saves (opening one took 5-10 ms on a ten-million-row SQLite file, 51 ms on
// PostgreSQL over loopback).
QAtomicInteger<qint64> g_statsSplitThreshold = 200'000;

} // namespace

void HistoryStore::setDefaultMigrationProgress(MigrationProgress progress)
{
    const QMutexLocker lock(&g_defaultProgress->mutex);
    g_defaultProgress->progress = std::move(progress);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

int HistoryStore::schemaVersion()
{
    return kHistorySchemaVersion;
}

HistoryStore::HistoryStore(std::unique_ptr<HistoryDatabase> database)
    : m_database(std::move(database))
{ }

HistoryStore::~HistoryStore()
{
    // The parts (and their prepared statements) go before the connection closes, and the
    // clean-close stamp is written once SQLite has closed the file.
    m_retention.reset();
    m_audit.reset();
    m_statistics.reset();
    m_paging.reset();
    m_writes.reset();
    m_integrity.reset();
    // A store that skipped a check the file needed does not vouch for it.
    const bool sound =
        m_opened && (m_checkReason.isEmpty() || m_checkAtOpen || m_checkedSound) && !m_database->sawDamage();
    m_database.reset();
    if (m_cleanClose)
        m_cleanClose->release(sound);
}

Expected<std::unique_ptr<HistoryStore>, HistoryError> HistoryStore::open(const Options& options)
{
    using Result = Expected<std::unique_ptr<HistoryStore>, HistoryError>;
    const auto location = HistoryLocation::parse(options.path);
    if (!location)
        return Result::failure(HistoryError::invalidArgument(location.error()));
    std::unique_ptr<SqlDialect> dialect;
    QString path;
    QString feedKey;
    if (location->isPostgres()) {
        dialect = makePostgresDialect(*location, options.password);
        path = location->display();
        feedKey = QStringLiteral("postgresql:") + path;
    } else {
        dialect = makeSqliteDialect();
        path = QFileInfo(options.path.isEmpty() ? defaultPath() : options.path).absoluteFilePath();
    }
    if (auto error = dialect->prepareLocation(path))
        return Result::failure(*error);
    std::unique_ptr<CleanClose> cleanClose;
    QString checkReason;
    if (!location->isPostgres()) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        feedKey = QStringLiteral("sqlite:") + (canonical.isEmpty() ? path : canonical);
        cleanClose = CleanClose::acquire(path, &checkReason);
    }
    if (options.portableSqlOnly)
        dialect = makePortableDialect(std::move(dialect));
    std::unique_ptr<HistoryStore> store(new HistoryStore(std::make_unique<HistoryDatabase>(std::move(dialect), path)));
    store->m_cleanClose = std::move(cleanClose);
    store->m_feed = HistoryFeed::of(feedKey);
    store->m_checkReason = checkReason;
    if (auto error = store->initialize(options)) {
        qCWarning(lcHistory) << "history database not opened:" << error->kindId() << error->detail;
        return Result::failure(*error);
    }
    return Result(std::move(store));
}

std::optional<HistoryError> HistoryStore::initialize(const Options& options)
{
    HistoryDatabase& database = *m_database;
    m_options = options;
    m_options.path = database.path();
    database.setBeforeCommit(options.beforeCommitForTesting);
    m_writes = std::make_unique<AttemptWrites>(database, *m_feed);
    m_paging = std::make_unique<HistoryPaging>(database);
    m_statistics = std::make_unique<HistoryStatistics>(database);
    m_audit = std::make_unique<AuditLog>(database, *m_feed);
    m_retention = std::make_unique<HistoryRetention>(database, *m_audit, *m_feed);
    m_integrity = std::make_unique<HistoryIntegrity>(database);
    if (auto error = database.connect(options.busyTimeoutMs))
        return error;

    // Nothing is written before the file has proved sound and of a schema this build knows. A
    // file closed cleanly and unchanged since is not read through (see CleanClose).
    QSqlDatabase db = database.connection();
    const SqlDialect& dialect = database.dialect();
    const bool quick = options.integrityCheck == IntegrityCheck::Quick && !dialect.checksItself();
    if (options.integrityCheck == IntegrityCheck::Thorough) {
        if (auto error = checkAtOpen(true, m_checkReason.isEmpty() ? QStringLiteral("requested") : m_checkReason))
            return error;
    } else if (quick && !m_checkReason.isEmpty()) {
        if (auto error = checkAtOpen(false, m_checkReason))
            return error;
    }
    if (dialect.isForeign(db))
        return HistoryError::make(HistoryError::Kind::NotHistory, database.path());

    const HistoryMigrator migrator(database);
    const auto version = migrator.schemaVersion();
    if (!version)
        return version.error();
    m_foundVersion = *version;
    if (m_foundVersion > kHistorySchemaVersion)
        return HistoryError::newerSchema(database.path(), m_foundVersion, kHistorySchemaVersion);

    // A damaged file is not upgraded: checked first, unless the upgrade only records its version
    // (a step for the other engine), which would cost a check of ten million rows for nothing.
    if (quick && !m_checkAtOpen && m_foundVersion > 0 && m_foundVersion < kHistorySchemaVersion &&
        migrator.rewrites(m_foundVersion)) {
        if (auto error = checkAtOpen(false, QStringLiteral("schema migration")))
            return error;
    }

    if (auto error = dialect.enableConcurrentAccess(db, database.path()))
        return error;
    MigrationProgress progress = options.migrationProgress;
    if (!progress) {
        const QMutexLocker lock(&g_defaultProgress->mutex);
        progress = g_defaultProgress->progress;
    }
    if (!progress) {
        progress = [](int done, int total, const QString& what) {
            qCInfo(lcHistory) << "upgrading the history:" << done << "of" << total << what;
        };
    }
    if (auto error = migrator.migrate(m_foundVersion, progress))
        return error;
    // A migration rewrites many pages (a new file: ten steps' worth); copying them into the file
    // and truncating the write-ahead log (SQLite) leaves no log the size of the upgrade behind.
    if (m_foundVersion < kHistorySchemaVersion)
        dialect.afterDelete(db);
    dialect.secureFiles(database.path());
    if (m_checkAtOpen) {
        if (auto error = m_integrity->record(*m_checkAtOpen))
            qCWarning(lcHistory) << "integrity check not recorded:" << error->detail;
    }

    if (options.retentionDays) {
        const auto deleted = applyRetention(*options.retentionDays, QStringLiteral("open"));
        if (!deleted)
            return deleted.error();
        m_retentionDeleted = *deleted;
    }
    // Attempts a process left in flight when it ended: outcome unknown, may have been billed.
    const auto orphans = InFlightAttempts::settleOrphans(database, *m_audit);
    if (!orphans)
        return orphans.error();
    m_orphansSettled = *orphans;
    if (m_orphansSettled > 0) {
        m_feed->announceChanged();
        m_feed->announceAudit();
    }
    qCDebug(lcHistory) << "history database open, schema" << m_foundVersion << "->" << kHistorySchemaVersion;
    m_opened = true;
    return std::nullopt;
}

std::optional<HistoryError> HistoryStore::checkAtOpen(bool thorough, const QString& reason)
{
    const auto report = m_integrity->run(thorough, QStringLiteral("open"), reason);
    if (!report)
        return report.error();
    if (!report->sound())
        return HistoryError::make(HistoryError::Kind::Corrupt,
                                  m_database->path(),
                                  report->problems.mid(0, 3).join(QStringLiteral("; ")));
    m_checkAtOpen = *report;
    return std::nullopt;
}

QString HistoryStore::path() const
{
    return m_database->path();
}

QString HistoryStore::connectionName() const
{
    return m_database->connectionName();
}

HistoryError HistoryStore::errorFor(const QSqlError& error) const
{
    return m_database->error(error);
}

std::optional<HistoryError> HistoryStore::attach(const SchemaModule& module)
{
    if (!m_attached.contains(module.name)) {
        if (auto error = HistoryMigrator(*m_database).migrate(module))
            return error;
        m_attached.append(module.name);
    }
    if (module.onAttemptStored)
        m_writes->setHook(module.name, module.onAttemptStored);
    return std::nullopt;
}

Id HistoryStore::insert(const api::VerifyOutcome& outcome,
                        const std::optional<Fingerprints>& fingerprints,
                        const BatchRef& batch)
{
    AttemptRecord record = AttemptRecord::fromOutcome(outcome);
    if (fingerprints)
        record.fingerprints = *fingerprints;
    record.batch = batch;
    return insert(record);
}

Id HistoryStore::insert(const AttemptRecord& record)
{
    const auto ids = insertBatch({record});
    if (!ids)
        return Id::failure(ids.error());
    return ids->constFirst();
}

Expected<QList<qint64>, HistoryError>
HistoryStore::insertBatch(const QList<AttemptRecord>& records, const TransactionWork& alsoInTransaction, Commit commit)
{
    return m_writes->insert(records, alsoInTransaction, commit);
}

void HistoryStore::whenDurable(QObject* context, std::function<void(const std::optional<HistoryError>& error)> done)
{
    m_database->whenDurable(context, std::move(done));
}

void HistoryStore::setBeforeLogSyncForTesting(std::function<int()> hook)
{
    m_database->setBeforeLogSyncForTesting(std::move(hook));
}

std::optional<HistoryError> HistoryStore::writeTransaction(const TransactionWork& work)
{
    return m_database->write([&](Transaction& transaction) -> std::optional<HistoryError> {
        if (const auto error = work(transaction))
            return m_database->error(*error);
        return std::nullopt;
    });
}

std::optional<HistoryError> HistoryStore::readTransaction(const TransactionWork& work)
{
    if (auto error = m_database->exec(QStringLiteral("BEGIN")))
        return error;
    Transaction transaction = m_database->transaction();
    std::optional<HistoryError> failed;
    if (const auto error = work(transaction))
        failed = m_database->error(*error);
    if (auto error = m_database->exec(failed ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT")); error && !failed)
        failed = error;
    return failed;
}

Id HistoryStore::count(const HistoryFilter& filter)
{
    // PostgreSQL keeps no count of its own: its tally of the days that are over answers what it can.
    if (!m_paging->countIsKept(filter)) {
        if (auto counted = HistoryTally::countMatching(*this, filter))
            return std::move(*counted);
    }
    return m_paging->count(filter);
}

bool HistoryStore::countIsKept(const HistoryFilter& filter) const
{
    return m_paging->countIsKept(filter);
}

SortKey HistoryStore::sortKey(const HistorySort& sort, const AttemptRecord& record)
{
    return {sql::sortValue(sort.column, record), record.id};
}

Expected<QList<AttemptRecord>, HistoryError>
HistoryStore::window(const HistoryFilter& filter, const HistorySort& sort, const HistoryWindow& window)
{
    return m_paging->window(filter, sort, window);
}

Id HistoryStore::forEach(const HistoryFilter& filter,
                         const HistorySort& sort,
                         const std::function<bool(const AttemptRecord&)>& visitor)
{
    return m_paging->forEach(filter, sort, visitor);
}

Expected<std::optional<AttemptRecord>, HistoryError> HistoryStore::record(qint64 id)
{
    return m_paging->record(id);
}

Id HistoryStore::maxId()
{
    return m_paging->maxId();
}

// The budget's month and the status bar's day are whole local days: the day tally (PostgreSQL's: of
// the days that are over, plus today's attempts) answers them with a few groups per day where the
// attempts would be read one by one (a month of a ten-million-row year is 800,000 of them, on the GUI
// thread, before every verification).
Expected<BilledCounts, HistoryError>
HistoryStore::billedCounts(const QDateTime& fromUtc, const QDateTime& toUtc, bool sandbox)
{
    BilledCounts c;
    const auto tallied =
        HistoryTally::runCounted(*this, fromUtc, toUtc, QTimeZone::systemTimeZone(), [&](const TallyGroup& g) {
            if (g.sandbox == sandbox)
                HistoryStatistics::add(c, g.billed, g.count);
        });
    if (!tallied)
        return m_statistics->billedCounts(fromUtc, toUtc, sandbox);
    if (!*tallied)
        return Expected<BilledCounts, HistoryError>::failure(tallied->error());
    return c;
}

Expected<StatusCounts, HistoryError> HistoryStore::statusCounts(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    StatusCounts c;
    const auto tallied =
        HistoryTally::runCounted(*this, fromUtc, toUtc, QTimeZone::systemTimeZone(), [&](const TallyGroup& g) {
            HistoryStatistics::add(c, g.role, g.billed, g.sandbox, g.count);
        });
    if (!tallied)
        return m_statistics->statusCounts(fromUtc, toUtc);
    if (!*tallied)
        return Expected<StatusCounts, HistoryError>::failure(tallied->error());
    return c;
}

qint64 HistoryStore::setStatsSplitThresholdForTesting(qint64 attempts)
{
    return g_statsSplitThreshold.fetchAndStoreRelaxed(attempts);
}

Expected<HistoryStats, HistoryError> HistoryStore::stats(const HistoryFilter& filter)
{
    using Result = Expected<HistoryStats, HistoryError>;
    // The pass is bound by the CPU (a month of a ten-million-row history is some 850,000 index
    // entries, about a quarter of a second), so a long range is counted in two parts at once: the
    // later one on a connection of its own, on another core. Each attempt falls in one part; the
    // two connections may read moments apart, as any two queries do.
    const auto halfway = m_statistics->halfway(filter, g_statsSplitThreshold.loadRelaxed());
    if (!halfway)
        return m_statistics->stats(filter);
    HistoryFilter earlier = filter;
    earlier.to = QDateTime::fromMSecsSinceEpoch(*halfway, Qt::UTC);
    HistoryFilter later = filter;
    later.from = earlier.to;
    Options options = m_options;
    options.integrityCheck = IntegrityCheck::Skip; // this store's open checked the file
    options.retentionDays.reset();
    std::optional<Expected<StatsTally, HistoryError>> laterTally;
    std::unique_ptr<QThread> thread(QThread::create([&options, &later, &laterTally] {
        const auto opened = HistoryStore::open(options);
        if (opened && !opened.value()->m_database->prepareForOnePass())
            laterTally.emplace(opened.value()->m_statistics->tally(later));
    }));
    thread->start();
    auto tally = m_statistics->tally(earlier);
    thread->wait();
    if (laterTally) {
        qCDebug(lcHistory, "statistics counted in two parts at once");
    } else { // no second connection (a server's limit, say): the later part is counted here
        qCDebug(lcHistory, "statistics: no second connection, both parts counted on one");
        laterTally.emplace(m_statistics->tally(later));
    }
    if (!tally)
        return Result::failure(tally.error());
    if (!*laterTally)
        return Result::failure(laterTally->error());
    tally.value().mergeFrom(laterTally->value());
    return tally->result();
}

Id HistoryStore::appendAudit(const AuditEvent& event)
{
    return m_audit->append(event);
}

Expected<QList<AuditEvent>, HistoryError>
HistoryStore::auditEvents(int limit, std::optional<qint64> beforeId, const AuditFilter& filter)
{
    return m_audit->events(limit, beforeId, filter);
}

Id HistoryStore::applyRetention(int days, const QString& trigger, const QDateTime& nowUtc)
{
    return m_retention->applyRetention(days, trigger, nowUtc);
}

Id HistoryStore::purge(const PurgeRequest& request)
{
    return m_retention->purge(request);
}

Expected<QStringList, HistoryError> HistoryStore::checkIntegrity()
{
    using Result = Expected<QStringList, HistoryError>;
    const auto report = runIntegrityCheck(true, QStringLiteral("manual"));
    if (!report)
        return Result::failure(report.error());
    return report->problems;
}

Expected<IntegrityReport, HistoryError> HistoryStore::runIntegrityCheck(bool thorough, const QString& trigger)
{
    auto report = m_integrity->run(thorough, trigger, {});
    if (report && report->sound()) {
        if (auto error = m_integrity->record(*report))
            return Expected<IntegrityReport, HistoryError>::failure(*error);
    }
    if (report && !report->sound())
        m_database->noteDamage();
    if (report && report->sound())
        m_checkedSound = true;
    return report;
}

Expected<std::optional<IntegrityReport>, HistoryError> HistoryStore::lastIntegrityCheck()
{
    return m_integrity->last();
}

} // namespace tricheck::history
