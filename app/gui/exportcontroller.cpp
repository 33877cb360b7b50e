#include "exportcontroller.h"

#include "history/csvexportjob.h"
#include "history/historystore.h"
#include "messagebox.h"
#include "session/session.h"
#include "settings/appsettings.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>

namespace tricheck::gui {

using history::ExportFormat;

namespace {

const QString kDirectoryKey = QStringLiteral("export/directory");
const QString kFormatKey = QStringLiteral("export/format");

} // namespace

ExportController::ExportController(QWidget* window, session::Session* session, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{ }

ExportController::~ExportController()
{
    delete m_job; // cancels and waits
}

bool ExportController::exportHistory(const history::HistoryFilter& filter,
                                     const history::HistorySort& sort,
                                     const QList<history::HistoryColumn>& columns,
                                     qint64 rows)
{
    if (!m_session->history() || isRunning())
        return false;
    return startRemembered({m_session->history()->path(), filter, sort, columns, rows});
}

bool ExportController::startRemembered(const Request& request)
{
    settings::AppSettings* s = m_session->settings();
    const auto format = history::exportFormatFromId(s->uiState(kFormatKey).toString());
    if (!start(request, s->uiState(kDirectoryKey).toString(), format.value_or(ExportFormat::Csv)))
        return false;
    s->setUiState(kDirectoryKey, m_lastDirectory);
    s->setUiState(kFormatKey, history::exportFormatId(m_lastFormat));
    return true;
}

bool ExportController::start(const Request& request, const QString& suggestedDirectory, ExportFormat suggestedFormat)
{
    if (m_job != nullptr)
        return false;
    if (request.rows == 0) {
        MessageBox::information(m_window,
                                tr("Export history"),
                                tr("There is nothing to export: no attempt matches the current filter."));
        return false;
    }
    const QString dir = suggestedDirectory.isEmpty() ? QDir::homePath() : suggestedDirectory;
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    const bool workbook = suggestedFormat == ExportFormat::Xlsx;
    const QString suggested = QDir(dir).filePath(QStringLiteral("tricheck-history-%1.%2")
                                                     .arg(QDate::currentDate().toString(Qt::ISODate),
                                                          workbook ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    const QString offered = workbook ? xlsxFilter : csvFilter;
    QString filter = offered; // the dialog says which type was chosen
    QString path = MessageBox::saveFileName(m_window,
                                            tr("Export history"),
                                            suggested,
                                            csvFilter + QStringLiteral(";;") + xlsxFilter,
                                            {},
                                            &filter);
    if (path.isEmpty())
        return false;
    // Another file type chosen in the dialog wins over the suggested name's extension (which the
    // dialog leaves as it was); otherwise the name decides.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = suffix == u"csv" || suffix == u"xlsx";
    if (filter != offered || !known) {
        const QString wanted = filter == xlsxFilter ? QStringLiteral("xlsx") : QStringLiteral("csv");
        if (known)
            path.chop(suffix.size() + 1);
        path += u'.' + wanted;
    }
    m_lastFormat = history::exportFormatForPath(path);
    m_lastDirectory = QFileInfo(path).absolutePath();
    if (!MessageBox::confirm(
            m_window,
            tr("Export history"),
            tr("The file will contain personal data: masked mobile numbers, names and ID numbers of %n "
               "attempt(s), with their results and RequestIds.",
               nullptr,
               int(std::min<qint64>(request.rows, INT_MAX))),
            tr("Export"),
            false,
            tr("Store and share it only as your data-protection rules allow. The export is recorded in the audit "
               "log.")))
        return false;

    m_destination = path;
    m_job = new history::CsvExportJob(
        {request.databasePath, request.filter, request.sort, request.columns, path, m_lastFormat});
    connect(m_job, &history::CsvExportJob::progress, this, &ExportController::onProgress);
    connect(m_job, &history::CsvExportJob::succeeded, this, &ExportController::onSucceeded);
    connect(m_job, &history::CsvExportJob::failed, this, &ExportController::onFailed);

    m_progress = new QProgressDialog(m_window);
    m_progress->setWindowTitle(tr("Export history"));
    m_progress->setLabelText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setRange(0, 1000);
    m_progress->setMinimumDuration(400); // short exports finish without a flash of a dialog
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);
    m_progress->setValue(0);
    m_job->start();
    emit message(tr("Exporting the history…"));
    return true;
}

void ExportController::cancel()
{
    if (m_job)
        m_job->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void ExportController::onProgress(qint64 written, qint64 total)
{
    if (m_progress && total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, written * 1000 / total)));
}

void ExportController::onSucceeded(qint64 rows)
{
    const QString path = QDir::toNativeSeparators(m_destination);
    cleanUp();
    emit message(tr("Exported %n attempt(s) to %1", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(path));
    emit finished(true);
}

void ExportController::onFailed(const QString& text, bool cancelled)
{
    cleanUp();
    if (cancelled) {
        emit message(tr("Export cancelled; no file was written."));
    } else {
        MessageBox::warning(m_window, tr("Export history"), text);
        emit message(tr("The export failed; no file was written."));
    }
    emit finished(false);
}

void ExportController::cleanUp()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
}

} // namespace tricheck::gui
