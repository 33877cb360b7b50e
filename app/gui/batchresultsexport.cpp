#include "batchresultsexport.h"

#include "batch/batchresults.h"
#include "messagebox.h"

#include <QApplication>
#include <QFileInfo>

namespace tricheck::gui {

std::optional<BatchResultsExport::Written> BatchResultsExport::run(QWidget* parent,
                                                                   history::HistoryStore& store,
                                                                   const QString& batchId,
                                                                   const QString& sourcePath)
{
    const QString title = tr("Export batch results");
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    QString filter = csvFilter;
    QString path = MessageBox::saveFileName(parent,
                                            title,
                                            batch::BatchResults::suggestedPath(sourcePath),
                                            csvFilter + QStringLiteral(";;") + xlsxFilter,
                                            {},
                                            &filter);
    if (path.isEmpty())
        return std::nullopt;
    // The file type chosen in the dialog wins over an extension the name lacks or does not match.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString wanted = filter == xlsxFilter ? QStringLiteral("xlsx") : QStringLiteral("csv");
    if (suffix != wanted) {
        if (suffix == u"csv" || suffix == u"xlsx")
            path.chop(suffix.size() + 1);
        path += u'.' + wanted;
    }
    if (!MessageBox::confirm(parent,
                             title,
                             tr("The file will contain personal data: the masked mobile number, name and ID number of "
                                "every row of %1, with its result and RequestId.")
                                 .arg(QFileInfo(sourcePath).fileName()),
                             tr("Export"),
                             false,
                             tr("Store and share it only as your data-protection rules allow. The export is recorded "
                                "in the audit log.")))
        return std::nullopt;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto rows = batch::BatchResults::exportFile(store, batchId, sourcePath, path);
    QApplication::restoreOverrideCursor();
    if (!rows) {
        MessageBox::warning(parent, title, rows.error());
        return std::nullopt;
    }
    return Written{rows.value(), path};
}

} // namespace tricheck::gui
