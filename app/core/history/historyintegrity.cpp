#include "historyintegrity.h"

#include "common/logging.h"
#include "historydatabase.h"

#include <QElapsedTimer>
#include <QVariant>

namespace tricheck::history {

Expected<IntegrityReport, HistoryError>
HistoryIntegrity::run(bool thorough, const QString& trigger, const QString& reason) const
{
    using Result = Expected<IntegrityReport, HistoryError>;
    IntegrityReport report;
    report.thorough = thorough;
    report.trigger = trigger;
    report.reason = reason;
    report.checkedUtc = QDateTime::currentDateTimeUtc();
    const SqlDialect& dialect = m_database.dialect();
    if (dialect.checksItself()) {
        report.byServer = true;
        return report;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_database.connection();
    QSqlError error;
    report.problems = dialect.integrityProblems(db, thorough, &error);
    report.durationMs = timer.elapsed();
    if (error.isValid()) {
        HistoryError e = m_database.error(error);
        if (e.kind == HistoryError::Kind::Query)
            e = HistoryError::make(HistoryError::Kind::Corrupt, m_database.path(), e.detail);
        return Result::failure(e);
    }
    qCInfo(lcHistory) << (thorough ? "integrity_check" : "quick_check")
                      << "of the history:" << (report.sound() ? "sound" : "DAMAGED") << "in" << report.durationMs
                      << "ms (" << trigger << reason << ")";
    return report;
}

std::optional<HistoryError> HistoryIntegrity::record(const IntegrityReport& report) const
{
    if (!report.sound())
        return std::nullopt; // a damaged file is never written to
    return m_database.write([&](Transaction& transaction) -> std::optional<HistoryError> {
        QSqlQuery q = transaction.query();
        q.prepare(QStringLiteral("INSERT INTO integrity_checks (checked_ms, kind, trigger_name, reason, outcome, "
                                 "duration_ms) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, report.checkedUtc.toMSecsSinceEpoch());
        q.bindValue(1,
                    report.byServer   ? QStringLiteral("server")
                    : report.thorough ? QStringLiteral("thorough")
                                      : QStringLiteral("quick"));
        q.bindValue(2, report.trigger);
        q.bindValue(3, report.reason.isNull() ? QStringLiteral("") : report.reason);
        q.bindValue(4, QStringLiteral("sound"));
        q.bindValue(5, report.durationMs);
        if (!q.exec())
            return m_database.error(q);
        return std::nullopt;
    });
}

Expected<std::optional<IntegrityReport>, HistoryError> HistoryIntegrity::last() const
{
    using Result = Expected<std::optional<IntegrityReport>, HistoryError>;
    QSqlQuery q = m_database.query();
    if (!q.exec(QStringLiteral("SELECT checked_ms, kind, trigger_name, reason, duration_ms FROM integrity_checks "
                               "ORDER BY checked_ms DESC, id DESC LIMIT 1")))
        return Result::failure(m_database.error(q));
    if (!q.next())
        return std::optional<IntegrityReport>();
    IntegrityReport r;
    r.checkedUtc = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    r.thorough = q.value(1).toString() == u"thorough";
    r.byServer = q.value(1).toString() == u"server";
    r.trigger = q.value(2).toString();
    r.reason = q.value(3).toString();
    r.durationMs = q.value(4).toLongLong();
    return std::optional<IntegrityReport>(r);
}

} // namespace tricheck::history
