#pragma once

#include "common/expected.h"
#include "historyerror.h"
#include "historystore.h"
#include "integrityreport.h"

#include <QObject>

class QThread;

namespace tricheck::history {

// Runs the consistency check of a history on a worker thread with a connection of its own (the
// check reads the whole file: seconds on a big history), for a thread that must not block (the
// GUI's). The result is remembered in the history when it is sound.
class HistoryCheckJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCheckJob)

public:
    using Result = Expected<IntegrityReport, HistoryError>;

    // How often the desktop app checks a history in the background at most.
    static constexpr qint64 kDailyIntervalMs = 24LL * 3600 * 1000;

    explicit HistoryCheckJob(QObject* parent = nullptr);
    ~HistoryCheckJob() override; // waits for a check still running (it cannot be interrupted)

    // False while a check runs.
    bool start(const HistoryStore::Options& history, bool thorough, const QString& trigger);
    bool isRunning() const { return m_thread != nullptr; }

    // True when `store` was last checked (at open, on demand or on schedule) longer ago than
    // kDailyIntervalMs, or never; false for a server that checks itself.
    static bool due(HistoryStore& store, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());

signals:
    // On the thread that called start().
    void finished(const tricheck::history::HistoryCheckJob::Result& result);

private:
    QThread* m_thread = nullptr;
};

} // namespace tricheck::history
