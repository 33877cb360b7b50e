#pragma once

#include <QObject>

class QSocketNotifier;

namespace tricheck::cli {

// Turns SIGINT (Ctrl+C) into a Qt signal delivered by the event loop, so a command can cancel its
// work cleanly and still print its one JSON line. (A signal handler may only write to a pipe; the
// classic self-pipe, read by a QSocketNotifier.) One instance at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace tricheck::cli
