#pragma once

#include "batch/batchreader.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace tricheck::gui {

// Reads and validates a batch file on a worker thread (batch::importBatchFile), so that a file of a
// million rows never freezes the window. Progress is the bytes read so far, polled by the caller;
// cancel() stops the import at its next progress point. Deleting the job cancels and waits.
class BatchImportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchImportJob)

public:
    using Result = Expected<batch::ImportReport, batch::ImportError>;

    BatchImportJob(const QString& path, const batch::ImportOptions& options, QObject* parent = nullptr);
    ~BatchImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_running; }

    QString path() const { return m_path; }
    const batch::ImportOptions& options() const { return m_options; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }
    // Set once finished() was emitted.
    const std::optional<Result>& result() const { return m_result; }

signals:
    void finished();

private:
    const QString m_path;
    const batch::ImportOptions m_options;
    qint64 m_totalBytes = 0;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_bytesRead{0};
    bool m_running = false;
    std::optional<Result> m_worker; // written by the worker thread only, until it finished
    std::optional<Result> m_result; // read on the GUI thread
};

} // namespace tricheck::gui
