#include "batchresultsexport.h"

#include "batch/batchresults.h"
#include "common/pooltask.h"
#include "messagebox.h"

#include <QFileInfo>

namespace tricheck::gui {

QString BatchResultsExport::title()
{
    return tr("Export batch results");
}

std::optional<QString> BatchResultsExport::ask(QWidget* parent, const QString& sourcePath)
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    QString filter = csvFilter;
    QString path = MessageBox::saveFileName(parent,
                                            title(),
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
                             title(),
                             tr("The file will contain personal data: the masked mobile number, name and ID number of "
                                "every row of %1, with its result and RequestId.")
                                 .arg(QFileInfo(sourcePath).fileName()),
                             tr("Export"),
                             false,
                             tr("Store and share it only as your data-protection rules allow. The export is recorded "
                                "in the audit log.")))
        return std::nullopt;
    return path;
}

void BatchResultsExport::write(QObject* context,
                               history::HistoryStore::Options options,
                               const QString& batchId,
                               const QString& sourcePath,
                               const QString& path,
                               std::function<void(const Expected<Written, QString>&)> done)
{
    using Result = Expected<Written, QString>;
    options.integrityCheck = history::HistoryStore::IntegrityCheck::Skip; // checked when the session opened it
    options.retentionDays.reset();                                        // the session's open applied it
    options.beforeCommitForTesting = {};
    runInPool(
        context,
        [options, batchId, sourcePath, path]() -> Result {
            auto store = history::HistoryStore::open(options);
            if (!store)
                return Result::failure(store.error().message);
            const auto rows = batch::BatchResults::exportFile(*store.value(), batchId, sourcePath, path);
            if (!rows)
                return Result::failure(rows.error());
            return Written{rows.value(), path};
        },
        std::move(done));
}

} // namespace tricheck::gui
