#include "attemptwrites.h"

#include "historydatabase.h"
#include "historyfeed.h"
#include "inflightattempts.h"

#include <algorithm>

namespace tricheck::history {

AttemptWrites::AttemptWrites(HistoryDatabase& database, HistoryFeed& feed)
    : m_database(database)
    , m_feed(feed)
{ }

AttemptWrites::~AttemptWrites() = default; // native statements are finalized before the connection closes

void AttemptWrites::setHook(const QString& name, Hook hook)
{
    for (auto& [existing, h] : m_hooks) {
        if (existing == name) {
            h = std::move(hook);
            return;
        }
    }
    m_hooks.append({name, std::move(hook)});
}

Expected<QList<qint64>, HistoryError>
AttemptWrites::insert(const QList<AttemptRecord>& records, const Work& alsoInTransaction, Commit commit)
{
    using Result = Expected<QList<qint64>, HistoryError>;
    if (records.isEmpty() && !alsoInTransaction)
        return QList<qint64>{};
    // New rows (attempts, and attempts in flight) are inserted together; a record with an id
    // settles that attempt in flight in place (InFlightAttempts).
    // Usually all of them are new: then the records are inserted as they are (copying a big
    // batch's records cost as much as a tenth of inserting them).
    const bool settles =
        std::any_of(records.cbegin(), records.cend(), [](const AttemptRecord& r) { return r.id != 0; });
    QList<AttemptRecord> fresh;
    QList<qsizetype> freshAt;
    for (qsizetype i = 0; settles && i < records.size(); ++i) {
        if (records.at(i).id == 0) {
            fresh.append(records.at(i));
            freshAt.append(i);
        }
    }
    const QList<AttemptRecord>& inserted = settles ? fresh : records;
    QList<qint64> ids;
    const auto work = [&](Transaction& transaction) -> std::optional<HistoryError> {
        ids = QList<qint64>(records.size(), 0);
        if (!m_writer) {
            QSqlDatabase db = m_database.connection();
            m_writer = m_database.dialect().attemptWriter(db);
        }
        QList<qint64> freshIds;
        freshIds.reserve(inserted.size());
        if (const auto error = m_writer->insertAll(inserted, &freshIds))
            return m_database.error(*error);
        for (qsizetype i = 0; i < freshIds.size(); ++i)
            ids[settles ? freshAt.at(i) : i] = freshIds.at(i);
        for (qsizetype i = 0; i < records.size(); ++i) {
            const AttemptRecord& record = records.at(i);
            if (record.id != 0) {
                ids[i] = record.id;
                if (const auto error = InFlightAttempts::settle(transaction, record))
                    return m_database.error(*error);
            } else if (InFlightAttempts::isPlaceholder(record)) {
                // Not an outcome: the modules' hooks wait for the attempt's settlement.
                if (const auto error = InFlightAttempts::markInFlight(transaction, ids.at(i), record.startedMs))
                    return m_database.error(*error);
                continue;
            }
            for (const auto& [name, hook] : std::as_const(m_hooks)) {
                if (const auto error = hook(transaction, record, ids.at(i)))
                    return m_database.error(*error);
            }
        }
        if (alsoInTransaction) {
            if (const auto error = alsoInTransaction(transaction))
                return m_database.error(*error);
        }
        return std::nullopt;
    };
    const auto failed = m_database.write(work, commit);
    if (failed)
        return Result::failure(*failed);
    if (!inserted.isEmpty())
        m_feed.announceAppended();
    if (settles)
        m_feed.announceChanged();
    return ids;
}

} // namespace tricheck::history
