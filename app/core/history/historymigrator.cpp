#include "historymigrator.h"

#include "common/appinfo.h"
#include "common/logging.h"
#include "historydatabase.h"
#include "historyschema.h"

#include <QDateTime>
#include <QVariant>

#include <algorithm>

namespace tricheck::history {

namespace {

using Version = Expected<int, HistoryError>;

// "CREATE INDEX attempts_fp_id ON …" -> "attempts_fp_id", "CREATE FUNCTION f() …" -> "f": what a
// progress report names. Only the statement's head names its object (a trigger's "… NEW TABLE AS
// new_rows" does not).
QString objectName(const QString& statement, const QString& fallback)
{
    const QStringList words = statement.simplified().split(u' ');
    for (qsizetype i = 0; i + 1 < words.size() && i < 3; ++i) {
        const QString& word = words.at(i);
        if (word == u"INDEX" || word == u"TABLE" || word == u"TRIGGER" || word == u"FUNCTION") {
            const QString name = words.at(i + 1) == u"IF" ? words.value(i + 4) : words.at(i + 1);
            return name.section(u'(', 0, 0);
        }
    }
    return fallback;
}

} // namespace

Version HistoryMigrator::schemaVersion() const
{
    QSqlDatabase db = m_database.connection();
    const QStringList tables = db.tables(QSql::Tables);
    if (!tables.contains(QStringLiteral("tricheck_schema"))) {
        for (const QString& t : tables) {
            if (!t.startsWith(u"sqlite_"))
                return Version::failure(HistoryError::make(HistoryError::Kind::NotHistory, m_database.path()));
        }
        return 0;
    }
    QSqlQuery q = m_database.query();
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM tricheck_schema")))
        return Version::failure(m_database.error(q));
    return q.next() ? q.value(0).toInt() : 0;
}

Version HistoryMigrator::moduleVersion(const QString& module) const
{
    QSqlQuery q = m_database.query();
    q.prepare(QStringLiteral("SELECT MAX(version) FROM tricheck_modules WHERE name = ?"));
    q.bindValue(0, module);
    if (!q.exec())
        return Version::failure(m_database.error(q));
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<HistoryError> HistoryMigrator::migrate(int found, const Progress& progress) const
{
    return apply(
        historyMigrations(m_database.dialect()),
        found,
        [this] { return schemaVersion(); },
        {},
        progress);
}

bool HistoryMigrator::rewrites(int found) const
{
    const QList<Migration> steps = historyMigrations(m_database.dialect());
    return std::any_of(steps.cbegin(), steps.cend(), [found](const Migration& step) {
        return step.version > found && (!step.statements.isEmpty() || step.backfill);
    });
}

std::optional<HistoryError> HistoryMigrator::migrate(const SchemaModule& module) const
{
    const auto found = moduleVersion(module.name);
    if (!found)
        return found.error();
    return apply(module.migrations(m_database.dialect()),
                 *found,
                 [this, name = module.name] { return moduleVersion(name); },
                 module.name,
                 {});
}

std::optional<HistoryError> HistoryMigrator::apply(const QList<Migration>& steps,
                                                   int found,
                                                   const std::function<Version()>& readVersion,
                                                   const QString& module,
                                                   const Progress& progress) const
{
    const int newest = steps.isEmpty() ? 0 : steps.constLast().version;
    // Progress goes by statement: on a big history each new index takes a while.
    int total = 0;
    for (const Migration& step : steps)
        total += step.version > found ? int(step.statements.size()) + (step.backfill ? 1 : 0) : 0;
    int done = 0;
    const auto report = [&](const QString& what) {
        if (progress && total > 0)
            progress(++done, total, what);
    };
    for (const Migration& step : steps) {
        if (step.version <= found)
            continue;
        bool skipped = false;
        auto failed = m_database.write([&](Transaction& transaction) -> std::optional<HistoryError> {
            QSqlDatabase db = m_database.connection();
            if (const auto error = m_database.dialect().lockForMigration(db))
                return m_database.error(*error);
            // Another process may have migrated while we waited for the write lock.
            const auto current = readVersion();
            if (!current)
                return current.error();
            if (module.isEmpty() && *current > kHistorySchemaVersion)
                return HistoryError::newerSchema(m_database.path(), *current, kHistorySchemaVersion);
            if (*current >= step.version) {
                skipped = true;
                return std::nullopt; // commits nothing
            }
            for (const QString& statement : step.statements) {
                report(objectName(statement, step.description));
                if (const auto error = transaction.exec(statement))
                    return m_database.error(*error);
            }
            if (step.backfill) {
                report(step.description);
                if (const auto error = step.backfill(transaction))
                    return m_database.error(*error);
            }
            QSqlQuery record = transaction.query();
            if (module.isEmpty()) {
                record.prepare(
                    QStringLiteral("INSERT INTO tricheck_schema (version, applied_ms, app_version) VALUES (?, ?, ?)"));
            } else {
                record.prepare(QStringLiteral(
                    "INSERT INTO tricheck_modules (version, applied_ms, app_version, name) VALUES (?, ?, ?, ?)"));
                record.bindValue(3, module);
            }
            record.bindValue(0, step.version);
            record.bindValue(1, QDateTime::currentMSecsSinceEpoch());
            record.bindValue(2, AppInfo::version());
            if (!record.exec())
                return m_database.error(record);
            return std::nullopt;
        });
        if (failed)
            return failed;
        if (!skipped)
            qCInfo(lcHistory) << "history schema" << (module.isEmpty() ? QStringLiteral("history") : module)
                              << "migrated to version" << step.version << "of" << newest;
    }
    return std::nullopt;
}

} // namespace tricheck::history
