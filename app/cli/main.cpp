#include "cliapp.h"
#include "common/appinfo.h"
#include "exitstatus.h"
#include "history/historystore.h"
#include "i18n/translations.h"
#include "jsonout.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tricheck::AppInfo::applyTo(app);
    // Messages follow the environment's language (LANG / LC_MESSAGES), as command-line tools do.
    tricheck::i18n::Translations translations;
    translations.setLanguage(tricheck::i18n::Translations::systemLanguage());
    // A schema upgrade of a big history takes a while (new indexes): say what is going on.
    tricheck::history::HistoryStore::setDefaultMigrationProgress([](int done, int total, const QString& what) {
        tricheck::cli::printError(QCoreApplication::translate("CliApp", "Upgrading the history (%1 of %2: %3)…")
                                      .arg(done)
                                      .arg(total)
                                      .arg(what));
    });
    const int status = tricheck::cli::CliApp(&translations).run(QCoreApplication::arguments());
    if (status == tricheck::cli::ExitOk && tricheck::cli::stdoutFailed()) {
        tricheck::cli::printError(QCoreApplication::translate("CliApp", "The output could not be written."));
        return tricheck::cli::ExitFailure;
    }
    return status;
}
