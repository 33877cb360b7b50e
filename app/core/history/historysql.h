#pragma once

// Internal to the history module: the SQL text HistoryStore builds from filters and sorts.

#include "attemptrecord.h"
#include "historyquery.h"

#include <QSqlQuery>
#include <QVariantList>

namespace tricheck::history::sql {

struct Where
{
    QString text; // "" or " WHERE …"
    QVariantList binds;

    void add(const QString& condition, const QVariantList& values = {});
};

QString selectColumns(); // the columns readRecord() expects, in order
AttemptRecord readRecord(const QSqlQuery& query);

// How the engine spells a filter's conditions.
struct Spelling
{
    QString like = QStringLiteral("LIKE"); // the engine's case-insensitive LIKE
    // The condition (one ? for '%text%') that finds references through their index; empty: LIKE.
    QString referenceIndex;
    // The status column as the condition names it: "+status_role" keeps SQLite from using its
    // index (for a window in time order of a common status, scanning by time finds them sooner).
    QString statusColumn = QStringLiteral("status_role");
    // The days (started_ms / 86400000) an exact match by fingerprint looks into, as SQL: "1,2,3".
    // The fingerprint indexes are keyed by day first; empty: no such condition.
    QString fingerprintDays;
};
Where where(const HistoryFilter& filter, const Spelling& spelling);
// `like`: the engine's case-insensitive LIKE (SqlDialect::likeOperator()).
Where where(const HistoryFilter& filter, const QString& like = QStringLiteral("LIKE"));
QString sortExpression(HistoryColumn column);
QVariant sortValue(HistoryColumn column, const AttemptRecord& record);

QString insertStatement();
// INSERT of `rows` attempts in one statement (their values one after the other).
QString insertStatement(int rows);
// UPDATE of the attempt with the id bound last (placeholder kInsertColumns) to the values of
// bindRecord(): an attempt in flight settled in place.
QString updateStatement();
// Binds `record` to the values of insertStatement() from the `offset`th placeholder on.
void bindRecord(QSqlQuery& query, const AttemptRecord& record, int offset = 0);
constexpr int kInsertColumns = 28;

void bindAll(QSqlQuery& query, const QVariantList& values);

} // namespace tricheck::history::sql
