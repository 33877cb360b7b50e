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
        while (const auto work = m_reader->takePending()) {
            if (const auto* count = std::get_if<HistoryPageReader::CountRequest>(&*work)) {
                HistoryPageReader::Count n = opened() ? m_store->count(count->filter) : failure<qint64>();
                QMetaObject::invokeMethod(
                    m_reader,
                    [reader = m_reader, generation = count->generation, n] { emit reader->countRead(generation, n); },
                    Qt::QueuedConnection);
                continue;
            }
            const auto& request = std::get<HistoryPageReader::Request>(*work);
            HistoryPageReader::Rows rows = opened() ? m_store->window(request.filter, request.sort, request.window)
                                                    : failure<QList<AttemptRecord>>();
            QMetaObject::invokeMethod(
                m_reader,
                [reader = m_reader, generation = request.generation, page = request.page, rows] {
                    emit reader->pageRead(generation, page, rows);
                },
                Qt::QueuedConnection);
        }
    }

    void close() { m_store.reset(); }

private:
    bool opened()
    {
        if (m_store)
            return true;
        auto opened = HistoryStore::open(m_options);
        if (!opened) {
            m_openError = opened.error();
            return false;
        }
        m_store = std::move(opened).value();
        return true;
    }

    template <typename T>
    Expected<T, HistoryError> failure() const
    {
        return Expected<T, HistoryError>::failure(m_openError);
    }

    HistoryPageReader* m_reader;
    HistoryStore::Options m_options;
    std::unique_ptr<HistoryStore> m_store;
    HistoryError m_openError;
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
        m_pendingCount.reset();
    }
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void HistoryPageReader::request(const Request& request)
{
    const QMutexLocker lock(&m_mutex);
    m_pending = request;
    startDraining();
}

void HistoryPageReader::requestCount(const CountRequest& request)
{
    const QMutexLocker lock(&m_mutex);
    m_pendingCount = request;
    startDraining();
}

void HistoryPageReader::startDraining()
{
    if (m_draining)
        return; // the worker takes it after what it is reading
    m_draining = true;
    if (!m_thread->isRunning())
        m_thread->start(); // on first use: most views never jump far
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] { worker->drain(); },
        Qt::QueuedConnection);
}

std::optional<HistoryPageReader::Work> HistoryPageReader::takePending()
{
    const QMutexLocker lock(&m_mutex);
    if (auto count = std::exchange(m_pendingCount, std::nullopt))
        return Work(std::move(*count));
    if (auto page = std::exchange(m_pending, std::nullopt))
        return Work(std::move(*page));
    m_draining = false;
    return std::nullopt;
}

} // namespace tricheck::history
