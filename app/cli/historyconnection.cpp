#include "historyconnection.h"

#include "credentials/keychain.h"
#include "history/historylocation.h"
#include "history/historypassword.h"

#include <QEventLoop>

namespace tricheck::cli {

Expected<std::unique_ptr<history::HistoryStore>, history::HistoryError>
openHistory(history::HistoryStore::Options options)
{
    if (history::HistoryLocation::isPostgresUrl(options.path)) {
        // The keychain answers asynchronously; the CLI waits for it before anything else runs.
        credentials::Keychain keychain;
        QEventLoop loop;
        QObject context;
        history::loadHistoryPassword(options,
                                     &keychain,
                                     &context,
                                     [&options, &loop](const history::HistoryStore::Options& completed) {
                                         options = completed;
                                         loop.quit();
                                     });
        loop.exec();
    }
    return history::HistoryStore::open(options);
}

} // namespace tricheck::cli
