#include "historysql.h"
#include "sqlitenativeutil.h"

#include <algorithm>
#include <array>
#include <vector>

namespace tricheck::history::sqlitenative {

namespace {

// Binds `r` to the columns of one row of sql::insertStatement(), from parameter `first` on. The
// text is kept in `texts` (kInsertColumns of them), alive until the statement has run.
int bindRecord(sqlite3_stmt* s, const AttemptRecord& r, int first, QByteArray* texts)
{
    const auto text = [&](int column, const QString& value, bool nullWhenEmpty) {
        return bindText(s, first + column, value, nullWhenEmpty, &texts[column]);
    };
    // The column order of sql::insertStatement().
    int rc = text(0, r.attemptId, false);
    rc |= sqlite3_bind_int64(s, first + 1, r.startedMs);
    rc |= text(2, r.operatorName, false);
    rc |= text(3, r.reference, false);
    rc |= text(4, r.maskedMobile, false);
    rc |= text(5, r.maskedName, false);
    rc |= text(6, r.maskedIdNumber, false);
    rc |= text(7, identity::paramTypeName(r.paramType), false);
    rc |= text(8, api::signatureSchemeName(r.scheme), false);
    rc |= text(9, r.endpoint, false);
    rc |= sqlite3_bind_int(s, first + 10, r.sandbox ? 1 : 0);
    rc |= r.httpStatus ? sqlite3_bind_int(s, first + 11, *r.httpStatus) : sqlite3_bind_null(s, first + 11);
    rc |= text(12, r.code, false);
    rc |= text(13, r.message, false);
    rc |= text(14, r.requestId, false);
    rc |= text(15, r.bizCode, false);
    rc |= text(16, r.subCode, false);
    rc |= text(17, r.ispName, false);
    rc |= r.billed ? sqlite3_bind_int(s, first + 18, *r.billed ? 1 : 0) : sqlite3_bind_null(s, first + 18);
    rc |= sqlite3_bind_int64(s, first + 19, r.latencyMs);
    rc |= sqlite3_bind_int(s, first + 20, r.sends);
    rc |= text(21, r.errorKind, true);
    rc |= text(22, api::ResultCatalogue::roleId(r.role), false);
    rc |= text(23, r.batch.batchId, true);
    rc |= r.batch.row ? sqlite3_bind_int(s, first + 24, *r.batch.row) : sqlite3_bind_null(s, first + 24);
    rc |= bindInt64(s, first + 25, r.fingerprints.mobile);
    rc |= bindInt64(s, first + 26, r.fingerprints.name);
    rc |= bindInt64(s, first + 27, r.fingerprints.idNumber);
    return rc;
}

// Inserts attempts with SQLite's C API, many rows per statement where many are written together.
//
// Why many rows per statement: the triggers on attempts (the counts per status and per day, the
// reference index) make every INSERT a statement that may fail after it changed something, so
// inside a transaction SQLite keeps a statement journal for it: the old content of every page the
// statement touches, a dozen pages for one attempt (the table, each index, the counters). Beyond
// 64 KiB that journal is a temporary file, so a 10,000-row batch inserted row by row wrote some
// 500 MB to it, page by page. One statement for many rows journals each page once for all of them.
// A statement that fails changes nothing (its journal undoes it), and the caller rolls the whole
// transaction back, as before.
class NativeWriter final : public AttemptWriter
{
public:
    explicit NativeWriter(sqlite3* db)
        : m_db(db)
        , m_rowsPerStatement(std::clamp(sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / sql::kInsertColumns,
                                        1,
                                        kMaxRowsPerStatement))
    { }
    ~NativeWriter() override
    {
        sqlite3_finalize(m_single.stmt);
        sqlite3_finalize(m_full.stmt);
        sqlite3_finalize(m_rest.stmt);
        for (const Prepared& p : m_few)
            sqlite3_finalize(p.stmt);
    }
    Q_DISABLE_COPY_MOVE(NativeWriter)

    std::optional<QSqlError> insert(const AttemptRecord& r, qint64* id) override
    {
        Prepared& p = statement(m_single, 1, false);
        if (p.prepare != SQLITE_OK)
            return nativeError(m_db, p.prepare);
        if (const int rc = bindRecord(p.stmt, r, 1, m_slots.data()); rc != SQLITE_OK)
            return finish(p.stmt, nativeError(m_db, rc));
        const int step = sqlite3_step(p.stmt);
        if (step != SQLITE_DONE)
            return finish(p.stmt, nativeError(m_db, step));
        *id = sqlite3_last_insert_rowid(m_db);
        return finish(p.stmt, std::nullopt);
    }

    std::optional<QSqlError> insertAll(const QList<AttemptRecord>& records, QList<qint64>* ids) override
    {
        for (qsizetype start = 0; start < records.size();) {
            const qsizetype left = records.size() - start;
            if (left == 1 || m_rowsPerStatement == 1) {
                qint64 id = 0;
                if (auto error = insert(records.at(start), &id))
                    return error;
                ids->append(id);
                ++start;
                continue;
            }
            const int rows = int(std::min<qsizetype>(m_rowsPerStatement, left));
            if (auto error = insertRows(records, start, rows, ids))
                return error;
            start += rows;
        }
        return std::nullopt;
    }

private:
    static constexpr int kMaxRowsPerStatement = 100;

    struct Prepared
    {
        sqlite3_stmt* stmt = nullptr;
        int rows = 0;
        int prepare = SQLITE_OK;
    };

    // The new ids come back with each row's unique key (started_ms, attempt_id), and are matched
    // to the records by it whatever order SQLite returns them in.
    std::optional<QSqlError>
    insertRows(const QList<AttemptRecord>& records, qsizetype start, int rows, QList<qint64>* ids)
    {
        Prepared& p = statement(rows == m_rowsPerStatement         ? m_full
                                : std::size_t(rows) < m_few.size() ? m_few[std::size_t(rows)]
                                                                   : m_rest,
                                rows,
                                true);
        if (p.prepare != SQLITE_OK)
            return nativeError(m_db, p.prepare);
        if (m_slots.size() < std::size_t(rows) * sql::kInsertColumns)
            m_slots.resize(std::size_t(rows) * sql::kInsertColumns);
        for (int i = 0; i < rows; ++i) {
            const int rc = bindRecord(p.stmt,
                                      records.at(start + i),
                                      1 + i * sql::kInsertColumns,
                                      &m_slots[std::size_t(i) * sql::kInsertColumns]);
            if (rc != SQLITE_OK)
                return finish(p.stmt, nativeError(m_db, rc));
        }
        m_returned.clear();
        int step;
        while ((step = sqlite3_step(p.stmt)) == SQLITE_ROW) {
            const auto* key = reinterpret_cast<const char*>(sqlite3_column_text(p.stmt, 2));
            m_returned.push_back({sqlite3_column_int64(p.stmt, 1),
                                  QByteArray(key, sqlite3_column_bytes(p.stmt, 2)),
                                  sqlite3_column_int64(p.stmt, 0)});
        }
        if (step != SQLITE_DONE)
            return finish(p.stmt, nativeError(m_db, step));
        for (int i = 0; i < rows; ++i) {
            const AttemptRecord& r = records.at(start + i);
            // Almost always in order: the i-th row returned is the i-th inserted.
            const QByteArray key = r.attemptId.toUtf8();
            const auto matches = [&](const Returned& x) { return x.startedMs == r.startedMs && x.attemptId == key; };
            auto it = std::size_t(i) < m_returned.size() && matches(m_returned[std::size_t(i)])
                          ? m_returned.begin() + i
                          : std::find_if(m_returned.begin(), m_returned.end(), matches);
            if (it == m_returned.end())
                return finish(p.stmt,
                              QSqlError(QStringLiteral("SQLite"),
                                        QStringLiteral("an inserted attempt's id was not returned"),
                                        QSqlError::StatementError));
            ids->append(it->id);
        }
        return finish(p.stmt, std::nullopt);
    }

    Prepared& statement(Prepared& p, int rows, bool returning)
    {
        if (p.stmt == nullptr || p.rows != rows) {
            sqlite3_finalize(p.stmt);
            p.stmt = nullptr;
            QString sql = sql::insertStatement(rows);
            if (returning)
                sql += QStringLiteral(" RETURNING id, started_ms, attempt_id");
            const QByteArray utf8 = sql.toUtf8();
            p.prepare = sqlite3_prepare_v3(m_db,
                                           utf8.constData(),
                                           int(utf8.size()),
                                           SQLITE_PREPARE_PERSISTENT,
                                           &p.stmt,
                                           nullptr);
            p.rows = rows;
            if (p.prepare != SQLITE_OK && returning) {
                // SQLite before 3.35 has no RETURNING: one row per statement then.
                m_rowsPerStatement = 1;
            }
        }
        return p;
    }

    std::optional<QSqlError> finish(sqlite3_stmt* s, std::optional<QSqlError> error)
    {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return error;
    }

    struct Returned
    {
        qint64 startedMs;
        QByteArray attemptId;
        qint64 id;
    };

    sqlite3* m_db;
    int m_rowsPerStatement;
    Prepared m_single;
    Prepared m_full;
    Prepared m_rest;
    // A batch writes a few rows at a time (its requests in flight), a different number each time:
    // each number keeps its statement instead of m_rest's being prepared again.
    std::array<Prepared, 17> m_few;
    std::vector<QByteArray> m_slots =
        std::vector<QByteArray>(sql::kInsertColumns); // bound text, alive until the next insert
    std::vector<Returned> m_returned;
};

} // namespace

std::unique_ptr<AttemptWriter> makeWriter(sqlite3* db)
{
    return std::make_unique<NativeWriter>(db);
}

} // namespace tricheck::history::sqlitenative
