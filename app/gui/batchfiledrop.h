#pragma once

#include <QObject>

#include <optional>

class QMimeData;
class QWidget;

namespace tricheck::gui {

// A CSV file or Excel workbook dropped anywhere on a window, its text fields included (they would
// take the path as text), is offered as a batch file: dropped() names it.
class BatchFileDrop : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchFileDrop)

public:
    // Watches `window` and its children that take drops; the window is made to take them.
    explicit BatchFileDrop(QWidget* window);

    // The one local .csv, .txt or .xlsx file a drag carries, if that is what it carries.
    static std::optional<QString> batchFileOf(const QMimeData* data);

signals:
    void dropped(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace tricheck::gui
