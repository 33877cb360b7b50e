#pragma once

#include "attemptrecord.h"
#include "common/expected.h"
#include "historyerror.h"
#include "historyquery.h"
#include "historystore.h"

#include <QMutex>
#include <QObject>

#include <optional>
#include <variant>

class QThread;

namespace tricheck::history {

class PageReadWorker;

// Reads pages of a history on a thread of its own, for a view that must not wait for them: a
// jump far into a table of millions is an OFFSET read that walks the index up to the page
// (hundreds of milliseconds at ten million rows), and a view asks for its rows while it paints.
//
// The thread starts, and opens a store of its own on the same history (HistoryStore::options()),
// when the first page is asked for. The latest request wins: requests made while a page is being read
// replace each other, so a scroll bar dragged across a million rows reads where it stopped, not
// every page it passed on the way.
class HistoryPageReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPageReader)

public:
    struct Request
    {
        quint64 generation = 0; // the asker's: answers to an older state are for it to drop
        int page = 0;
        HistoryFilter filter;
        HistorySort sort;
        HistoryWindow window;
    };
    using Rows = Expected<QList<AttemptRecord>, HistoryError>;
    struct CountRequest
    {
        quint64 generation = 0;
        HistoryFilter filter;
    };
    using Count = Expected<qint64, HistoryError>;

    explicit HistoryPageReader(const HistoryStore::Options& history, QObject* parent = nullptr);
    ~HistoryPageReader() override; // waits for the page being read, then closes the thread's store

    void request(const Request& request);
    // Counts the rows of a filter (read before any page asked meanwhile); the latest request wins too.
    void requestCount(const CountRequest& request);

signals:
    // On the reader's own thread (queued from the worker), in the order read.
    void pageRead(quint64 generation, int page, const tricheck::history::HistoryPageReader::Rows& rows);
    void countRead(quint64 generation, const tricheck::history::HistoryPageReader::Count& count);

private:
    friend class PageReadWorker;
    using Work = std::variant<Request, CountRequest>;
    std::optional<Work> takePending(); // the worker's; empty: nothing more to read
    void startDraining();              // with m_mutex held

    QThread* m_thread = nullptr;
    PageReadWorker* m_worker = nullptr;
    QMutex m_mutex;
    std::optional<Request> m_pending;           // guarded by m_mutex
    std::optional<CountRequest> m_pendingCount; // guarded by m_mutex
    bool m_draining = false;                    // guarded by m_mutex: the worker is reading or about to
};

} // namespace tricheck::history
