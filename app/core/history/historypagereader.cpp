#include "historypagereader.h"

#include <QMutexLocker>
#include <QThread>

#include <memory>

namespace tricheck::history {

// Lives in the reader's thread and owns the store opened there (a connection is used only on the
// thread that opened it).
class PageReadWorker : public QObject
{
public:
    PageReadWorker(HistoryPageReader* reader, const HistoryStore::Options& history)
        : m_reader(reader)
        , m_options(history)
    {
        // Another connection to a history the asker has open: it was checked, migrated and
        // trimmed there.
        m_options.integrityCheck = HistoryStore::IntegrityCheck::Skip;
        m_options.retentionDays.reset();
    }

    void drain()
    {
        while (const auto request = m_reader->takePending()) {
            HistoryPageReader::Rows rows = read(*request);
            QMetaObject::invokeMethod(
                m_reader,
                [reader = m_reader, generation = request->generation, page = request->page, rows] {
                    emit reader->pageRead(generation, page, rows);
                },
                Qt::QueuedConnection);
        }
    }

    void close() { m_store.reset(); }

private:
    HistoryPageReader::Rows read(const HistoryPageReader::Request& request)
    {
        if (!m_store) {
            auto opened = HistoryStore::open(m_options);
            if (!opened)
                return HistoryPageReader::Rows::failure(opened.error());
            m_store = std::move(opened).value();
        }
        return m_store->window(request.filter, request.sort, request.window);
    }

    HistoryPageReader* m_reader;
    HistoryStore::Options m_options;
    std::unique_ptr<HistoryStore> m_store;
};

HistoryPageReader::HistoryPageReader(const HistoryStore::Options& history, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new PageReadWorker(this, history))
{
    m_thread->setObjectName(QStringLiteral("history-pages"));
    m_worker->moveToThread(m_thread);
    // The store closes on the thread that opened it, after the last read.
    connect(
        m_thread,
        &QThread::finished,
        m_worker,
        [worker = m_worker] { worker->close(); },
        Qt::DirectConnection);
}

HistoryPageReader::~HistoryPageReader()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void HistoryPageReader::request(const Request& request)
{
    const QMutexLocker lock(&m_mutex);
    m_pending = request;
    if (m_draining)
        return; // the worker takes it after the page it is reading
    m_draining = true;
    if (!m_thread->isRunning())
        m_thread->start(); // on first use: most views never jump far
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] { worker->drain(); },
        Qt::QueuedConnection);
}

std::optional<HistoryPageReader::Request> HistoryPageReader::takePending()
{
    const QMutexLocker lock(&m_mutex);
    std::optional<Request> next = std::exchange(m_pending, std::nullopt);
    if (!next)
        m_draining = false;
    return next;
}

} // namespace tricheck::history
