#include "csvexportjob.h"

#include "exportformat.h"
#include "historystore.h"

#include <QThread>

namespace tricheck::history {

CsvExportJob::CsvExportJob(Request request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

CsvExportJob::~CsvExportJob()
{
    if (m_thread != nullptr) {
        cancel();
        m_thread->wait();
    }
}

bool CsvExportJob::isRunning() const
{
    return m_thread != nullptr && m_thread->isRunning();
}

void CsvExportJob::cancel()
{
    m_cancel->store(true);
}

void CsvExportJob::start()
{
    if (m_thread != nullptr)
        return;
    const Request request = m_request;
    const auto cancelFlag = m_cancel;
    // The job outlives the worker (its destructor waits), so the worker may emit its signals; they
    // reach the job's thread queued.
    CsvExportJob* self = this;
    m_thread = QThread::create([request, cancelFlag, self] {
        const auto report = [self](auto&& emitter) { emitter(self); };
        HistoryStore::Options options;
        options.path = request.databasePath;
        options.integrityCheck = HistoryStore::IntegrityCheck::Skip; // the GUI's store checked it at open
        auto store = HistoryStore::open(options);
        if (!store) {
            const QString message = store.error().message;
            report([&](CsvExportJob* job) { emit job->failed(message, false); });
            return;
        }
        CsvExportOptions exportOptions;
        exportOptions.columns = request.columns;
        exportOptions.cancelRequested = [cancelFlag] { return cancelFlag->load(); };
        exportOptions.progress = [&](qint64 written, qint64 total) {
            report([&](CsvExportJob* job) { emit job->progress(written, total); });
        };
        const auto written = exportHistoryToFile(request.format,
                                                 *store.value(),
                                                 request.filter,
                                                 request.sort,
                                                 request.destination,
                                                 exportOptions);
        if (written) {
            const qint64 rows = written.value();
            report([&](CsvExportJob* job) { emit job->succeeded(rows); });
        } else {
            const HistoryError& error = written.error();
            report([&](CsvExportJob* job) {
                emit job->failed(error.message, error.kind == HistoryError::Kind::Cancelled);
            });
        }
    });
    m_thread->setObjectName(QStringLiteral("history-export"));
    m_thread->setParent(this);
    m_thread->start(QThread::LowPriority);
}

} // namespace tricheck::history
