#pragma once

#include "exportformat.h"
#include "historyquery.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace tricheck::history {

// A history export (CsvExport::exportToFile or XlsxExport::exportToFile) on a worker thread with a history connection
// of its own, so a long export never blocks the caller's thread. Progress and the outcome arrive as queued signals on
// the thread that created the job; cancel() stops it and leaves no file. The export is audited like any other.
class CsvExportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportJob)

public:
    struct Request
    {
        QString databasePath;
        HistoryFilter filter;
        HistorySort sort;
        QList<HistoryColumn> columns; // empty: every column
        QString destination;          // the file to write
        ExportFormat format = ExportFormat::Csv;
    };

    explicit CsvExportJob(Request request, QObject* parent = nullptr);
    ~CsvExportJob() override; // cancels and waits for the worker

    void start();
    void cancel();
    bool isRunning() const;
    const Request& request() const { return m_request; }

signals:
    void progress(qint64 written, qint64 total);
    void succeeded(qint64 rows);
    // `message` is translated; `cancelled` when the operator stopped it.
    void failed(const QString& message, bool cancelled);

private:
    Request m_request;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace tricheck::history
