#pragma once

#include <QObject>

namespace tricheck::history {

// Process-wide announcements from every HistoryStore after a write COMMITted, so that views on
// other connections (the GUI's table while a batch writes on a worker thread) can refresh.
// Signals are emitted on the writing thread; receivers in other threads get them queued.
class HistoryNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryNotifier)

public:
    static HistoryNotifier* instance();

signals:
    void attemptsAppended(const QString& databasePath);
    void attemptsRemoved(const QString& databasePath);
    void auditAppended(const QString& databasePath);

private:
    HistoryNotifier() = default;
    friend struct HistoryNotifierHolder;
};

} // namespace tricheck::history
