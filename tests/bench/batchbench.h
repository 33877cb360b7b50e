#pragma once

#include <QIODevice>

namespace tricheck::bench {

// A batch file (UTF-8 CSV with a header) of `rows` valid, distinct rows that the sandbox answers
// (no record: the mobiles are not in its demo registry), five names and ID numbers in turn.
void writeBatchRows(QIODevice& out, qint64 rows);

} // namespace tricheck::bench
