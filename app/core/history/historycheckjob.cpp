#include "historycheckjob.h"

#include "historylocation.h"

#include <QThread>

#include <memory>

namespace tricheck::history {

HistoryCheckJob::HistoryCheckJob(QObject* parent)
    : QObject(parent)
{ }

HistoryCheckJob::~HistoryCheckJob()
{
    if (m_thread != nullptr)
        m_thread->wait();
}

bool HistoryCheckJob::due(HistoryStore& store, const QDateTime& nowUtc)
{
    if (HistoryLocation::isPostgresUrl(store.path()))
        return false;
    const auto last = store.lastIntegrityCheck();
    if (!last)
        return false; // the history cannot be read now: the views say why
    return !last.value() || (*last)->checkedUtc.msecsTo(nowUtc) >= kDailyIntervalMs;
}

bool HistoryCheckJob::start(const HistoryStore::Options& history, bool thorough, const QString& trigger)
{
    if (m_thread != nullptr)
        return false;
    HistoryStore::Options options = history;
    options.integrityCheck = HistoryStore::IntegrityCheck::Skip; // the check runs below, once
    options.retentionDays.reset();
    auto result = std::make_shared<Result>(Result::failure(HistoryError::cancelled()));
    m_thread = QThread::create([options, thorough, trigger, result] {
        auto store = HistoryStore::open(options);
        if (!store) {
            *result = Result::failure(store.error());
            return;
        }
        *result = store.value()->runIntegrityCheck(thorough, trigger);
    });
    m_thread->setObjectName(QStringLiteral("history-check"));
    // A child, so that a thread whose deleteLater() never ran (the application quit first) still
    // goes with the job.
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(*result);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace tricheck::history
