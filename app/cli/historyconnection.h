#pragma once

#include "history/historystore.h"

namespace tricheck::cli {

// Opens the history named by `options` (a SQLite file or a postgresql:// URL). For PostgreSQL the
// password comes from PGPASSWORD or the keychain (history/loadHistoryPassword), never from a flag.
Expected<std::unique_ptr<history::HistoryStore>, history::HistoryError>
openHistory(history::HistoryStore::Options options);

} // namespace tricheck::cli
