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

// `like`: the engine's case-insensitive LIKE (SqlDialect::likeOperator()).
Where where(const HistoryFilter& filter, const QString& like = QStringLiteral("LIKE"));
QString sortExpression(HistoryColumn column);
QVariant sortValue(HistoryColumn column, const AttemptRecord& record);

QString insertStatement();
void bindRecord(QSqlQuery& query, const AttemptRecord& record);

void bindAll(QSqlQuery& query, const QVariantList& values);

} // namespace tricheck::history::sql
