#pragma once

#include "sqldialect.h"

#include <memory>

namespace tricheck::history {

// The rows of `select` read through Qt SQL, on any engine: SqlDialect::rowCursor()'s default, and
// the cursor for a query that no engine reads natively.
std::unique_ptr<RowCursor> qtSqlRowCursor(QSqlDatabase& db, const QString& select, const QVariantList& binds);

} // namespace tricheck::history
