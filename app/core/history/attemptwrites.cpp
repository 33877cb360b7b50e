#include "attemptwrites.h"

#include "historydatabase.h"
#include "historyfeed.h"

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

Expected<QList<qint64>, HistoryError> AttemptWrites::insert(const QList<AttemptRecord>& records,
                                                            const Work& alsoInTransaction)
{
    using Result = Expected<QList<qint64>, HistoryError>;
    if (records.isEmpty() && !alsoInTransaction)
        return QList<qint64>{};
    QList<qint64> ids;
    const auto failed = m_database.write([&](Transaction& transaction) -> std::optional<HistoryError> {
        ids.clear();
        ids.reserve(records.size());
        if (!m_writer) {
            QSqlDatabase db = m_database.connection();
            m_writer = m_database.dialect().attemptWriter(db);
        }
        if (const auto error = m_writer->insertAll(records, &ids))
            return m_database.error(*error);
        for (qsizetype i = 0; i < records.size() && !m_hooks.isEmpty(); ++i) {
            for (const auto& [name, hook] : std::as_const(m_hooks)) {
                if (const auto error = hook(transaction, records.at(i), ids.at(i)))
                    return m_database.error(*error);
            }
        }
        if (alsoInTransaction) {
            if (const auto error = alsoInTransaction(transaction))
                return m_database.error(*error);
        }
        return std::nullopt;
    });
    if (failed)
        return Result::failure(*failed);
    if (!records.isEmpty())
        m_feed.announceAppended();
    return ids;
}

} // namespace tricheck::history
