#pragma once

#include "batchjournal.h"
#include "history/historyerror.h"
#include "history/historystore.h"

#include <QList>
#include <QObject>

#include <optional>

class QThread;

namespace tricheck::batch {

// Records a new batch and its rows to send in the journal (BatchJournal::create) on a worker
// thread with a history connection of its own: a million rows take seconds in one transaction, and
// a window must not freeze meanwhile. It cannot be cancelled (the transaction is short and
// all-or-nothing); deleting the job waits for it.
class BatchRecordJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRecordJob)

public:
    BatchRecordJob(const history::HistoryStore::Options& history,
                   BatchInfo info,
                   QList<int> lines,
                   QObject* parent = nullptr);
    ~BatchRecordJob() override;

    void start();
    bool isRunning() const { return m_running; }
    const BatchInfo& info() const { return m_info; }
    // Once finished() was emitted: why the batch could not be recorded, or nothing when it was.
    const std::optional<history::HistoryError>& error() const { return m_error; }

signals:
    void finished();

private:
    history::HistoryStore::Options m_history;
    const BatchInfo m_info;
    const QList<int> m_lines;
    QThread* m_thread = nullptr;
    bool m_running = false;
    std::optional<history::HistoryError> m_worker; // written by the worker thread only, until it finished
    std::optional<history::HistoryError> m_error;  // read on the GUI thread
};

} // namespace tricheck::batch
