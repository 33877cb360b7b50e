#include "batchrunner.h"

#include "common/logging.h"
#include "history/historystore.h"

#include <algorithm>

namespace tricheck::batch {

using api::ErrorKind;
using api::VerifyOutcome;
using verification::HistoryWrite;
using verification::Verification;

namespace {

int g_running = 0; // runners started and not finished in this process (the GUI thread's)

constexpr int kHeartbeatMs = 10'000;
constexpr double kRequeueDelayMs = 1000;

bool isTransportFailure(ErrorKind kind)
{
    return kind == ErrorKind::Network || kind == ErrorKind::Timeout || kind == ErrorKind::Tls ||
           kind == ErrorKind::ProxyAuthentication;
}

bool isAccessFailure(ErrorKind kind)
{
    return kind == ErrorKind::Authentication || kind == ErrorKind::Permission || kind == ErrorKind::Configuration;
}

} // namespace

BatchRunner::BatchRunner(verification::VerificationService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &BatchRunner::pump);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (const auto error = m_journal->heartbeat(m_batchId, m_owner))
            stop(Result::HistoryFailed, error->message);
    });
}

BatchRunner::~BatchRunner()
{
    if (m_state != State::Idle && m_state != State::Finished)
        --g_running;
    // Verifications still in flight belong to the service; they finish and are recorded there.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

void BatchRunner::setClock(BatchClock* clock)
{
    if (m_state != State::Idle)
        return;
    disconnect(m_time, &BatchClock::advanced, this, nullptr);
    m_time = clock != nullptr ? clock : &m_steadyClock;
    connect(m_time, &BatchClock::advanced, this, [this] { schedulePump(); });
}

bool BatchRunner::isAnyRunning()
{
    return g_running > 0;
}

void BatchRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

std::optional<QString> BatchRunner::start(const QString& batchId,
                                          const QString& sourcePath,
                                          const verification::ServiceTarget& target,
                                          const RunnerOptions& options)
{
    if (m_state != State::Idle)
        return tr("This batch runner has been started already.");
    if (g_running > 0)
        return tr("Another batch is running in this program; the request rate is shared by the account, so one "
                  "batch runs at a time.");
    if (!m_service->history())
        return tr("A batch needs the history database: it keeps the batch's journal.");
    m_journal = std::make_unique<BatchJournal>(m_service->history().get());
    const auto info = m_journal->find(batchId);
    if (!info)
        return info.error().message;
    if (!info.value())
        return tr("There is no batch %1 in this history.").arg(batchId);
    m_batchId = batchId;
    m_owner = BatchJournal::processOwner();
    if ((*info)->owner != m_owner)
        return tr("Batch %1 has not been taken over by this process.").arg(batchId);
    m_import = ImportOptions::fromJson((*info)->settings.value(QStringLiteral("import")).toObject());

    // The file must be the one the batch was started from, byte for byte.
    m_file.setFileName(sourcePath);
    if (!m_file.open(QIODevice::ReadOnly))
        return ImportError::make(ImportError::Kind::OpenFailed, 0, m_file.errorString()).message;
    crypto::Hasher hasher(crypto::Hash::Sha256);
    while (!m_file.atEnd()) {
        const QByteArray chunk = m_file.read(CsvSource::kChunkBytes);
        if (chunk.isEmpty())
            break;
        hasher.addData(chunk);
    }
    if (QString::fromLatin1(hasher.result().toHex()) != (*info)->sourceDigest)
        return ImportError::make(ImportError::Kind::SourceChanged, 0).message;
    m_file.seek(0);
    m_reader = std::make_unique<BatchReader>(&m_file, m_import);
    if (const auto error = m_reader->open())
        return error->message;

    auto rows = m_journal->rows(batchId);
    if (!rows)
        return rows.error().message;
    m_rows = std::move(rows).value();
    for (const JournalRow& r : std::as_const(m_rows)) {
        if (r.state == RowState::Pending)
            ++m_counts.remaining;
    }
    m_counts.toSend = m_counts.remaining;

    if (auto refused = m_skipper.configure(*m_service, target, options.skipVerifiedDays))
        return refused;
    m_target = target;
    m_options = options;
    m_options.concurrency = std::clamp(options.concurrency, 1, 64);
    m_bucket.setRate(std::max(0, options.qps));
    m_service->setGroupCommit(true);
    connect(m_service, &verification::VerificationService::recordsPending, this, [this] { schedulePump(); });
    ++g_running;
    m_clock.start();
    m_heartbeat.start();
    setState(State::Running);
    qCInfo(lcBatch) << "batch started:" << m_counts.remaining << "rows to send, qps" << options.qps << "concurrency"
                    << m_options.concurrency;
    schedulePump();
    return std::nullopt;
}

void BatchRunner::pause()
{
    if (m_state != State::Running)
        return;
    setState(State::Paused);
    m_journal->setState(m_batchId, BatchState::Paused, false);
    schedulePump(); // commits what arrived; sends nothing
}

void BatchRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_journal->setState(m_batchId, BatchState::Running, false);
    setState(State::Running);
    schedulePump();
}

void BatchRunner::cancel(bool abortInFlight)
{
    if (m_state == State::Running || m_state == State::Paused) {
        stop(Result::Cancelled, tr("Cancelled."), abortInFlight);
    } else if (m_state == State::Stopping && abortInFlight) {
        const auto inFlight = m_inFlight.keys();
        for (Verification* v : inFlight)
            v->cancel();
    }
}

void BatchRunner::stop(Result result, const QString& reason, bool abortInFlight)
{
    if (m_state == State::Finished || m_state == State::Idle)
        return;
    if (m_result == Result::None || m_state != State::Stopping) {
        m_result = result;
        m_stopReason = reason;
    }
    setState(State::Stopping);
    if (abortInFlight) {
        const auto inFlight = m_inFlight.keys();
        for (Verification* v : inFlight)
            v->cancel();
    }
    schedulePump();
}

bool BatchRunner::nextRow(double now, BatchRow* row, double* waitMs)
{
    *waitMs = 0;
    if (!m_requeue.empty() && m_requeue.front().dueMs <= now) {
        *row = std::move(m_requeue.front().row);
        m_requeue.pop_front();
        return true;
    }
    while (!m_sourceDone) {
        if (!m_reader->next(row)) {
            m_sourceDone = true;
            if (m_reader->error()) {
                stop(Result::SourceFailed, m_reader->error()->message);
                return false;
            }
            break;
        }
        if (row->kind != RowKind::Valid)
            continue;
        const auto it = m_rows.constFind(row->line);
        if (it == m_rows.cend()) {
            stop(Result::SourceFailed, ImportError::make(ImportError::Kind::SourceChanged, row->line).message);
            return false;
        }
        if (it->state != RowState::Pending)
            continue;
        const auto skipped = m_skipper.take(*row);
        if (!skipped) {
            stop(Result::HistoryFailed, skipped.error());
            return false;
        }
        if (!skipped.value())
            return true;
        if (m_skipper.queuedCount() >= RowSkipper::kMaxQueued)
            return false; // pump() commits them and comes back
    }
    if (!m_requeue.empty())
        *waitMs = std::max(1.0, m_requeue.front().dueMs - now);
    return false;
}

void BatchRunner::pump()
{
    m_pumpQueued = false;
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    QList<BatchRow> toSend;
    if (m_state == State::Running) {
        adaptRate();
        int free = m_options.concurrency - requestsOut();
        while (free > 0 && m_state == State::Running && !budgetFull(int(toSend.size()))) {
            const double now = nowMs();
            const double wait = m_bucket.msUntilToken(now);
            if (wait > 0) {
                schedulePump(wait);
                break;
            }
            BatchRow row;
            double rowWait = 0;
            if (!nextRow(now, &row, &rowWait)) {
                if (rowWait > 0)
                    schedulePump(rowWait);
                break;
            }
            m_bucket.take(now);
            toSend.append(std::move(row));
            --free;
        }
    }
    QList<int> lines;
    lines.reserve(toSend.size());
    for (const BatchRow& r : std::as_const(toSend))
        lines.append(r.line);
    const QList<SkippedRow> skipped = m_skipper.takeQueued();
    history::HistoryStore::TransactionWork markInFlight;
    if (!lines.isEmpty() || !skipped.isEmpty()) {
        const QString batchId = m_batchId;
        const QString owner = m_owner;
        markInFlight = [batchId, owner, lines, skipped](history::Transaction& transaction) -> std::optional<QSqlError> {
            if (auto error = BatchJournal::markInFlight(transaction, batchId, owner, lines))
                return error;
            return BatchJournal::markSkipped(transaction, batchId, skipped);
        };
    }
    // The rows about to leave are handed to the service, which sends nothing before the commit;
    // outcomes that arrived, the rows' attempts in flight and their journal marks: one transaction.
    // Reporting the outcomes (onFinished) happens inside this call, after the commit.
    for (const BatchRow& row : std::as_const(toSend))
        dispatch(row);
    if (const auto error = m_service->commitPending(markInFlight)) {
        // Nothing of it was stored: the rows stay pending, and are reported as not sent.
        stop(Result::HistoryFailed, error->message);
        finishIfIdle();
        return;
    }
    // The commit that marked rows in flight proved this process alive too (the batch's heartbeat_ms):
    // the heartbeat's own commit, which waits for the disk on this thread, is due only after a
    // whole interval without a row leaving (paused, throttled, waiting for answers).
    if (!lines.isEmpty() && m_heartbeat.isActive())
        m_heartbeat.start();
    // Committed in flight: they leave now (the service sends them), even if an outcome just
    // reported stops the batch (a row marked in flight and not sent would be "outcome unknown").
    for (const BatchRow& row : std::as_const(toSend)) {
        JournalRow& j = m_rows[row.line];
        j.state = RowState::InFlight;
        ++j.sends;
        if (m_counts.remaining > 0 && j.sends == 1)
            --m_counts.remaining;
        ++m_counts.dispatched;
        emit rowSent(row.line);
    }
    for (const SkippedRow& row : skipped) {
        JournalRow& j = m_rows[row.line];
        j.state = RowState::Skipped;
        j.attemptRow = row.earlierAttempt;
        m_counts.remaining = std::max(0, m_counts.remaining - 1);
        ++m_counts.skipped;
        emit rowSkipped(row.line, row.earlierAttempt);
    }
    if (!toSend.isEmpty() || !skipped.isEmpty())
        emit progressed();
    if (!skipped.isEmpty() && m_state == State::Running)
        schedulePump(); // more rows may follow the ones just skipped
    if (m_state == State::Running && m_inFlight.isEmpty() && budgetFull(0) &&
        (m_counts.remaining > 0 || !m_requeue.empty()))
        stop(
            Result::StoppedBudget,
            tr("This month's budget is reached: %n check(s) of this run were billed or may have been; the rows not sent stay pending for a later resume.",
               nullptr,
               m_counts.billed + m_counts.unknown));
    finishIfIdle();
}

void BatchRunner::dispatch(const BatchRow& row)
{
    Verification* v = m_service->verify(row.input,
                                        m_import.paramType,
                                        m_target,
                                        row.reference,
                                        history::BatchRef{m_batchId, row.line});
    m_inFlight.insert(v, row);
    m_counts.inFlight = int(m_inFlight.size());
    connect(v, &Verification::finished, this, [this, v](const VerifyOutcome& outcome, const HistoryWrite& write) {
        onFinished(v, outcome, write);
    });
    connect(v, &Verification::retrying, this, [this](int, int delayMs) { onRetrying(delayMs); });
}

void BatchRunner::onFinished(Verification* v, const VerifyOutcome& outcome, const HistoryWrite& write)
{
    const BatchRow row = m_inFlight.take(v);
    m_counts.inFlight = int(m_inFlight.size());
    v->deleteLater();
    if (write.state == HistoryWrite::State::Failed) {
        // The journal still says "in flight": a resumed batch reports this row as unknown.
        stop(Result::HistoryFailed, write.error);
        schedulePump();
        return;
    }
    const double now = nowMs();
    if (const api::ApiError* error = outcome.error()) {
        const JournalRow j = m_rows.value(row.line);
        if (write.state == HistoryWrite::State::Recorded &&
            history::BatchRef::requeuesAfter(api::errorKindId(error->kind), j.sends)) {
            m_rows[row.line].state = RowState::Pending;
            m_requeue.push_back({now + std::max<double>(kRequeueDelayMs, error->retryAfterMs.value_or(0)), row});
            ++m_counts.requeued;
            emit progressed();
            schedulePump();
            return;
        }
        if (isTransportFailure(error->kind)) {
            ++m_networkFailures;
        } else {
            m_networkFailures = 0;
        }
        m_accessFailures = isAccessFailure(error->kind) ? m_accessFailures + 1 : 0;
    } else {
        m_networkFailures = 0;
        m_accessFailures = 0;
    }
    m_rows[row.line].state = RowState::Answered;
    ++m_counts.answered;
    switch (outcome.role()) {
    case api::StatusRole::Pass:
        ++m_counts.pass;
        break;
    case api::StatusRole::Mismatch:
    case api::StatusRole::PartialMismatch:
        ++m_counts.mismatch;
        break;
    case api::StatusRole::NoRecord:
        ++m_counts.noRecord;
        break;
    case api::StatusRole::Error:
    case api::StatusRole::Unknown:
        if (!outcome.isResult() && !outcome.billed())
            ++m_counts.unknown;
        else
            ++m_counts.errors;
        break;
    }
    if (outcome.billed().value_or(false))
        ++m_counts.billed;
    m_recentAnswers.push_back(now);
    while (m_recentAnswers.size() > 2 && m_recentAnswers.front() < now - 3000)
        m_recentAnswers.pop_front();
    emit rowFinished(row.line, outcome);
    emit progressed();

    if (m_networkFailures >= m_options.maxConsecutiveNetworkFailures)
        stop(Result::StoppedNetwork,
             tr("Stopped: the last %1 requests failed on the network (%2).")
                 .arg(m_networkFailures)
                 .arg(api::errorKindId(outcome.error()->kind)));
    else if (m_accessFailures >= m_options.maxConsecutiveAccessFailures)
        stop(
            Result::StoppedAccess,
            tr("Stopped: the service refused the last %1 requests (credentials or permission).").arg(m_accessFailures));
    schedulePump();
}

void BatchRunner::finishIfIdle()
{
    if (m_state == State::Finished || m_state == State::Idle || m_state == State::Paused)
        return;
    if (!m_inFlight.isEmpty() || m_service->pendingRecords() > 0)
        return;
    if (m_state == State::Running) {
        if (!m_sourceDone || !m_requeue.empty())
            return;
        m_result = Result::Completed;
    }
    BatchState journalState = BatchState::Stopped;
    switch (m_result) {
    case Result::Completed:
        journalState = BatchState::Completed;
        break;
    case Result::Cancelled:
        journalState = BatchState::Cancelled;
        break;
    case Result::None:
    case Result::StoppedNetwork:
    case Result::StoppedAccess:
    case Result::StoppedBudget:
    case Result::HistoryFailed:
    case Result::SourceFailed:
        break;
    }
    if (const auto error = m_journal->setState(m_batchId, journalState, true))
        qCWarning(lcBatch) << "batch state not recorded:" << error->kindId();
    m_heartbeat.stop();
    m_pumpTimer.stop();
    disconnect(m_service, &verification::VerificationService::recordsPending, this, nullptr);
    m_service->setGroupCommit(false);
    --g_running;
    setState(State::Finished);
    qCInfo(lcBatch) << "batch finished:" << m_counts.answered << "answered," << m_counts.dispatched << "sent in"
                    << elapsedSeconds() << "s";
    emit finished(m_result);
}

} // namespace tricheck::batch
