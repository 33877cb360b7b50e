#include "sqlitenative.h"

#include "historysql.h"
#include "sqlitenativeutil.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <vector>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace tricheck::history::sqlitenative {

namespace {

// SQLite counts every allocation under one process-wide mutex unless told not to (memory
// statistics are on in Debian's build). Connections reading on two threads at once (statistics
// counted in two parts, the desktop's page reader beside the GUI thread) then queue on that mutex
// for pages they load: a month's statistics in two parts took longer on each thread than in one.
// TriCheck never asks SQLite for its memory figures. sqlite3_config() must run before the library
// starts, hence at load time; should anything have started it already, it refuses and nothing
// changes.
void turnOffMemoryStatistics()
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
Q_CONSTRUCTOR_FUNCTION(turnOffMemoryStatistics)

sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

int bindVariant(sqlite3_stmt* s, int i, const QVariant& v)
{
    if (v.isNull())
        return sqlite3_bind_null(s, i);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(s, i, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(s, i, v.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(s, i, v.toByteArray());
    default:
        return bindText(s, i, v.toString(), false);
    }
}

// Reads a column into `target`, reusing its buffer when nobody else holds it (a cursor fills the
// same record row after row) and the text is ASCII, as ids and masks are.
void readInto(QString& target, sqlite3_stmt* s, int i)
{
    const auto* p = reinterpret_cast<const unsigned char*>(sqlite3_column_text(s, i));
    if (p == nullptr) {
        target.clear();
        return;
    }
    const int n = sqlite3_column_bytes(s, i);
    bool ascii = true;
    for (int k = 0; k < n && ascii; ++k)
        ascii = p[k] < 0x80;
    if (!ascii || !target.isDetached()) {
        target = QString::fromUtf8(reinterpret_cast<const char*>(p), n);
        return;
    }
    target.resize(n);
    char16_t* d = reinterpret_cast<char16_t*>(target.data());
    for (int k = 0; k < n; ++k)
        d[k] = p[k];
}

// Columns with few distinct values (operator, endpoint, codes, carrier …) repeat on almost every
// row; reusing the QString made for the same bytes saves an allocation and a UTF-8 decode per
// cell, which is most of the cost of reading a row for an export.
class Interner
{
public:
    QString get(sqlite3_stmt* s, int i)
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
        if (p == nullptr)
            return {};
        const int n = sqlite3_column_bytes(s, i);
        for (const auto& [bytes, text] : m_seen) {
            if (bytes.size() == n && std::memcmp(bytes.constData(), p, std::size_t(n)) == 0)
                return text;
        }
        QString text = QString::fromUtf8(p, n);
        if (m_seen.size() < kCapacity)
            m_seen.emplace_back(QByteArray(p, n), text);
        return text;
    }

private:
    static constexpr std::size_t kCapacity = 24;
    std::vector<std::pair<QByteArray, QString>> m_seen;
};

// An interned text maps to the same value as last time when it is the same string object.
template <typename T>
class LastParsed
{
public:
    template <typename Parse>
    T parse(const QString& text, Parse parse)
    {
        if (!m_text.isNull() && text.constData() == m_text.constData())
            return m_value;
        m_text = text;
        m_value = parse(text);
        return m_value;
    }

private:
    QString m_text;
    T m_value{};
};

class NativeCursor final : public AttemptCursor
{
public:
    NativeCursor(sqlite3* db, const QString& select, const QVariantList& binds)
        : m_db(db)
    {
        const QByteArray sql = select.toUtf8();
        const int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_stmt, nullptr);
        if (rc != SQLITE_OK) {
            m_error = nativeError(m_db, rc);
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            if (const int b = bindVariant(m_stmt, i + 1, binds.at(i)); b != SQLITE_OK) {
                m_error = nativeError(m_db, b);
                return;
            }
        }
    }
    ~NativeCursor() override { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(NativeCursor)

    bool next(AttemptRecord* out) override
    {
        if (m_error || m_done)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            m_done = true;
            return false;
        }
        if (rc != SQLITE_ROW) {
            m_error = nativeError(m_db, rc);
            return false;
        }
        sqlite3_stmt* s = m_stmt;
        // The column order of sql::selectColumns() (as sql::readRecord()).
        AttemptRecord& r = *out; // every field is assigned: no reset (it would free and reallocate)
        r.id = sqlite3_column_int64(s, 0);
        readInto(r.attemptId, s, 1);
        r.startedMs = sqlite3_column_int64(s, 2);
        r.operatorName = m_interned[3].get(s, 3);
        readInto(r.reference, s, 4);
        readInto(r.maskedMobile, s, 5);
        r.maskedName = m_interned[6].get(s, 6);
        readInto(r.maskedIdNumber, s, 7);
        r.paramType = m_paramTypes.parse(m_interned[8].get(s, 8), [](const QString& t) {
            return identity::paramTypeFromName(t).value_or(identity::ParamType::Normal);
        });
        r.scheme = m_schemes.parse(m_interned[9].get(s, 9), [](const QString& t) {
            return api::signatureSchemeFromName(t).value_or(api::SignatureScheme::V3);
        });
        r.endpoint = m_interned[10].get(s, 10);
        r.sandbox = sqlite3_column_int(s, 11) != 0;
        r.httpStatus =
            sqlite3_column_type(s, 12) == SQLITE_NULL ? std::nullopt : std::optional<int>(sqlite3_column_int(s, 12));
        r.code = m_interned[13].get(s, 13);
        r.message = m_interned[14].get(s, 14);
        readInto(r.requestId, s, 15);
        r.bizCode = m_interned[16].get(s, 16);
        r.subCode = m_interned[17].get(s, 17);
        r.ispName = m_interned[18].get(s, 18);
        r.billed = sqlite3_column_type(s, 19) == SQLITE_NULL ? std::nullopt
                                                             : std::optional<bool>(sqlite3_column_int(s, 19) != 0);
        r.latencyMs = sqlite3_column_int64(s, 20);
        r.sends = sqlite3_column_int(s, 21);
        r.errorKind = m_interned[22].get(s, 22);
        r.role = m_roles.parse(m_interned[23].get(s, 23), [](const QString& t) {
            return api::ResultCatalogue::roleFromId(t).value_or(api::StatusRole::Unknown);
        });
        r.batch.batchId = m_interned[24].get(s, 24);
        r.batch.row =
            sqlite3_column_type(s, 25) == SQLITE_NULL ? std::nullopt : std::optional<int>(sqlite3_column_int(s, 25));
        return true;
    }

    std::optional<QSqlError> error() const override { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::optional<QSqlError> m_error;
    bool m_done = false;
    std::array<Interner, 26> m_interned;
    LastParsed<identity::ParamType> m_paramTypes;
    LastParsed<api::SignatureScheme> m_schemes;
    LastParsed<api::StatusRole> m_roles;
};

class NativeRowCursor final : public RowCursor
{
public:
    NativeRowCursor(sqlite3* db, const QString& select, const QVariantList& binds)
        : m_db(db)
    {
        const QByteArray sql = select.toUtf8();
        const int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_stmt, nullptr);
        if (rc != SQLITE_OK) {
            m_error = nativeError(m_db, rc);
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            if (const int b = bindVariant(m_stmt, i + 1, binds.at(i)); b != SQLITE_OK) {
                m_error = nativeError(m_db, b);
                return;
            }
        }
        m_interned.resize(std::size_t(sqlite3_column_count(m_stmt)));
    }
    ~NativeRowCursor() override { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(NativeRowCursor)

    bool next() override
    {
        if (m_error || m_done)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            m_done = true;
        else
            m_error = nativeError(m_db, rc);
        return false;
    }

    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) override { return m_interned[std::size_t(column)].get(m_stmt, column); }
    std::optional<QSqlError> error() const override { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::optional<QSqlError> m_error;
    bool m_done = false;
    std::vector<Interner> m_interned;
};

} // namespace

bool available(QSqlDatabase& db)
{
    if (handleOf(db) == nullptr)
        return false;
    // The statement runs in the SQLite that Qt's driver loaded; sqlite3_libversion() is ours.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return false;
    return q.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
}

std::unique_ptr<AttemptWriter> writer(QSqlDatabase& db)
{
    return makeWriter(handleOf(db));
}

std::unique_ptr<AttemptCursor> cursor(QSqlDatabase& db, const QString& select, const QVariantList& binds)
{
    return std::make_unique<NativeCursor>(handleOf(db), select, binds);
}

} // namespace tricheck::history::sqlitenative

namespace tricheck::history::sqlitenative {

std::unique_ptr<RowCursor> rowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds)
{
    return std::make_unique<NativeRowCursor>(handleOf(db), select, binds);
}

} // namespace tricheck::history::sqlitenative
