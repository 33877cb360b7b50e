#pragma once

#include "common/expected.h"
#include "history/historyerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlError>
#include <QVariant>

#include <optional>

namespace tricheck::history {
class HistoryStore;
class Transaction;
struct SchemaModule;
} // namespace tricheck::history

namespace tricheck::batch {

// Where one row to send stands. A row goes pending → in_flight (committed BEFORE its request is
// sent) → answered (committed together with its attempt in the history). A row found in flight
// when a batch is taken over was in flight when the previous run ended (crash, kill, power cut):
// its outcome is unknown and it may have been billed, so it becomes `unknown` and is sent again
// only when the operator asks for it. A row answered for the same person within the batch's
// skip-verified period goes pending → skipped instead, pointing at that earlier attempt.
enum class RowState {
    Pending,
    InFlight,
    Answered,
    Unknown,
    Skipped,
};
QString rowStateId(RowState state); // "pending", "in_flight", "answered", "unknown", "skipped"
std::optional<RowState> rowStateFromId(QStringView id);

// The state of a whole batch, as the journal keeps it.
enum class BatchState {
    Running,   // a process works on it (or did, until it died: see BatchInfo::owner)
    Paused,    // the operator paused it
    Cancelled, // the operator stopped it; resumable
    Stopped,   // stopped on repeated failures (network, credentials); resumable
    Completed, // no row left to send
};
QString batchStateId(BatchState state);
std::optional<BatchState> batchStateFromId(QStringView id);

struct BatchInfo
{
    QString batchId;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QString operatorName;
    QString sourceName;   // the file as the operator named it
    QString sourceDigest; // SHA-256 of its bytes, lowercase hex
    qint64 sourceBytes = 0;
    QJsonObject settings; // ImportOptions::toJson() plus the endpoint and signature scheme
    int rowCount = 0;     // data rows in the file
    int invalidCount = 0;
    int duplicateCount = 0;
    BatchState state = BatchState::Running;
    QString owner; // "host:pid:token" of the process running it, empty when none
    qint64 heartbeatMs = 0;
};

struct JournalRow
{
    RowState state = RowState::Pending;
    int sends = 0;         // times it was marked in flight
    qint64 attemptRow = 0; // the history's attempt that settled it (skipped: the earlier answer); 0: none
};

// A row not sent because the same person was answered before (BatchJournal::markSkipped).
struct SkippedRow
{
    int line = 0;
    qint64 earlierAttempt = 0; // the history's row id of that answer
};

// How the rows of a batch stand, with the outcomes of the settled ones (from the history).
struct BatchTally
{
    int rows = 0;
    int invalid = 0;
    int duplicates = 0;
    int toSend = 0;  // rows in the journal (valid, first of their kind)
    int pending = 0; // not sent yet (pending, or in flight right now)
    int sent = 0;    // answered or unknown
    int pass = 0;
    int mismatch = 0; // BizCode 2: SubCode 201–204
    int noRecord = 0;
    int errors = 0;  // answered with an error that was not billed
    int unknown = 0; // in flight at a crash, or answered with "outcome unknown, may be billed"
    int billed = 0;
    int skipped = 0; // not sent: answered for the same person within the skip-verified period
};

// The batch journal in the history database: tables of its own (its schema module, see
// batchjournalschema.cpp), plain SQL in the store's transactions; no identity values, only row
// numbers and states. Attaching it to a store brings its tables up to date and makes the store
// settle a journaled row in the transaction that stores the row's attempt.
class BatchJournal
{
    Q_DECLARE_TR_FUNCTIONS(BatchJournal)

public:
    explicit BatchJournal(history::HistoryStore* store);

    // The journal's tables, migrations and per-attempt hook (HistoryStore::attach()).
    static const history::SchemaModule& schemaModule();

    static QString newBatchId();
    // "host:pid:random": who runs a batch, so that another process can tell whether it still does.
    static QString processOwner();

    // Records a new batch owned by `info.owner` with its rows to send (all pending), atomically.
    std::optional<history::HistoryError> create(const BatchInfo& info, const QList<int>& lines);
    Expected<std::optional<BatchInfo>, history::HistoryError> find(const QString& batchId);
    // The newest batch of a file with these bytes (its SHA-256, lowercase hex), if any.
    Expected<std::optional<BatchInfo>, history::HistoryError> latestOfSource(const QString& sourceDigest);
    // Newest first.
    Expected<QList<BatchInfo>, history::HistoryError> list(int limit = 100);
    Expected<QHash<int, JournalRow>, history::HistoryError> rows(const QString& batchId);

    struct Claim
    {
        QList<int> newlyUnknown; // rows that were in flight when the previous run ended
    };
    // Takes a batch over for `owner`. Refused while another live process runs it. Rows left in
    // flight by a previous run become `unknown`.
    Expected<Claim, history::HistoryError> claim(const QString& batchId, const QString& owner);
    // Puts the rows whose outcome is unknown back to pending (the operator chose to send them
    // again): rows left in flight by a crash, and rows answered with "outcome unknown" (a timeout
    // after sending). Returns how many.
    Expected<int, history::HistoryError> resendUnknown(const QString& batchId);
    // Sets the state (and releases or keeps the ownership).
    std::optional<history::HistoryError> setState(const QString& batchId, BatchState state, bool release);
    // Proves the owner still holds the batch (the heartbeat other processes look at).
    std::optional<history::HistoryError> heartbeat(const QString& batchId, const QString& owner);

    // For HistoryStore::insertBatch's hook: marks `lines` in flight (sends + 1) after checking that
    // `owner` still holds the batch. Fails when a row is not pending.
    static std::optional<QSqlError>
    markInFlight(history::Transaction& tx, const QString& batchId, const QString& owner, const QList<int>& lines);

    // In the same transaction: pending `rows` become skipped, each pointing at its earlier answer.
    static std::optional<QSqlError>
    markSkipped(history::Transaction& tx, const QString& batchId, const QList<SkippedRow>& rows);
    Expected<BatchTally, history::HistoryError> tally(const QString& batchId);

    // A batch whose owner has not written for this long is considered abandoned even when a
    // process of that id exists (the id was reused).
    static constexpr qint64 kStaleOwnerMs = 60'000;

private:
    // The first batch, if any, WHERE `condition` (one placeholder, bound to `value`) holds.
    Expected<std::optional<BatchInfo>, history::HistoryError> firstBatch(const QString& condition,
                                                                         const QVariant& value);
    history::HistoryStore* m_store;
    std::optional<history::HistoryError> m_attachError; // the journal's tables could not be set up
};

} // namespace tricheck::batch
