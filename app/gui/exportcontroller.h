#pragma once

#include "history/exportformat.h"
#include "history/historyquery.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace tricheck::history {
class CsvExportJob;
}
namespace tricheck::session {
class Session;
}

namespace tricheck::gui {

// "Export history…": asks for the file, as CSV or as an Excel workbook (the file dialog's choice;
// the folder and format of the last export are offered again), warns that it will hold (masked)
// personal data, and writes exactly the current filter, sort and visible columns on a worker thread
// (CsvExportJob, its own database connection) behind a progress dialog with Cancel. A cancelled or
// failed export leaves no file; every completed export is in the audit log.
class ExportController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(QWidget* window, session::Session* session, QObject* parent = nullptr);
    ~ExportController() override;

    struct Request
    {
        QString databasePath;
        history::HistoryFilter filter;
        history::HistorySort sort;
        QList<history::HistoryColumn> columns;
        qint64 rows = 0; // as the view counts them, for the confirmation
    };

    // The history as shown (`rows` as the view counts them).
    bool exportHistory(const history::HistoryFilter& filter,
                       const history::HistorySort& sort,
                       const QList<history::HistoryColumn>& columns,
                       qint64 rows);

    // Asks, then starts. False when the operator cancelled before anything started.
    bool start(const Request& request,
               const QString& suggestedDirectory,
               history::ExportFormat suggestedFormat = history::ExportFormat::Csv);
    bool isRunning() const { return m_job != nullptr; }
    QString lastDirectory() const { return m_lastDirectory; }
    history::ExportFormat lastFormat() const { return m_lastFormat; }
    void cancel();

signals:
    void message(const QString& text); // for the status bar
    void finished(bool ok);

private:
    bool startRemembered(const Request& request);
    void onProgress(qint64 written, qint64 total);
    void onSucceeded(qint64 rows);
    void onFailed(const QString& text, bool cancelled);
    void cleanUp();

    QWidget* m_window;
    session::Session* m_session;
    QPointer<QProgressDialog> m_progress;
    history::CsvExportJob* m_job = nullptr;
    QString m_destination;
    QString m_lastDirectory;
    history::ExportFormat m_lastFormat = history::ExportFormat::Csv;
};

} // namespace tricheck::gui
