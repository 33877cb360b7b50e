#pragma once

// The pieces of SQLite's C API use shared by the native cursors (sqlitenative.cpp) and the native
// writer (sqlitenativewriter.cpp).

#include "sqldialect.h"

#include <QSqlError>
#include <QString>

#include <sqlite3.h>

#include <memory>
#include <optional>

namespace tricheck::history::sqlitenative {

inline QSqlError nativeError(sqlite3* db, int code)
{
    return QSqlError(QStringLiteral("SQLite"),
                     QString::fromUtf8(sqlite3_errmsg(db)),
                     QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db) ? sqlite3_extended_errcode(db) : code));
}

// Text as UTF-8 (SQLite's storage encoding: no conversion inside SQLite). NOT NULL columns get
// '' for an empty value, nullable ones NULL. With a `slot` that outlives the statement's step,
// SQLite uses the bytes in place instead of copying them.
inline int bindText(sqlite3_stmt* s, int i, const QString& text, bool nullWhenEmpty, QByteArray* slot = nullptr)
{
    if (text.isEmpty())
        return nullWhenEmpty ? sqlite3_bind_null(s, i) : sqlite3_bind_text(s, i, "", 0, SQLITE_STATIC);
    if (slot != nullptr) {
        *slot = text.toUtf8();
        return sqlite3_bind_text(s, i, slot->constData(), int(slot->size()), SQLITE_STATIC);
    }
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

inline int bindBlob(sqlite3_stmt* s, int i, const QByteArray& blob)
{
    if (blob.isEmpty())
        return sqlite3_bind_null(s, i);
    return sqlite3_bind_blob(s, i, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

inline int bindInt64(sqlite3_stmt* s, int i, const std::optional<qint64>& v)
{
    return v ? sqlite3_bind_int64(s, i, *v) : sqlite3_bind_null(s, i);
}

// The writer of attempts on the connection `db` (see sqlitenativewriter.cpp).
std::unique_ptr<AttemptWriter> makeWriter(sqlite3* db);

} // namespace tricheck::history::sqlitenative
