#pragma once

#include "common/expected.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

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
    static QString title();
    // Asks for the file and confirms that it will hold personal data: the path to write, or
    // nullopt when the operator cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& sourcePath);
    // Writes on a pool thread, through a connection of its own to the history `options` name:
    // reading the input file again and the batch's attempts takes seconds for a million rows.
    // `done` runs on `context`'s thread (not at all once `context` is gone); a failure (translated)
    // leaves no file.
    static void write(QObject* context,
                      history::HistoryStore::Options options,
                      const QString& batchId,
                      const QString& sourcePath,
                      const QString& path,
                      std::function<void(const Expected<Written, QString>&)> done);
};

} // namespace tricheck::gui
