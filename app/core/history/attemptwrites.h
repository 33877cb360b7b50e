#pragma once

#include "attemptrecord.h"
#include "common/expected.h"
#include "historyerror.h"
#include "transaction.h"

#include <QList>

#include <functional>
#include <memory>

namespace tricheck::history {

class AttemptWriter;
class HistoryDatabase;
class HistoryFeed;

// Internal to the history module: stores attempts, each call in one write transaction together
// with the work of the hooks that modules registered (the batch journal settles its rows there)
// and the caller's own work.
class AttemptWrites
{
    Q_DISABLE_COPY_MOVE(AttemptWrites)

public:
    using Work = std::function<std::optional<QSqlError>(Transaction& transaction)>;
    // Runs for every stored attempt, in its transaction; its error rolls the whole write back.
    using Hook =
        std::function<std::optional<QSqlError>(Transaction& transaction, const AttemptRecord& record, qint64 row)>;

    AttemptWrites(HistoryDatabase& database, HistoryFeed& feed);
    ~AttemptWrites();

    // A record with an id settles that attempt in flight in place; an attempt in flight
    // (InFlightAttempts::isPlaceholder) is recorded as this process's and runs no hook.
    Expected<QList<qint64>, HistoryError>
    insert(const QList<AttemptRecord>& records, const Work& alsoInTransaction, Commit commit = Commit::Durable);
    // Replaces the hook registered under `name` (one per module).
    void setHook(const QString& name, Hook hook);

private:
    HistoryDatabase& m_database;
    HistoryFeed& m_feed;
    std::unique_ptr<AttemptWriter> m_writer;
    QList<std::pair<QString, Hook>> m_hooks;
};

} // namespace tricheck::history
