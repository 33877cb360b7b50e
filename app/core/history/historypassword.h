#pragma once

#include "historystore.h"

#include <QObject>

#include <functional>

namespace tricheck::credentials {
class Keychain;
}

namespace tricheck::history {

// Completes `options` for a PostgreSQL history with its password: PGPASSWORD when it is set
// (scripts and CI, libpq's own variable), else the keychain entry HistoryLocation::keychainKey()
// (saved in the app's settings). A SQLite history, a missing entry or an unavailable keychain
// leave the password empty (the server then says that a password is needed). Calls `done` once,
// from the event loop, unless `context` is destroyed first. The password is never logged.
void loadHistoryPassword(const HistoryStore::Options& options,
                         credentials::Keychain* keychain,
                         QObject* context,
                         std::function<void(const HistoryStore::Options&)> done);

} // namespace tricheck::history
