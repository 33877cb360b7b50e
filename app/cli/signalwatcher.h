#pragma once

#include <QObject>

class QSocketNotifier;

namespace tricheck::cli {

// Turns SIGINT and SIGTERM into a Qt signal through the self-pipe trick: the handler only
// write()s the signal number to a pipe (async-signal-safe), and a QSocketNotifier on the other end
// delivers it in the event loop. One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

QString signalName(int signalNumber); // "SIGINT", "SIGTERM" …

} // namespace tricheck::cli
