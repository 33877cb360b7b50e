#pragma once

#include "common/expected.h"
#include "historyerror.h"
#include "historystore.h"

#include <QObject>

#include <memory>

class QThread;

namespace tricheck::history {

// Opens a history for a thread that must not block (the GUI's): the integrity check (about a
// second per million attempts), migrations and the retention run happen on a worker thread with a
// connection of its own, which is then closed; the calling thread opens its own connection with
// the check skipped, which is quick. The store that arrives belongs to the calling thread.
class HistoryOpener : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryOpener)

public:
    using Result = Expected<std::shared_ptr<HistoryStore>, HistoryError>;

    explicit HistoryOpener(QObject* parent = nullptr);
    ~HistoryOpener() override; // waits for a worker still checking the file

    // Starts opening; a previous open() still running is forgotten (its result is dropped).
    void open(const HistoryStore::Options& options);
    bool isOpening() const { return m_thread != nullptr; }

signals:
    // Emitted on the thread that called open().
    void finished(const tricheck::history::HistoryOpener::Result& result);
    // A schema migration on a big history (new indexes) takes a while: each statement's turn.
    void migrating(int done, int total, const QString& what);

private:
    void finishOnCallingThread(const HistoryStore::Options& options, const std::optional<HistoryError>& checked);

    QThread* m_thread = nullptr;
    quint64 m_generation = 0;
};

} // namespace tricheck::history
