#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace tricheck::batch {

// The batch runner's time, in milliseconds from any fixed point: the rate limit and the waits the
// service asks for are computed on it. The runner uses a steady clock; tests inject a manual one,
// so that what the token bucket lets through is counted against time the test controls.
class BatchClock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual double nowMs() const = 0;

signals:
    // A manual clock moved on: the runner looks again at what has become due.
    void advanced();
};

class SteadyClock final : public BatchClock
{
    Q_OBJECT

public:
    explicit SteadyClock(QObject* parent = nullptr)
        : BatchClock(parent)
    {
        m_timer.start();
    }
    double nowMs() const override { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
};

class ManualClock final : public BatchClock
{
    Q_OBJECT

public:
    using BatchClock::BatchClock;
    double nowMs() const override { return m_nowMs; }
    void advance(double ms)
    {
        m_nowMs += ms;
        emit advanced();
    }

private:
    double m_nowMs = 0;
};

} // namespace tricheck::batch
