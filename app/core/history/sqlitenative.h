#pragma once

#include "sqldialect.h"

namespace tricheck::history::sqlitenative {

// SQLite's C API on the connection Qt opened (QSqlDriver::handle()), for the two hot loops:
// Qt's binding and row caching cost more than SQLite itself there (Qt builds a placeholder name
// string per bound value and converts every column to a QVariant). Used only when Qt's SQLite
// driver and TriCheck link the very same SQLite (checked by version at run time); otherwise the
// portable Qt SQL path is used.
bool available(QSqlDatabase& db);
std::unique_ptr<AttemptWriter> writer(QSqlDatabase& db);
std::unique_ptr<AttemptCursor> cursor(QSqlDatabase& db, const QString& select, const QVariantList& binds);
std::unique_ptr<RowCursor> rowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds);

} // namespace tricheck::history::sqlitenative
