#include "historypassword.h"

#include "common/logging.h"
#include "credentials/keychain.h"
#include "historylocation.h"

#include <QTimer>

namespace tricheck::history {

void loadHistoryPassword(const HistoryStore::Options& options,
                         credentials::Keychain* keychain,
                         QObject* context,
                         std::function<void(const HistoryStore::Options&)> done)
{
    const bool needsKeychain = HistoryLocation::isPostgresUrl(options.path) && options.password.isEmpty() &&
                               HistoryLocation::passwordFromEnvironment().isEmpty() && keychain != nullptr;
    if (!needsKeychain) {
        QTimer::singleShot(0, context, [options, done = std::move(done)] { done(options); });
        return;
    }
    keychain->read(HistoryLocation::keychainKey(),
                   context,
                   [options, done = std::move(done)](const credentials::KeychainResult& result) {
                       HistoryStore::Options completed = options;
                       if (result.ok())
                           completed.password = QString::fromUtf8(result.data);
                       else if (result.status != credentials::KeychainStatus::NotFound)
                           qCWarning(lcHistory, "history connection password not read from the keychain");
                       done(completed);
                   });
}

} // namespace tricheck::history
