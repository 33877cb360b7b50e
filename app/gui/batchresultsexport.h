#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::gui {

// "Export results…" of the batch dialog: one line per row of the input file (invalid and repeated
// rows too), written by core's BatchResults exactly as `tricheck-cli batch --output` writes them,
// proposed as NAME-results.csv beside the input file. The export is recorded in the audit log.
class BatchResultsExport
{
    Q_DECLARE_TR_FUNCTIONS(BatchResultsExport)

public:
    struct Written
    {
        qint64 rows = 0;
        QString path;
    };
    // Asks for the file, confirms, writes. What was written, or nullopt when cancelled or failed (a
    // failure is said; it leaves no file).
    static std::optional<Written>
    run(QWidget* parent, history::HistoryStore& store, const QString& batchId, const QString& sourcePath);
};

} // namespace tricheck::gui
